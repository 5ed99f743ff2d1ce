//! OAuth 2 for Mastodon-compatible apps: registering apps, authorization codes, password and
//! client-credentials grants, tokens with scopes, revocation. Secrets are stored hashed.

use super::accounts::{authenticate, new_secret, secret_hash};
use crate::{
    db::{
        self,
        models::{Actor, NewOauthApp, OauthApp, OauthCode, OauthToken, User},
    },
    error::{AppError, AppResult},
    state::AppState,
};
use cairn_templates::i18n::{t, t_with};
use chrono::Duration;

pub const OOB: &str = "urn:ietf:wg:oauth:2.0:oob";
const TOP_SCOPES: &[&str] = &["read", "write", "follow", "push", "profile"];

/// A space-separated scope list, as OAuth writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scopes(pub Vec<String>);

impl Scopes {
    /// Reads scopes; an empty list means `read`, as in Mastodon. Unknown scopes are refused.
    pub fn parse(text: &str) -> AppResult<Scopes> {
        let mut scopes: Vec<String> = Vec::new();
        for scope in text.split([' ', '+', ',']).map(str::trim).filter(|s| !s.is_empty()) {
            let top = scope.split(':').next().unwrap_or_default();
            if !TOP_SCOPES.contains(&top) || scope.len() > 40 {
                return Err(AppError::invalid(
                    "scope",
                    t_with("unknown-scope", &[("scope", scope.to_string().into())]),
                ));
            }
            if !scopes.iter().any(|s| s == scope) {
                scopes.push(scope.to_string());
            }
        }
        if scopes.is_empty() {
            scopes.push("read".into());
        }
        Ok(Scopes(scopes))
    }

    /// Whether these scopes allow `required` (e.g. `write:statuses`): by itself, by its top
    /// scope, or (for follows) by the older `follow` scope.
    pub fn allows(&self, required: &str) -> bool {
        let top = required.split(':').next().unwrap_or_default();
        self.0.iter().any(|s| {
            s == required
                || s == top
                || (s == "follow"
                    && matches!(
                        required,
                        "read:follows"
                            | "write:follows"
                            | "read:blocks"
                            | "write:blocks"
                            | "read:mutes"
                            | "write:mutes"
                    ))
        })
    }

    pub fn within(&self, granted: &Scopes) -> bool {
        self.0.iter().all(|s| granted.allows(s))
    }

    pub fn text(&self) -> String {
        self.0.join(" ")
    }
}

pub async fn register_app(
    state: &AppState,
    name: &str,
    redirect_uris: &str,
    scopes: &str,
    website: Option<&str>,
) -> AppResult<(OauthApp, String)> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(AppError::invalid("client_name", t("an-app-needs-a-name-of-up")));
    }
    let uris: Vec<&str> = redirect_uris.split_whitespace().collect();
    if uris.is_empty() {
        return Err(AppError::invalid("redirect_uris", t("give-at-least-one-redirect-uri")));
    }
    if let Some(bad) = uris.iter().find(|u| **u != OOB && url::Url::parse(u).is_err()) {
        return Err(AppError::invalid("redirect_uris", t_with("is-not-a-uri", &[("value", bad.to_string().into())])));
    }
    let scopes = Scopes::parse(scopes)?;
    let (secret, secret_hash) = new_secret();
    let app = db::oauth::create_app(
        &state.db,
        &NewOauthApp {
            client_id: new_secret().0,
            secret_hash,
            name: name.to_string(),
            website: website.and_then(crate::domain::web_link),
            redirect_uris: uris.join("\n"),
            scopes: scopes.text(),
            created_at: db::now(),
        },
    )
    .await?;
    Ok((app, secret))
}

fn invalid_client() -> AppError {
    AppError::unauthorized(t("invalid-client-the-client-id-or-secret"))
}

/// The app with this id, when the secret matches.
pub async fn client(state: &AppState, client_id: &str, secret: &str) -> AppResult<OauthApp> {
    let app = db::oauth::app_by_client_id(&state.db, client_id).await?.ok_or_else(invalid_client)?;
    if secret_hash(secret) != app.secret_hash {
        return Err(invalid_client());
    }
    Ok(app)
}

pub fn check_redirect(app: &OauthApp, redirect_uri: &str) -> AppResult<()> {
    if app.redirect_uris.lines().any(|u| u == redirect_uri) {
        Ok(())
    } else {
        Err(AppError::invalid("redirect_uri", t("this-redirect-uri-was-not-registered-by")))
    }
}

