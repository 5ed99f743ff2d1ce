//! Markdown and HTML made safe to show, and the text read back out of HTML: for resources,
//! events, posts and groups alike, and for whatever other servers send.

use std::sync::LazyLock;

/// Markdown to HTML that is safe to show: no scripts, handlers, `javascript:` links or frames.
pub fn render_markdown(markdown: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    sanitize_html(&html)
}

/// Markdown to safe HTML in which `@mentions` and `#hashtags` of the text (never those inside
/// links or code) become links: `mention_url` gives a mention's profile (None leaves it as
/// text), `tag_url` a hashtag's page. Linking happens on the parser's text events, so nothing
/// typed can land inside an attribute or a tag.
pub fn render_markdown_linked(
    markdown: &str,
    mention_url: impl Fn(&str) -> Option<String>,
    tag_url: impl Fn(&str) -> String,
) -> String {
    use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
    let mut in_link_or_code = 0usize;
    let mut events = Vec::new();
    for event in pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES) {
        match &event {
            Event::Start(Tag::Link { .. } | Tag::CodeBlock(_) | Tag::Image { .. }) => in_link_or_code += 1,
            Event::End(TagEnd::Link | TagEnd::CodeBlock | TagEnd::Image) => {
                in_link_or_code = in_link_or_code.saturating_sub(1)
            }
            Event::Text(text) if in_link_or_code == 0 => {
                for piece in link_words(text, &mention_url, &tag_url) {
                    events.push(match piece {
                        Ok(html) => Event::InlineHtml(CowStr::from(html)),
                        Err(plain) => Event::Text(CowStr::from(plain.to_string())),
                    });
                }
                continue;
            }
            _ => {}
        }
        events.push(event);
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitize_html(&html)
}

/// Splits text into plain runs (`Err`) and links for the mentions and hashtags in it (`Ok`).
fn link_words<'t>(
    text: &'t str,
    mention_url: &impl Fn(&str) -> Option<String>,
    tag_url: &impl Fn(&str) -> String,
) -> Vec<Result<String, &'t str>> {
    let mut pieces = Vec::new();
    let mut plain_from = 0;
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((start, c)) = chars.next() {
        let at_word_start = previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | ',' | ';'));
        previous = Some(c);
        if !at_word_start || !matches!(c, '@' | '#') {
            continue;
        }
        let body_len: usize = text[start + 1..]
            .chars()
            .take_while(|&ch| match c {
                '@' => ch.is_ascii_alphanumeric() || matches!(ch, '_' | '.' | '-' | '@'),
                _ => ch.is_alphanumeric() || ch == '_',
            })
            .map(char::len_utf8)
            .sum();
        let word = text[start..start + 1 + body_len].trim_end_matches(['.', '-', '@']);
        let link = match c {
            '@' if word.len() > 1 => mention_url(word).map(|url| {
                format!(
                    "<span class=\"h-card\"><a href=\"{}\" class=\"u-url mention\">{}</a></span>",
                    ammonia::clean_text(&url),
                    ammonia::clean_text(word)
                )
            }),
            '#' if word.len() > 1 => Some(format!(
                "<a href=\"{}\" class=\"mention hashtag\" rel=\"tag\">{}</a>",
                ammonia::clean_text(&tag_url(&word[1..].to_lowercase())),
                ammonia::clean_text(word)
            )),
            _ => None,
        };
        if let Some(link) = link {
            if plain_from < start {
                pieces.push(Err(&text[plain_from..start]));
            }
            pieces.push(Ok(link));
            plain_from = start + word.len();
            while chars.peek().is_some_and(|(i, _)| *i < plain_from) {
                previous = chars.next().map(|(_, ch)| ch);
            }
        }
    }
    if plain_from < text.len() {
        pieces.push(Err(&text[plain_from..]));
    }
    pieces
}

/// The sanitiser of [`sanitize_html`], made once: building one for each text (and
/// [`TAGS_DROPPED`]'s) took a fifth of Cairn's own CPU time in a backfill (perf), more than
/// cleaning the HTML.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(std::collections::HashSet::from(["http", "https"]))
        // A relative URL from elsewhere would point into this node: links are absolute or dropped.
        .url_relative(ammonia::UrlRelative::Deny)
        .add_allowed_classes("a", &["mention", "hashtag", "u-url"])
        .add_allowed_classes("span", &["h-card"])
        .link_rel(Some("nofollow noopener noreferrer"));
    builder
});

/// What keeps no tag at all, for [`strip_tags`], made once as [`SANITIZER`] is.
static TAGS_DROPPED: LazyLock<ammonia::Builder<'static>> = LazyLock::new(ammonia::Builder::empty);

/// Cleans HTML from anywhere (remote servers included) down to safe formatting and links.
/// Mention and hashtag classes stay, as Mastodon's sanitizer keeps them, so apps recognise them.
pub fn sanitize_html(html: &str) -> String {
    SANITIZER.clean(html).to_string()
}

