//! Starting a node: database, state, the node's actors, the delivery worker and the listener.

use crate::http::limits::Peer;
use crate::{
    config::Config,
    db::DbPool,
    federation::{self, objects::actor::ApActor, outgoing::NetworkPolicy, policy::DomainPolicy},
    service,
    state::AppState,
};
use activitypub_federation::config::FederationConfig;
use anyhow::Context;
use cairn_templates::i18n::t_with;
use std::{
    net::SocketAddr,
    sync::{Arc, RwLock},
};
use tokio::sync::Notify;

/// Connects to the database, applies migrations and builds the shared state for `bind`.
pub async fn state(config: Config, bind: SocketAddr) -> anyhow::Result<AppState> {
    install_crypto_provider();
    let db = DbPool::connect(&config.database.url, config.database.max_connections).await?;
    let ran = db.migrate().await?;
    if ran > 0 {
        tracing::info!("applied {ran} migration(s) on {}", db.backend_name());
    }
    let domain = if config.server.domain.is_empty() { derived_domain(bind)? } else { config.server.domain.clone() };
    let https = config.server.https.unwrap_or(config.serves_tls() || !is_loopback_domain(&domain));
    let policy = DomainPolicy {
        configured_allow: config.federation.allowlist.clone(),
        configured_block: config.federation.blocklist.clone(),
        ..Default::default()
    };
    let network = Arc::new(NetworkPolicy {
        allow_loopback: config.federation.allow_loopback,
        allowed_networks: config.federation.allowed_networks.clone(),
    });
    let media_folder = config.media.folder_for(&config.database.url, config.is_postgres());
    let base_url = format!("{}://{domain}", if https { "https" } else { "http" });
    let user_agent = format!("Cairn/{} (+{base_url})", env!("CARGO_PKG_VERSION"));
    let http = federation::outgoing::client(network.clone(), &user_agent).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let state = AppState {
        db,
        finance: Arc::new(crate::service::finance::MatrixSource::open(&config.finance.matrix)),
        base_url,
        domain,
        network,
        http,
        limits: Default::default(),
        config: Arc::new(config),
        policy: Arc::new(RwLock::new(policy)),
        deliveries_queued: Arc::new(Notify::new()),
        lanes: Arc::default(),
        metrics: Arc::default(),
        process: process_name().into(),
        media: Arc::new(crate::storage::LocalFolder::new(media_folder)),
        default_language: Arc::default(),
    };
    DomainPolicy::reload(&state.policy, &state.db).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    Ok(state)
}

/// This process among the cluster's: its host, its PID and a random part (a PID is reused).
fn process_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    format!("{}/{}/{:08x}", host.trim(), std::process::id(), rand::random::<u32>())
}

/// With no `server.domain`, a loopback address is served as `localhost:PORT` (ActivityPub ids
/// need a host name); any other address needs the domain spelled out.
fn derived_domain(bind: SocketAddr) -> anyhow::Result<String> {
    if bind.ip().is_loopback() || bind.ip().is_unspecified() {
        Ok(format!("localhost:{}", bind.port()))
    } else {
        anyhow::bail!("set server.domain (CAIRN_SERVER_DOMAIN) to the public host name of this node")
    }
}

fn is_loopback_domain(domain: &str) -> bool {
    let host = domain.rsplit_once(':').map_or(domain, |(h, _)| h);
    host == "localhost" || host.starts_with("127.") || host == "[::1]"
}

pub fn bind_address(config: &Config) -> anyhow::Result<SocketAddr> {
    config.server.bind.parse().with_context(|| format!("server.bind {:?} is not an address", config.server.bind))
}

/// TLS for outgoing requests uses ring (built without the slow aws-lc toolchain).
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A node ready to serve: its state, the federation library's configuration and the router.
pub struct Node {
    pub state: AppState,
    pub federation: FederationConfig<AppState>,
    pub router: axum::Router,
}

/// Everything `serve` does before it accepts connections on `bound`.
pub async fn build(config: Config, bound: SocketAddr) -> anyhow::Result<Node> {
    install_crypto_provider();
    let state = state(config, bound).await?;
    let (_, application) = service::node::ensure_actors(&state).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    service::node::apply_default_language(&state).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let signer = ApActor::new(application).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let federation = federation::config(state.clone(), &signer).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let router = crate::http::router(federation.clone());
    Ok(Node { state, federation, router })
}

