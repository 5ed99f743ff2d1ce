//! ActivityPub documents: actors (negotiated with their HTML page), collections, activities.

use crate::federation::protocol::event::withhold_link;
use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::Actor,
    },
    error::{AppError, AppResult},
    federation::{
        Data, context,
        objects::{actor::ApActor, event::ApEvent, resource::ApResource},
        signed_fetch,
    },
    http::web,
    service::{self, node::APPLICATION_USERNAME},
    state::AppState,
};
use activitypub_federation::{FEDERATION_CONTENT_TYPE, protocol::context::WithContext, traits::Object};
use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, Method, Uri, header},
    response::{IntoResponse, Response},
};
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub const PAGE_SIZE: i64 = 40;

/// The node's outbox is read whole by every subscriber's backfill: its pages are larger, so that
/// a backfill fetches (and signs its fetch of) one page where it fetched five.
pub const NODE_PAGE_ITEMS: i64 = 200;

/// What a node outbox page holds at most, of its items' JSON: half of what a reader takes
/// (activitypub_federation reads a document of 1 MiB at most).
pub const NODE_PAGE_BYTES: usize = 512 * 1024;

/// Whether the client asked for ActivityPub JSON rather than a web page.
pub fn wants_activity_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("application/activity+json") || accept.contains("application/ld+json"))
}

pub fn activity_json<T: Serialize>(body: &T) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
    ([(header::CONTENT_TYPE, FEDERATION_CONTENT_TYPE)], text).into_response()
}

/// A local actor as pages and collections show it: a suspended one is gone.
pub async fn local_actor(state: &AppState, username: &str) -> AppResult<Actor> {
    service::moderation::shown(any_local_actor(state, username).await?)
}

/// A local actor, suspended or not (topic actors are made on first use).
async fn any_local_actor(state: &AppState, username: &str) -> AppResult<Actor> {
    let found = match db::actors::local_by_username(&state.db, username).await? {
        Some(actor) => Some(actor),
        None => service::topics::ensure(state, username).await?,
    };
    found.ok_or_else(|| {
        AppError::not_found(t_with("there-is-no-one-called-on-this-node", &[("name", username.to_string().into())]))
    })
}

/// `/users/{name}`: the actor document, or its profile page for browsers.
pub async fn actor(
    data: Data,
    viewer: crate::http::session::Viewer,
    headers: HeaderMap,
    Path(username): Path<String>,
) -> Result<Response, web::WebError> {
    if !wants_activity_json(&headers) {
        return web::profile::show(data, viewer, headers, web::extract::Path(format!("@{username}"))).await;
    }
    Ok(actor_document(&data, &username).await?)
}

pub async fn actor_document(data: &Data, username: &str) -> AppResult<Response> {
    let actor = any_local_actor(data, username).await?;
    if actor.suspended {
        // As Mastodon answers for a suspended account: the id, gone.
        let tombstone = json!({"@context": context(data), "id": actor.ap_id, "type": "Tombstone"});
        return Ok((axum::http::StatusCode::GONE, activity_json(&tombstone)).into_response());
    }
    let json = ApActor::new(actor)?.into_json(data).await?;
    Ok(activity_json(&WithContext::new(json, context(data))))
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
    before: Option<i64>,
    max_id: Option<i64>,
    min_id: Option<i64>,
}

impl PageQuery {
    /// `before` is what older pages of Cairn linked to; it means `max_id`.
    fn window(&self) -> db::Window {
        db::Window { max_id: self.max_id.or(self.before), min_id: self.min_id }
    }
}

/// The query of a page of an outbox: `page` names it, the window places it.
fn page_query(page: &str, window: db::Window) -> String {
    let mut query = format!("page={page}");
    if let Some(max_id) = window.max_id {
        query.push_str(&format!("&max_id={max_id}"));
    }
    if let Some(min_id) = window.min_id {
        query.push_str(&format!("&min_id={min_id}"));
    }
    query
}

