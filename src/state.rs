//! What every handler and worker shares.

use crate::{
    config::Config,
    db::DbPool,
    federation::{outgoing::NetworkPolicy, policy::DomainPolicy},
    service::finance::MatrixSource,
};
use std::sync::{Arc, RwLock};
use tokio::sync::Notify;
use url::Url;

#[derive(Clone)]
pub struct AppState {
    pub db: DbPool,
    pub config: Arc<Config>,
    /// `host[:port]` used in every ActivityPub id.
    pub domain: String,
    /// `scheme://domain`, without a trailing slash.
    pub base_url: String,
    pub policy: Arc<RwLock<DomainPolicy>>,
    /// The financial guidance decision matrix.
    pub finance: Arc<MatrixSource>,
    /// Which hosts and addresses outgoing requests may reach.
    pub network: Arc<NetworkPolicy>,
    /// The one client of every outgoing request (see `federation::outgoing`).
    pub http: reqwest::Client,
    /// Abuse limits per address, account and remote server.
    pub limits: Arc<crate::service::limits::Limits>,
    /// Wakes the delivery worker when something was queued.
    pub deliveries_queued: Arc<Notify>,
    /// This process's counters for `/metrics`.
    pub metrics: Arc<crate::service::metrics::Metrics>,
    /// This process's per-server delivery lanes.
    pub lanes: Arc<crate::federation::delivery::Lanes>,
    /// This process's name in the claims and leases it takes in the database.
    pub process: Arc<str>,
    /// Where uploaded files are kept.
    pub media: Arc<dyn crate::storage::Store>,
    /// The interface's language when a visitor's browser names none of the shipped ones.
    pub default_language: Arc<cairn_templates::i18n::DefaultLanguage>,
}

impl AppState {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn actor_url(&self, username: &str) -> String {
        self.url(&format!("/users/{username}"))
    }

    pub fn profile_url(&self, username: &str) -> String {
        self.url(&format!("/@{username}"))
    }

    /// 128 random bits in hex, for ids that must not be guessed or collide.
    pub fn new_token(&self) -> String {
        use rand::Rng;
        let bytes: [u8; 16] = rand::thread_rng().r#gen();
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A fresh id for a local activity.
    pub fn new_activity_id(&self, kind: &str) -> Url {
        Url::parse(&self.url(&format!("/activities/{}/{}", kind.to_ascii_lowercase(), self.new_token())))
            .expect("base URL and token form a valid URL")
    }

    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}
