//! A harness that runs real `cairn serve` processes on loopback, each with its own database
//! (SQLite, or PostgreSQL when `CAIRN_TEST_POSTGRES_URL` is set), waits until they answer, and
//! stops them by PID.
//!
//! The binary is `target/debug/cairn` (or `$CAIRN_BIN`); `cargo test --workspace` builds it.

pub mod balancer;
pub mod fedify;
pub mod network;
pub mod tls;

pub use balancer::Balancer;
use cairn::db::dialect;
pub use network::TestNetwork;
use serde_json::Value;
use std::{
    io::Write,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};
pub use tls::TestCa;

pub fn cairn_binary() -> PathBuf {
    if let Ok(path) = std::env::var("CAIRN_BIN") {
        return PathBuf::from(path);
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let path = target.join("debug/cairn");
    assert!(
        path.exists(),
        "{} is missing: run `cargo build --bin cairn` (cargo test --workspace does)",
        path.display()
    );
    path
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// PostgreSQL when the environment offers it, SQLite otherwise.
pub fn postgres_if_available() -> Backend {
    if std::env::var("CAIRN_TEST_POSTGRES_URL").is_ok() { Backend::Postgres } else { Backend::Sqlite }
}

/// Where PostgreSQL's socket is (`CAIRN_TEST_POSTGRES_SOCKET`), percent-encoded for a URL host.
fn postgres_socket_dir() -> String {
    let dir = std::env::var("CAIRN_TEST_POSTGRES_SOCKET").unwrap_or_else(|_| "/var/run/postgresql".into());
    dir.replace('/', "%2F")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn random_name() -> String {
    use rand::Rng;
    format!("cairn_fed_{:016x}", rand::thread_rng().r#gen::<u64>())
}

/// How a node is started beyond the defaults: served over https with a test CA, extra settings.
#[derive(Default)]
pub struct Options<'a> {
    pub tls: Option<&'a TestCa>,
    /// `CAIRN_…` settings (or other variables) for the process.
    pub env: Vec<(&'static str, String)>,
    /// Run as this host of a production-mode test network instead of on loopback.
    pub host: Option<(&'a TestNetwork, &'a str)>,
}

pub struct Node {
    pub name: String,
    pub port: u16,
    pub base: String,
    pub domain: String,
    pub client: reqwest::Client,
    dir: tempfile::TempDir,
    database_url: String,
    postgres: Option<(String, String)>,
    env: Vec<(String, String)>,
    /// The network namespace the process runs in, for a host of a test network.
    namespace: Option<String>,
    child: Option<Child>,
}

impl Node {
    pub async fn start(name: &str, backend: Backend) -> Node {
        Node::start_with(name, backend, Options::default()).await
    }

    pub async fn start_with(name: &str, backend: Backend, options: Options<'_>) -> Node {
        cairn::server::install_crypto_provider();
        let dir = tempfile::tempdir().unwrap();
        let (database_url, postgres) = match backend {
            Backend::Sqlite => (dir.path().join("cairn.db").display().to_string(), None),
            Backend::Postgres => {
                let admin = std::env::var("CAIRN_TEST_POSTGRES_URL").expect("CAIRN_TEST_POSTGRES_URL");
                let db = random_name();
                let url = dialect::create_postgres_database(&admin, &db).await.expect("create database");
                (url, Some((admin, db)))
            }
        };
        let mut env: Vec<(String, String)> = options.env.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let mut client = reqwest::Client::builder().timeout(Duration::from_secs(20));
        let path = |p: PathBuf| p.display().to_string();
        let (port, base, domain, namespace) = match options.host {
            Some((network, host)) => {
                let address = network.add_host(host);
                env.push(("CAIRN_SERVER_BIND".into(), format!("{address}:443")));
                env.push(("CAIRN_SERVER_DOMAIN".into(), host.to_string()));
                env.push(("CAIRN_SERVER_TLS_CERT".into(), path(network.ca.cert_pem())));
                env.push(("CAIRN_SERVER_TLS_KEY".into(), path(network.ca.key_pem())));
                env.push(("SSL_CERT_FILE".into(), path(network.ca.ca_pem())));
                env.push(("CAIRN_FEDERATION_ALLOWED_NETWORKS".into(), network.allowed_networks()));
                client = network.client().timeout(Duration::from_secs(20));
                (443, format!("https://{host}"), host.to_string(), Some(network.namespace().to_string()))
            }
            None => {
                let port = free_port();
                env.push(("CAIRN_SERVER_BIND".into(), format!("127.0.0.1:{port}")));
                env.push(("CAIRN_FEDERATION_ALLOW_LOOPBACK".into(), "true".into()));
                let scheme = match options.tls {
                    Some(ca) => {
                        env.push(("CAIRN_SERVER_TLS_CERT".into(), path(ca.cert_pem())));
                        env.push(("CAIRN_SERVER_TLS_KEY".into(), path(ca.key_pem())));
                        // Cairn's own client then trusts peers that serve certificates of the same CA.
                        env.push(("SSL_CERT_FILE".into(), path(ca.ca_pem())));
                        client = client.add_root_certificate(ca.reqwest_root());
                        "https"
                    }
                    None => "http",
                };
                (port, format!("{scheme}://localhost:{port}"), format!("localhost:{port}"), None)
            }
        };
        // Inside a namespace, PostgreSQL's 127.0.0.1 is not the host's: use its socket instead.
        let database_url = match (&namespace, &postgres) {
            (Some(_), Some((_, db))) => format!("postgres://postgres@{}/{db}", postgres_socket_dir()),
            _ => database_url,
        };
        let mut node = Node {
            name: name.to_string(),
            port,
            base,
            domain,
            client: client.build().unwrap(),
            dir,
            database_url,
            postgres,
            env,
            namespace,
            child: None,
        };
        node.launch().await;
        node
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = match &self.namespace {
            Some(namespace) => {
                let mut command = Command::new("ip");
                command.args(["netns", "exec", namespace]).arg(cairn_binary());
                command
            }
            None => Command::new(cairn_binary()),
        };
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("CAIRN_DATABASE_URL", &self.database_url)
            .env("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS", "1")
            .env("CAIRN_NODE_NAME", &self.name)
            .env("CAIRN_LOG", "info,cairn=debug")
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        command
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join("cairn.log")
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    async fn launch(&mut self) {
        let mut child = self.spawn_serve(&[]);
        self.wait_until_it_answers(&self.base, &mut child).await;
        self.child = Some(child);
    }

    /// `cairn serve` on this node's database and settings, but for `overrides`.
    fn spawn_serve(&self, overrides: &[(&str, String)]) -> Child {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log_path()).unwrap();
        let mut command = self.command(&["serve"]);
        command.envs(overrides.iter().map(|(k, v)| (k, v)));
        command.stdout(log.try_clone().unwrap()).stderr(log).stdin(Stdio::null()).spawn().expect("start cairn serve")
    }

    async fn wait_until_it_answers(&self, base: &str, child: &mut Child) {
        let started = Instant::now();
        loop {
            let response = self.client.get(format!("{base}/nodeinfo/2.1")).send().await;
            if response.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            if let Some(status) = child.try_wait().unwrap() {
                panic!("node {} exited with {status}:\n{}", self.name, self.log());
            }
            if started.elapsed() > Duration::from_secs(60) {
                panic!("node {} did not answer within a minute:\n{}", self.name, self.log());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Kills the process without warning (SIGKILL, as a crash or the OOM killer would).
    pub fn crash(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the process again after a [`Node::crash`], on the same port and database.
    pub async fn start_again(&mut self) {
        assert!(self.child.is_none(), "the node is running");
        self.launch().await;
    }

    /// A second `cairn serve` process of this node (same database and settings) on a port of
    /// its own, as behind a load balancer; answering when returned, killed when dropped.
    pub async fn start_replica(&self) -> Replica {
        let port = free_port();
        let mut child = self.spawn_serve(&[("CAIRN_SERVER_BIND", format!("127.0.0.1:{port}"))]);
        self.wait_until_it_answers(&format!("http://127.0.0.1:{port}"), &mut child).await;
        Replica { port, child }
    }

    /// One remote follower of `username` per inbox (each its server's shared inbox), written
    /// straight to the node's database, as if each had followed and been accepted long ago.
    pub async fn add_followers(&self, username: &str, inboxes: &[String]) {
        use cairn::db::{self, models::NewFollow};
        let pool = db::DbPool::connect(self.database_url(), 4).await.unwrap();
        let followed = db::actors::local_by_username(&pool, username).await.unwrap().expect("a local actor");
        let now = db::now();
        for inbox in inboxes {
            let ap_id = format!("{}/users/follower", inbox.trim_end_matches("/inbox"));
            let actor = db::actors::upsert_remote(&pool, &remote_follower(&ap_id, inbox, now)).await.unwrap();
            let follow = NewFollow {
                follower_id: actor.id,
                followed_id: followed.id,
                state: "accepted".into(),
                activity_ap_id: format!("{ap_id}/follows/{username}"),
                created_at: now,
            };
            db::follows::upsert(&pool, &follow, None).await.unwrap();
        }
    }

    /// The database the node's processes share.
    pub fn database_url(&self) -> &str {
        &self.database_url
    }

    /// Stops the process (SIGTERM, then SIGKILL) and waits for it.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(10);
            while Instant::now() < deadline {
                if child.try_wait().ok().flatten().is_some() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts a second process on this node's database, as `cairn serve --role worker`: it
    /// serves no HTTP and makes the deliveries. Stopped when the returned guard is dropped.
    pub fn start_worker(&self) -> Worker {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(self.log_path()).unwrap();
        let child = self
            .command(&["serve", "--role", "worker"])
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .expect("start cairn serve --role worker");
        Worker(child)
    }

    /// The process id of the running node.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Starts the node again on the same port and database.
    pub async fn restart(&mut self) {
        self.stop();
        self.launch().await;
    }

    /// Runs a `cairn` command against this node's configuration; returns (success, stdout, stderr).
    pub fn cli(&self, args: &[&str], stdin: &str) -> (bool, String, String) {
        self.cli_with(args, stdin, &[])
    }

    /// Like `cli`, with further environment variables (`LANG`, say).
    pub fn cli_with(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> (bool, String, String) {
        let mut child = self
            .command(args)
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run cairn");
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into(),
            String::from_utf8_lossy(&output.stderr).into(),
        )
    }

    /// Creates an account with the CLI and returns an API token made with the CLI.
    pub fn user(&self, username: &str) -> String {
        self.account(username, false)
    }

    /// Like `user`, with the administrator role.
    pub fn admin(&self, username: &str) -> String {
        self.account(username, true)
    }

    fn account(&self, username: &str, admin: bool) -> String {
        let email = format!("--email={username}@{}.example", self.name.to_lowercase());
        let mut args = vec!["admin", "create-user", username, &email, "--password-stdin"];
        if admin {
            args.push("--admin");
        }
        let (ok, out, err) = self.cli(&args, "a long enough passphrase 42\n");
        assert!(ok, "create-user failed: {out}{err}");
        let (ok, token, err) = self.cli(&["admin", "token", username], "");
        assert!(ok, "token failed: {err}");
        token.trim().to_string()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn handle(&self, username: &str) -> String {
        format!("@{username}@{}", self.domain)
    }

    pub fn actor_id(&self, username: &str) -> String {
        self.url(&format!("/users/{username}"))
    }

    pub async fn get(&self, token: &str, path: &str) -> Value {
        self.try_get(token, path).await.unwrap_or_else(|status| panic!("GET {path}: {status}"))
    }

    pub async fn try_get(&self, token: &str, path: &str) -> Result<Value, u16> {
        let response = self.client.get(self.url(path)).bearer_auth(token).send().await.unwrap();
        if !response.status().is_success() {
            return Err(response.status().as_u16());
        }
        Ok(response.json().await.unwrap())
    }

    pub async fn send(&self, method: reqwest::Method, token: &str, path: &str, body: Value) -> (u16, Value) {
        let response = self.client.request(method, self.url(path)).bearer_auth(token).json(&body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The ActivityPub ids in one of this node's paged collections.
    pub async fn collection(&self, path: &str) -> Vec<String> {
        let first = self
            .client
            .get(self.url(&format!("{path}?page=true")))
            .header("accept", "application/activity+json")
            .send()
            .await
            .unwrap();
        let page: Value = first.json().await.unwrap();
        page["orderedItems"].as_array().unwrap().iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
    }
}

fn remote_follower(ap_id: &str, inbox: &str, now: chrono::NaiveDateTime) -> cairn::db::models::NewActor {
    let domain = url::Url::parse(ap_id).map(|u| cairn::domain::handle::host_of_url(&u)).unwrap_or_default();
    cairn::db::models::NewActor {
        ap_id: ap_id.into(),
        kind: "Person".into(),
        username: "follower".into(),
        domain,
        local: false,
        display_name: "An illustrative follower".into(),
        summary: String::new(),
        job_title: String::new(),
        city: String::new(),
        country: String::new(),
        expertise: String::new(),
        avatar_url: None,
        header_url: None,
        profile_url: None,
        inbox: format!("{ap_id}/inbox"),
        shared_inbox: Some(inbox.into()),
        outbox: None,
        followers_url: None,
        following_url: None,
        public_key_pem: "-----BEGIN PUBLIC KEY-----\nillustrative\n-----END PUBLIC KEY-----\n".into(),
        private_key_pem: None,
        manually_approves: false,
        created_at: now,
        refreshed_at: now,
        also_known_as: "[]".into(),
        moved_to: None,
        sectors: "[]".into(),
        organisation: String::new(),
        suspended_at_origin: false,
    }
}

/// Another `cairn serve` process of a node.
pub struct Replica {
    pub port: u16,
    child: Child,
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `cairn serve --role worker` process, killed (and waited for) when dropped.
pub struct Worker(Child);

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.stop();
        if let Some((admin, name)) = self.postgres.take() {
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                let _ = runtime.block_on(dialect::drop_postgres_database(&admin, &name));
            })
            .join();
        }
    }
}

/// Where a multi-node test runs: as hosts of a production-mode test network (`lyon.test`, …)
/// wherever this machine allows one, which CI does; on loopback in demo mode elsewhere.
pub struct Place {
    pub network: Option<TestNetwork>,
}

impl Place {
    pub fn new() -> Place {
        Place { network: TestNetwork::new() }
    }

    /// A node named `name`, the host `<name>.test` on a network.
    pub async fn node(&self, name: &str, backend: Backend) -> Node {
        let host = format!("{}.test", name.to_lowercase());
        let host = self.network.as_ref().map(|network| (network, host.as_str()));
        Node::start_with(name, backend, Options { host, ..Default::default() }).await
    }
}

impl Default for Place {
    fn default() -> Self {
        Place::new()
    }
}

/// Polls `check` until it holds, for up to thirty seconds.
pub async fn eventually<F: AsyncFnMut() -> bool>(what: &str, mut check: F) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("timed out waiting for: {what}");
}
