use super::moderation::audit;
use crate::{
    db::{self, models::DomainRule, now},
    domain::{accounts::Role, handle::check_domain},
    error::{AppError, AppResult},
    federation::policy::DomainPolicy,
    state::AppState,
};
use cairn_templates::i18n::{t, t_with};

/// Adds or changes a domain rule and applies it at once. Returns the normalised domain.
/// `by` is the administrator's username (or "command line"), for the audit log.
pub async fn set_domain_rule(state: &AppState, by: &str, domain: &str, policy: &str) -> AppResult<String> {
    let domain = check_domain(domain)?;
    if !matches!(policy, "allow" | "limit" | "block") {
        return Err(AppError::invalid("policy", t("a-rule-is-allow-limit-or-block")));
    }
    if domain == state.domain {
        return Err(AppError::invalid("domain", t("that-is-this-nodes-own-domain")));
    }
    db::domains::set(&state.db, &DomainRule { domain: domain.clone(), policy: policy.to_string(), created_at: now() })
        .await?;
    DomainPolicy::reload(&state.policy, &state.db).await?;
    if policy == "block" {
        // Refused from now on; what the domain had here goes too.
        db::moderation::purge(&state.db, db::moderation::Accounts::Domain(&domain)).await?;
    }
    audit(state, by, &format!("domain.{policy}"), &domain, "").await?;
    Ok(domain)
}

pub async fn remove_domain_rule(state: &AppState, by: &str, domain: &str) -> AppResult<()> {
    let domain = check_domain(domain)?;
    if db::domains::remove(&state.db, &domain).await? == 0 {
        return Err(AppError::not_found(t_with("there-is-no-rule-for", &[("domain", domain.to_string().into())])));
    }
    DomainPolicy::reload(&state.policy, &state.db).await?;
    audit(state, by, "domain.rule_removed", &domain, "").await
}

pub async fn approve_user(state: &AppState, by: &str, user_id: i64) -> AppResult<()> {
    let user = db::users::by_id(&state.db, user_id).await?.ok_or_else(|| AppError::not_found(t("no-such-account")))?;
    db::users::approve(&state.db, user_id).await?;
    audit(state, by, "account.approve", &user.username, "").await
}

/// An administrator makes an account an admin, a moderator or a member again.
pub async fn set_role(state: &AppState, by: &str, username: &str, role: &str) -> AppResult<()> {
    let role: Role = role.parse()?;
    let user = db::users::by_username(&state.db, username)
        .await?
        .ok_or_else(|| AppError::not_found(t_with("there-is-no-account", &[("name", username.to_string().into())])))?;
    if user.username == by && role != Role::Admin {
        return Err(AppError::invalid("role", t("you-cannot-take-away-your-own-administrator")));
    }
    db::users::set_role(&state.db, user.id, role.as_str()).await?;
    audit(state, by, "account.role", &user.username, role.as_str()).await
}
