use super::limits::Bucket;
use crate::{
    config::RegistrationMode,
    db::{
        self,
        models::{Actor, NewActor, NewUser, User},
        now,
    },
    domain::accounts::{Role, check_log_in, check_registration},
    error::{AppError, AppResult, ErrorKind, Problems},
    state::AppState,
};
use activitypub_federation::http_signatures::generate_actor_keypair;
use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use cairn_templates::i18n::t;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;

pub struct Registration {
    pub username: String,
    pub email: String,
    pub password: String,
}

/// Who is creating the account decides whether the node's registration mode applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Someone signing up on the web or through the API.
    SignUp,
    /// An operator at the command line, or an admin.
    Operator,
}

pub async fn register(state: &AppState, input: &Registration, role: Role, origin: Origin) -> AppResult<(User, Actor)> {
    let mode = state.config.accounts.registration;
    if origin == Origin::SignUp && mode == RegistrationMode::Closed {
        return Err(AppError::forbidden(t("this-node-does-not-take-new-registrations")));
    }
    let (username, email) = check_registration(&input.username, &input.email, &input.password)?;
    let reserved = [state.config.node.actor.as_str(), super::node::APPLICATION_USERNAME];
    let mut taken = Problems::default();
    if reserved.contains(&username.as_str()) || db::actors::local_by_username(&state.db, &username).await?.is_some() {
        taken.add("username", t("that-username-is-taken"));
    }
    if db::users::email_taken(&state.db, &email).await? {
        taken.add("email", t("an-account-with-this-email-exists"));
    }
    taken.finish()?;
    let password = input.password.clone();
    let password_hash = super::limits::heavy(move || hash_password(&password)).await??;
    let actor = new_local_actor(state, &username, "Person", &username).await?;
    let user = NewUser {
        actor_id: 0,
        username: username.clone(),
        email,
        password_hash,
        role: role.as_str().to_string(),
        approved: origin == Origin::Operator || mode == RegistrationMode::Open,
        created_at: now(),
    };
    db::users::create(&state.db, actor, user).await.map_err(|err| match err.kind {
        ErrorKind::Conflict => AppError::invalid("username", t("that-username-or-email-is-taken")),
        _ => err,
    })
}

/// A local actor with a fresh key pair (made once, kept for good: peers cache keys).
pub async fn new_local_actor(state: &AppState, username: &str, kind: &str, display_name: &str) -> AppResult<NewActor> {
    let keypair = super::limits::heavy(generate_actor_keypair).await?.map_err(AppError::internal)?;
    let ap_id = state.actor_url(username);
    Ok(NewActor {
        ap_id: ap_id.clone(),
        kind: kind.to_string(),
        username: username.to_string(),
        domain: state.domain.clone(),
        local: true,
        display_name: display_name.to_string(),
        summary: String::new(),
        job_title: String::new(),
        city: String::new(),
        country: String::new(),
        expertise: "[]".into(),
        avatar_url: None,
        header_url: None,
        profile_url: Some(state.profile_url(username)),
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: Some(state.url("/inbox")),
        outbox: Some(format!("{ap_id}/outbox")),
        followers_url: Some(format!("{ap_id}/followers")),
        following_url: Some(format!("{ap_id}/following")),
        public_key_pem: keypair.public_key,
        private_key_pem: Some(keypair.private_key),
        also_known_as: "[]".into(),
        moved_to: None,
        sectors: "[]".into(),
        organisation: String::new(),
        suspended_at_origin: false,
        manually_approves: false,
        created_at: now(),
        refreshed_at: now(),
    })
}

fn hash_password(password: &str) -> AppResult<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::internal(anyhow::anyhow!("password hashing: {e}")))
}

/// Checks a username and password; the same answer for a wrong name and a wrong password.
pub async fn authenticate(state: &AppState, username: &str, password: &str) -> AppResult<User> {
    check_log_in(username, password)?;
    let wrong = || AppError::unauthorized(t("wrong-username-or-password"));
    state.limits.check(Bucket::LogInAccount, username.trim())?;
    let user = db::users::by_username(&state.db, username).await?;
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let password = password.to_string();
    let matches = super::limits::heavy(move || {
        // Hash even for unknown users, so timing does not tell which usernames exist.
        static UNKNOWN_USER: LazyLock<String> =
            LazyLock::new(|| hash_password("no account has this password").unwrap_or_default());
        let hash = stored.unwrap_or_else(|| UNKNOWN_USER.clone());
        PasswordHash::new(&hash)
            .is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await?;
    let user = user.filter(|_| matches).ok_or_else(wrong)?;
    if !user.approved {
        return Err(AppError::forbidden(t("your-account-is-waiting-for-an-administrators")));
    }
    if db::actors::by_id(&state.db, user.actor_id).await?.is_some_and(|actor| actor.suspended) {
        return Err(AppError::forbidden(t("this-account-is-suspended-by-the-nodes")));
    }
    Ok(user)
}

/// A random secret for a cookie or token, and the hash that is stored instead of it.
pub fn new_secret() -> (String, String) {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let secret = URL_SAFE_NO_PAD.encode(bytes);
    let hash = secret_hash(&secret);
    (secret, hash)
}

pub fn secret_hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub const SESSION_DAYS: i64 = 30;

pub async fn start_session(state: &AppState, user: &User) -> AppResult<String> {
    let (secret, hash) = new_secret();
    db::users::create_session(&state.db, &hash, user.id, now() + chrono::Duration::days(SESSION_DAYS)).await?;
    Ok(secret)
}
