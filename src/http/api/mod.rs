//! The JSON API (`/api/v1`): what a person can do on the web, a script can do here.

pub mod admin;
pub mod auth;
pub mod blocks;
pub mod events;
pub mod finance;
pub mod follows;
pub mod groups;
pub mod me;
pub mod media;
pub mod moderation;
pub mod openapi;
pub mod resources;
pub mod social;
pub mod subscriptions;
pub mod transition;

use crate::{
    db::models::Actor,
    error::{AppError, AppResult, Problems},
    http::web::page_url,
    state::AppState,
};
use axum::{
    extract::{FromRequest, FromRequestParts, Request, rejection::JsonRejection},
    http::request::Parts,
};
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use utoipa::{
    ToSchema,
    openapi::{RefOr, Schema},
};

/// A JSON body read field by field: unknown fields, wrong types and missing required fields are
/// all reported at once, as a 422 that names each field.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + ToSchema, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> AppResult<Self> {
        match axum::Json::<Value>::from_request(request, state).await {
            Ok(axum::Json(Value::Object(fields))) => Ok(ApiJson(read_fields(fields)?)),
            Ok(axum::Json(_)) => Err(AppError::invalid("body", t("send-a-json-object"))),
            Err(JsonRejection::MissingJsonContentType(_)) => {
                Err(AppError::bad_request(t("send-the-body-as-application-json")))
            }
            Err(rejection) => Err(AppError::bad_request(t_with(
                "malformed-json",
                &[("problem", rejection.body_text().to_string().into())],
            ))),
        }
    }
}

/// A body that may be left out: no body at all reads as `None`; a body is read as `ApiJson`.
impl<T: DeserializeOwned + ToSchema, S: Send + Sync> axum::extract::OptionalFromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> AppResult<Option<Self>> {
        let empty = request.headers().get(axum::http::header::CONTENT_TYPE).is_none()
            && request.headers().get(axum::http::header::CONTENT_LENGTH).is_none_or(|length| length.as_bytes() == b"0");
        if empty {
            return Ok(None);
        }
        <ApiJson<T> as FromRequest<S>>::from_request(request, state).await.map(Some)
    }
}

/// The names of a request type's fields, and those it requires, from its schema.
fn schema_fields<T: ToSchema>() -> Option<(Vec<String>, Vec<String>)> {
    match T::schema() {
        // Free-form bodies (a PATCH's `Value`) have no properties to check against.
        RefOr::T(Schema::Object(object)) if !object.properties.is_empty() => {
            Some((object.properties.keys().cloned().collect(), object.required))
        }
        _ => None,
    }
}

/// `fields` read as `T`, with every problem named.
pub fn read_fields<T: DeserializeOwned + ToSchema>(mut fields: Map<String, Value>) -> AppResult<T> {
    let mut problems = Problems::default();
    if let Some((known, required)) = schema_fields::<T>() {
        for unknown in fields.keys().filter(|key| !known.contains(key)) {
            problems.add(unknown.clone(), format!("{unknown} is not a field of this request"));
        }
        fields.retain(|key, _| known.contains(key));
        for missing in required.iter().filter(|name| !fields.contains_key(*name)) {
            problems.add(missing.clone(), t("this-is-required"));
        }
    }
    // serde stops at the first wrong field: take it out and read again, until the rest reads.
    let mut reported = Vec::new();
    let read = loop {
        match serde_path_to_error::deserialize::<_, T>(Value::Object(fields.clone())) {
            Ok(value) => break Some(value),
            Err(error) => {
                let path = error.path().to_string();
                let top = path.split(['.', '[']).next().unwrap_or_default().to_string();
                let message = error.inner().to_string();
                let whole_body = top.is_empty() || top == "?";
                if message.starts_with("missing field") || whole_body || reported.contains(&top) {
                    if problems.is_empty() {
                        problems.add(if whole_body { "body".into() } else { path }, message);
                    }
                    break None;
                }
                problems.add(path, plain_type_error(&message));
                fields.remove(&top);
                reported.push(top);
            }
        }
    };
    problems.finish()?;
    read.ok_or_else(|| AppError::internal(anyhow::anyhow!("a body that did not read, with no problem named")))
}

/// serde's "invalid type: string \"x\", expected i64" as a sentence a person can act on.
fn plain_type_error(message: &str) -> String {
    match message.strip_prefix("invalid type: ").and_then(|rest| rest.split_once(", expected ")) {
        Some((found, expected)) => format!("expected {expected}, not {found}"),
        None => message.to_string(),
    }
}

/// A query string or form body read as `T`; the error keeps the path of the first value that
/// does not read, for the API's JSON and the pages' error page alike.
pub fn read_urlencoded<T: DeserializeOwned>(
    input: &[u8],
) -> Result<T, serde_path_to_error::Error<serde::de::value::Error>> {
    serde_path_to_error::deserialize(serde_urlencoded::Deserializer::new(url::form_urlencoded::parse(input)))
}

/// Query parameters whose errors are the API's JSON (400, naming the parameter).
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> AppResult<Self> {
        let query = parts.uri.query().unwrap_or_default();
        read_urlencoded(query.as_bytes()).map(ApiQuery).map_err(|error| {
            let field = error.path().to_string();
            AppError::bad_parameter(field, plain_type_error(&error.inner().to_string()))
        })
    }
}