/// What one `cairn serve` process does. Several processes on one PostgreSQL share the work:
/// web processes behind a load balancer answer requests; worker processes make the deliveries
/// (each exactly once, claimed with `SKIP LOCKED`) and run the backfills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Web,
    Worker,
    All,
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(role: &str) -> Result<Role, String> {
        match role {
            "web" => Ok(Role::Web),
            "worker" => Ok(Role::Worker),
            "all" => Ok(Role::All),
            other => Err(format!("unknown role {other:?}: use web, worker or all")),
        }
    }
}

pub async fn serve(config: Config, role: Role) -> anyhow::Result<()> {
    let bind = bind_address(&config)?;
    if role == Role::Worker {
        let node = build(config, bind).await?;
        start_work(&node);
        let said = [("url", node.state.base_url.clone().into()), ("backend", node.state.db.backend_name().into())];
        println!("{}", t_with("cli-worker-started", &said));
        shutdown_signal().await;
        federation::delivery::stop(&node.state).await;
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .with_context(|| t_with("cli-cannot-listen-on", &[("address", bind.to_string().into())]))?;
    let bound = listener.local_addr()?;
    // Read the certificate before anything else, so a wrong path fails at once.
    let tls = match config.serves_tls() {
        true => Some(crate::tls::server_config(&config.server.tls_cert, &config.server.tls_key)?),
        false => None,
    };
    let node = build(config, bound).await?;
    let state = node.state.clone();
    if role == Role::All {
        start_work(&node);
    } else {
        // A web process still knows which servers are parked, so one writing to it is revived.
        tokio::spawn(federation::delivery::follow_parking(node.state.clone()));
    }
    service::limits::Limits::spawn_housekeeping(node.state.limits.clone());
    tokio::spawn(service::node::follow_default_language(node.state.clone()));
    tokio::spawn(crate::db::search::keep_in_step(node.state.db.clone()));
    let said = [
        ("address", format!("{}://{bound}", if tls.is_some() { "https" } else { "http" }).into()),
        ("url", node.state.base_url.clone().into()),
        ("backend", node.state.db.backend_name().into()),
    ];
    match role {
        Role::Web => println!("{}", t_with("cli-listening-web-only", &said)),
        _ => println!("{}", t_with("cli-listening", &said)),
    }
    match tls {
        Some(tls) => {
            let listener = crate::tls::TlsListener::new(listener, tls)?;
            axum::serve(listener, app(node.router)).with_graceful_shutdown(shutdown_signal()).await?
        }
        None => axum::serve(listener, app(node.router)).with_graceful_shutdown(shutdown_signal()).await?,
    }
    if role == Role::All {
        federation::delivery::stop(&state).await;
    }
    Ok(())
}

/// The background work of a worker: the delivery queue, the backfills left unfinished, the
/// media sweep and the search's word list when it is new.
fn start_work(node: &Node) {
    tokio::spawn(federation::delivery::run(node.federation.clone()));
    tokio::spawn(service::outboxes::resume(node.federation.to_request_data()));
    tokio::spawn(service::media::sweep_hourly(node.state.clone()));
    tokio::spawn(service::search::fill_words_if_empty(node.state.clone()));
}

/// The router as a service that knows each connection's peer address (for the abuse limits).
pub fn app(router: axum::Router) -> axum::extract::connect_info::IntoMakeServiceWithConnectInfo<axum::Router, Peer> {
    router.into_make_service_with_connect_info::<Peer>()
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
    tracing::info!("shutting down");
}

/// Large buffers (Argon2's 19 MiB per password check, a decoded image) are mapped on their own
/// and returned to the system when freed. By default glibc raises that threshold after the first
/// such buffer is freed, and later ones stay in per-thread heaps: a burst of 200 logins then
/// peaked anywhere between 130 and 224 MiB depending on how the threads interleaved. Call it
/// first in `main`, before any thread starts.
pub fn give_large_allocations_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: called first thing in `main`, before any other thread exists or allocates much.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
    }
}