/// A signed-in person approved `app`: a code, good for ten minutes and one exchange.
pub async fn authorize(
    state: &AppState,
    app: &OauthApp,
    user: &User,
    scopes: &Scopes,
    redirect_uri: &str,
) -> AppResult<String> {
    check_redirect(app, redirect_uri)?;
    if !scopes.within(&Scopes::parse(&app.scopes)?) {
        return Err(AppError::invalid("scope", t("the-app-asks-for-scopes-it-did")));
    }
    let (code, code_hash) = new_secret();
    db::oauth::add_code(
        &state.db,
        &OauthCode {
            code_hash,
            app_id: app.id,
            user_id: user.id,
            scopes: scopes.text(),
            redirect_uri: redirect_uri.to_string(),
            expires_at: db::now() + Duration::minutes(10),
        },
    )
    .await?;
    Ok(code)
}

async fn issue(state: &AppState, app: &OauthApp, user: Option<&User>, scopes: &Scopes) -> AppResult<String> {
    let (token, token_hash) = new_secret();
    db::oauth::add_token(
        &state.db,
        &OauthToken {
            token_hash,
            app_id: app.id,
            user_id: user.map(|u| u.id),
            scopes: scopes.text(),
            created_at: db::now(),
        },
    )
    .await?;
    Ok(token)
}

pub async fn exchange_code(
    state: &AppState,
    app: &OauthApp,
    code: &str,
    redirect_uri: &str,
) -> AppResult<(String, Scopes)> {
    let invalid = || AppError::bad_request(t("invalid-grant-the-code-is-wrong-used"));
    let grant = db::oauth::take_code(&state.db, &secret_hash(code)).await?.ok_or_else(invalid)?;
    if grant.app_id != app.id || grant.expires_at < db::now() || grant.redirect_uri != redirect_uri {
        return Err(invalid());
    }
    let user = db::users::by_id(&state.db, grant.user_id).await?.ok_or_else(invalid)?;
    let scopes = Scopes::parse(&grant.scopes)?;
    Ok((issue(state, app, Some(&user), &scopes).await?, scopes))
}

/// The password grant: `username` may be the account's name or its email address.
pub async fn password_grant(
    state: &AppState,
    app: &OauthApp,
    username: &str,
    password: &str,
    scopes: &Scopes,
) -> AppResult<String> {
    if !scopes.within(&Scopes::parse(&app.scopes)?) {
        return Err(AppError::invalid("scope", t("the-app-asks-for-scopes-it-did")));
    }
    let name = match db::users::by_email(&state.db, username).await? {
        Some(user) if username.contains('@') => user.username,
        _ => username.to_string(),
    };
    let user = authenticate(state, &name, password)
        .await
        .map_err(|_| AppError::bad_request(t("invalid-grant-wrong-username-or-password")))?;
    issue(state, app, Some(&user), scopes).await
}

pub async fn client_credentials(state: &AppState, app: &OauthApp, scopes: &Scopes) -> AppResult<String> {
    issue(state, app, None, scopes).await
}

pub async fn revoke(state: &AppState, app: &OauthApp, token: &str) -> AppResult<()> {
    db::oauth::revoke(&state.db, &secret_hash(token), app.id).await
}

/// Who a bearer token speaks for, if it is an OAuth token.
pub struct Grant {
    pub scopes: Scopes,
    pub app: OauthApp,
    pub user: Option<(User, Actor)>,
}

pub async fn grant_for(state: &AppState, token: &str) -> AppResult<Option<Grant>> {
    let Some(row) = db::oauth::token(&state.db, &secret_hash(token)).await? else { return Ok(None) };
    let Some(app) = db::oauth::app_by_id(&state.db, row.app_id).await? else { return Ok(None) };
    let user = match row.user_id {
        Some(id) => match db::users::by_id(&state.db, id).await? {
            Some(user) => {
                let actor = db::actors::by_id(&state.db, user.actor_id)
                    .await?
                    .ok_or_else(|| AppError::not_found(t("no-actor")))?;
                if actor.suspended {
                    return Ok(None);
                }
                Some((user, actor))
            }
            None => return Ok(None),
        },
        None => None,
    };
    Ok(Some(Grant { scopes: Scopes::parse(&row.scopes)?, app, user }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_follow_mastodons_rules() {
        let granted = Scopes::parse("read write:statuses follow").unwrap();
        assert!(granted.allows("read:notifications"));
        assert!(granted.allows("write:statuses"));
        assert!(!granted.allows("write:favourites"));
        assert!(granted.allows("write:follows"), "the legacy follow scope covers follows");
        assert!(Scopes::parse("read:statuses").unwrap().within(&granted));
        assert!(!Scopes::parse("write").unwrap().within(&granted));
        assert_eq!(Scopes::parse("").unwrap().text(), "read");
        assert!(Scopes::parse("admin:all").is_err());
    }
}