/// The text of HTML: tags (and script or style content) dropped, entities decoded.
pub fn strip_tags(html: &str) -> String {
    let text = TAGS_DROPPED.clean(html).to_string();
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Plain text from HTML on one line, for search and summaries.
pub fn html_to_text(html: &str) -> String {
    strip_tags(&html.replace('<', " <")).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text from HTML that keeps its paragraphs (blank lines) and line breaks.
pub fn html_to_paragraphs(html: &str) -> String {
    let with_breaks = html.replace("</p>", "\n\n").replace("<br>", "\n").replace("<br/>", "\n").replace("<br />", "\n");
    strip_tags(&with_breaks).trim().to_string()
}

/// Text made safe inside HTML or XML, attribute values included.
pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Plain text as HTML paragraphs: blank lines part them, single line breaks stay.
pub fn paragraphs_html(text: &str) -> String {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| format!("<p>{}</p>", html_escape(p.trim()).replace('\n', "<br>")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags of sanitised HTML (text is escaped, so every raw `<` opens a tag).
    fn tags(html: &str) -> impl Iterator<Item = &str> {
        html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or_default())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        #[test]
        fn no_script_survives_rendering_or_sanitising(parts in proptest::collection::vec(proptest::prop_oneof![
            proptest::strategy::Just("<script>alert(1)</script>".to_string()),
            proptest::strategy::Just("<a href=\"javascript:alert(1)\">x</a>".to_string()),
            proptest::strategy::Just("<a href=\"&#106;avascript:alert(1)\">x</a>".to_string()),
            proptest::strategy::Just("[x](javascript:alert(1))".to_string()),
            proptest::strategy::Just("[x](JAVA\tSCRIPT:alert(1))".to_string()),
            proptest::strategy::Just("<img src=x onerror=alert(1)>".to_string()),
            proptest::strategy::Just("![p](data:image/svg+xml,<svg onload=alert(1)>)".to_string()),
            proptest::strategy::Just("<iframe src=\"https://e.example\"></iframe>".to_string()),
            proptest::strategy::Just("<svg><script>x</script></svg>".to_string()),
            proptest::strategy::Just("<style>*{}</style>".to_string()),
            proptest::strategy::Just("<a href=\"https://ok.example/\" onclick=\"x()\">ok</a>".to_string()),
            proptest::strategy::Just("@anna ".to_string()),
            proptest::strategy::Just("#tag ".to_string()),
            proptest::strategy::Just("`@anna` ".to_string()),
            proptest::strategy::Just("\n\n".to_string()),
            proptest::string::string_regex("(?s).{0,12}").unwrap(),
        ], 0..12)) {
            let text = parts.concat();
            let linked = render_markdown_linked(&text, |m| Some(format!("https://x.example/{m}")), |t| format!("https://lyon.example/knowledge?tag={t}"));
            for html in [render_markdown(&text), sanitize_html(&text), linked] {
                for tag in tags(&html) {
                    let lower = tag.to_ascii_lowercase();
                    let name = lower.trim_start_matches('/').split(|c: char| c.is_whitespace()).next().unwrap_or_default();
                    proptest::prop_assert!(!matches!(name, "script" | "iframe" | "svg" | "style" | "object" | "embed" | "form"), "{tag:?} in {html}");
                    proptest::prop_assert!(!lower.split_whitespace().skip(1).any(|attribute| attribute.starts_with("on")), "{tag:?}");
                    for attribute in ["href=\"", "src=\""] {
                        if let Some(at) = lower.find(attribute) {
                            let value = &lower[at + attribute.len()..];
                            proptest::prop_assert!(
                                value.starts_with("http://") || value.starts_with("https://") || value.starts_with('/') || value.starts_with('#'),
                                "{tag:?} in {html}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn mentions_and_hashtags_are_linked_only_in_text() {
        let mention = |m: &str| (m == "@anna" || m == "@ben@gent.example").then(|| format!("https://x.example/{m}"));
        let tag = |t: &str| format!("https://lyon.example/knowledge?tag={t}");
        let html = render_markdown_linked(
            "Hi @anna and @ben@gent.example. #HeatPumps! `@anna #code` [see @anna](https://e.example/@anna#x) @nobody <script>x</script>",
            mention,
            tag,
        );
        assert!(
            html.contains(r#"<span class="h-card"><a href="https://x.example/@anna" class="u-url mention""#),
            "{html}"
        );
        assert!(html.contains(r#">@ben@gent.example</a></span>."#), "{html}");
        assert!(
            html.contains(r#"<a href="https://lyon.example/knowledge?tag=heatpumps" class="mention hashtag""#),
            "{html}"
        );
        assert!(html.contains("<code>@anna #code</code>"), "{html}");
        assert!(html.contains(r#"href="https://e.example/@anna#x""#) && html.contains(">see @anna</a>"), "{html}");
        assert!(html.contains("@nobody") && !html.contains("script"), "{html}");
        assert_eq!(html.matches("u-url mention").count(), 2, "{html}");
    }

    #[test]
    fn html_is_sanitized() {
        let html = render_markdown(
            "Hi <script>alert(1)</script><a href=\"javascript:x()\" onclick=\"y()\">l</a><iframe src=\"https://e.example\"></iframe>",
        );
        assert!(
            !html.contains("script")
                && !html.contains("javascript")
                && !html.contains("onclick")
                && !html.contains("iframe"),
            "{html}"
        );
        assert_eq!(html_to_text("<p>Heat <b>networks</b></p><p>work</p>"), "Heat networks work");
    }
}
