use super::{ActorRef, ActorView, ApiJson, ApiPath};
use crate::service::moderation::Audit;
use crate::{
    db::{
        self,
        models::{Actor, Resource},
    },
    domain::{
        highlight::{Highlight, highlight},
        resource::ResourceInput,
        search::{SearchQuery, terms},
        taxonomy::TAXONOMY,
    },
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, follows::Reach, resources::input_of},
    state::AppState,
};
use axum::{Json, extract::RawQuery, http::StatusCode};
use cairn_templates::i18n::t;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A case study, information sheet, method, video or other resource of the repository: its
/// fields as written, and what the node adds.
#[derive(Serialize, ToSchema)]
pub struct ResourceView {
    pub id: i64,
    pub ap_id: String,
    pub url: String,
    #[serde(flatten)]
    pub fields: ResourceInput,
    /// The body as sanitised HTML.
    pub body_html: String,
    pub author: ActorRef,
    pub published: String,
    pub updated: String,
    pub local: bool,
    /// Demo data: illustrative, not a real city's results.
    pub illustrative: bool,
    /// The server it comes from (remote resources only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Its page on its own server (remote resources only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin_url: Option<String>,
}

impl ResourceView {
    pub fn new(state: &AppState, resource: &Resource, author: &Actor) -> Self {
        ResourceView {
            id: resource.id,
            ap_id: resource.ap_id.clone(),
            url: state.url(&format!("/resources/{}", resource.id)),
            fields: input_of(resource),
            body_html: resource.body_html.clone(),
            author: ActorRef::new(author),
            published: resource.published_at.and_utc().to_rfc3339(),
            updated: resource.updated_at.and_utc().to_rfc3339(),
            local: resource.local,
            illustrative: resource.demo,
            origin: (!resource.local).then(|| resource.origin.clone()),
            origin_url: (!resource.local).then(|| resource.url.clone()),
        }
    }
}

fn facet_label(facet: &str, value: &str) -> String {
    let label = match facet {
        "kind" => TAXONOMY.kind_label(value),
        "sector" => TAXONOMY.sector_label(value),
        "phase" => value.parse().ok().and_then(|p| TAXONOMY.phase_label(p)),
        _ => None,
    };
    label.map_or_else(|| value.to_string(), str::to_string)
}

#[derive(Serialize, ToSchema)]
pub struct FacetCount {
    value: String,
    label: String,
    count: i64,
}

/// A resource found by a search.
#[derive(Serialize, ToSchema)]
pub struct SearchItem {
    #[serde(flatten)]
    resource: ResourceView,
    /// With words searched for: where the resource has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    highlight: Option<Highlight>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResults {
    items: Vec<SearchItem>,
    next: Option<String>,
    total: i64,
    /// For each facet (`kind`, `sector`, `phase`, `country`, `language`, `origin`, `year`…),
    /// its values among all matches, most frequent first.
    facets: BTreeMap<String, Vec<FacetCount>>,
    /// When nothing matches: the words to search for instead, unknown words replaced by the
    /// closest words resources here have, when that search finds something.
    did_you_mean: Option<String>,
}

/// Search the repository, with facet counts and the total.
#[utoipa::path(get, path = "/resources", tag = "resources",
    params(
        ("q" = Option<String>, Query, description = "Words, \"a phrase\", OR, -word, word* (a beginning)"),
        ("kind" = Option<String>, Query), ("sector" = Option<String>, Query, description = "Repeatable"),
        ("phase" = Option<i32>, Query), ("country" = Option<String>, Query), ("lang" = Option<String>, Query),
        ("origin" = Option<String>, Query, description = "`local` or a server's domain"),
        ("year" = Option<i32>, Query), ("tag" = Option<String>, Query),
        ("step" = Option<String>, Query, description = "A Transition Map step id"),
        ("tool" = Option<String>, Query, description = "An Explore tool type id"),
        ("sort" = Option<String>, Query, description = "`relevance` or `newest`"),
        ("limit" = Option<i64>, Query), ("cursor" = Option<String>, Query),
    ),
    responses((status = 200, body = SearchResults)))]
pub async fn search(data: Data, RawQuery(raw): RawQuery) -> AppResult<Json<SearchResults>> {
    let query = SearchQuery::from_query_string(raw.as_deref().unwrap_or_default());
    let page = db::search::search(&data.db, &query).await?;
    let rows = db::resources::with_authors(&data.db, &page.ids).await?;
    let terms = terms(&query.text);
    let items = rows
        .iter()
        .map(|(r, a)| SearchItem {
            resource: ResourceView::new(&data, r, a),
            highlight: highlight(&r.title, &r.summary, &r.body_html, &terms),
        })
        .collect();
    let next = (query.offset + query.limit < page.reachable).then(|| (query.offset + query.limit).to_string());
    let facets = page
        .facets
        .iter()
        .map(|(name, values)| {
            let counts = values
                .iter()
                .map(|(v, n)| FacetCount { value: v.clone(), label: facet_label(name, v), count: *n })
                .collect();
            (name.to_string(), counts)
        })
        .collect();
    let did_you_mean = service::search::did_you_mean(&data.db, &query, page.total).await?;
    Ok(Json(SearchResults { items, next, total: page.total, facets, did_you_mean }))
}