/// An outbox page: `next` goes to older items, `prev` to newer ones, Mastodon's way, so a
/// follower that has read up to the newest item can ask what came since.
fn outbox_page(
    state: &AppState,
    id: &str,
    page: &str,
    window: db::Window,
    ids: (Option<i64>, Option<i64>),
    full: bool,
    items: Vec<Value>,
) -> Value {
    let (newest, oldest) = ids;
    let mut json = json!({"@context": context(state), "id": format!("{id}?{}", page_query(page, window)),
        "type": "OrderedCollectionPage", "partOf": id});
    json["orderedItems"] = Value::Array(items);
    if let Some(oldest) = oldest.filter(|_| full) {
        json["next"] =
            Value::String(format!("{id}?{}", page_query(page, db::Window { max_id: Some(oldest), min_id: None })));
    }
    if let Some(newest) = newest {
        json["prev"] =
            Value::String(format!("{id}?{}", page_query(page, db::Window { max_id: None, min_id: Some(newest) })));
    }
    json
}

/// `/users/{name}/followers` and `/following`: paged `OrderedCollection`s of actor ids.
pub async fn followers(state: State<AppState>, path: Path<String>, query: Query<PageQuery>) -> AppResult<Response> {
    follow_collection(state, path, query, Side::Followers, "followers").await
}

pub async fn following(state: State<AppState>, path: Path<String>, query: Query<PageQuery>) -> AppResult<Response> {
    follow_collection(state, path, query, Side::Following, "following").await
}

async fn follow_collection(
    State(state): State<AppState>,
    Path(username): Path<String>,
    Query(query): Query<PageQuery>,
    side: Side,
    name: &str,
) -> AppResult<Response> {
    let actor = local_actor(&state, &username).await?;
    let id = format!("{}/{name}", actor.ap_id);
    let total = db::follows::count(&state.db, actor.id, side, ACCEPTED).await?;
    if query.page.is_none() {
        return Ok(activity_json(&collection(&state, &id, total)));
    }
    let rows = db::follows::page(&state.db, actor.id, side, ACCEPTED, query.before, PAGE_SIZE).await?;
    let next = (rows.len() as i64 == PAGE_SIZE).then(|| rows.last().map(|(f, _)| f.id)).flatten();
    let items: Vec<Value> = rows.into_iter().map(|(_, a)| Value::String(a.ap_id)).collect();
    Ok(activity_json(&collection_page(&state, &id, query.before, next, items)))
}

fn collection(state: &AppState, id: &str, total: i64) -> Value {
    json!({
        "@context": context(state),
        "id": id,
        "type": "OrderedCollection",
        "totalItems": total,
        "first": format!("{id}?page=true"),
    })
}

fn collection_page(state: &AppState, id: &str, before: Option<i64>, next: Option<i64>, items: Vec<Value>) -> Value {
    let this = match before {
        Some(b) => format!("{id}?page=true&before={b}"),
        None => format!("{id}?page=true"),
    };
    let mut page = json!({
        "@context": context(state),
        "id": this,
        "type": "OrderedCollectionPage",
        "partOf": id,
        "orderedItems": items,
    });
    if let Some(next) = next {
        page["next"] = Value::String(format!("{id}?page=true&before={next}"));
    }
    page
}

/// `/users/{name}/outbox`: the actor's public activities, newest first. A group that moved
/// shows the new group's server everything it sent, members-only posts included, so that its
/// discussions move with it.
pub async fn outbox(
    state: Data,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    Path(username): Path<String>,
    Query(query): Query<PageQuery>,
) -> AppResult<Response> {
    let actor = local_actor(&state, &username).await?;
    let id = format!("{}/outbox", actor.ap_id);
    if actor.username == APPLICATION_USERNAME {
        return node_outbox(&state, &actor, &id, query).await;
    }
    // Only a moved group's outbox differs by reader: no key lookup for any other.
    let signer = match actor.moved_to {
        Some(_) if actor.kind == "Group" => signed_fetch::signer(&state, &method, &uri, &headers).await?,
        _ => None,
    };
    let members_posts = service::moves::reads_whole_outbox(&actor, signer.as_ref());
    if query.page.is_none() {
        let total = db::deliveries::outbox_count(&state.db, &actor.ap_id, members_posts).await?;
        return Ok(activity_json(&collection(&state, &id, total)));
    }
    let window = query.window();
    let rows = db::deliveries::outbox_page(&state.db, &actor.ap_id, members_posts, window, PAGE_SIZE).await?;
    let ids = (rows.first().map(|a| a.id), rows.last().map(|a| a.id));
    let full = rows.len() as i64 == PAGE_SIZE;
    let items = rows
        .into_iter()
        .filter_map(|a| serde_json::from_str::<Value>(&a.payload).ok())
        .map(|mut v| {
            if let Some(map) = v.as_object_mut() {
                map.remove("@context");
            }
            withhold_link(&mut v);
            v
        })
        .collect();
    Ok(activity_json(&outbox_page(&state, &id, "true", window, ids, full, items)))
}

