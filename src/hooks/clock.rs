//! The time and the time zone, read once after the first render (never while rendering).

use yew::prelude::*;

use crate::browser;
use crate::model::ics::CalendarDate;
use crate::model::Millis;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    pub now: Millis,
    /// `Date.getTimezoneOffset()`: minutes to add to local time to get UTC.
    pub offset: f64,
}

impl Clock {
    /// The local calendar date of a moment (UTC until the clock has been read).
    pub fn date_of(clock: Option<Clock>, millis: Millis) -> CalendarDate {
        CalendarDate::local(millis, clock.map(|c| c.offset).unwrap_or(0.0))
    }
}

#[hook]
pub fn use_clock() -> Option<Clock> {
    let clock = use_state(|| None::<Clock>);
    {
        let clock = clock.clone();
        use_effect_with((), move |_| {
            clock.set(Some(Clock {
                now: browser::now(),
                offset: browser::utc_offset_minutes(),
            }))
        });
    }
    *clock
}
