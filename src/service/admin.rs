use crate::{
    db::{self, models::DomainRule, now},
    domain::handle::check_domain,
    error::{AppError, AppResult},
    federation::policy::DomainPolicy,
    state::AppState,
};

/// Adds or changes a domain rule and applies it at once. Returns the normalised domain.
pub async fn set_domain_rule(state: &AppState, domain: &str, policy: &str) -> AppResult<String> {
    let domain = check_domain(domain)?;
    if !matches!(policy, "allow" | "block") {
        return Err(AppError::invalid("policy", "a rule is either allow or block"));
    }
    if domain == state.domain {
        return Err(AppError::invalid("domain", "that is this node's own domain"));
    }
    db::domains::set(&state.db, &DomainRule { domain: domain.clone(), policy: policy.to_string(), created_at: now() })
        .await?;
    DomainPolicy::reload(&state.policy, &state.db).await?;
    Ok(domain)
}

pub async fn remove_domain_rule(state: &AppState, domain: &str) -> AppResult<()> {
    let domain = check_domain(domain)?;
    if db::domains::remove(&state.db, &domain).await? == 0 {
        return Err(AppError::not_found(format!("there is no rule for {domain}")));
    }
    DomainPolicy::reload(&state.policy, &state.db).await
}

pub async fn approve_user(state: &AppState, user_id: i64) -> AppResult<()> {
    if db::users::approve(&state.db, user_id).await? == 0 {
        return Err(AppError::not_found("no such account"));
    }
    Ok(())
}
