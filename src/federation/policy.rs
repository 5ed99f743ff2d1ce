//! The domain allow/block list, applied to incoming activities, fetches and deliveries.

use super::outgoing::NetworkPolicy;
use crate::{
    db::{self, DbPool},
    domain::handle::{domain_matches, host_of_url},
    error::AppResult,
};
use activitypub_federation::{config::UrlVerifier, error::Error as FederationError};
use std::sync::{Arc, RwLock};
use url::Url;

#[derive(Debug, Clone, Default)]
pub struct DomainPolicy {
    /// From the configuration file; cannot be changed from the admin page.
    pub configured_allow: Vec<String>,
    pub configured_block: Vec<String>,
    /// From the database (admin page and API).
    pub allow: Vec<String>,
    pub block: Vec<String>,
    /// Limited domains federate (only public lists leave them out), allowlist or not.
    pub limit: Vec<String>,
}

impl DomainPolicy {
    pub fn allows(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        let listed = |list: &[String]| list.iter().any(|d| domain_matches(&host, d));
        if listed(&self.configured_block) || listed(&self.block) {
            return false;
        }
        let allowlist_active = !self.configured_allow.is_empty() || !self.allow.is_empty();
        !allowlist_active || listed(&self.configured_allow) || listed(&self.allow) || listed(&self.limit)
    }

    pub fn allows_url(&self, url: &Url) -> bool {
        self.allows(&host_of_url(url))
    }

    /// Reloads the database part after an admin changed it.
    pub async fn reload(policy: &RwLock<DomainPolicy>, pool: &DbPool) -> AppResult<()> {
        let rules = db::domains::all(pool).await?;
        let mut guard = policy.write().expect("policy lock");
        guard.allow = rules.iter().filter(|r| r.policy == "allow").map(|r| r.domain.clone()).collect();
        guard.block = rules.iter().filter(|r| r.policy == "block").map(|r| r.domain.clone()).collect();
        guard.limit = rules.iter().filter(|r| r.policy == "limit").map(|r| r.domain.clone()).collect();
        Ok(())
    }
}

/// Plugs the domain and network policies into the federation library, which asks before every
/// fetch (each redirect hop included) and delivery.
#[derive(Clone)]
pub struct PolicyVerifier {
    pub domains: Arc<RwLock<DomainPolicy>>,
    pub network: Arc<NetworkPolicy>,
}

impl PolicyVerifier {
    /// The node's current domain and network policies.
    pub fn new(state: &crate::state::AppState) -> PolicyVerifier {
        PolicyVerifier { domains: state.policy.clone(), network: state.network.clone() }
    }
}

#[async_trait::async_trait]
impl UrlVerifier for PolicyVerifier {
    async fn verify(&self, url: &Url) -> Result<(), FederationError> {
        if let Err(refused) = self.network.check_url(url) {
            tracing::info!("{url}: {}", refused.0);
            return Err(FederationError::UrlVerificationError("this address cannot be requested"));
        }
        if self.domains.read().expect("policy lock").allows_url(url) {
            Ok(())
        } else {
            Err(FederationError::UrlVerificationError("this domain is blocked by the node's federation policy"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_and_allow() {
        let mut p = DomainPolicy { configured_block: vec!["spam.example".into()], ..Default::default() };
        assert!(p.allows("lyon.example"));
        assert!(!p.allows("spam.example"));
        assert!(!p.allows("x.spam.example"));
        p.allow = vec!["lyon.example".into()];
        assert!(p.allows("lyon.example"));
        assert!(!p.allows("paris.example"));
    }
}