/// The node's outbox is its whole public history, each resource and event announced by the
/// node with the object embedded, so a subscriber can backfill all of it: resources newest
/// first (`?page=resources`), then events (`?page=events`).
async fn node_outbox(state: &AppState, node: &Actor, id: &str, query: PageQuery) -> AppResult<Response> {
    let window = query.window();
    let Some(part) = query.page else {
        let total = db::resources::local_count(&state.db).await? + db::events::local_count(&state.db).await?;
        let mut first = collection(state, id, total);
        first["first"] = Value::String(format!("{id}?page=resources"));
        return Ok(activity_json(&first));
    };
    let city = db::actors::local_by_username(&state.db, &state.config.node.actor).await?;
    // `json!` would copy the object (it serialises what it interpolates): it is moved in.
    let announce = |object: Value| {
        let object_id = object["id"].as_str().unwrap_or_default();
        let mut announce = json!({"id": format!("{object_id}#announce"), "type": "Announce", "actor": node.ap_id,
               "to": [crate::federation::protocol::article::PUBLIC]});
        announce["object"] = object;
        announce
    };
    let (items, full) = match part.as_str() {
        "resources" => {
            let rows = db::resources::local_page(&state.db, window, NODE_PAGE_ITEMS).await?;
            let full = rows.len() as i64 == NODE_PAGE_ITEMS;
            let city_followers = city.as_ref().and_then(|c| c.followers_url.as_deref());
            let mut items = Vec::with_capacity(rows.len());
            for (resource, author) in rows {
                let id = resource.id;
                let article = ApResource::new(resource, author)?.to_article(&state.base_url, city_followers);
                items.push((id, announce(serde_json::to_value(article).map_err(AppError::internal)?)));
            }
            (items, full)
        }
        "events" => {
            let rows = db::events::local_page(&state.db, window, NODE_PAGE_ITEMS).await?;
            let full = rows.len() as i64 == NODE_PAGE_ITEMS;
            let mut items = Vec::with_capacity(rows.len());
            for (event, organizer) in rows {
                let (id, cc) = (event.id, crate::service::audience::cc_of(&organizer, city.as_ref()));
                let event = ApEvent::new(event, organizer)?.to_event(cc);
                items.push((id, announce(serde_json::to_value(event).map_err(AppError::internal)?)));
            }
            (items, full)
        }
        _ => return Err(AppError::not_found(t("the-nodes-outbox-has-pages-resources-and"))),
    };
    let (items, cut) = within_page_bytes(items, window);
    let full = full || cut;
    let ids = (items.first().map(|(id, _)| *id), items.last().map(|(id, _)| *id));
    let items = items.into_iter().map(|(_, item)| item).collect();
    let mut page = outbox_page(state, id, &part, window, ids, full, items);
    // The resources' last page goes on to the events (a `min_id` page is not the last).
    if part == "resources" && !full && window.min_id.is_none() {
        page["next"] = Value::String(format!("{id}?page=events"));
    }
    Ok(activity_json(&page))
}

/// As many of a node outbox page's items (newest first, with their row ids) as fit in
/// `NODE_PAGE_BYTES`, at least one: those nearest where the page starts (the newest, or for a
/// `min_id` page the oldest), so that its `next` or `prev` goes on from the last one kept. Says
/// whether any was left out.
fn within_page_bytes(mut items: Vec<(i64, Value)>, window: db::Window) -> (Vec<(i64, Value)>, bool) {
    let from_oldest = window.min_id.is_some();
    if from_oldest {
        items.reverse();
    }
    let (mut bytes, mut kept) = (0, 0);
    for (_, item) in &items {
        bytes += json_bytes(item);
        if kept > 0 && bytes > NODE_PAGE_BYTES {
            break;
        }
        kept += 1;
    }
    let cut = kept < items.len();
    items.truncate(kept);
    if from_oldest {
        items.reverse();
    }
    (items, cut)
}

