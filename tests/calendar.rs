//! The calendar reminder file (RFC 5545): its lines, folding, escaping, uids and dates.

mod common;

use common::*;
use mend::content::dates;
use mend::model::ics::{
    escape_text, fold, reminder_ics, reminder_uid, CalendarDate, Reminder, Repeat,
};

// The calendar file.

fn sample_ics(summary: &str) -> String {
    ics_on("2026-12-04", summary, Repeat::Once)
}

fn ics_on(day: &str, summary: &str, repeat: Repeat) -> String {
    let date = CalendarDate::parse(day).unwrap();
    reminder_ics(&Reminder {
        uid: &reminder_uid("a1", "c1", date),
        stamp: T,
        date,
        summary,
        description: "A check-in, with a comma; and a\nnew line.",
        repeat,
    })
}

/// The value of each `NAME:` line of the file's events, in order.
fn values<'a>(ics: &'a str, name: &str) -> Vec<&'a str> {
    ics.split("\r\n")
        .filter_map(|l| l.strip_prefix(name))
        .collect()
}

#[test]
fn a_one_off_reminder_has_one_event_and_no_rule() {
    let ics = sample_ics("Mend check-in");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
    assert!(!ics.contains("RRULE"));
}

#[test]
fn weekly_for_a_month_then_monthly_is_two_events_with_one_rule_each() {
    let ics = ics_on("2026-12-04", "Mend check-in", Repeat::WeeklyThenMonthly);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    assert_eq!(
        values(&ics, "RRULE:"),
        ["FREQ=WEEKLY;COUNT=4", "FREQ=MONTHLY;COUNT=11"]
    );
    // Four weekly check-ins from 4 December, then monthly from four weeks on (1 January).
    assert_eq!(
        values(&ics, "DTSTART;VALUE=DATE:"),
        ["20261204", "20270101"]
    );
    assert_eq!(values(&ics, "DTEND;VALUE=DATE:"), ["20261205", "20270102"]);
    // Two events, two uids, stable for the same commitment and day; both neutral and alerting.
    let uids = values(&ics, "UID:");
    assert_eq!(uids.len(), 2);
    assert_ne!(uids[0], uids[1]);
    assert_eq!(values(&ics, "SUMMARY:"), ["Mend check-in", "Mend check-in"]);
    assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
    assert_eq!(ics.matches("BEGIN:").count(), ics.matches("END:").count());
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
    }
}

#[test]
fn the_monthly_run_never_starts_on_a_day_some_months_lack() {
    // Four weeks after 3 January is 31 January: monthly from the 31st would skip February,
    // April, June… so it starts on the 28th.
    let ics = ics_on("2027-01-03", "Mend check-in", Repeat::WeeklyThenMonthly);
    assert_eq!(
        values(&ics, "DTSTART;VALUE=DATE:"),
        ["20270103", "20270128"]
    );
}

#[test]
fn the_calendar_file_is_a_valid_all_day_event_with_crlf_lines() {
    let ics = sample_ics("Check in: text before leaving");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(!ics.replace("\r\n", "").contains('\r'), "no bare CR");
    for needed in [
        "UID:mend-a1-c1-20261204@mend.local\r\n",
        "DTSTAMP:20261127T215355Z\r\n",
        "DTSTART;VALUE=DATE:20261204\r\n",
        "DTEND;VALUE=DATE:20261205\r\n",
        "SUMMARY:Check in: text before leaving\r\n",
        "DESCRIPTION:A check-in\\, with a comma\\; and a\\nnew line.\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
    ] {
        assert!(ics.contains(needed), "missing {needed:?} in\n{ics}");
    }
    assert_eq!(ics.matches("BEGIN:").count(), ics.matches("END:").count());
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_characters() {
    let summary = format!(
        "Check in: {}",
        "I’ll call you “before” I leave — ".repeat(6)
    );
    let ics = sample_ics(&summary);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Unfolding gives back the escaped summary exactly.
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(&summary))));
    assert_eq!(fold("short"), "short");
    let folded = fold(&"é".repeat(60));
    assert!(folded.split("\r\n").all(|l| l.len() <= 75));
    assert_eq!(folded.replace("\r\n ", ""), "é".repeat(60));
}

#[test]
fn text_is_escaped_as_rfc_5545_says() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("one\r\ntwo\nthree\rfour"),
        r"one\ntwo\nthree\nfour"
    );
    assert_eq!(escape_text("tab\there"), "tabhere");
    assert_eq!(escape_text("colon: fine"), "colon: fine");
}

#[test]
fn uids_keep_only_safe_characters() {
    let date = CalendarDate::parse("2026-01-02").unwrap();
    assert_eq!(
        reminder_uid("a/1 x", "c;1", date),
        "mend-a1x-c1-20260102@mend.local"
    );
    assert_eq!(
        reminder_uid("", "p1", date),
        "mend-plan-p1-20260102@mend.local"
    );
}

#[test]
fn calendar_dates_parse_strictly_and_count_days() {
    assert_eq!(
        CalendarDate::parse("2024-02-29").map(|d| d.iso()),
        Some("2024-02-29".into())
    );
    for bad in [
        "2027-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-1-01",
        "",
        "tomorrow",
        "2026-12-04T10:00",
    ] {
        assert_eq!(CalendarDate::parse(bad), None, "{bad:?}");
    }
    let new_year = CalendarDate::parse("2026-12-28").unwrap().add_days(7);
    assert_eq!(new_year.iso(), "2027-01-04");
    assert_eq!(CalendarDate::from_days(0).iso(), "1970-01-01");
    assert_eq!(CalendarDate::parse("1970-01-02").unwrap().days(), 1);
    // 21:53 UTC is already the next day at UTC+3 (offset -180), still the same day at UTC-5.
    assert_eq!(CalendarDate::local(T, -180.0).iso(), "2026-11-28");
    assert_eq!(CalendarDate::local(T, 300.0).iso(), "2026-11-27");
    assert_eq!(dates::day(CalendarDate::local(T, 0.0)), "27 Nov 2026");
}
