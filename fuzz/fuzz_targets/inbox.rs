//! The inbox's checks that need no database: the signature headers (coverage, clock window)
//! and the parse of any body into one of the activities Cairn takes. Must never panic.
#![no_main]

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use cairn::federation::{activities::InboxActivity, inbox::check_signature_headers};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Vec<(String, String)>, &[u8])| {
    let (headers, body) = input;
    let mut map = HeaderMap::new();
    for (name, value) in headers.iter().take(16) {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name.as_str()), HeaderValue::from_str(value)) {
            map.append(name, value);
        }
    }
    let _ = check_signature_headers(&map, chrono::Utc::now());
    let _ = serde_json::from_slice::<InboxActivity>(body);
});
