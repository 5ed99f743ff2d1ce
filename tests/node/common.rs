//! Test support: a real Cairn node in this process on a loopback port, with its own database
//! (SQLite, or PostgreSQL when CAIRN_TEST_BACKEND=postgres), and a scriptable remote actor.

use activitypub_federation::http_signatures::generate_actor_keypair;
use axum::{Json, Router, extract::State, http::header, response::IntoResponse, routing::get};
use base64::{Engine, engine::general_purpose::STANDARD};
use cairn::{config::Config, db::dialect, federation, server, state::AppState};
use rsa::{Pkcs1v15Sign, RsaPrivateKey, pkcs8::DecodePrivateKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::sync::{Arc, Mutex};

/// `Some(admin URL)` when the suite runs against PostgreSQL.
pub fn postgres_url() -> Option<String> {
    match std::env::var("CAIRN_TEST_BACKEND").as_deref() {
        Ok("postgres") => Some(
            std::env::var("CAIRN_TEST_POSTGRES_URL")
                .expect("CAIRN_TEST_BACKEND=postgres needs CAIRN_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)"),
        ),
        _ => None,
    }
}

/// A database of the test's own, removed when dropped.
pub struct TestDb {
    pub url: String,
    postgres: Option<(String, String)>,
    dir: tempfile::TempDir,
}

impl TestDb {
    pub async fn new() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        match postgres_url() {
            Some(admin) => {
                let name = format!("cairn_test_{}", random_hex(8));
                let url = dialect::create_postgres_database(&admin, &name).await.expect("create test database");
                TestDb { url, postgres: Some((admin, name)), dir }
            }
            None => TestDb { url: dir.path().join("cairn.db").display().to_string(), postgres: None, dir },
        }
    }
}

impl TestDb {
    /// A folder of the test's own, removed with it.
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres.take() {
            // Drop is synchronous: run the clean-up on a runtime of its own.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
                let _ = runtime.block_on(dialect::drop_postgres_database(&admin, &name));
            })
            .join();
        }
    }
}

pub fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// The password of every account the tests make.
pub const PASSWORD: &str = "a long enough passphrase 42";

pub struct TestNode {
    pub base: String,
    pub state: AppState,
    pub federation: activitypub_federation::config::FederationConfig<AppState>,
    pub client: reqwest::Client,
    db: TestDb,
}

impl TestNode {
    pub async fn start() -> TestNode {
        TestNode::start_with(&[]).await
    }