/// The length of `value` written as JSON, counted without writing it anywhere.
fn json_bytes(value: &Value) -> usize {
    struct Counter(usize);
    impl std::io::Write for Counter {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut counter = Counter(0);
    // Writing a `Value` to a writer that never fails cannot fail.
    let _ = serde_json::to_writer(&mut counter, value);
    counter.0
}

/// `/activities/{kind}/{token}`: a local public activity, as it was sent (without a webinar
/// link an older one may carry). Others went to their recipients only and are not served.
pub async fn activity(
    State(state): State<AppState>,
    Path((kind, token)): Path<(String, String)>,
) -> AppResult<Response> {
    let ap_id = state.url(&format!("/activities/{kind}/{token}"));
    let stored = db::deliveries::local_activity_by_ap_id(&state.db, &ap_id)
        .await?
        .filter(|a| a.public)
        .ok_or_else(|| AppError::not_found(t("no-such-activity")))?;
    let mut body: Value = serde_json::from_str(&stored.payload).map_err(AppError::internal)?;
    withhold_link(&mut body);
    Ok(activity_json(&body))
}

/// `/ns`: the JSON-LD context that defines Cairn's own terms.
pub async fn namespace(State(state): State<AppState>) -> Response {
    // Cairn's own terms, as the context of every document defines them.
    let terms: serde_json::Map<String, Value> = context(&state)
        .pointer("/2")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(name, definition)| {
            name.as_str() == "cairn"
                || definition
                    .as_str()
                    .or_else(|| definition.get("@id").and_then(Value::as_str))
                    .is_some_and(|d| d.starts_with("cairn:"))
        })
        .map(|(name, definition)| (name.clone(), definition.clone()))
        .collect();
    let body = json!({ "@context": terms });
    ([(header::CONTENT_TYPE, "application/ld+json")], body.to_string()).into_response()
}

/// `/users/{name}/journey`: the city's transition journey, for peers that fetch it.
pub async fn journey(data: Data, headers: HeaderMap, Path(username): Path<String>) -> AppResult<Response> {
    let city = local_actor(&data, &username).await?;
    if city.username != data.config.node.actor {
        return Err(AppError::not_found(t("only-the-nodes-organisation-keeps-a-transition")));
    }
    if !wants_activity_json(&headers) {
        return Ok(axum::response::Redirect::to("/journey").into_response());
    }
    let journey = crate::service::journey::journey_of(&data, city).await?;
    Ok(activity_json(&WithContext::new(journey.to_json(&data.url("/journey")), context(&data))))
}

/// `/users/{name}/moderators`: who moderates a group (FEP-1b12's `attributedTo`).
pub async fn moderators(data: Data, Path(username): Path<String>) -> AppResult<Response> {
    let group = local_actor(&data, &username).await?;
    if group.kind != "Group" {
        return Err(AppError::not_found(t("only-groups-have-moderators")));
    }
    let items: Vec<Value> =
        db::groups::moderators(&data.db, group.id).await?.into_iter().map(|a| Value::String(a.ap_id)).collect();
    Ok(activity_json(&WithContext::new(
        json!({"id": format!("{}/moderators", group.ap_id), "type": "OrderedCollection", "totalItems": items.len(), "orderedItems": items}),
        context(&data),
    )))
}

/// A post's `Note`, by the id it federates under. Ids carry an unguessable token; with
/// `federation.require_signed_fetch` a post that is not public is served only to a signed
/// request from a server where someone is in its audience.
pub async fn post_document(
    data: &Data,
    ap_id: &str,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> AppResult<Option<Response>> {
    let Some(post) = db::posts::by_ap_id(&data.db, ap_id).await? else { return Ok(None) };
    if !post.local {
        return Ok(None);
    }
    if db::actors::by_id(&data.db, post.author_id).await?.is_none_or(|author| author.suspended) {
        return Err(AppError::suspended());
    }
    if post.visibility != "public" && data.config.federation.require_signed_fetch {
        let signer = signed_fetch::signer(data, method, uri, headers)
            .await?
            .ok_or_else(|| AppError::unauthorized(t("this-post-is-not-public-sign-the")))?;
        if !service::posts::audience_on_server(data, &post, &signer.domain).await? {
            return Err(AppError::forbidden(format!("nobody on {} is in this post's audience", signer.domain)));
        }
    }
    let note = crate::federation::objects::post::ApPost::new(post)?.note(data).await?;
    Ok(Some(activity_json(&WithContext::new(note, context(data)))))
}