/// Path segments whose errors are the API's JSON.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> AppResult<Self> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| ApiPath(value))
            .map_err(|rejection| AppError::bad_request(rejection.body_text()))
    }
}

/// One page of a list; `next` is the `cursor` of the following page, absent on the last.
#[derive(Serialize, ToSchema)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
}

impl<T> Page<T> {
    pub fn new(items: Vec<T>, next: Option<String>) -> Self {
        Page { items, next }
    }
    /// A list that is never paged.
    pub fn whole(items: Vec<T>) -> Self {
        Page { items, next: None }
    }
}

/// An account, organisation or group as the API shows it.
#[derive(Serialize, ToSchema)]
pub struct ActorView {
    /// This node's id for the actor (used in paths such as `/groups/{handle}/members/{actor_id}`).
    pub id: i64,
    pub ap_id: String,
    /// Its page on this node.
    pub url: String,
    /// `@name@host`.
    pub handle: String,
    pub username: String,
    /// `Person`, `Organization`, `Group`, `Service` or `Application`.
    pub kind: String,
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub organisation: String,
    pub city: String,
    pub country: String,
    /// Sector ids of the taxonomy.
    pub sectors: Vec<String>,
    pub expertise: Vec<String>,
    pub avatar_url: Option<String>,
    /// The picture across the top of its page.
    pub header_url: Option<String>,
    pub manually_approves_followers: bool,
    /// The accounts it was before (actor URLs), as it names them.
    pub also_known_as: Vec<String>,
    /// The account it moved to, once it has.
    pub moved_to: Option<String>,
    pub local: bool,
    /// The server it lives on (remote actors only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

impl ActorView {
    pub fn new(state: &AppState, actor: &Actor) -> Self {
        ActorView {
            id: actor.id,
            ap_id: actor.ap_id.clone(),
            url: state.url(&page_url(actor)),
            handle: actor.handle(),
            username: actor.username.clone(),
            kind: actor.kind.clone(),
            display_name: actor.display_name.clone(),
            summary: actor.summary.clone(),
            job_title: actor.job_title.clone(),
            organisation: actor.organisation.clone(),
            city: actor.city.clone(),
            country: actor.country.clone(),
            sectors: actor.sector_list(),
            expertise: actor.expertise_tags(),
            avatar_url: actor.avatar_url.clone(),
            header_url: actor.header_url.clone(),
            manually_approves_followers: actor.manually_approves,
            also_known_as: actor.aliases(),
            moved_to: actor.moved_to.clone(),
            local: actor.local,
            origin: (!actor.local).then(|| actor.domain.clone()),
        }
    }
}

/// An actor named inside something else: the author of a resource, a post's group.
#[derive(Serialize, ToSchema)]
pub struct ActorRef {
    pub handle: String,
    pub name: String,
    pub ap_id: String,
}

impl ActorRef {
    pub fn new(actor: &Actor) -> Self {
        ActorRef { handle: actor.handle(), name: actor.name_or_username().to_string(), ap_id: actor.ap_id.clone() }
    }
}

/// `current` with the fields of a PATCH body laid over it (fields left out keep their value),
/// every problem of the result named.
pub fn patched<T: Serialize + DeserializeOwned + ToSchema>(current: &T, patch: Value) -> AppResult<T> {
    let Value::Object(mut merged) = serde_json::to_value(current).map_err(AppError::internal)? else {
        return Err(AppError::internal(anyhow::anyhow!("an input that is not an object")));
    };
    let Value::Object(patch) = patch else {
        return Err(AppError::invalid("body", t("send-a-json-object")));
    };
    merged.extend(patch);
    read_fields(merged)
}

/// A decision on a request, in the path: `.../accept` or `.../reject`.
#[derive(Deserialize, ToSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Accept,
    Reject,
}

impl Decision {
    pub fn accepts(self) -> bool {
        self == Decision::Accept
    }
}

/// An answer that says where something stands: `accepted` or `pending`.
#[derive(Serialize, ToSchema)]
pub struct StateView {
    pub state: String,
}

/// `?limit=&cursor=` with sane bounds.
#[derive(serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// How many items, 1 to 200 (40 when absent).
    pub limit: Option<i64>,
    /// The `next` of the previous page.
    pub cursor: Option<String>,
}

impl ListQuery {
    pub fn limit(&self) -> i64 {
        self.limit.unwrap_or(40).clamp(1, 200)
    }
    /// The cursor as a row id.
    pub fn cursor(&self) -> AppResult<Option<i64>> {
        match self.position::<i64>()? {
            Some(id) if id < 0 => Err(bad_cursor()),
            id => Ok(id),
        }
    }

    /// The cursor as a list's own kind of position (a time and an id, say).
    pub fn position<T: std::str::FromStr>(&self) -> AppResult<Option<T>> {
        read_cursor(self.cursor.as_deref())
    }
}

/// A `cursor` parameter as the position it names, if given; one that names none is refused.
pub fn read_cursor<T: std::str::FromStr>(cursor: Option<&str>) -> AppResult<Option<T>> {
    cursor.filter(|c| !c.is_empty()).map(|c| c.parse::<T>().map_err(|_| bad_cursor())).transpose()
}

fn bad_cursor() -> AppError {
    AppError::bad_request(t("cursor-must-be-a-value-from-an"))
}
