use super::{ActorView, ApiJson, ApiPath, Page};
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
    extract::State,
    http::{HeaderMap, StatusCode},
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Deserialize, ToSchema)]
pub struct Credentials {
    username: String,
    password: String,
    /// What the token is for, shown when listing tokens.
    #[serde(default)]
    name: String,
    /// Days until the token stops working; none: until revoked.
    expires_in_days: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct IssuedToken {
    /// Send it as `Authorization: Bearer …`; it is shown only once.
    access_token: String,
    #[schema(example = "Bearer")]
    token_type: &'static str,
}

/// Exchange a username and password for a bearer token.
#[utoipa::path(post, path = "/auth/token", tag = "accounts", request_body = Credentials,
    responses((status = 200, body = IssuedToken)))]
pub async fn token(State(state): State<AppState>, ApiJson(body): ApiJson<Credentials>) -> AppResult<Json<IssuedToken>> {
    let user = accounts::authenticate(&state, &body.username, &body.password).await?;
    let token = tokens::issue(&state, &user, &body.name, body.expires_in_days).await?;
    Ok(Json(IssuedToken { access_token: token, token_type: "Bearer" }))
}

/// An API token as its owner sees it (never the secret).
#[derive(Serialize, ToSchema)]
pub struct TokenView {
    id: String,
    name: String,
    created_at: String,
    last_used_at: Option<String>,
    expires_at: Option<String>,
    /// Whether this is the token of the request.
    current: bool,
}

impl TokenView {
    fn new(token: &ApiToken, current: &str) -> Self {
        let time = |t: Option<chrono::NaiveDateTime>| t.map(|t| t.and_utc().to_rfc3339());
        TokenView {
            id: token.id().to_string(),
            name: token.name.clone(),
            created_at: token.created_at.and_utc().to_rfc3339(),
            last_used_at: time(token.last_used_at),
            expires_at: time(token.expires_at),
            current: token.token_hash == current,
        }
    }
}

/// The caller's API tokens: id, name, created, last used, expiry (never secrets).
#[utoipa::path(get, path = "/me/tokens", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Page<TokenView>)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    me: ApiUser,
    headers: HeaderMap,
) -> AppResult<Json<Page<TokenView>>> {
    let current = bearer_hash(&headers);
    let items = tokens::list(&state, &me.user).await?.iter().map(|t| TokenView::new(t, &current)).collect();
    Ok(Json(Page::whole(items)))
}

/// Revoke one of the caller's API tokens.
#[utoipa::path(delete, path = "/me/tokens/{id}", tag = "accounts", security(("bearer" = [])),
    params(("id" = String, Path, description = "The token's id from the list")),
    responses((status = 204, description = "Revoked")))]
pub async fn revoke_token(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(id): ApiPath<String>,
) -> AppResult<StatusCode> {
    tokens::revoke(&state, &me.user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Serialize, ToSchema)]
pub struct Revoked {
    revoked: usize,
}

/// Revoke every API token of an account (admins).
#[utoipa::path(delete, path = "/admin/users/{username}/tokens", tag = "admin", security(("bearer" = [])),
    params(("username" = String, Path)), responses((status = 200, body = Revoked)))]
pub async fn revoke_user_tokens(
    State(state): State<AppState>,
    me: ApiUser,
    ApiPath(username): ApiPath<String>,
) -> AppResult<Json<Revoked>> {
    me.require_admin()?;
    let revoked = tokens::revoke_all(&state, &me.user.username, &username).await?;
    Ok(Json(Revoked { revoked }))
}

fn bearer_hash(headers: &HeaderMap) -> String {
    bearer_token(headers).map(accounts::secret_hash).unwrap_or_default()
}

#[derive(Deserialize, ToSchema)]
pub struct SignUp {
    username: String,
    email: String,
    password: String,
}

#[derive(Serialize, ToSchema)]
pub struct Registered {
    #[serde(flatten)]
    account: ActorView,
    /// False while an admin has to approve the account (registration mode `approval`).
    approved: bool,
}

/// Register an account, under the node's registration mode.
#[utoipa::path(post, path = "/accounts", tag = "accounts", request_body = SignUp,
    responses((status = 201, body = Registered)))]
pub async fn register(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<SignUp>,
) -> AppResult<(StatusCode, Json<Registered>)> {
    let input = Registration { username: body.username, email: body.email, password: body.password };
    let (user, actor) = accounts::register(&state, &input, Role::Member, Origin::SignUp).await?;
    Ok((StatusCode::CREATED, Json(Registered { account: ActorView::new(&state, &actor), approved: user.approved })))
}
