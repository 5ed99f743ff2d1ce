use super::{ApiJson, actor_json};
use crate::{
    domain::accounts::Role,
    error::AppResult,
    service::accounts::{self, Origin, Registration},
    state::AppState,
};
use axum::{Json, extract::State, http::StatusCode};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
pub struct Credentials {
    username: String,
    password: String,
}

/// `POST /api/v1/auth/token`
pub async fn token(State(state): State<AppState>, ApiJson(body): ApiJson<Credentials>) -> AppResult<Json<Value>> {
    let user = accounts::authenticate(&state, &body.username, &body.password).await?;
    let token = accounts::issue_api_token(&state, &user).await?;
    Ok(Json(json!({"access_token": token, "token_type": "Bearer"})))
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
