use super::{ApiJson, actor_json};
use crate::{
    db::tokens::ApiToken,
    domain::accounts::Role,
    error::AppResult,
    http::session::{ApiUser, bearer_token},
    service::{
        accounts::{self, Origin, Registration},
        tokens,
    },
    state::AppState,
};
use axum::{
    Json,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Credentials {
    username: String,
    password: String,
    /// What the token is for, shown when listing tokens.
    #[serde(default)]
    name: String,
    /// Days until the token stops working; none: until revoked.
    expires_in_days: Option<i64>,
}

/// `POST /api/v1/auth/token`
pub async fn token(State(state): State<AppState>, ApiJson(body): ApiJson<Credentials>) -> AppResult<Json<Value>> {
    let user = accounts::authenticate(&state, &body.username, &body.password).await?;
    let token = tokens::issue(&state, &user, &body.name, body.expires_in_days).await?;
    Ok(Json(json!({"access_token": token, "token_type": "Bearer"})))
}

fn token_json(token: &ApiToken, current: &str) -> Value {
    let time = |t: Option<chrono::NaiveDateTime>| t.map(|t| t.and_utc().to_rfc3339());
    json!({
        "id": token.id(), "name": token.name, "created_at": token.created_at.and_utc().to_rfc3339(),
        "last_used_at": time(token.last_used_at), "expires_at": time(token.expires_at),
        "current": token.token_hash == current,
    })
}

/// `GET /api/v1/me/tokens`: the caller's API tokens (never the secrets).
pub async fn list_tokens(State(state): State<AppState>, me: ApiUser, headers: HeaderMap) -> AppResult<Json<Value>> {
    let current = bearer_hash(&headers);
    let items: Vec<Value> = tokens::list(&state, &me.user).await?.iter().map(|t| token_json(t, &current)).collect();
    Ok(Json(json!({"items": items, "next": null})))
}

/// `DELETE /api/v1/me/tokens/{id}`
pub async fn revoke_token(State(state): State<AppState>, me: ApiUser, Path(id): Path<String>) -> AppResult<StatusCode> {
    tokens::revoke(&state, &me.user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `DELETE /api/v1/admin/users/{username}/tokens`: every token of that account.
pub async fn revoke_user_tokens(
    State(state): State<AppState>,
    me: ApiUser,
    Path(username): Path<String>,
) -> AppResult<Json<Value>> {
    let revoked = tokens::revoke_all(&state, &me.user, &username).await?;
    Ok(Json(json!({"revoked": revoked})))
}

fn bearer_hash(headers: &HeaderMap) -> String {
    bearer_token(headers).map(accounts::secret_hash).unwrap_or_default()
}

#[derive(Deserialize)]
pub struct SignUp {
    username: String,
    email: String,
    password: String,
}

/// `POST /api/v1/accounts`: registration, under the node's registration mode.
pub async fn register(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<SignUp>,
) -> AppResult<(StatusCode, Json<Value>)> {
    let input = Registration { username: body.username, email: body.email, password: body.password };
    let (user, actor) = accounts::register(&state, &input, Role::Member, Origin::SignUp).await?;
    let mut answer = actor_json(&state, &actor);
    answer["approved"] = Value::Bool(user.approved);
    Ok((StatusCode::CREATED, Json(answer)))
}
