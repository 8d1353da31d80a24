//! The one date module: dates as people read them ("27 Nov 2026") and as files name them
//! ("2026-11-27"), computed without the browser so pages render purely.

use crate::model::ics::CalendarDate;
use crate::model::Millis;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// "27 Nov 2026".
pub fn day(date: CalendarDate) -> String {
    let month = MONTHS[(date.month.clamp(1, 12) - 1) as usize];
    format!("{} {month} {}", date.day, date.year)
}

/// "27 Nov 2026" (UTC).
pub fn short_date(millis: Millis) -> String {
    short_local_date(millis, 0.0)
}

/// "27 Nov 2026" on the person's own calendar, given the browser's `getTimezoneOffset()`.
pub fn short_local_date(millis: Millis, utc_offset_minutes: f64) -> String {
    day(CalendarDate::local(millis, utc_offset_minutes))
}

/// "15:04" on the person's own clock, given the browser's `getTimezoneOffset()`.
pub fn local_time(millis: Millis, utc_offset_minutes: f64) -> String {
    let minutes = (millis / 60_000.0 - utc_offset_minutes)
        .floor()
        .rem_euclid(1440.0) as u32;
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "2026-11-27", for file names and machine-readable attributes.
pub fn iso_date(millis: Millis) -> String {
    iso_local_date(millis, 0.0)
}

/// "2026-11-27" on the person's own calendar, given the browser's `getTimezoneOffset()`.
pub fn iso_local_date(millis: Millis, utc_offset_minutes: f64) -> String {
    CalendarDate::local(millis, utc_offset_minutes).iso()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_out_as_people_read_them() {
        assert_eq!(short_date(0.0), "1 Jan 1970");
        // 2026-11-27T21:53:55Z
        assert_eq!(short_date(1_795_816_435_000.0), "27 Nov 2026");
        assert_eq!(iso_date(1_795_816_435_000.0), "2026-11-27");
        // A leap day.
        assert_eq!(iso_date(1_709_164_800_000.0), "2024-02-29");
        // 21:53 UTC is already the next day in Tokyo (offset -540) and still that day in New York.
        assert_eq!(short_local_date(1_795_816_435_000.0, -540.0), "28 Nov 2026");
        assert_eq!(short_local_date(1_795_816_435_000.0, 300.0), "27 Nov 2026");
        assert_eq!(iso_local_date(1_795_816_435_000.0, -540.0), "2026-11-28");
        assert_eq!(iso_local_date(1_795_816_435_000.0, 300.0), "2026-11-27");
    }
}
