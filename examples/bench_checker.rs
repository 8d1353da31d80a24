//! Benchmark for the apology checker: a ~5,000-character draft, checked under every part.
//!
//! Run with `cargo run --release --example bench_checker`. Prints mean, median and p95
//! microseconds per check and characters per second (at the median). Plain `std::time::Instant`.

use mend::checker::{check, check_received};
use mend::model::Part;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A mix of clean sentences and sentences that trip rules, as a real, long draft might be.
const SENTENCES: &[&str] = &[
    "I know I hurt you when I made that joke about your job in front of your friends.",
    "I can see how that made you feel small, and I’m sorry if it came across badly.",
    "It was wrong of me to speak to you that way, and I take full responsibility.",
    "I was only joking, but I understand now that it wasn’t funny to you.",
    "I had a long week, which is why I snapped, but that doesn’t make it okay.",
    "I feel terrible that I caused you pain. That was never my intention.",
    "You were embarrassed, and you had every reason to be.",
    "Mistakes were made, and things got out of hand after dinner.",
    "I’m working on slowing down before I speak, especially when I’m frustrated.",
    "If I notice I’m raising my voice, I will stop and step outside for ten minutes.",
    "I’ll try to do better, and I will check in with you every Sunday evening.",
    "Can we just move on? Everyone makes mistakes, and nobody’s perfect.",
    "I’m sorry you feel that way, but you know how stressed I’ve been lately.",
    "I guess I was kind of harsh, and maybe I was too quick to judge you.",
    "I regret the way I spoke to you, and I’m sorry I didn’t listen when you asked me to stop.",
    "I want to understand what about that evening hurt you most, when you’re ready to tell me.",
    "I’m sorry we had a fight, and I hate that things got so heated between us.",
    "I only said it because you kept pushing, and if you had listened, I wouldn’t have yelled.",
    "Work was crazy, the kids were sick and my phone died, so I snapped at you.",
];

fn draft(min_chars: usize) -> String {
    let mut text = String::new();
    for s in SENTENCES.iter().cycle() {
        if text.chars().count() >= min_chars {
            break;
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(s);
    }
    text
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

fn report(label: &str, chars: usize, mut samples: Vec<Duration>) {
    samples.sort();
    let n = samples.len();
    let mean = micros(samples.iter().sum::<Duration>()) / n as f64;
    let median = micros(samples[n / 2]);
    let p95 = micros(samples[(n * 95 / 100).min(n - 1)]);
    // From the median: on a shared machine the mean carries other processes' noise.
    let chars_per_sec = chars as f64 / (median / 1e6);
    println!(
        "{label:<16} mean {mean:>7.1} µs   median {median:>7.1} µs   p95 {p95:>7.1} µs   {:>6.1} M chars/s at median",
        chars_per_sec / 1e6
    );
}

fn main() {
    let text = draft(5_000);
    let chars = text.chars().count();
    let runs = 2_000;
    // The first call compiles the rule table once; time it separately.
    let start = Instant::now();
    let findings = check(Part::Acknowledge, &text).len();
    println!("draft: {chars} chars, {} bytes; first call (builds the table): {:.1} µs, {findings} findings",
        text.len(), micros(start.elapsed()));

    for part in Part::ALL {
        let mut samples = Vec::with_capacity(runs);
        for _ in 0..runs {
            let start = Instant::now();
            black_box(check(black_box(part), black_box(&text)));
            samples.push(start.elapsed());
        }
        report(part.id(), chars, samples);
    }
    let mut samples = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        black_box(check_received(black_box(&text)));
        samples.push(start.elapsed());
    }
    report("received", chars, samples);
}
