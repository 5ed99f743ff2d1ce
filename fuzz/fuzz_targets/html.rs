//! Markdown rendering and HTML sanitising: no panic, and nothing that runs script comes out.
#![no_main]

use cairn::domain::resource::{render_markdown, render_markdown_linked, sanitize_html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let linked = render_markdown_linked(text, |m| Some(format!("https://x.example/{m}")), |t| format!("https://x.example/t/{t}"));
    for html in [render_markdown(text), sanitize_html(text), linked] {
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script") && !lower.contains("javascript:"), "{html}");
    }
    if let Some(link) = cairn_templates::links::href(text) {
        assert!(link.starts_with('/') || link.starts_with('?') || link.starts_with('#') || link.starts_with("http"));
    }
});
