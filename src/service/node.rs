//! The node's own actors: the organisation that runs it, and the application actor (FEP-2677)
//! that signs fetches. The organisation's public details are the node's identity.

use super::accounts::new_local_actor;
use crate::{
    db::{self, actors::ProfileChanges, models::Actor},
    domain::node::{IdentityInput, check_identity, check_rules},
    error::{AppError, AppResult},
    federation::Data,
    state::AppState,
};
use cairn_templates::i18n::Language;

pub const APPLICATION_USERNAME: &str = "node";

/// Creates the node's actors on first start, the organisation with the configuration's identity;
/// later starts keep both as they are (admins change the identity on `/admin`).
pub async fn ensure_actors(state: &AppState) -> AppResult<(Actor, Actor)> {
    let node = &state.config.node;
    let org = match db::actors::local_by_username(&state.db, &node.actor).await? {
        Some(actor) => actor,
        None => {
            let identity = check_identity(&node.identity())?;
            let mut new = new_local_actor(state, &node.actor, "Organization", &identity.name).await?;
            new.summary = identity.description;
            new.city = identity.city;
            new.country = identity.country;
            new.avatar_url = identity.logo_url;
            if db::settings::get(&state.db, db::settings::CONTACT).await?.is_none() {
                db::settings::set(&state.db, db::settings::CONTACT, &identity.contact).await?;
            }
            db::actors::insert(&state.db, &new).await?
        }
    };
    // A node older than the setting takes the configuration's first value too.
    if db::settings::get(&state.db, db::settings::LANGUAGE).await?.is_none()
        && let Some(language) = Language::from_code(node.language.trim())
    {
        db::settings::set(&state.db, db::settings::LANGUAGE, language.code()).await?;
    }
    let app = match db::actors::local_by_username(&state.db, APPLICATION_USERNAME).await? {
        Some(actor) => actor,
        None => {
            let mut new = new_local_actor(state, APPLICATION_USERNAME, "Application", &state.domain).await?;
            new.summary = format!("The Cairn node at {}. It signs this server's requests.", state.domain);
            db::actors::insert(&state.db, &new).await?
        }
    };
    Ok((org, app))
}

/// Who runs this node, as its pages, NodeInfo and the Mastodon instance entity show it.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct NodeIdentity {
    pub name: String,
    pub city: String,
    /// ISO 3166-1 alpha-2 code, or empty.
    pub country: String,
    pub description: String,
    pub logo_url: Option<String>,
    /// An e-mail address or an https:// page, or empty.
    pub contact: String,
    /// The organisation's actor (ActivityPub id).
    pub actor: String,
    /// The interface's language for visitors whose browser asks for none of the shipped ones.
    pub language: String,
}

/// The organisation's actor; it exists from the first start on.
pub async fn organisation(state: &AppState) -> AppResult<Actor> {
    db::actors::local_by_username(&state.db, &state.config.node.actor)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("the node's organisation actor is missing")))
}

pub async fn identity(state: &AppState) -> AppResult<NodeIdentity> {
    describe(state, &organisation(state).await?).await
}

/// The identity that `org`, the organisation already read, gives with the stored settings.
pub async fn describe(state: &AppState, org: &Actor) -> AppResult<NodeIdentity> {
    let contact = db::settings::get(&state.db, db::settings::CONTACT).await?.unwrap_or_default();
    Ok(identity_of(org, contact, default_language(state).await?))
}

/// The interface's language for visitors whose browser names none of the shipped ones.
pub async fn default_language(state: &AppState) -> AppResult<Language> {
    let stored = db::settings::get(&state.db, db::settings::LANGUAGE).await?;
    Ok(stored.as_deref().and_then(Language::from_tag).unwrap_or(Language::En))
}

/// Makes the stored default language this process's (at start, and after an admin changes it).
pub async fn apply_default_language(state: &AppState) -> AppResult<()> {
    state.default_language.set(default_language(state).await?);
    Ok(())
}

/// Keeps this process's default language in step with the one stored, which an admin may have
/// changed through another process on the same database.
pub async fn follow_default_language(state: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every.tick().await;
        if let Err(err) = apply_default_language(&state).await {
            tracing::error!("reading the node's default language: {err:?}");
        }
    }
}

fn identity_of(org: &Actor, contact: String, language: Language) -> NodeIdentity {
    NodeIdentity {
        name: org.name_or_username().to_string(),
        city: org.city.clone(),
        country: org.country.clone(),
        description: org.summary.clone(),
        logo_url: org.avatar_url.clone(),
        contact,
        actor: org.ap_id.clone(),
        language: language.code().to_string(),
    }
}

impl NodeIdentity {
    /// The identity as the admin form edits it.
    pub fn into_input(self) -> IdentityInput {
        IdentityInput {
            name: self.name,
            city: self.city,
            country: self.country,
            description: self.description,
            logo_url: self.logo_url.unwrap_or_default(),
            contact: self.contact,
            language: Some(self.language),
        }
    }
}

/// The rules the node's admins publish (shown at registration, in NodeInfo and to Mastodon apps).
pub async fn rules(state: &AppState) -> AppResult<Vec<String>> {
    let stored = db::settings::get(&state.db, db::settings::RULES).await?;
    Ok(stored.and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default())
}

/// An admin publishes the node's rules, replacing the earlier ones; returns them as kept.
pub async fn set_rules(state: &AppState, by: &str, rules: &[String]) -> AppResult<Vec<String>> {
    let rules = check_rules(rules)?;
    let json = serde_json::to_string(&rules).map_err(AppError::internal)?;
    db::settings::set(&state.db, db::settings::RULES, &json).await?;
    super::moderation::audit(state, by, "node.rules", &state.domain, &format!("{} rules", rules.len())).await?;
    Ok(rules)
}

/// An admin renames or redescribes the node: every page shows it at once, and the
/// organisation's followers' servers get an `Update` of its actor.
pub async fn set_identity(data: &Data, by: &str, input: &IdentityInput) -> AppResult<NodeIdentity> {
    let identity = check_identity(input)?;
    let org = organisation(data).await?;
    let changes = ProfileChanges {
        display_name: identity.name,
        summary: identity.description,
        job_title: org.job_title.clone(),
        city: identity.city,
        country: identity.country,
        expertise: org.expertise_tags(),
        sectors: org.sector_list(),
        organisation: org.organisation.clone(),
        avatar_url: identity.logo_url,
        header_url: org.header_url.clone(),
        manually_approves: org.manually_approves,
    };
    db::settings::set(&data.db, db::settings::CONTACT, &identity.contact).await?;
    if let Some(language) = identity.language {
        db::settings::set(&data.db, db::settings::LANGUAGE, language.code()).await?;
        data.default_language.set(language);
    }
    let saved = super::profile::save(data, &org, &changes).await?;
    super::moderation::audit(data, by, "node.identity", &saved.ap_id, "").await?;
    Ok(identity_of(&saved, identity.contact, default_language(data).await?))
}
