//! The calendar as files others subscribe to: iCalendar (RFC 5545) and Atom.

use super::{events::when, extract::Query, knowledge::xml_escape};
use crate::{
    db::{
        self,
        models::{Actor, Event},
    },
    error::AppResult,
    federation::Data,
    http::api::events::CalendarParams,
    service,
};
use axum::{
    http::header,
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::t;

/// An iCalendar TEXT value (RFC 5545 §3.3.11): line breaks become `\n`, other control
/// characters are dropped, and `\ ; ,` are escaped.
pub fn ical_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.replace("\r\n", "\n").chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An iCalendar parameter value (`CN=…`, §3.2): always quoted; a quoted value cannot hold
/// double quotes or control characters, so they are dropped.
pub fn ical_param(value: &str) -> String {
    let inner: String = value.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{inner}\"")
}

/// One content line, folded at 75 octets with CRLF as RFC 5545 asks.
pub fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// A VCALENDAR of events. Times are written in UTC, converted from each event's own time
/// zone, so every calendar shows the right local time on both sides of a clock change.
pub fn icalendar(name: &str, events: &[(Event, Actor)], base: &str) -> String {
    let mut out = String::new();
    for line in
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Cairn//Cairn events//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    {
        out.push_str(&fold(line));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", ical_text(name))));
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    for (event, organizer) in events {
        // Calendar files are fetched without signing in: they never carry the webinar link.
        let location = match (event.address.as_str(), event.online) {
            ("", true) => t("online").to_string(),
            (address, true) => format!("{address} / {}", t("online")),
            (address, false) => address.to_string(),
        };
        let description = crate::domain::markup::html_to_text(&event.description_html);
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", event.ap_id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", event.starts_at.format("%Y%m%dT%H%M%SZ")),
            format!("DTEND:{}", event.ends_at.format("%Y%m%dT%H%M%SZ")),
            format!("SUMMARY:{}", ical_text(&event.title)),
            format!("DESCRIPTION:{}", ical_text(&description)),
            format!("LOCATION:{}", ical_text(&location)),
            format!("URL:{base}/events/{}", event.id),
            format!("ORGANIZER;CN={}:{}", ical_param(organizer.name_or_username()), organizer.ap_id),
            format!("STATUS:{}", event.status.to_ascii_uppercase()),
            "END:VEVENT".to_string(),
        ] {
            out.push_str(&fold(&line));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

pub(super) fn ics_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], body).into_response()
}

/// `/events.ics?…`: a subscribable feed for the calendar's filters (upcoming unless `when=past`).
pub async fn feed(data: Data, Query(params): Query<CalendarParams>) -> AppResult<Response> {
    let rows = db::events::calendar(&data.db, &params.query(500, None)).await?;
    let name = format!("{}: {}", service::node::identity(&data).await?.name, t("events"));
    Ok(ics_response(icalendar(&name, &rows, &data.base_url)))
}

/// `/events.atom?…`: the same calendar as an Atom feed.
pub async fn atom(data: Data, Query(params): Query<CalendarParams>) -> AppResult<Response> {
    let rows = db::events::calendar(&data.db, &params.query(50, None)).await?;
    let updated = rows.iter().map(|(e, _)| e.updated_at).max().unwrap_or_else(db::now).and_utc().to_rfc3339();
    let self_url = data.url("/events.atom");
    let mut feed = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>{}</title>\n<id>{}</id>\n<updated>{updated}</updated>\n<link rel=\"self\" href=\"{}\"/>\n",
        xml_escape(&format!("{}: {}", service::node::identity(&data).await?.name, t("events"))),
        xml_escape(&self_url),
        xml_escape(&self_url),
    );
    for (event, organizer) in &rows {
        feed.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{}</updated>\n<author><name>{}</name></author>\n<summary>{}</summary>\n</entry>\n",
            xml_escape(&event.title),
            xml_escape(&event.ap_id),
            xml_escape(&data.url(&format!("/events/{}", event.id))),
            event.updated_at.and_utc().to_rfc3339(),
            xml_escape(organizer.name_or_username()),
            xml_escape(&format!("{} · {}", when(event), event.status)),
        ));
    }
    feed.push_str("</feed>\n");
    Ok(([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], feed).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        #[test]
        fn no_value_breaks_a_line_or_a_parameter(value in proptest::string::string_regex("(?s).{0,120}").unwrap()) {
            let param = ical_param(&value);
            proptest::prop_assert!(param.starts_with('"') && param.ends_with('"') && param.matches('"').count() == 2);
            let text = ical_text(&value);
            for escaped in [&param, &text] {
                proptest::prop_assert!(!escaped.chars().any(char::is_control), "{escaped:?}");
            }
            let folded = fold(&format!("SUMMARY:{text}"));
            proptest::prop_assert!(folded.ends_with("\r\n"));
            for line in folded.trim_end_matches("\r\n").split("\r\n") {
                proptest::prop_assert!(line.len() <= 75, "{line:?}");
            }
        }
    }

    #[test]
    fn ical_values_cannot_start_new_lines_or_parameters() {
        let hostile = "Lyon\"; X-INJECTED=1:mailto:x\r\nBEGIN:VEVENT\rSUMMARY:x\u{0b}\u{7f}, ok; \\";
        let param = ical_param(hostile);
        assert!(param.starts_with('"') && param.ends_with('"'));
        assert_eq!(param.matches('"').count(), 2, "{param}");
        let text = ical_text(hostile);
        for value in [&param, &text] {
            assert!(!value.chars().any(|c| c.is_control()), "{value:?}");
        }
        assert!(text.contains("\\nBEGIN:VEVENT") && text.contains("\\, ok\\; \\\\"), "{text}");
        // Folding keeps every physical line within 75 octets and never splits a character.
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(100)));
        assert!(folded.split("\r\n").all(|line| line.len() <= 75));
    }
}
