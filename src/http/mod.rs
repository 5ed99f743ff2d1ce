//! The one router: ActivityPub endpoints, well-known documents, web pages and the JSON API.

pub mod activitypub;
pub mod api;
pub mod files;
pub mod language;
pub mod limits;
pub mod mastodon;
pub mod metrics;
pub mod multipart;
pub mod session;
pub mod web;
pub mod wellknown;

use crate::{
    error::{AppError, ErrorKind},
    federation,
    state::AppState,
};
use activitypub_federation::config::{FederationConfig, FederationMiddleware};
use axum::{
    Router,
    body::Body,
    extract::{DefaultBodyLimit, Request, State},
    http::{Uri, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use cairn_templates::i18n::{t, t_with};
use tower_http::catch_panic::CatchPanicLayer;

pub fn router(federation: FederationConfig<AppState>) -> Router {
    let state = federation.to_request_data().app_data().clone();
    let (cairn_api, spec) = api::openapi::split(&state);
    let api_reference = {
        let spec = spec.clone();
        move |data, viewer, headers| web::api_docs::show(spec, data, viewer, headers)
    };
    let api = cairn_api
        .route("/openapi.json", get(move || std::future::ready(spec.clone())))
        // Mastodon's client API (the subset apps need).
        .route("/timelines/public", get(mastodon::timelines::public))
        .route("/apps", post(mastodon::oauth::create_app))
        .route("/instance", get(mastodon::instance::v1))
        // Mastodon.py asks for the instance with a trailing slash.
        .route("/instance/", get(mastodon::instance::v1))
        .route("/instance/rules", get(mastodon::instance::rules_list))
        .route("/accounts/verify_credentials", get(mastodon::accounts::verify_credentials))
        .route("/accounts/update_credentials", axum::routing::patch(mastodon::accounts::update_credentials))
        .route("/accounts/lookup", get(mastodon::accounts::lookup))
        .route("/accounts/relationships", get(mastodon::accounts::relationships))
        .route("/accounts/{id}", get(mastodon::accounts::show))
        .route("/accounts/{id}/statuses", get(mastodon::accounts::statuses))
        .route("/accounts/{id}/followers", get(mastodon::accounts::followers))
        .route("/accounts/{id}/following", get(mastodon::accounts::following))
        .route("/accounts/{id}/follow", post(mastodon::accounts::follow))
        .route("/accounts/{id}/unfollow", post(mastodon::accounts::unfollow))
        .route("/accounts/{id}/block", post(mastodon::blocks::block))
        .route("/accounts/{id}/unblock", post(mastodon::blocks::unblock))
        .route("/accounts/{id}/mute", post(mastodon::blocks::mute))
        .route("/accounts/{id}/unmute", post(mastodon::blocks::unmute))
        .route(
            "/domain_blocks",
            get(mastodon::blocks::domains)
                .post(mastodon::blocks::block_domain)
                .delete(mastodon::blocks::unblock_domain),
        )
        .route("/statuses", post(mastodon::statuses::create))
        .route("/statuses/{id}", get(mastodon::statuses::show).delete(mastodon::statuses::delete))
        .route("/statuses/{id}/context", get(mastodon::statuses::context))
        .route("/statuses/{id}/favourite", post(mastodon::statuses::favourite))
        .route("/statuses/{id}/unfavourite", post(mastodon::statuses::unfavourite))
        .route("/statuses/{id}/reblog", post(mastodon::statuses::reblog))
        .route("/statuses/{id}/unreblog", post(mastodon::statuses::unreblog))
        .fallback(|| async { AppError::not_found(t("no-such-api-endpoint")) });
    let api_v2 = Router::new()
        .route("/instance", get(mastodon::instance::v2))
        .route("/instance/", get(mastodon::instance::v2))
        .route("/search", get(mastodon::timelines::search))
        .route("/media", post(mastodon::media::upload))
        .fallback(|| async { AppError::not_found(t("no-such-api-endpoint")) });

    Router::new()
        .route("/", get(web::auth::home))
        .route("/api", get(api_reference))
        .route("/register", get(web::auth::register_form).post(web::auth::register))
        .route("/login", get(web::auth::login_form).post(web::auth::login))
        .route("/logout", post(web::auth::logout))
        .route("/language", post(web::language::switch))
        .route("/find", get(web::follows::find))
        .route("/knowledge", get(web::knowledge::search))
        .route("/knowledge.atom", get(web::knowledge::atom))
        .route("/knowledge/new", get(web::resource_form::new_form).post(web::resource_form::create))
        .route("/resources/{id}", get(web::knowledge::show))
        .route("/resources/{id}/edit", get(web::resource_form::edit_form).post(web::resource_form::update))
        .route("/resources/{id}/delete", post(web::knowledge::delete))
        .route("/resources/{id}/comments", post(web::knowledge::comment))
        .route("/comments/{token}", get(web::knowledge::comment_document))
        .route("/events", get(web::events::calendar))
        .route("/events.ics", get(web::event_feeds::feed))
        .route("/events.atom", get(web::event_feeds::atom))
        .route("/events/new", get(web::events::new_form).post(web::events::create))
        .route("/events/{id}", get(web::events::show))
        .route("/events/{id}/edit", get(web::events::edit_form).post(web::events::update))
        .route("/events/{id}/{action}", post(web::events::take_part))
        .route("/events/{id}/participants/{actor_id}/{decision}", post(web::events::decide))
        .route("/posts", post(web::social::create))
        .route("/posts/{key}", get(web::social::show))
        .route("/posts/{id}/remove", post(web::social::remove))
        .route("/groups", get(web::groups::groups))
        .route("/groups/new", get(web::groups::new_group_form).post(web::groups::create_group))
        .route("/groups/{handle}", get(web::groups::group))
        .route("/groups/{handle}/members", get(web::groups::members))
        .route("/groups/{handle}/edit", get(web::groups::edit_group_form).post(web::groups::update_group))
        .route("/groups/{handle}/posts", post(web::groups::group_post))
        .route("/groups/{handle}/invite", post(web::groups::invite))
        .route("/groups/{handle}/move", get(web::groups::move_form).post(web::groups::move_away))
        .route("/groups/{handle}/aliases", post(web::groups::save_aliases))
        .route("/groups/{handle}/requests/{actor_id}/{decision}", post(web::groups::decide))
        .route("/groups/{handle}/members/{actor_id}/{action}", post(web::groups::member_action))
        .route("/groups/{handle}/{action}", post(web::groups::group_action))
        .route("/directory", get(web::social::directory))
        .route("/tags/{tag}", get(web::social::tag))
        .route("/notifications", get(web::social::notifications))
        .route("/follow", post(web::follows::follow))
        .route("/unfollow", post(web::follows::unfollow))
        .route("/follow-requests", get(web::follows::requests))
        .route("/follow-requests/{id}", post(web::follows::decide))
        .route("/settings/profile", get(web::profile::edit_form).post(web::profile::save))
        .route("/settings/tokens", get(web::tokens::list).post(web::tokens::create))
        .route("/settings/move", get(web::profile::move_form).post(web::profile::move_away))
        .route("/settings/aliases", post(web::profile::save_aliases))
        .route("/settings/blocks", get(web::blocks::list).post(web::blocks::change))
        .route("/settings/export", get(web::profile::export))
        .route("/settings/import", get(web::profile::import_form).post(web::profile::import))
        .route("/settings/tokens/{id}/revoke", post(web::tokens::revoke))
        .route("/overview", get(web::auth::overview))
        .route("/admin", get(web::admin::show))
        .route("/admin/identity", post(web::admin::set_identity))
        .route("/admin/rules", post(web::admin::set_node_rules))
        .route("/admin/domains", post(web::admin::add_rule))
        .route("/admin/domains/remove", post(web::admin::remove_rule))
        .route("/admin/users/{id}/approve", post(web::admin::approve_user))
        .route("/admin/finance/reload", post(web::admin::reload_matrix))
        .route("/admin/subscriptions", post(web::admin::subscribe))
        .route("/admin/subscriptions/remove", post(web::admin::unsubscribe))
        .route("/admin/subscriptions/block", post(web::admin::block))
        .route("/admin/reports", get(web::moderation::queue))
        .route("/admin/reports/{id}", post(web::moderation::decide))
        .route("/admin/audit", get(web::moderation::audit))
        .route("/report", get(web::moderation::report_form).post(web::moderation::report))
        .route("/map", get(web::transition::map))
        .route("/map/{step}", get(web::transition::step))
        .route("/journey", get(web::transition::journey))
        .route("/journey/steps/{step}", post(web::transition::record_step))
        .route("/explore", get(web::transition::explore))
        .route("/explore/{tool}", get(web::transition::tool))
        .route("/finance", get(web::transition::finance))
        .route("/dashboard", get(web::network::show))
        .route("/{handle}", get(web::profile::show))
        .route("/{handle}/{list}", get(web::profile::list))
        .route("/users/{name}", get(activitypub::actor))
        .route("/users/{name}/inbox", post(federation::inbox::receive))
        .route("/users/{name}/outbox", get(activitypub::outbox))
        .route("/users/{name}/followers", get(activitypub::followers))
        .route("/users/{name}/following", get(activitypub::following))
        .route("/users/{name}/journey", get(activitypub::journey))
        .route("/users/{name}/moderators", get(activitypub::moderators))
        .route("/inbox", post(federation::inbox::receive))
        .route("/activities/{kind}/{token}", get(activitypub::activity))
        .route("/ns", get(activitypub::namespace))
        .route("/.well-known/webfinger", get(wellknown::webfinger))
        .route("/.well-known/host-meta", get(wellknown::host_meta))
        .route("/.well-known/nodeinfo", get(wellknown::nodeinfo_links))
        .route("/nodeinfo/2.1", get(wellknown::nodeinfo))
        .route("/metrics", get(metrics::metrics))
        .route("/static/cairn.css", get(stylesheet))
        .route("/static/avatar.svg", get(avatar))
        .route("/media/{key}", get(files::serve))
        .route("/oauth/authorize", get(mastodon::oauth::authorize_page).post(mastodon::oauth::authorize))
        .route("/oauth/token", post(mastodon::oauth::token))
        .route("/oauth/revoke", post(mastodon::oauth::revoke))
        .route("/.well-known/oauth-authorization-server", get(mastodon::oauth::server_metadata))
        .nest("/api/v1", api)
        .nest("/api/v2", api_v2)
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(state.clone(), session::ensure_csrf_cookie))
        .layer(middleware::from_fn_with_state(state.clone(), limits::apply))
        .layer(middleware::map_response_with_state(state.clone(), security_headers))
        .layer(FederationMiddleware::new(federation))
        .layer(middleware::from_fn_with_state(state.clone(), limit_body))
        .layer(DefaultBodyLimit::disable())
        .layer(CatchPanicLayer::custom(answer_panic))
        // Outermost, so that the answers of the limits and of a panic are in the asker's language too.
        .layer(middleware::from_fn_with_state(state.clone(), language::choose))
        .with_state(state)
}

/// How many files a request may carry: one that takes files (a multipart form to a path that
/// takes them) is bounded by the media limit instead of `server.body_limit_bytes`.
fn files_taken_by(request: &Request) -> u64 {
    if !multipart::sent(request.headers()) {
        return 0;
    }
    let path = request.uri().path();
    let edit_of = |kind: &str| path.strip_prefix(kind).is_some_and(|rest| rest.ends_with("/edit"));
    match path {
        "/api/v1/media" | "/api/v2/media" | "/events/new" | "/groups/new" => 1,
        "/settings/profile" | "/api/v1/accounts/update_credentials" => 2,
        "/knowledge/new" => crate::domain::media::MAX_FORM_FILES as u64,
        _ if edit_of("/resources/") => crate::domain::media::MAX_FORM_FILES as u64,
        _ if edit_of("/events/") || edit_of("/groups/") => 1,
        _ => 0,
    }
}
/// Room for the rest of an upload's form around the files.
const FORM_ALLOWANCE: u64 = 256 * 1024;

/// Bounds every request body (the one place that does): refused at once when its announced
/// length is over the limit, cut off when reading passes it (the extractors answer 413).
async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let files = files_taken_by(&request);
    let upload = files > 0;
    let limit = if upload {
        state.config.media.max_file_bytes.saturating_mul(files).saturating_add(FORM_ALLOWANCE)
    } else {
        state.config.server.body_limit_bytes as u64
    };
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if announced.is_some_and(|length| length > limit) {
        let refusal = if upload {
            crate::domain::media::too_large(state.config.media.max_file_bytes)
        } else {
            AppError::new(
                ErrorKind::PayloadTooLarge,
                t_with("a-request-body-may-be-at-most-bytes", &[("max", limit.into())]),
            )
        };
        return refusal.into_response();
    }
    let (parts, body) = request.into_parts();
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    next.run(Request::from_parts(parts, Body::new(http_body_util::Limited::new(body, limit)))).await
}

