//! Calendar dates and an iCalendar file (RFC 5545) for a commitment's next check-in, once or recurring.
//!
//! Made entirely on the device: no server, no library. The event is a whole day with a
//! morning alert, so it appears on that date in whatever time zone the calendar is in.

use super::apology::Millis;

/// A day in the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl CalendarDate {
    /// Reads "YYYY-MM-DD", as `<input type="date">` gives it; `None` for anything else.
    pub fn parse(text: &str) -> Option<CalendarDate> {
        let mut pieces = text.trim().splitn(3, '-');
        let (y, m, d) = (pieces.next()?, pieces.next()?, pieces.next()?);
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        let date = CalendarDate {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        // Round-tripping through a day count rejects 31 April, 29 February 2027 and the like.
        (CalendarDate::from_days(date.days()) == date && (1..=12).contains(&date.month))
            .then_some(date)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    pub fn days(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = self.year - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> CalendarDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        CalendarDate {
            year: yoe + era * 400 + i64::from(month <= 2),
            month,
            day,
        }
    }

    /// The local calendar date of a moment, given the browser's `getTimezoneOffset()` (minutes
    /// to add to local time to get UTC).
    pub fn local(millis: Millis, offset_minutes: f64) -> CalendarDate {
        let local = millis - offset_minutes * 60_000.0;
        CalendarDate::from_days((local / 86_400_000.0).floor() as i64)
    }

    pub fn add_days(self, days: i64) -> CalendarDate {
        CalendarDate::from_days(self.days() + days)
    }

    /// "2026-12-04".
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "20261204", iCalendar's DATE form.
    fn basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

/// How often the reminder comes back. Stored with the person's choice for a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    /// Weekly for a month (four check-ins from the chosen day), then monthly for the rest of
    /// the year (eleven more): often while a new habit is fragile, then now and then.
    WeeklyThenMonthly,
    /// Just the chosen day; also what a choice written by a newer version reads as, so the
    /// document still opens (serde wants this catch-all last).
    #[default]
    #[serde(other)]
    Once,
}

/// Weekly check-ins before the monthly ones start.
pub const WEEKLY_COUNT: u32 = 4;
/// Monthly check-ins after the weekly ones.
pub const MONTHLY_COUNT: u32 = 11;

/// What goes into the reminder file.
#[derive(Debug, Clone, PartialEq)]
pub struct Reminder<'a> {
    /// Stable for the same commitment and date, so importing the file twice updates one event.
    pub uid: &'a str,
    /// When the file is made.
    pub stamp: Millis,
    pub date: CalendarDate,
    pub summary: &'a str,
    pub description: &'a str,
    pub repeat: Repeat,
}

/// One event of the file: its first day and, when it repeats, its rule.
struct Event {
    uid: String,
    start: CalendarDate,
    rule: Option<String>,
}

/// The events a reminder makes. RFC 5545 gives one rule per event (a second RRULE "SHOULD NOT"
/// be used), so "weekly, then monthly" is two events: the weekly run, then the monthly one
/// starting four weeks on. A monthly rule skips months without its day (the 31st), so the
/// monthly run starts no later than the 28th of its month.
fn events(reminder: &Reminder) -> Vec<Event> {
    match reminder.repeat {
        Repeat::Once => vec![Event {
            uid: reminder.uid.to_owned(),
            start: reminder.date,
            rule: None,
        }],
        Repeat::WeeklyThenMonthly => {
            let later = reminder.date.add_days(7 * i64::from(WEEKLY_COUNT));
            let monthly_start = CalendarDate {
                day: later.day.min(28),
                ..later
            };
            vec![
                Event {
                    uid: reminder.uid.to_owned(),
                    start: reminder.date,
                    rule: Some(format!("FREQ=WEEKLY;COUNT={WEEKLY_COUNT}")),
                },
                Event {
                    uid: format!("monthly-{}", reminder.uid),
                    start: monthly_start,
                    rule: Some(format!("FREQ=MONTHLY;COUNT={MONTHLY_COUNT}")),
                },
            ]
        }
    }
}

/// A complete iCalendar file: one all-day event (or two, for "weekly, then monthly"), each with
/// a display alert at 09:00 on its days.
pub fn reminder_ics(reminder: &Reminder) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Mend//Check-in reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events(reminder) {
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape_text(&event.uid)),
            format!("DTSTAMP:{}", utc_stamp(reminder.stamp)),
            format!("DTSTART;VALUE=DATE:{}", event.start.basic()),
            format!("DTEND;VALUE=DATE:{}", event.start.add_days(1).basic()),
        ]);
        if let Some(rule) = event.rule {
            lines.push(format!("RRULE:{rule}"));
        }
        lines.extend([
            format!("SUMMARY:{}", escape_text(reminder.summary)),
            format!("DESCRIPTION:{}", escape_text(reminder.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            "TRIGGER;RELATED=START:PT9H".to_owned(),
            format!("DESCRIPTION:{}", escape_text(reminder.summary)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
        out.push_str("\r\n");
    }
    out
}

/// A uid made of safe characters only.
pub fn reminder_uid(apology_id: &str, commitment_id: &str, date: CalendarDate) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect()
    };
    let apology = match clean(apology_id) {
        a if a.is_empty() => "plan".to_owned(),
        a => a,
    };
    format!(
        "mend-{apology}-{}-{}@mend.local",
        clean(commitment_id),
        date.basic()
    )
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1), never
/// splitting a UTF-8 character; continuation lines start with one space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // The first line holds 75 octets; continuations hold 74 after their leading space.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out
}

/// "20261127T213355Z".
fn utc_stamp(millis: Millis) -> String {
    let secs = (millis / 1000.0).floor() as i64;
    let date = CalendarDate::from_days(secs.div_euclid(86_400));
    let of_day = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        date.basic(),
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    )
}
