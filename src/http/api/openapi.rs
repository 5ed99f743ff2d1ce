//! `GET /api/v1/openapi.json`: the API described by its types. Each handler carries its
//! `#[utoipa::path]`; the routes are registered from the same annotations, so the description
//! cannot list a route that does not exist or miss one that does.

use super::{
    admin, auth, blocks, events, finance, follows, groups, me, media, moderation, resources, social, subscriptions,
    transition,
};
use crate::{error::ErrorBody, http::mastodon, state::AppState};
use axum::{
    http::header,
    response::IntoResponse,
    routing::{get, post},
};
use std::sync::Arc;
use utoipa::{
    OpenApi,
    openapi::{
        self, RefOr, Response, ResponseBuilder, Server,
        content::Content,
        security::{HttpAuthScheme, HttpBuilder, SecurityScheme},
    },
};
use utoipa_axum::{router::OpenApiRouter, routes};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Cairn API",
        description = "What a person can do on a Cairn node's pages, a script can do here. Send JSON; \
            every error is `{error, message, field, errors}`, with every field at fault listed in `errors`. \
            Get a token from `POST /auth/token` and send it as `Authorization: Bearer …`. \
            The same node also answers Mastodon's client API (`/api/v1/apps`, `/oauth/*`, accounts, \
            statuses, `/api/v2/search`…): see Mastodon's documentation.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    components(schemas(ErrorBody))
)]
struct CairnApi;

/// Cairn's API routes for `/api/v1`, and their description.
pub fn split(state: &AppState) -> (axum::Router<AppState>, Spec) {
    let (routes, mut api) = documented_routes(state).split_for_parts();
    apply_conventions(&mut api);
    (routes, Spec::new(&api))
}

/// The bearer scheme, the error answer every operation may give, and operation ids unique
/// across modules (`resources_update`, not `update`).
fn apply_conventions(api: &mut openapi::OpenApi) {
    let components = api.components.get_or_insert_with(Default::default);
    components
        .add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    let error = |description: &str| -> RefOr<Response> {
        ResponseBuilder::new()
            .description(description)
            .content("application/json", Content::new(Some(RefOr::Ref(openapi::Ref::from_schema_name("ErrorBody")))))
            .build()
            .into()
    };
    for item in api.paths.paths.values_mut() {
        for operation in
            [&mut item.get, &mut item.post, &mut item.put, &mut item.patch, &mut item.delete].into_iter().flatten()
        {
            if let (Some(tag), Some(id)) = (operation.tags.as_ref().and_then(|t| t.first()), &operation.operation_id) {
                operation.operation_id = Some(format!("{tag}_{id}"));
            }
            let responses = &mut operation.responses.responses;
            responses.entry("4XX".into()).or_insert_with(|| error("The request cannot be served: see `message`"));
            responses.entry("5XX".into()).or_insert_with(|| error("This node failed"));
        }
    }
}

