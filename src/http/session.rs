//! Who is asking: session cookies for the web, bearer tokens for the API, and the form token
//! (double-submit cookie) that every POST form carries against cross-site requests.

use crate::{
    db::{
        self,
        models::{Actor, User},
    },
    error::{AppError, AppResult},
    service::accounts::{SESSION_DAYS, new_secret, secret_hash},
    state::AppState,
};
use axum::{
    extract::{FromRequestParts, Request, State},
    http::{HeaderMap, HeaderValue, header, request::Parts},
    middleware::Next,
    response::Response,
};
use cairn_templates::i18n::{self, Language, t};

pub const SESSION_COOKIE: &str = "cairn_session";
pub const CSRF_COOKIE: &str = "cairn_csrf";

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure when the node is served over https.
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age_seconds: i64) -> HeaderValue {
    let secure = if state.is_https() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_seconds}{secure}"))
        .expect("cookie values are URL-safe base64")
}

#[derive(Clone)]
pub struct CsrfToken(pub String);

/// Gives every visitor a form token cookie, so that forms can echo it back.
pub async fn ensure_csrf_cookie(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let existing = cookie(request.headers(), CSRF_COOKIE).map(str::to_string);
    let token = existing.clone().unwrap_or_else(|| new_secret().0);
    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    if existing.is_none() {
        response.headers_mut().append(header::SET_COOKIE, set_cookie(&state, CSRF_COOKIE, &token, 60 * 60 * 24 * 365));
    }
    response
}

/// The person looking at a web page, if logged in, and their form token.
pub struct Viewer {
    pub user: Option<(User, Actor)>,
    pub csrf: String,
    /// The path of the page asked for, so the navigation can mark where the visitor is.
    pub path: String,
}

impl Viewer {
    /// Refuses a form whose token does not match the visitor's cookie.
    pub fn check_csrf(&self, submitted: &str) -> AppResult<()> {
        if submitted.is_empty() || submitted != self.csrf {
            return Err(AppError::forbidden(t("this-form-has-expired-or-came-from")));
        }
        Ok(())
    }

    pub fn require_user(&self) -> AppResult<&(User, Actor)> {
        self.user.as_ref().ok_or_else(|| AppError::unauthorized(t("log-in-first")))
    }

    pub fn require_admin(&self) -> AppResult<&(User, Actor)> {
        let user = self.require_user()?;
        if !user.0.is_admin() {
            return Err(AppError::forbidden(t("only-administrators-can-do-this")));
        }
        Ok(user)
    }

    pub fn require_moderator(&self) -> AppResult<&(User, Actor)> {
        let user = self.require_user()?;
        crate::service::moderation::require_moderator(&user.0)?;
        Ok(user)
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<Viewer> {
        let csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
        let user = match cookie(&parts.headers, SESSION_COOKIE) {
            Some(secret) => {
                user_with_actor(state, db::users::user_for_session(&state.db, &secret_hash(secret)).await?).await?
            }
            None => None,
        };
        Ok(Viewer { user, csrf, path: parts.uri.path().to_string() })
    }
}

async fn user_with_actor(state: &AppState, user: Option<User>) -> AppResult<Option<(User, Actor)>> {
    let Some(user) = user else { return Ok(None) };
    answer_in_their_language(&user);
    let actor = db::actors::by_id(&state.db, user.actor_id)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("user {} has no actor", user.id)))?;
    // A suspended account signs in nowhere, whatever credential outlived the suspension.
    Ok((!actor.suspended).then_some((user, actor)))
}

/// The rest of the request is answered in the language the person chose, if they chose one.
pub fn answer_in_their_language(user: &User) {
    if let Some(chosen) = Language::from_code(&user.language) {
        i18n::prefer(chosen);
    }
}

/// The token of `Authorization: Bearer …`, if the request carries one.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

/// An API caller authenticated with `Authorization: Bearer …`.
pub struct ApiUser {
    pub user: User,
    pub actor: Actor,
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<ApiUser> {
        let token = bearer_token(&parts.headers)
            .ok_or_else(|| AppError::unauthorized(t("send-an-api-token-as-authorization-bearer")))?;
        let user = db::tokens::user_for(&state.db, &secret_hash(token)).await?;
        let (user, actor) = user_with_actor(state, user)
            .await?
            .ok_or_else(|| AppError::unauthorized(t("this-api-token-is-not-valid-revoked")))?;
        if !user.approved {
            return Err(AppError::forbidden(t("this-account-is-waiting-for-approval")));
        }
        Ok(ApiUser { user, actor })
    }
}

/// An API caller who may or may not send a token (a bad token is still refused).
pub struct MaybeApiUser(pub Option<ApiUser>);

impl FromRequestParts<AppState> for MaybeApiUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> AppResult<MaybeApiUser> {
        if parts.headers.get(header::AUTHORIZATION).is_none() {
            return Ok(MaybeApiUser(None));
        }
        ApiUser::from_request_parts(parts, state).await.map(|user| MaybeApiUser(Some(user)))
    }
}

impl MaybeApiUser {
    pub fn actor(&self) -> Option<&Actor> {
        self.0.as_ref().map(|caller| &caller.actor)
    }

    pub fn reach(&self) -> crate::service::follows::Reach {
        if self.0.is_some() { crate::service::follows::Reach::Fetch } else { crate::service::follows::Reach::KnownOnly }
    }
}

impl Viewer {
    pub fn reach(&self) -> crate::service::follows::Reach {
        if self.user.is_some() {
            crate::service::follows::Reach::Fetch
        } else {
            crate::service::follows::Reach::KnownOnly
        }
    }
}

impl ApiUser {
    /// A signed-in caller may make the node fetch from other servers.
    pub fn reach(&self) -> crate::service::follows::Reach {
        crate::service::follows::Reach::Fetch
    }

    pub fn require_admin(&self) -> AppResult<()> {
        if self.user.is_admin() { Ok(()) } else { Err(AppError::forbidden(t("only-administrators-can-do-this"))) }
    }

    pub fn require_moderator(&self) -> AppResult<()> {
        crate::service::moderation::require_moderator(&self.user)
    }
}

pub const SESSION_MAX_AGE: i64 = SESSION_DAYS * 24 * 60 * 60;
