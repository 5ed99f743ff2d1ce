use super::{ApiJson, actor_json};
use crate::{
    db::{
        self,
        models::{Actor, Resource},
    },
    domain::{resource::ResourceInput, search::SearchQuery, taxonomy::TAXONOMY},
    error::{AppError, AppResult},
    federation::Data,
    http::session::{ApiUser, MaybeApiUser},
    service::{self, follows::Reach},
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, RawQuery},
    http::StatusCode,
};
use serde::Deserialize;
use serde_json::{Map, Value, json};

pub fn resource_json(state: &AppState, resource: &Resource, author: &Actor) -> Value {
    let mut value = json!({
        "id": resource.id,
        "ap_id": resource.ap_id,
        "url": state.url(&format!("/resources/{}", resource.id)),
        "kind": resource.kind,
        "title": resource.title,
        "summary": resource.summary,
        "body": resource.body,
        "body_html": resource.body_html,
        "language": resource.language,
        "license": resource.license,
        "sectors": resource.sector_list(),
        "tags": resource.tag_list(),
        "phases": resource.phase_list(),
        "city": resource.city,
        "country": resource.country,
        "period_start": resource.period_start,
        "period_end": resource.period_end,
        "impact": {
            "tco2e_per_year": resource.tco2e_per_year,
            "investment_eur": resource.investment_eur,
            "people_reached": resource.people_reached,
        },
        "attachments": resource.attachment_list(),
        "organisation": resource.organisation,
        "author": {"handle": author.handle(), "name": author.name_or_username(), "ap_id": author.ap_id},
        "published": resource.published_at.and_utc().to_rfc3339(),
        "updated": resource.updated_at.and_utc().to_rfc3339(),
        "local": resource.local,
        "illustrative": resource.demo,
    });
    if !resource.local {
        value["origin"] = Value::String(resource.origin.clone());
        value["origin_url"] = Value::String(resource.url.clone());
    }
    value
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

/// `GET /api/v1/resources?q=&kind=&sector=&phase=&country=&lang=&origin=&year=&tag=&sort=&limit=&cursor=`
pub async fn search(data: Data, RawQuery(raw): RawQuery) -> AppResult<Json<Value>> {
    let query = SearchQuery::from_query_string(raw.as_deref().unwrap_or_default());
    let page = db::search::search(&data.db, &query).await?;
    let rows = db::resources::with_authors(&data.db, &page.ids).await?;
    let items: Vec<Value> = rows.iter().map(|(r, a)| resource_json(&data, r, a)).collect();
    let next = (query.offset + query.limit < page.total).then(|| (query.offset + query.limit).to_string());
    let mut facets = Map::new();
    for (name, values) in &page.facets {
        let values: Vec<Value> =
            values.iter().map(|(v, n)| json!({"value": v, "label": facet_label(name, v), "count": n})).collect();
        facets.insert(name.to_string(), Value::Array(values));
    }
    Ok(Json(json!({"items": items, "next": next, "total": page.total, "facets": facets})))
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
    let resource = resource.ok_or_else(|| AppError::not_found("no such resource"))?;
    let author =
        db::actors::by_id(&data.db, resource.author_id).await?.ok_or_else(|| AppError::not_found("no such author"))?;
    Ok((resource, author))
}

pub async fn show(data: Data, caller: MaybeApiUser, Path(id): Path<String>) -> AppResult<Json<Value>> {
    let (resource, author) = find(&data, &id, caller.reach()).await?;
    let mut value = resource_json(&data, &resource, &author);
    let comments = db::resources::comments_of(&data.db, resource.id).await?;
    value["comments"] = comments
        .iter()
        .map(|(c, a)| json!({"id": c.id, "ap_id": c.ap_id, "content_html": c.content_html, "author": actor_json(&data, a), "published": c.published_at.and_utc().to_rfc3339()}))
        .collect();
    value["likes"] = db::oauth::count(&data.db, &resource.ap_id, db::oauth::FAVOURITE).await?.into();
    Ok(Json(value))
}

pub async fn create(
    data: Data,
    me: ApiUser,
    ApiJson(input): ApiJson<ResourceInput>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let resource = service::resources::publish(&data, &me.actor, &input).await?;
    Ok((StatusCode::CREATED, Json(resource_json(&data, &resource, &me.actor))))
}

/// The editable fields of a resource, as `ResourceInput` reads them.
pub fn input_of(resource: &Resource) -> ResourceInput {
    ResourceInput {
        kind: resource.kind.clone(),
        title: resource.title.clone(),
        summary: resource.summary.clone(),
        body: resource.body.clone(),
        language: resource.language.clone(),
        license: resource.license.clone(),
        sectors: resource.sector_list(),
        tags: resource.tag_list(),
        phases: resource.phase_list(),
        city: resource.city.clone(),
        country: resource.country.clone(),
        period_start: resource.period_start,
        period_end: resource.period_end,
        impact: crate::domain::resource::Impact {
            tco2e_per_year: resource.tco2e_per_year,
            investment_eur: resource.investment_eur,
            people_reached: resource.people_reached,
        },
        attachments: resource.attachment_list(),
        organisation: resource.organisation.clone(),
    }
}

/// `PATCH /api/v1/resources/{id}`: fields left out keep their value.
pub async fn update(
    data: Data,
    me: ApiUser,
    Path(id): Path<String>,
    ApiJson(patch): ApiJson<Map<String, Value>>,
) -> AppResult<Json<Value>> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    let input = super::patched(&input_of(&resource), patch)?;
    let saved = service::resources::edit(&data, &me.user, &me.actor, &resource, &input).await?;
    Ok(Json(resource_json(&data, &saved, &me.actor)))
}

pub async fn delete(data: Data, me: ApiUser, Path(id): Path<String>) -> AppResult<StatusCode> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    service::resources::remove(&data, &me.user, &me.actor, &resource).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct NewComment {
    content: String,
}

pub async fn comment(
    data: Data,
    me: ApiUser,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewComment>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let (resource, _) = find(&data, &id, Reach::Fetch).await?;
    let comment = service::resources::comment(&data, &me.actor, &resource, &body.content).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"id": comment.id, "ap_id": comment.ap_id, "content_html": comment.content_html})),
    ))
}
