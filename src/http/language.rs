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

/// A request of another server (an inbox's POST, an ActivityPub document, WebFinger): its
/// refusals are read in that server's logs, so they stay English whatever this node's language.
fn from_another_server(request: &Request) -> bool {
    let path = request.uri().path();
    let federation = |name| {
        request
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("activity+json") || v.contains("ld+json"))
    };
    path.starts_with("/.well-known/")
        || path.ends_with("/inbox")
        || federation(header::ACCEPT)
        || federation(header::CONTENT_TYPE)
}

pub async fn choose(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // Files and the stylesheet are the same in every language, and caches may share them.
    let shared = ["/static/", "/media/"].iter().any(|p| request.uri().path().starts_with(p));
    let headers = request.headers();
    let asked = match from_another_server(&request) {
        true => Some(Language::En),
        false => cookie(headers, LANGUAGE_COOKIE).and_then(Language::from_tag).or_else(|| {
            headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Language::negotiate)
        }),
    };
    let (mut response, answered_in) =
        i18n::in_language(asked.unwrap_or_else(|| state.default_language.get()), next.run(request)).await;
    // Federation documents carry their own languages (contentMap), not the asker's.
    let federated = response.headers().get(header::CONTENT_TYPE).is_some_and(|t| {
        let t = t.to_str().unwrap_or_default();
        t.contains("activity+json") || t.contains("ld+json") || t.contains("jrd+json")
    });
    if !shared && !federated {
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(answered_in.code()));
        // Pages, API answers and feeds say their words in the asker's language: a cache must not
        // hand one visitor's language to another.
        headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    }
    response
}
