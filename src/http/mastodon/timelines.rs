//! Timelines, notifications and search in Mastodon's shapes. Three paths are shared with
//! Cairn's own API (`/timelines/home`, `/timelines/tag/…`, `/notifications`): a Cairn API token
//! gets Cairn's shape there, anyone else Mastodon's.

use super::{
    Client, MastoResult, MaybeClient, Paging,
    entities::{self, StatusRef},
    is_oauth,
};
use crate::{
    db::{
        self,
        actors::DirectoryQuery,
        notifications as kinds,
        posts::{Position, Span, Timeline},
    },
    domain::search::SearchQuery,
    error::AppError,
    federation::Data,
    service::{self, follows::Reach},
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, Query, Request, State},
    handler::Handler,
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::t;
use serde::Deserialize;
use serde_json::{Value, json};

/// A page of statuses from a timeline, by Mastodon's `max_id`/`since_id`/`min_id`, with the
/// `Link` header apps follow for more. The ids name entries; the page is read from where they
/// stand in the timeline, however far back.
async fn statuses_page(
    data: &Data,
    which: &Timeline,
    paging: &Paging,
    viewer: Option<&crate::db::models::Actor>,
    path: &str,
) -> MastoResult<Response> {
    // An id no longer in the timeline bounds nothing: older than a gone max_id is nothing. A
    // status the viewer may not see counts as gone, so paging tells nothing about it.
    let position = async |id: &Option<String>| -> Result<Option<Option<Position>>, AppError> {
        let Some(id) = id else { return Ok(None) };
        let Ok(status) = StatusRef::parse(id) else { return Ok(Some(None)) };
        if entities::status(data, status, viewer).await.is_err() {
            return Ok(Some(None));
        }
        let (kind, id) = status.kind_and_id();
        Ok(Some(db::posts::position_of(&data.db, kind, id).await?))
    };
    let older_than = position(&paging.max_id).await?;
    if older_than == Some(None) {
        return Ok(Json(Value::Array(Vec::new())).into_response());
    }
    let (newer_than, closest_newer) = match (position(&paging.min_id).await?, position(&paging.since_id).await?) {
        (Some(Some(min)), _) => (Some(min), true),
        (_, since) => (since.flatten(), false),
    };
    let span = Span { older_than: older_than.flatten(), newer_than, closest_newer };
    let chosen = db::posts::timeline(&data.db, which, viewer.map(|v| v.id), &span, paging.limit() as i64).await?;
    let references: Vec<StatusRef> = chosen.iter().map(|entry| StatusRef::of_entry(&entry.kind, entry.id)).collect();
    let items = entities::statuses(data, &references, viewer).await?;
    let mut response = Json(Value::Array(items)).into_response();
    if let (Some(first), Some(last)) = (chosen.first(), chosen.last()) {
        let link = format!(
            "<{}{path}?max_id={}>; rel=\"next\", <{}{path}?min_id={}>; rel=\"prev\"",
            data.base_url,
            StatusRef::of_entry(&last.kind, last.id).id(),
            data.base_url,
            StatusRef::of_entry(&first.kind, first.id).id()
        );
        if let Ok(value) = HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    Ok(response)
}

pub async fn home(data: Data, client: Client, Query(paging): Query<Paging>) -> MastoResult<Response> {
    let (_, me) = client.person("read:statuses")?;
    let which = Timeline::Home { actor_id: me.id, ap_id: me.ap_id.clone() };
    statuses_page(&data, &which, &paging, Some(me), "/api/v1/timelines/home").await
}

/// `local=true` asks for this node's statuses only. (Apart from the paging: serde's `flatten`
/// would read `limit` from a query string as text and refuse it.)
#[derive(Deserialize, Default)]
pub struct PublicQuery {
    #[serde(default)]
    local: Option<String>,
}

pub async fn public(
    data: Data,
    client: MaybeClient,
    Query(query): Query<PublicQuery>,
    Query(paging): Query<Paging>,
) -> MastoResult<Response> {
    let which = if query.local.as_deref().is_some_and(super::truthy) { Timeline::Local } else { Timeline::Federated };
    statuses_page(&data, &which, &paging, client.actor(), "/api/v1/timelines/public").await
}

pub async fn tag(
    data: Data,
    client: MaybeClient,
    Path(tag): Path<String>,
    Query(paging): Query<Paging>,
) -> MastoResult<Response> {
    let which = Timeline::Tag(tag.trim_start_matches('#').to_lowercase());
    statuses_page(&data, &which, &paging, client.actor(), &format!("/api/v1/timelines/tag/{tag}")).await
}

/// Cairn's notification kinds as Mastodon's; the others have no Mastodon counterpart.
fn mastodon_kind(kind: &str) -> Option<&'static str> {
    match kind {
        kinds::FOLLOW => Some("follow"),
        kinds::FOLLOW_REQUEST => Some("follow_request"),
        kinds::MENTION | kinds::REPLY => Some("mention"),
        _ => None,
    }
}

pub async fn notifications(data: Data, client: Client, Query(paging): Query<Paging>) -> MastoResult<Json<Value>> {
    let (_, me) = client.person("read:notifications")?;
    let before = paging.max_id.as_deref().and_then(|m| m.parse().ok());
    let rows = db::notifications::page(&data.db, me.id, before, (paging.limit() * 2) as i64).await?;
    let mut items = Vec::new();
    for (notification, actor) in rows {
        let Some(kind) = mastodon_kind(&notification.kind) else { continue };
        let status = match notification.post_id {
            Some(post_id) => entities::status(&data, StatusRef::Post(post_id), Some(me)).await.ok(),
            None => None,
        };
        items.push(json!({
            "id": notification.id.to_string(),
            "type": kind,
            "created_at": notification.created_at.and_utc().format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string(),
            "account": entities::account(&data, &actor).await?,
            "status": status,
        }));
        if items.len() == paging.limit() {
            break;
        }
    }
    Ok(Json(Value::Array(items)))
}