/// A bug in one handler answers that request with a logged 500, instead of dropping the
/// connection with no answer (which clients read as a network failure).
fn answer_panic(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("a panic without a message");
    AppError::internal(anyhow::anyhow!("a handler panicked: {what}")).into_response()
}

/// No script at all, styles and pictures only from this node (pictures also from https), never
/// framed; HSTS when the node is reached over https.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' https:; \
     base-uri 'none'; frame-ancestors 'none'";

async fn security_headers(State(state): State<AppState>, mut response: Response) -> Response {
    let headers = response.headers_mut();
    let set = |headers: &mut header::HeaderMap, name, value| {
        headers.entry(name).or_insert(header::HeaderValue::from_static(value));
    };
    set(headers, header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "same-origin");
    if state.is_https() {
        set(headers, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000");
    }
    response
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        cairn_templates::STYLESHEET,
    )
        .into_response()
}

/// The picture of accounts without one, for apps that insist on an avatar URL.
async fn avatar() -> Response {
    (
        [(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")],
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="24" fill="#1d6b4f"/><circle cx="24" cy="19" r="8" fill="#fff"/><path d="M10 40c2-8 8-11 14-11s12 3 14 11" fill="#fff"/></svg>"##,
    )
        .into_response()
}

async fn fallback(uri: Uri) -> Response {
    if uri.path().starts_with("/api/") {
        AppError::not_found(t("no-such-api-endpoint")).into_response()
    } else {
        web::not_found().await.into_response()
    }
}
