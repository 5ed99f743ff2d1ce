//! The one rule for whether a URL from a person or another server may become a link (`href`)
//! or a picture (`src`). The node's domain validation calls it on the way in (forms, API,
//! inbox) and every view calls it again on the way out, so a `javascript:` or `data:` URL can
//! neither be stored nor drawn. It lives in this crate because the views need it and the
//! server crate already depends on them.

use url::Url;

/// Longest URL kept.
pub const MAX_LINK_CHARS: usize = 2000;

/// An absolute `http(s)` URL with a host, normalised; `None` for anything else.
pub fn web_link(value: &str) -> Option<String> {
    let value = value.trim();
    if value.len() > MAX_LINK_CHARS {
        return None;
    }
    let url = Url::parse(value).ok()?;
    (matches!(url.scheme(), "http" | "https") && url.host().is_some()).then(|| url.into())
}

/// What a view may put in `href`/`src`: this node's own paths (`/…`, `?…`, `#…`) and web links.
/// Anything else gives `None`, and maud's `href=[…]` then leaves the attribute out, so the text
/// shows without a link.
pub fn href(value: impl AsRef<str>) -> Option<String> {
    let value = value.as_ref();
    let own_path = (value.starts_with('/') && !value.starts_with("//") && !value.starts_with("/\\"))
        || value.starts_with('?')
        || value.starts_with('#');
    if own_path && !value.chars().any(|c| c.is_control()) {
        return Some(value.to_string());
    }
    web_link(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn whatever_is_typed_only_web_links_and_own_paths_come_out(
            value in proptest::prop_oneof![
                proptest::string::string_regex("(?s).{0,40}").unwrap(),
                proptest::string::string_regex("[ \t\n]*(javascript|JaVaScRiPt|data|vbscript|file|https?|//|/\\\\)[:\t\n/]{0,3}[a-z./%0-9]{0,20}").unwrap(),
            ]
        ) {
            if let Some(link) = href(&value) {
                let lower = link.to_ascii_lowercase();
                let own_path = (link.starts_with('/') && !link.starts_with("//")) || link.starts_with('?') || link.starts_with('#');
                proptest::prop_assert!(own_path || lower.starts_with("http://") || lower.starts_with("https://"), "{link:?}");
                proptest::prop_assert!(!link.chars().any(char::is_control), "{link:?}");
            }
        }
    }

    #[test]
    fn only_web_links_and_own_paths() {
        for good in ["https://lyon.example/a?b=c#d", "http://gent.example/", "/resources/1", "?page=2", "#top"] {
            assert!(href(good).is_some(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\nscript:alert(1)",
            "javascript://lyon.example/%0aalert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:x",
            "file:///etc/passwd",
            "//evil.example/",
            "/\\evil.example/",
            "mailto:a@b.example",
            "https://",
            "lyon.example/page",
            "",
        ] {
            assert_eq!(href(bad), None, "{bad:?}");
        }
        assert_eq!(web_link(&format!("https://a.example/{}", "x".repeat(MAX_LINK_CHARS))), None);
    }
}