#[derive(Deserialize, Default)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    resolve: Option<String>,
    limit: Option<i64>,
}

/// `/api/v2/search`: accounts (by handle, URL or name), statuses (case studies and events by
/// full text, posts by URL), hashtags.
pub async fn search(data: Data, client: MaybeClient, Query(params): Query<SearchParams>) -> MastoResult<Json<Value>> {
    let viewer = client.actor();
    if let Some(grant) = &client.0
        && !grant.scopes.allows("read:search")
    {
        return Err(AppError::forbidden(t("this-action-is-outside-the-authorized-scopes")).into());
    }
    let q = params.q.trim();
    let limit = params.limit.unwrap_or(20).clamp(1, 40);
    let wants = |kind: &str| params.kind.is_empty() || params.kind == kind;
    let resolve = params.resolve.as_deref().is_some_and(super::truthy) && viewer.is_some();
    let reach = if resolve { Reach::Fetch } else { Reach::KnownOnly };
    let looks_like_address = q.starts_with("http://")
        || q.starts_with("https://")
        || (q.trim_start_matches('@').contains('@') && !q.contains(' '));

    let mut accounts = Vec::new();
    let mut statuses = Vec::new();
    if wants("accounts") {
        if looks_like_address {
            let target = if q.starts_with('@') || q.starts_with("http") { q.to_string() } else { format!("@{q}") };
            if let Ok(actor) = service::follows::resolve(&data, &target, reach).await
                && let Ok(actor) = service::moderation::shown(actor.row)
            {
                accounts.push(entities::account(&data, &actor).await?);
            }
        } else if !crate::domain::search::directory_words(q).is_empty() {
            let query = DirectoryQuery { text: q.trim_start_matches('@').to_string(), ..Default::default() };
            for actor in db::actors::directory(&data.db, &query, limit, None).await? {
                accounts.push(entities::account(&data, &actor).await?);
            }
        }
    }
    if wants("statuses") && !q.is_empty() {
        if let Ok(url) = url::Url::parse(q) {
            let found = match service::lookup::by_url(&data, &url, reach).await {
                Ok(service::lookup::Found::Resource(r)) => Some(StatusRef::Resource(r.id)),
                Ok(service::lookup::Found::Event(e)) => Some(StatusRef::Event(e.id)),
                _ => db::posts::by_ap_id(&data.db, url.as_str()).await?.map(|p| StatusRef::Post(p.id)),
            };
            if let Some(reference) = found
                && let Ok(status) = entities::status(&data, reference, viewer).await
            {
                statuses.push(status);
            }
        } else if !looks_like_address {
            let query = SearchQuery { text: q.to_string(), limit, ..Default::default() };
            for id in db::search::page(&data.db, &query).await? {
                statuses.push(entities::status(&data, StatusRef::Resource(id), viewer).await?);
            }
        }
    }
    let hashtags: Vec<Value> = if wants("hashtags") && !q.is_empty() && !looks_like_address && !q.contains(' ') {
        let tag = q.trim_start_matches('#').to_lowercase();
        vec![json!({"name": tag, "url": data.url(&crate::domain::resource::tag_path(&tag)), "history": []})]
    } else {
        Vec::new()
    };
    Ok(Json(json!({"accounts": accounts, "statuses": statuses, "hashtags": hashtags})))
}

/// The shared timeline paths: Mastodon's shape unless the caller uses a Cairn API token.
/// Answers a path both APIs share: Cairn's handler for a Cairn API token, Mastodon's otherwise.
pub(super) async fn by_token<C, CT, M, MT>(state: AppState, request: Request, cairn: C, mastodon: M) -> Response
where
    C: Handler<CT, AppState>,
    M: Handler<MT, AppState>,
{
    if cairn_caller(&state, request.headers().clone()).await {
        cairn.call(request, state).await
    } else {
        mastodon.call(request, state).await
    }
}

/// Answers a path both APIs share where Mastodon's side always needs a token: Mastodon's
/// handler for an app's OAuth token, Cairn's otherwise (a request without a token included).
pub(super) async fn by_oauth<C, CT, M, MT>(state: AppState, request: Request, cairn: C, mastodon: M) -> Response
where
    C: Handler<CT, AppState>,
    M: Handler<MT, AppState>,
{
    if is_oauth(&state, &request.headers().clone()).await {
        mastodon.call(request, state).await
    } else {
        cairn.call(request, state).await
    }
}

pub async fn home_either(State(state): State<AppState>, request: Request) -> Response {
    by_token(state, request, crate::http::api::social::home, home).await
}

pub async fn tag_either(State(state): State<AppState>, request: Request) -> Response {
    by_token(state, request, crate::http::api::social::tag, tag).await
}

pub async fn notifications_either(State(state): State<AppState>, request: Request) -> Response {
    by_token(state, request, crate::http::api::social::notifications, notifications).await
}

/// A request with a bearer token that is not an OAuth token: one of Cairn's own API tokens.
/// (The headers are a copy: a request body cannot be held across an await.)
pub(super) async fn cairn_caller(state: &AppState, headers: axum::http::HeaderMap) -> bool {
    headers.contains_key(header::AUTHORIZATION) && !is_oauth(state, &headers).await
}
