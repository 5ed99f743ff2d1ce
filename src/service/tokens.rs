//! API tokens a person can name, see in use, let expire and revoke; administrators can revoke
//! every token of an account.

use super::accounts::new_secret;
use crate::{
    db::{self, models::User, now, tokens::ApiToken},
    domain::accounts::check_token,
    error::{AppError, AppResult},
    state::AppState,
};
use cairn_templates::i18n::{t, t_with};

/// A new token for `user`; the secret is shown once and only its hash is kept.
pub async fn issue(state: &AppState, user: &User, name: &str, expires_in_days: Option<i64>) -> AppResult<String> {
    let (name, days) = check_token(name, expires_in_days)?;
    let (secret, hash) = new_secret();
    let expires_at = days.map(|days| now() + chrono::Duration::days(days));
    db::tokens::create(&state.db, &hash, user.id, &name, expires_at).await?;
    Ok(secret)
}

pub async fn list(state: &AppState, user: &User) -> AppResult<Vec<ApiToken>> {
    db::tokens::of_user(&state.db, user.id).await
}

/// Revokes one of `user`'s own tokens, named by its id.
pub async fn revoke(state: &AppState, user: &User, id: &str) -> AppResult<()> {
    let tokens = db::tokens::of_user(&state.db, user.id).await?;
    let token = tokens.iter().find(|t| t.id() == id).ok_or_else(|| AppError::not_found(t("you-have-no-such-token")))?;
    db::tokens::delete(&state.db, &token.token_hash).await?;
    Ok(())
}

/// An administrator revokes every API token of `username`; returns how many there were.
/// An administrator (`by`, or "command line") revokes every token of an account.
pub async fn revoke_all(state: &AppState, by: &str, username: &str) -> AppResult<usize> {
    let user = db::users::by_username(&state.db, username.trim()).await?.ok_or_else(|| {
        AppError::not_found(t_with("there-is-no-account", &[("name", username.trim().to_string().into())]))
    })?;
    let revoked = db::tokens::delete_all_of_user(&state.db, user.id).await?;
    super::moderation::audit(state, by, "tokens.revoke", &user.username, &format!("{revoked} tokens")).await?;
    Ok(revoked)
}
