//! Configuration: a TOML file, then `CAIRN_<SECTION>_<KEY>` environment overrides.

use cairn_templates::i18n::{t, t_with};
use serde::Deserialize;
use std::{net::SocketAddr, path::Path};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub server: ServerConfig,
    pub database: DatabaseConfig,
    pub node: NodeConfig,
    pub accounts: AccountsConfig,
    pub federation: FederationConfig,
    pub finance: FinanceConfig,
    pub media: MediaConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerConfig {
    pub bind: String,
    /// Public host[:port]; empty means "derive from the bound address".
    pub domain: String,
    /// Whether public URLs are https; unset means "https unless the domain is loopback".
    pub https: Option<bool>,
    pub body_limit_bytes: usize,
    /// PEM certificate chain and private key: when both are set, the node serves https itself.
    pub tls_cert: String,
    pub tls_key: String,
    /// Reverse proxies whose `X-Forwarded-For` names the client (for the abuse limits).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Networks whose clients may read `/metrics` without a token (a Prometheus server).
    pub metrics_networks: Vec<ipnet::IpNet>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseConfig {
    pub url: String,
    pub max_connections: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
/// The node's identity at first start; admins change it later on `/admin` (the database
/// then holds it, and these values are no longer read).
pub struct NodeConfig {
    pub name: String,
    pub actor: String,
    pub city: String,
    pub country: String,
    pub summary: String,
    pub logo_url: String,
    pub contact: String,
    /// The interface's language for visitors whose browser asks for none of the shipped ones.
    pub language: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationMode {
    Open,
    Approval,
    Closed,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AccountsConfig {
    pub registration: RegistrationMode,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FederationConfig {
    /// Loopback hosts (and only they) may be reached over plain http and on any port.
    pub allow_loopback: bool,
    /// Non-public networks this node may reach anyway (e.g. nodes inside one government network).
    pub allowed_networks: Vec<ipnet::IpNet>,
    /// When non-empty, only these domains federate with this node.
    pub allowlist: Vec<String>,
    pub blocklist: Vec<String>,
    /// First retry delay of a failed delivery; each later retry waits longer.
    pub retry_initial_seconds: u64,
    /// A delivery that still fails after this many attempts is given up.
    pub max_attempts: u32,
    /// Deliveries queued for one server at most; past that (a server down for days), new ones
    /// are dropped and counted on /admin, so one dead server cannot fill the database.
    pub max_queued_per_server: u64,
    /// Refuse unsigned fetches of what is not public, and signed ones from outside its audience.
    pub require_signed_fetch: bool,
    /// A backfill of a subscribed outbox stops after this many pages or items.
    pub backfill_max_pages: u64,
    pub backfill_max_items: u64,
    /// Items of a followed actor's outbox read when the first person here follows it (its back
    /// catalogue); 0 reads none.
    pub catalogue_max_items: u64,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FinanceConfig {
    /// The decision matrix file the admin edits; empty means the one built into Cairn.
    pub matrix: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MediaConfig {
    /// Where uploaded files are kept; empty means a `media` folder next to the SQLite database
    /// (or in the working directory, with PostgreSQL).
    pub folder: String,
    /// The largest file one may upload, in bytes.
    pub max_file_bytes: u64,
    /// How many bytes of files one person may keep.
    pub max_person_bytes: u64,
    /// How many bytes of other servers' pictures this node keeps to show (the oldest go
    /// first); 0 shows them as links, never fetched.
    pub remote_cache_bytes: u64,
}

impl Default for MediaConfig {
    fn default() -> Self {
        Self {
            folder: String::new(),
            max_file_bytes: 25_000_000,
            max_person_bytes: 500_000_000,
            remote_cache_bytes: 1_000_000_000,
        }
    }
}

impl MediaConfig {
    /// The folder files are kept in, for a node with database `database_url`.
    pub fn folder_for(&self, database_url: &str, postgres: bool) -> std::path::PathBuf {
        if !self.folder.is_empty() {
            return self.folder.clone().into();
        }
        let path = Path::new(database_url.strip_prefix("sqlite://").unwrap_or(database_url));
        let beside = if postgres { None } else { path.parent() };
        beside.unwrap_or(Path::new("")).join("media")
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            domain: String::new(),
            https: None,
            body_limit_bytes: 1024 * 1024,
            tls_cert: String::new(),
            tls_key: String::new(),
            trusted_proxies: Vec::new(),
            metrics_networks: Vec::new(),
        }
    }
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self { url: "data/cairn.db".into(), max_connections: 8 }
    }
}

/// The configuration's name of an identity field.
fn config_key(field: &str) -> &str {
    match field {
        "description" => "summary",
        other => other,
    }
}

impl NodeConfig {
    /// The identity these values give a new node (`summary` is its description).
    pub fn identity(&self) -> crate::domain::node::IdentityInput {
        crate::domain::node::IdentityInput {
            name: self.name.clone(),
            city: self.city.clone(),
            country: self.country.clone(),
            description: self.summary.clone(),
            logo_url: self.logo_url.clone(),
            contact: self.contact.clone(),
            language: Some(self.language.clone()),
        }
    }
}

impl Default for NodeConfig {
    fn default() -> Self {
        Self {
            name: "Cairn".into(),
            actor: "city".into(),
            city: String::new(),
            country: String::new(),
            summary: "A Cairn node: a federated knowledge commons for climate-neutral cities.".into(),
            logo_url: String::new(),
            contact: String::new(),
            language: "en".into(),
        }
    }
}

impl Default for AccountsConfig {
    fn default() -> Self {
        Self { registration: RegistrationMode::Open }
    }
}

impl Default for FederationConfig {
    fn default() -> Self {
        Self {
            allow_loopback: false,
            allowed_networks: Vec::new(),
            allowlist: Vec::new(),
            blocklist: Vec::new(),
            retry_initial_seconds: 60,
            max_attempts: 16,
            max_queued_per_server: 10_000,
            require_signed_fetch: false,
            backfill_max_pages: 20_000,
            backfill_max_items: 1_000_000,
            catalogue_max_items: 200,
        }
    }
}

const SECTIONS: [&str; 7] = ["server", "database", "node", "accounts", "federation", "finance", "media"];

impl Config {
    /// Reads the file (if given) and applies the process environment.
    pub fn load(file: Option<&Path>) -> Result<Config, String> {
        let text = match file {
            Some(path) => std::fs::read_to_string(path).map_err(|e| {
                t_with(
                    "cli-cannot-read-config-file",
                    &[("path", path.display().to_string().into()), ("problem", e.to_string().into())],
                )
            })?,
            None => String::new(),
        };
        Config::from_parts(&text, std::env::vars())
    }

    pub fn from_parts(toml_text: &str, env: impl IntoIterator<Item = (String, String)>) -> Result<Config, String> {
        let mut table: toml::Table = toml::from_str(toml_text)
            .map_err(|e| t_with("cli-invalid-config-file", &[("problem", e.to_string().into())]))?;
        for (name, value) in env {
            let Some(rest) = name.strip_prefix("CAIRN_") else { continue };
            let rest = rest.to_ascii_lowercase();
            let Some((section, key)) =
                SECTIONS.iter().find_map(|s| rest.strip_prefix(&format!("{s}_")).map(|k| (*s, k.to_string())))
            else {
                continue;
            };
            let section = table
                .entry(section)
                .or_insert_with(|| toml::Value::Table(toml::Table::new()))
                .as_table_mut()
                .ok_or_else(|| {
                    t_with("cli-config-section-must-be-a-table", &[("section", section.to_string().into())])
                })?;
            section.insert(key, env_value(&value));
        }
        let config: Config = toml::Value::Table(table).try_into().map_err(|e: toml::de::Error| {
            t_with("cli-invalid-configuration", &[("problem", e.message().to_string().into())])
        })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        self.server
            .bind
            .parse::<SocketAddr>()
            .map_err(|_| t_with("cli-server-bind-must-be-an-address", &[("value", self.server.bind.clone().into())]))?;
        crate::domain::accounts::validate_username(&self.node.actor).map_err(|e| format!("node.actor: {e}"))?;
        crate::domain::node::check_identity(&self.node.identity()).map_err(|e| {
            let problems: Vec<String> = e
                .field_problems()
                .into_iter()
                .map(|p| format!("node.{}: {}", config_key(&p.field), p.message))
                .collect();
            problems.join("; ")
        })?;
        if self.server.tls_cert.is_empty() != self.server.tls_key.is_empty() {
            return Err(t("cli-tls-cert-and-key-together").into());
        }
        if self.database.max_connections == 0 {
            return Err(t("cli-max-connections-at-least-one").into());
        }
        Ok(())
    }

    pub fn serves_tls(&self) -> bool {
        !self.server.tls_cert.is_empty()
    }

    pub fn is_postgres(&self) -> bool {
        self.database.url.starts_with("postgres://") || self.database.url.starts_with("postgresql://")
    }
}

/// Environment values are TOML scalars or arrays when they parse as such, strings otherwise.
fn env_value(raw: &str) -> toml::Value {
    let parsed: Result<toml::Table, _> = toml::from_str(&format!("v = {raw}"));
    match parsed.ok().and_then(|mut t| t.remove("v")) {
        Some(v @ (toml::Value::Boolean(_) | toml::Value::Integer(_) | toml::Value::Array(_))) => v,
        _ => toml::Value::String(raw.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_serve_sqlite_on_loopback() {
        let c = Config::from_parts("", env(&[])).unwrap();
        assert_eq!(c.server.bind, "127.0.0.1:8080");
        assert_eq!(c.database.url, "data/cairn.db");
        assert!(!c.is_postgres());
        assert_eq!(c.accounts.registration, RegistrationMode::Open);
    }

    #[test]
    fn environment_overrides_file() {
        let c = Config::from_parts(
            "[server]\nbind = \"127.0.0.1:9000\"\n[node]\nname = \"Lyon\"",
            env(&[
                ("CAIRN_SERVER_BIND", "127.0.0.1:9100"),
                ("CAIRN_FEDERATION_ALLOW_LOOPBACK", "true"),
                ("CAIRN_FEDERATION_BLOCKLIST", "[\"bad.example\"]"),
                ("CAIRN_DATABASE_URL", "postgres://root@127.0.0.1/test"),
                ("CAIRN_UNRELATED", "x"),
            ]),
        )
        .unwrap();
        assert_eq!(c.server.bind, "127.0.0.1:9100");
        assert_eq!(c.node.name, "Lyon");
        assert!(c.federation.allow_loopback);
        assert_eq!(c.federation.blocklist, vec!["bad.example"]);
        assert!(c.federation.allowed_networks.is_empty());
        assert!(c.is_postgres());
    }

    #[test]
    fn bad_input_is_named() {
        let err = Config::from_parts("[server]\nbnd = 1", env(&[])).unwrap_err();
        assert!(err.contains("bnd"), "{err}");
        let err = Config::from_parts("", env(&[("CAIRN_SERVER_BIND", "nowhere")])).unwrap_err();
        assert!(err.contains("server.bind"), "{err}");
        let err = Config::from_parts("", env(&[("CAIRN_SERVER_TLS_CERT", "cert.pem")])).unwrap_err();
        assert!(err.contains("tls_key"), "{err}");
        let err =
            Config::from_parts("", env(&[("CAIRN_FEDERATION_ALLOWED_NETWORKS", "[\"10.0.0.0/33\"]")])).unwrap_err();
        assert!(err.contains("10.0.0.0/33") || err.contains("allowed_networks") || err.contains("invalid"), "{err}");
        let c = Config::from_parts("", env(&[("CAIRN_FEDERATION_ALLOWED_NETWORKS", "[\"10.0.0.0/8\", \"fd00::/8\"]")]));
        assert_eq!(c.unwrap().federation.allowed_networks.len(), 2);
        let err = Config::from_parts("", env(&[("CAIRN_ACCOUNTS_REGISTRATION", "maybe")])).unwrap_err();
        assert!(err.contains("maybe") || err.contains("registration"), "{err}");
    }
}
