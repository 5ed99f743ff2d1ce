//! The iCalendar writer's escaping: no value can start a line or a parameter.
#![no_main]

use cairn::http::web::events::{fold, ical_param, ical_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|value: &str| {
    let param = ical_param(value);
    assert_eq!(param.matches('"').count(), 2);
    let text = ical_text(value);
    assert!(!param.chars().chain(text.chars()).any(char::is_control));
    assert!(fold(&format!("SUMMARY:{text}")).trim_end_matches("\r\n").split("\r\n").all(|l| l.len() <= 75));
});
