//! The language each request is answered in: the signed-in person's choice (applied by the
//! session extractors, `session::Viewer` and `session::ApiUser`), else the visitor's switcher
//! cookie, else `Accept-Language`, else the node's default.

use crate::{http::session::cookie, state::AppState};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use cairn_templates::i18n::{self, Language};

/// The language a visitor chose with the switcher, signed in or not.
pub const LANGUAGE_COOKIE: &str = "cairn_lang";

pub async fn choose(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let asked = cookie(headers, LANGUAGE_COOKIE)
        .and_then(Language::from_tag)
        .or_else(|| headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Language::negotiate));
    let (mut response, answered_in) =
        i18n::in_language(asked.unwrap_or_else(|| state.default_language.get()), next.run(request)).await;
    let headers = response.headers_mut();
    let is_page = headers.get(header::CONTENT_TYPE).is_some_and(|t| t.as_bytes().starts_with(b"text/html"));
    if is_page {
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(answered_in.code()));
        // A cache must not hand one visitor's language to another.
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}