    pub async fn start_with(overrides: &[(&str, &str)]) -> TestNode {
        let db = TestDb::new().await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let bound = listener.local_addr().unwrap();
        let mut env = vec![
            ("CAIRN_DATABASE_URL".to_string(), db.url.clone()),
            ("CAIRN_SERVER_BIND".to_string(), bound.to_string()),
            ("CAIRN_FEDERATION_ALLOW_LOOPBACK".to_string(), "true".to_string()),
            ("CAIRN_FEDERATION_RETRY_INITIAL_SECONDS".to_string(), "1".to_string()),
            ("CAIRN_MEDIA_FOLDER".to_string(), db.dir().join("media").display().to_string()),
        ];
        env.extend(overrides.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let config = Config::from_parts("", env).unwrap();
        let node = server::build(config, bound).await.unwrap();
        tokio::spawn(federation::delivery::run(node.federation.clone()));
        tokio::spawn(async move { axum::serve(listener, server::app(node.router)).await });
        TestNode {
            base: format!("http://localhost:{}", bound.port()),
            state: node.state,
            federation: node.federation,
            client: browser(),
            db,
        }
    }

    /// The node's database, for a `cairn` command run beside it.
    pub fn database_url(&self) -> &str {
        &self.db.url
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The form token of a page (and the cookie that goes with it, kept by the client).
    /// The ActivityPub document at `url` as this node's client reads it, as sent (its keys in
    /// their order).
    pub async fn activitypub_text(&self, url: &str) -> String {
        let response = self.client.get(url).header("accept", "application/activity+json").send().await.unwrap();
        response.text().await.unwrap()
    }

    pub async fn csrf(&self, path: &str) -> String {
        self.csrf_in(&self.client, path).await
    }

    /// The form token of a page as `browser` sees it.
    pub async fn csrf_in(&self, browser: &reqwest::Client, path: &str) -> String {
        let html = browser.get(self.url(path)).send().await.unwrap().text().await.unwrap();
        let start = html.find("name=\"csrf\" value=\"").expect("page has a form token") + 19;
        html[start..start + html[start..].find('"').unwrap()].to_string()
    }

    /// Runs `sql` on the node's database.
    pub async fn execute(&self, sql: &str) {
        use diesel_async::RunQueryDsl;
        let pool = &self.state.db;
        let done: cairn::error::AppResult<usize> =
            async { Ok(cairn::db_run!(pool, |conn| diesel::sql_query(sql).execute(conn).await?)) }.await;
        done.unwrap();
    }

    /// Creates an account through the service and returns an API token for it.
    pub async fn user_with_token(&self, username: &str) -> String {
        self.account_with_token(username, cairn::domain::accounts::Role::Member).await
    }

    pub async fn admin_with_token(&self, username: &str) -> String {
        self.account_with_token(username, cairn::domain::accounts::Role::Admin).await
    }

    /// The account of `token` follows `username` of `other`; returns once `other` accepted.
    pub async fn follow(&self, token: &str, other: &TestNode, username: &str) {
        let handle = format!("@{username}@{}", other.base.trim_start_matches("http://"));
        let (status, body) =
            api(self, token, reqwest::Method::POST, "/api/v1/follows", json!({"target": handle})).await;
        assert!(status < 300, "following {handle}: {status} {body}");
        let followed = other.url(&format!("/users/{username}"));
        eventually(&format!("{handle} accepts the follow"), async || {
            let (_, following) = api(self, token, reqwest::Method::GET, "/api/v1/me/following", Value::Null).await;
            following["items"].as_array().into_iter().flatten().any(|item| item.to_string().contains(&followed))
        })
        .await;
    }

    /// Logs the test's browser in; returns the form token its pages carry.
    pub async fn log_in(&self, username: &str) -> String {
        self.log_in_with(&self.client, username).await
    }

    /// Logs `browser` in (one made by `browser()`); returns the form token its pages carry.
    pub async fn log_in_with(&self, browser: &reqwest::Client, username: &str) -> String {
        let csrf = self.csrf_in(browser, "/login").await;
        let login = [("csrf", csrf.as_str()), ("username", username), ("password", PASSWORD)];
        let response = browser.post(self.url("/login")).form(&login).send().await.unwrap();
        assert_eq!(response.status(), 303, "{username} logs in");
        csrf
    }

    async fn account_with_token(&self, username: &str, role: cairn::domain::accounts::Role) -> String {
        use cairn::service::accounts;
        let input = accounts::Registration {
            username: username.into(),
            email: format!("{username}@city.example"),
            password: PASSWORD.into(),
        };
        let (user, _) = accounts::register(&self.state, &input, role, accounts::Origin::Operator).await.unwrap();
        cairn::service::tokens::issue(&self.state, &user, "tests", None).await.unwrap()
    }
}

/// A client as the tests' browsers are: it keeps cookies and shows redirects instead of following.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// A remote ActivityPub actor under the test's control: it serves its actor document, signs
/// what it posts, and records what it receives.
pub struct Remote {
    pub base: String,
    pub actor_id: String,
    key: RsaPrivateKey,
    pub received: Arc<Mutex<Vec<Value>>>,
    /// While set, it answers 503 to everything and keeps nothing, as a server that is down.
    pub failing: Arc<std::sync::atomic::AtomicBool>,
    /// While set, it refuses (401) requests signed RFC 9421, as a server that reads only
    /// draft-cavage does, and counts them.
    pub refuses_rfc9421: Arc<std::sync::atomic::AtomicBool>,
    pub refused_rfc9421: Arc<std::sync::atomic::AtomicUsize>,
    /// Documents served at `{base}/objects/{id}`.
    pub objects: Arc<Mutex<std::collections::HashMap<String, Value>>>,
    /// The actor document it serves, and how often it was fetched.
    document: Arc<Mutex<Value>>,
    pub actor_fetches: Arc<std::sync::atomic::AtomicUsize>,
    client: reqwest::Client,
}

/// What to spoil in a signed request.
#[derive(Default, Clone, Copy)]
pub struct Spoil {
    pub body_after_signing: bool,
    pub leave_digest_unsigned: bool,
    pub date_hours_ago: i64,
    pub wrong_key: bool,
}

impl Remote {
    pub async fn start() -> Remote {
        Remote::start_as("Person").await
    }

    /// A remote actor of another type (a `Group`, say), serving its objects from `objects`.
    pub async fn start_as(kind: &str) -> Remote {
        Remote::start_with(kind, json!({})).await
    }

    /// Like `start_as`, with `extra` fields set on the actor's document.
    pub async fn start_with(kind: &str, extra: Value) -> Remote {
        let keypair = generate_actor_keypair().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://localhost:{}", listener.local_addr().unwrap().port());
        let actor_id = format!("{base}/actor");
        let document = json!({
            "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
            "id": actor_id, "type": kind, "preferredUsername": "remote",
            "followers": format!("{base}/followers"),
            "name": "Remote <b>Tester</b>", "summary": "<p>Hi<script>alert(1)</script></p>",
            "inbox": format!("{base}/inbox"),
            "publicKey": {"id": format!("{actor_id}#main-key"), "owner": actor_id, "publicKeyPem": keypair.public_key},
        });
        let mut document = document;
        for (key, value) in extra.as_object().into_iter().flatten() {
            document[key] = value.clone();
        }
        let document = Arc::new(Mutex::new(document));
        let actor_fetches: Arc<std::sync::atomic::AtomicUsize> = Arc::default();
        let received = Arc::new(Mutex::new(Vec::new()));
        let failing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let refuses_rfc9421 = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let refused_rfc9421: Arc<std::sync::atomic::AtomicUsize> = Arc::default();
        let objects: Arc<Mutex<std::collections::HashMap<String, Value>>> = Arc::default();
        let webfinger = json!({"subject": format!("acct:remote@{}", base.trim_start_matches("http://")),
            "links": [{"rel": "self", "type": "application/activity+json", "href": actor_id}]});
        let app = Router::new()
            .route(
                "/objects/{id}",
                get({
                    let objects = objects.clone();
                    move |axum::extract::Path(id): axum::extract::Path<String>| async move {
                        match objects.lock().unwrap().get(&id).cloned() {
                            Some(object) => {
                                ([(header::CONTENT_TYPE, "application/activity+json")], Json(object)).into_response()
                            }
                            None => axum::http::StatusCode::NOT_FOUND.into_response(),
                        }
                    }
                }),
            )
            .route(
                "/.well-known/webfinger",
                get(move || async move {
                    ([(header::CONTENT_TYPE, "application/jrd+json")], Json(webfinger)).into_response()
                }),
            )
            .route(
                "/actor",
                get(|State((doc, fetches)): State<(Arc<Mutex<Value>>, Arc<std::sync::atomic::AtomicUsize>)>| async move {
                    fetches.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let doc = doc.lock().unwrap().clone();
                    ([(header::CONTENT_TYPE, "application/activity+json")], Json(doc)).into_response()
                }),
            )
            .with_state((document.clone(), actor_fetches.clone()))
            .route(
                "/inbox",
                axum::routing::post({
                    let received = received.clone();
                    move |body: String| async move {
                        received.lock().unwrap().push(serde_json::from_str(&body).unwrap_or(Value::Null));
                        axum::http::StatusCode::ACCEPTED
                    }
                }),
            )
            .layer(axum::middleware::from_fn({
                let (failing, refuses, refused) = (failing.clone(), refuses_rfc9421.clone(), refused_rfc9421.clone());
                move |request: axum::extract::Request, next: axum::middleware::Next| {
                    let down = failing.load(std::sync::atomic::Ordering::SeqCst);
                    let refuse = refuses.load(std::sync::atomic::Ordering::SeqCst)
                        && request.headers().contains_key("signature-input");
                    if refuse {
                        refused.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                    async move {
                        match (down, refuse) {
                            (true, _) => axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response(),
                            (_, true) => axum::http::StatusCode::UNAUTHORIZED.into_response(),
                            _ => next.run(request).await,
                        }
                    }
                }
            }));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Remote {
            base,
            actor_id,
            key: RsaPrivateKey::from_pkcs8_pem(&keypair.private_key).unwrap(),
            received,
            failing,
            refuses_rfc9421,
            refused_rfc9421,
            objects,
            document,
            actor_fetches,
            // A fresh connection per request: a refused oversized body leaves its connection closed.
            client: reqwest::Client::builder().pool_max_idle_per_host(0).build().unwrap(),
        }
    }

    /// Replaces its key with a new one, as a server rotating its keys does: the actor document
    /// serves the new public key and what it signs from now on is signed with the new key.
    pub fn rotate_key(&mut self) {
        let keypair = generate_actor_keypair().unwrap();
        self.document.lock().unwrap()["publicKey"]["publicKeyPem"] = json!(keypair.public_key);
        self.key = RsaPrivateKey::from_pkcs8_pem(&keypair.private_key).unwrap();
    }

    pub fn activity(&self, kind: &str, object: Value) -> Value {
        json!({
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": format!("{}/activities/{}", self.base, random_hex(8)),
            "type": kind, "actor": self.actor_id, "object": object,
        })
    }

    /// POSTs `body` to `inbox` with a draft-cavage signature, spoiled as asked.
    pub async fn post(&self, inbox: &str, body: &str, spoil: Spoil) -> reqwest::Response {
        self.try_post(inbox, body, spoil).await.unwrap()
    }

    /// Like `post`, without insisting that the whole body was written: a server that refuses a
    /// body by its length answers and closes before the client has finished sending.
    pub async fn try_post(&self, inbox: &str, body: &str, spoil: Spoil) -> reqwest::Result<reqwest::Response> {
        self.signed_post(&self.actor_id, inbox, body, spoil).await
    }

    /// POSTs `body` signed as `signer`, another actor of this server whose document (served from
    /// `objects`) carries this server's key, as [`Remote::public_key`] gives it.
    pub async fn post_as(&self, signer: &str, inbox: &str, body: &str) -> reqwest::Response {
        self.signed_post(signer, inbox, body, Spoil::default()).await.unwrap()
    }

    /// The `publicKey` of an actor document for `owner`, another actor of this server.
    pub fn public_key(&self, owner: &str) -> Value {
        let pem = self.document.lock().unwrap()["publicKey"]["publicKeyPem"].clone();
        json!({"id": format!("{owner}#main-key"), "owner": owner, "publicKeyPem": pem})
    }

    async fn signed_post(
        &self,
        signer: &str,
        inbox: &str,
        body: &str,
        spoil: Spoil,
    ) -> reqwest::Result<reqwest::Response> {
        let url = url::Url::parse(inbox).unwrap();
        let host = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap());
        let date = (chrono::Utc::now() - chrono::Duration::hours(spoil.date_hours_ago))
            .format("%a, %d %b %Y %H:%M:%S GMT")
            .to_string();
        let digest = format!("SHA-256={}", STANDARD.encode(Sha256::digest(body.as_bytes())));
        let (names, signing) = if spoil.leave_digest_unsigned {
            ("(request-target) host date", format!("(request-target): post {}\nhost: {host}\ndate: {date}", url.path()))
        } else {
            (
                "(request-target) host date digest",
                format!("(request-target): post {}\nhost: {host}\ndate: {date}\ndigest: {digest}", url.path()),
            )
        };
        let key = if spoil.wrong_key {
            RsaPrivateKey::from_pkcs8_pem(&generate_actor_keypair().unwrap().private_key).unwrap()
        } else {
            self.key.clone()
        };
        let signature =
            STANDARD.encode(key.sign(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(signing.as_bytes())).unwrap());
        let header =
            format!(r#"keyId="{signer}#main-key",algorithm="rsa-sha256",headers="{names}",signature="{signature}""#);
        let sent_body = if spoil.body_after_signing { body.replace("\"type\"", "\"type\" ") } else { body.to_string() };
        self.client
            .post(inbox)
            .header("content-type", "application/activity+json")
            .header("date", date)
            .header("digest", digest)
            .header("signature", header)
            .body(sent_body)
            .send()
            .await
    }

    /// POSTs `body` to `inbox` with an RFC 9421 signature as Fedify makes it (`@method`,
    /// `@target-uri`, `@authority`, `host`, `date`, `content-digest`), spoiled as asked.
    pub async fn post_rfc9421(&self, inbox: &str, body: &str, spoil: Spoil) -> reqwest::Response {
        let url = url::Url::parse(inbox).unwrap();
        let authority = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap());
        let when = chrono::Utc::now() - chrono::Duration::hours(spoil.date_hours_ago);
        let date = when.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
        let digest = format!("sha-256=:{}:", STANDARD.encode(Sha256::digest(body.as_bytes())));
        let mut components = vec![
            ("@method", "POST".to_string()),
            ("@target-uri", inbox.to_string()),
            ("@authority", authority.clone()),
            ("host", authority),
            ("date", date.clone()),
        ];
        if !spoil.leave_digest_unsigned {
            components.push(("content-digest", digest.clone()));
        }
        let names: Vec<String> = components.iter().map(|(name, _)| format!("\"{name}\"")).collect();
        let params = format!(
            "({});alg=\"rsa-v1_5-sha256\";keyid=\"{}#main-key\";created={}",
            names.join(" "),
            self.actor_id,
            when.timestamp()
        );
        let mut base: String = components.iter().map(|(name, value)| format!("\"{name}\": {value}\n")).collect();
        base.push_str(&format!("\"@signature-params\": {params}"));
        let key = if spoil.wrong_key {
            RsaPrivateKey::from_pkcs8_pem(&generate_actor_keypair().unwrap().private_key).unwrap()
        } else {
            self.key.clone()
        };
        let signature =
            STANDARD.encode(key.sign(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(base.as_bytes())).unwrap());
        let sent_body = if spoil.body_after_signing { body.replace("\"type\"", "\"type\" ") } else { body.to_string() };
        self.client
            .post(inbox)
            .header("content-type", "application/activity+json")
            .header("date", date)
            .header("content-digest", digest)
            .header("signature-input", format!("sig1={params}"))
            .header("signature", format!("sig1=:{signature}:"))
            .body(sent_body)
            .send()
            .await
            .unwrap()
    }

    pub fn received_of_type(&self, kind: &str) -> Vec<Value> {
        self.received.lock().unwrap().iter().filter(|v| v["type"] == kind).cloned().collect()
    }
}

/// An API call with a bearer token: the status and the JSON body (`null` when there is none).
pub async fn api(node: &TestNode, token: &str, method: reqwest::Method, path: &str, body: Value) -> (u16, Value) {
    let response = node.client.request(method, node.url(path)).bearer_auth(token).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Polls `check` for up to ten seconds.
pub async fn eventually<F: AsyncFnMut() -> bool>(what: &str, mut check: F) {
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for: {what}");
}