/// `{id}`: a local row id, or the ActivityPub URL of a resource (fetched if remote).
pub async fn find(data: &Data, id: &str, reach: Reach) -> AppResult<(Resource, Actor)> {
    let resource = if let Ok(local) = id.parse::<i64>() {
        db::resources::by_id(&data.db, local).await?
    } else if let Ok(url) = url::Url::parse(id) {
        match service::lookup::by_url(data, &url, reach).await? {
            service::lookup::Found::Resource(found) => Some(found),
            _ => None,
        }
    } else {
        None
    };
    let resource = resource.ok_or_else(|| AppError::not_found(t("no-such-resource")))?;
    let author = db::actors::by_id(&data.db, resource.author_id)
        .await?
        .ok_or_else(|| AppError::not_found(t("no-such-author")))?;
    Ok((resource, service::moderation::shown(author)?))
}

#[derive(Serialize, ToSchema)]
pub struct CommentView {
    id: i64,
    ap_id: String,
    content_html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<ActorView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ResourceDetail {
    #[serde(flatten)]
    resource: ResourceView,
    comments: Vec<CommentView>,
    likes: i64,
}

/// A resource with its comments.
#[utoipa::path(get, path = "/resources/{id}", tag = "resources",
    params(("id" = String, Path, description = "A local id, or the resource's ActivityPub URL")),
    responses((status = 200, body = ResourceDetail)))]
pub async fn show(data: Data, caller: MaybeApiUser, ApiPath(id): ApiPath<String>) -> AppResult<Json<ResourceDetail>> {
    let (resource, author) = find(&data, &id, caller.reach()).await?;
    let comments = db::resources::comments_of(&data.db, resource.id)
        .await?
        .iter()
        .map(|(c, a)| CommentView {
            id: c.id,
            ap_id: c.ap_id.clone(),
            content_html: c.content_html.clone(),
            author: Some(ActorView::new(&data, a)),
            published: Some(c.published_at.and_utc().to_rfc3339()),
        })
        .collect();
    let likes = db::oauth::count(&data.db, &resource.ap_id, db::oauth::FAVOURITE).await?;
    Ok(Json(ResourceDetail { resource: ResourceView::new(&data, &resource, &author), comments, likes }))
}

/// Publish a resource.
#[utoipa::path(post, path = "/resources", tag = "resources", security(("bearer" = [])),
    request_body = ResourceInput, responses((status = 201, body = ResourceView)))]
pub async fn create(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<ResourceInput>,
) -> AppResult<(StatusCode, Json<ResourceView>)> {
    let resource = service::resources::publish(&data, &me.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(ResourceView::new(&data, &resource, &me.actor))))
}

/// Edit a resource (its author); fields left out keep their value.
#[utoipa::path(patch, path = "/resources/{id}", tag = "resources", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = ResourceInput, responses((status = 200, body = ResourceView)))]
pub async fn update(
    data: Data,
    me: ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(patch): ApiJson<Value>,
) -> AppResult<Json<ResourceView>> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    let input = super::patched(&input_of(&resource), patch)?;
    let saved = service::resources::edit(&data, &me.user, &me.actor, &resource, &input).await?;
    Ok(Json(ResourceView::new(&data, &saved, &me.actor)))
}

/// Delete a resource (its author or an admin).
#[utoipa::path(delete, path = "/resources/{id}", tag = "resources", security(("bearer" = [])),
    params(("id" = String, Path)), responses((status = 204, description = "Deleted")))]
pub async fn delete(data: Data, me: ApiUser, ApiPath(id): ApiPath<String>) -> AppResult<StatusCode> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    service::resources::remove(&data, &me.user, &me.actor, &resource, Audit::Here).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct NewComment {
    content: String,
}

/// Comment on a resource.
#[utoipa::path(post, path = "/resources/{id}/comments", tag = "resources", security(("bearer" = [])),
    params(("id" = String, Path)), request_body = NewComment, responses((status = 201, body = CommentView)))]
pub async fn comment(
    data: Data,
    me: ApiUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<NewComment>,
) -> AppResult<(StatusCode, Json<CommentView>)> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    let comment = service::resources::comment(&data, &me.actor, &resource, &body.content).await?;
    Ok((
        StatusCode::CREATED,
        Json(CommentView {
            id: comment.id,
            ap_id: comment.ap_id,
            content_html: comment.content_html,
            author: None,
            published: None,
        }),
    ))
}