/// Every route of Cairn's own API, with its description.
fn documented_routes(state: &AppState) -> OpenApiRouter<AppState> {
    let mut api = CairnApi::openapi();
    api.servers = Some(vec![Server::new(state.url("/api/v1"))]);
    OpenApiRouter::with_openapi(api)
        .routes(routes!(auth::token))
        .routes(routes!(auth::register))
        .routes(answered_by(routes!(media::upload), post(mastodon::media::upload_either)))
        .routes(answered_by(routes!(media::show), get(mastodon::media::show_either).put(mastodon::media::update)))
        .routes(routes!(me::show, me::update))
        .routes(routes!(me::set_aliases))
        .routes(routes!(me::move_account))
        .routes(routes!(me::export))
        .routes(routes!(me::import))
        .routes(routes!(me::set_city_aliases))
        .routes(routes!(me::move_city))
        .routes(routes!(auth::list_tokens))
        .routes(routes!(auth::revoke_token))
        .routes(routes!(auth::revoke_user_tokens))
        .routes(routes!(follows::followers))
        .routes(routes!(follows::following))
        .routes(routes!(follows::following_pending))
        .routes(routes!(follows::requests))
        .routes(routes!(follows::decide))
        .routes(routes!(follows::follow, follows::unfollow))
        .routes(routes!(follows::lookup))
        .routes(routes!(resources::search, resources::create))
        .routes(routes!(resources::show, resources::update, resources::delete))
        .routes(routes!(resources::comment))
        .routes(routes!(events::list, events::create))
        .routes(routes!(events::show, events::update, events::delete))
        .routes(routes!(events::join, events::leave))
        .routes(routes!(events::decide))
        .routes(routes!(groups::list, groups::create))
        .routes(routes!(groups::show, groups::update))
        .routes(routes!(groups::join, groups::leave))
        .routes(routes!(groups::posts, groups::post))
        .routes(routes!(groups::members))
        .routes(routes!(groups::set_role, groups::remove_member))
        .routes(routes!(groups::decide))
        .routes(routes!(groups::invite))
        .routes(routes!(groups::set_aliases))
        .routes(routes!(groups::move_group))
        .routes(routes!(social::create))
        .routes(routes!(social::show, social::delete))
        // Three paths shared with Mastodon's API: described as Cairn's, answered by whichever
        // API the caller's token belongs to.
        .routes(answered_by(routes!(social::home), get(mastodon::timelines::home_either)))
        .routes(routes!(social::local))
        .routes(routes!(social::federated))
        .routes(answered_by(routes!(social::tag), get(mastodon::timelines::tag_either)))
        .routes(answered_by(routes!(social::notifications), get(mastodon::timelines::notifications_either)))
        .routes(routes!(social::mark_seen))
        .routes(routes!(social::directory))
        .routes(routes!(transition::map))
        .routes(routes!(transition::journey))
        .routes(routes!(transition::record_step))
        .routes(routes!(transition::explore))
        .routes(routes!(transition::dashboard))
        .routes(routes!(finance::questions))
        .routes(routes!(finance::assess))
        .routes(routes!(finance::matrix_status))
        .routes(routes!(finance::reload))
        .routes(routes!(admin::domains, admin::add_domain))
        .routes(routes!(admin::remove_domain))
        .routes(routes!(subscriptions::list, subscriptions::subscribe))
        .routes(routes!(subscriptions::unsubscribe))
        .routes(routes!(subscriptions::block))
        .routes(routes!(admin::deliveries))
        .routes(routes!(admin::instance))
        .routes(routes!(admin::node))
        .routes(routes!(admin::set_node))
        .routes(routes!(admin::rules))
        .routes(routes!(admin::set_rules))
        .routes(answered_by(routes!(moderation::report), post(mastodon::reports::create_either)))
        .routes(routes!(moderation::reports))
        .routes(routes!(moderation::act))
        .routes(routes!(moderation::account_measure))
        .routes(routes!(moderation::audit))
        .routes(routes!(moderation::set_role))
        .routes(answered_by(
            routes!(blocks::blocked, blocks::block, blocks::unblock),
            get(mastodon::blocks::blocked_either).post(blocks::block).delete(blocks::unblock),
        ))
        .routes(answered_by(
            routes!(blocks::muted, blocks::mute, blocks::unmute),
            get(mastodon::blocks::muted_either).post(blocks::mute).delete(blocks::unmute),
        ))
}

type Documented = utoipa_axum::router::UtoipaMethodRouter<AppState>;

/// A documented route whose requests go to `handler` instead.
fn answered_by(documented: Documented, handler: axum::routing::MethodRouter<AppState>) -> Documented {
    let (schemas, paths, _) = documented;
    (schemas, paths, handler)
}

/// The description, serialised once: the text served and the value the reference page reads.
#[derive(Clone)]
pub struct Spec {
    text: axum::body::Bytes,
    value: Arc<serde_json::Value>,
}

impl Spec {
    pub fn new(api: &openapi::OpenApi) -> Self {
        let value = serde_json::to_value(api).expect("the API description serialises");
        Spec { text: value.to_string().into(), value: Arc::new(value) }
    }
    pub fn value(&self) -> &serde_json::Value {
        &self.value
    }
}

impl IntoResponse for Spec {
    fn into_response(self) -> axum::response::Response {
        ([(header::CONTENT_TYPE, "application/json")], self.text).into_response()
    }
}
