//! An attacker host on the production-mode test network (`attacker.test`, served by this test
//! process over https) tries to make a node request internal services, plant script links, and
//! keep a backfill going for ever. An internal service inside the network (loopback and a
//! private address, named `internal.test`) logs every connection it gets: it must get none.
//! Only meaningful in production mode, so these tests need the network (always there in CI).

use axum::{
    Json, Router,
    extract::Path,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::STANDARD};
use federation_tests::{Backend, Node, Options, TestNetwork, eventually};
use reqwest::Method;
use rsa::{
    Pkcs1v15Sign, RsaPrivateKey,
    pkcs8::{EncodePublicKey, LineEnding},
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::{
    process::{Child, Command},
    sync::Arc,
    time::Duration,
};

const ATTACKER: &str = "https://attacker.test";

/// Services inside the network that no node may reach: they log every connection.
struct InternalService {
    log: std::path::PathBuf,
    child: Child,
    _dir: tempfile::TempDir,
}

impl InternalService {
    fn start(network: &TestNetwork, private_address: &str) -> InternalService {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("connections.log");
        let script = r#"
import socket, sys, threading
log = open(sys.argv[1], "a", buffering=1)
def serve(host, port):
    s = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((host, port)); s.listen()
    while True:
        c, a = s.accept(); log.write(f"{host}:{port} from {a[0]}\n"); c.close()
for spec in sys.argv[2:]:
    host, port = spec.rsplit(":", 1)
    threading.Thread(target=serve, args=(host, int(port)), daemon=True).start()
open(sys.argv[1] + ".ready", "w").close()
threading.Event().wait()
"#;
        let child = Command::new("ip")
            .args(["netns", "exec", network.namespace(), "python3", "-c", script])
            .arg(&log)
            .args(["127.0.0.1:443", "127.0.0.1:80", "::1:443", &format!("{private_address}:443")])
            .spawn()
            .expect("python3 runs");
        let ready = log.with_extension("log.ready");
        for _ in 0..100 {
            if ready.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(ready.exists(), "the internal service did not start");
        InternalService { log, child, _dir: dir }
    }

    fn connections(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for InternalService {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The attacker's actor and key.
struct Attacker {
    key: RsaPrivateKey,
    public_pem: String,
    /// What nodes delivered to the attacker's inbox.
    received: std::sync::Mutex<Vec<Value>>,
}

fn actor(attacker: &Attacker, name: &str) -> Value {
    let id = format!("{ATTACKER}/users/{name}");
    json!({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": id, "type": "Person", "preferredUsername": name, "name": "Not a city",
        // The staller's inbox accepts connections and never answers.
        "inbox": format!("{ATTACKER}/{}", if name == "staller" { "stall" } else { "inbox" }),
        "outbox": format!("{ATTACKER}/outbox"),
        "url": "javascript:alert(document.cookie)",
        "publicKey": {"id": format!("{id}#main-key"), "owner": id, "publicKeyPem": attacker.public_pem},
    })
}

fn activity_json(value: Value) -> Response {
    ([(header::CONTENT_TYPE, "application/activity+json")], Json(value)).into_response()
}

fn redirect(location: &'static str) -> axum::routing::MethodRouter {
    get(move || async move { (StatusCode::FOUND, [(header::LOCATION, location)]).into_response() })
}

/// Serves attacker.test at the network's gateway, port 443, with the network's certificate.
async fn serve_attacker(network: &TestNetwork, attacker: Arc<Attacker>) {
    network.map("attacker.test", &network.gateway().to_string());
    let outbox_page = |n: u64| {
        json!({
            "@context": "https://www.w3.org/ns/activitystreams",
            "id": format!("{ATTACKER}/outbox/page/{n}"), "type": "OrderedCollectionPage",
            "partOf": format!("{ATTACKER}/outbox"),
            "next": format!("{ATTACKER}/outbox/page/{}", n + 1),
            "orderedItems": [],
        })
    };
    let app = Router::new()
        .route(
            "/users/{name}",
            get({
                let attacker = attacker.clone();
                move |Path(name): Path<String>| async move { activity_json(actor(&attacker, &name)) }
            }),
        )
        .route(
            "/outbox",
            get(|| async {
                activity_json(json!({
                    "@context": "https://www.w3.org/ns/activitystreams", "id": format!("{ATTACKER}/outbox"),
                    "type": "OrderedCollection", "first": format!("{ATTACKER}/outbox/page/0"),
                }))
            }),
        )
        .route("/outbox/page/{n}", get(move |Path(n): Path<u64>| async move { activity_json(outbox_page(n)) }))
        .route(
            "/inbox",
            post({
                let attacker = attacker.clone();
                move |body: String| async move {
                    attacker.received.lock().unwrap().push(serde_json::from_str(&body).unwrap_or_default());
                    StatusCode::ACCEPTED
                }
            }),
        )
        .route("/stall", post(std::future::pending::<StatusCode>))
        .route("/redirect/loopback", redirect("https://127.0.0.1/secret"))
        .route("/redirect/loopback-http", redirect("http://127.0.0.1:80/secret"))
        .route("/redirect/mapped", redirect("https://[::ffff:127.0.0.1]/secret"))
        .route("/redirect/ipv6", redirect("https://[::1]/secret"))
        .route("/redirect/internal-name", redirect("https://internal.test/secret"));
    let tcp = tokio::net::TcpListener::bind((network.gateway(), 443)).await.unwrap();
    let ca = &network.ca;
    let tls =
        cairn::tls::server_config(&ca.cert_pem().display().to_string(), &ca.key_pem().display().to_string()).unwrap();
    let listener = cairn::tls::TlsListener::new(tcp, tls).unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
}

/// POSTs `activity` to `inbox` signed by the attacker with `key_id` (draft-cavage, as Mastodon).
async fn post_signed(node: &Node, attacker: &Attacker, key_id: &str, inbox: &str, activity: &Value) -> u16 {
    let body = activity.to_string();
    let url = url::Url::parse(inbox).unwrap();
    let date = chrono::Utc::now().format("%a, %d %b %Y %H:%M:%S GMT").to_string();
    let digest = format!("SHA-256={}", STANDARD.encode(Sha256::digest(body.as_bytes())));
    let signing = format!(
        "(request-target): post {}\nhost: {}\ndate: {date}\ndigest: {digest}",
        url.path(),
        url.host_str().unwrap()
    );
    let signature = attacker.key.sign(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(signing.as_bytes())).unwrap();
    let header = format!(
        r#"keyId="{key_id}",algorithm="rsa-sha256",headers="(request-target) host date digest",signature="{}""#,
        STANDARD.encode(signature)
    );
    let response = node
        .client
        .post(inbox)
        .header("content-type", "application/activity+json")
        .header("date", date)
        .header("digest", digest)
        .header("signature", header)
        .body(body)
        .send()
        .await
        .unwrap();
    response.status().as_u16()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_attacker_on_the_network_cannot_reach_inside_nor_plant_links_nor_backfill_for_ever() {
    let Some(network) = TestNetwork::new() else { return };
    let private = "10.255.0.1";
    network.add_address(&format!("{private}/32"));
    network.map("internal.test", private);
    let internal = InternalService::start(&network, private);
    let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
    let public_pem = key.to_public_key().to_public_key_pem(LineEnding::LF).unwrap();
    let attacker = Arc::new(Attacker { key, public_pem, received: Default::default() });
    serve_attacker(&network, attacker.clone()).await;
    let options = Options {
        host: Some((&network, "lyon.test")),
        env: vec![("CAIRN_FEDERATION_BACKFILL_MAX_PAGES", "5".into())],
        ..Default::default()
    };
    let lyon = Node::start_with("Lyon", Backend::Sqlite, options).await;
    let curator = lyon.admin("curator");

    // Lookups that a redirect, a literal or a name would turn toward the inside.
    for target in [
        format!("{ATTACKER}/redirect/loopback"),
        format!("{ATTACKER}/redirect/loopback-http"),
        format!("{ATTACKER}/redirect/mapped"),
        format!("{ATTACKER}/redirect/ipv6"),
        format!("{ATTACKER}/redirect/internal-name"),
        "https://internal.test/users/admin".into(),
        "https://127.0.0.1/users/admin".into(),
        "https://[::ffff:127.0.0.1]/users/admin".into(),
        "@admin@internal.test".into(),
    ] {
        let response =
            lyon.client.get(lyon.url("/api/v1/lookup")).query(&[("q", &target)]).bearer_auth(&curator).send().await;
        let response = response.unwrap();
        let status = response.status().as_u16();
        let error: Value = response.json().await.unwrap();
        assert!(matches!(status, 403 | 404 | 422 | 502), "{target}: {status} {error}");
        let message = error["message"].as_str().unwrap_or_default();
        assert!(!message.contains("127.0.0.1") && !message.contains(private), "{target}: generic reason: {message}");
    }

    // A keyId pointing inside: refused with 401, and nothing is fetched from there.
    let follow = json!({
        "@context": "https://www.w3.org/ns/activitystreams", "id": format!("{ATTACKER}/follows/1"),
        "type": "Follow", "actor": format!("{ATTACKER}/users/mallory"), "object": lyon.actor_id("city"),
    });
    for key_id in ["https://internal.test/users/admin#main-key", "https://127.0.0.1/users/admin#main-key"] {
        let status = post_signed(&lyon, &attacker, key_id, &lyon.url("/users/city/inbox"), &follow).await;
        assert_eq!(status, 401, "{key_id}");
    }
    assert_eq!(internal.connections(), "", "the internal service was reached");

    // A script link in the attacker's actor is dropped on the way in.
    let key_id = format!("{ATTACKER}/users/mallory#main-key");
    let status = post_signed(&lyon, &attacker, &key_id, &lyon.url("/users/city/inbox"), &follow).await;
    assert_eq!(status, 202);
    for path in ["/@city/followers", "/directory", "/api/v1/directory"] {
        let page = lyon.client.get(lyon.url(path)).bearer_auth(&curator).send().await.unwrap().text().await.unwrap();
        assert!(!page.contains("javascript:"), "{path}: {page}");
    }

    // A stalling inbox holds up only itself: the Accept for a Follow that came after the
    // staller's reaches its (answering) inbox at once.
    let follow_of = |name: &str, n: u32| {
        json!({
            "@context": "https://www.w3.org/ns/activitystreams", "id": format!("{ATTACKER}/follows/{name}/{n}"),
            "type": "Follow", "actor": format!("{ATTACKER}/users/{name}"), "object": lyon.actor_id("city"),
        })
    };
    let inbox = lyon.url("/users/city/inbox");
    let key = |name: &str| format!("{ATTACKER}/users/{name}#main-key");
    assert_eq!(post_signed(&lyon, &attacker, &key("staller"), &inbox, &follow_of("staller", 1)).await, 202);
    let started = std::time::Instant::now();
    assert_eq!(post_signed(&lyon, &attacker, &key("carol"), &inbox, &follow_of("carol", 1)).await, 202);
    eventually("carol's Accept arrives although the staller's inbox hangs", async || {
        let received = attacker.received.lock().unwrap();
        received.iter().any(|a| a["type"] == "Accept" && a["object"]["id"] == format!("{ATTACKER}/follows/carol/1"))
    })
    .await;
    assert!(started.elapsed() < Duration::from_secs(5), "waited {:?}", started.elapsed());

    // A note whose `url` is a script link: kept (it mentions someone here), the link is not.
    let anna = lyon.user("anna");
    let note = json!({
        "@context": "https://www.w3.org/ns/activitystreams", "id": format!("{ATTACKER}/creates/1"),
        "type": "Create", "actor": format!("{ATTACKER}/users/mallory"),
        "to": [lyon.actor_id("anna")],
        "object": {
            "id": format!("{ATTACKER}/notes/1"), "type": "Note", "attributedTo": format!("{ATTACKER}/users/mallory"),
            "to": [lyon.actor_id("anna")], "content": "<p>Hi <a href=\"javascript:alert(1)\">anna</a></p>",
            "url": "javascript://attacker.test/%0aalert(document.cookie)",
            "tag": [{"type": "Mention", "href": lyon.actor_id("anna")}],
        },
    });
    assert_eq!(post_signed(&lyon, &attacker, &key("mallory"), &lyon.url("/inbox"), &note).await, 202);
    let notifications = lyon.get(&anna, "/api/v1/notifications").await;
    let post_id = notifications["items"][0]["post_id"].as_i64().expect("anna is told of the note");
    let post = format!("/api/v1/posts/{post_id}");
    assert!(lyon.get(&anna, &post).await.to_string().contains("notes/1"), "the note is kept");
    for path in ["/api/v1/notifications", "/api/v1/timelines/home", post.as_str()] {
        let body = lyon.get(&anna, path).await.to_string();
        assert!(!body.contains("javascript:"), "{path}: {body}");
    }
    let page = lyon.client.get(lyon.url(&format!("/posts/{post_id}"))).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("javascript:"), "{page}");

    // An endless outbox: the backfill stops at the configured cap and says so.
    let (status, body) = lyon
        .send(
            Method::POST,
            &curator,
            "/api/v1/admin/subscriptions",
            json!({"target": format!("{ATTACKER}/users/relay")}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let mut follow_id = Value::Null;
    eventually("the subscription's Follow reaches the attacker", async || {
        let received = attacker.received.lock().unwrap();
        let follow =
            received.iter().find(|a| a["type"] == "Follow" && a["object"] == format!("{ATTACKER}/users/relay"));
        follow_id = follow.map(|f| f["id"].clone()).unwrap_or_default();
        !follow_id.is_null()
    })
    .await;
    let accept = json!({
        "@context": "https://www.w3.org/ns/activitystreams", "id": format!("{ATTACKER}/accepts/1"),
        "type": "Accept", "actor": format!("{ATTACKER}/users/relay"), "object": follow_id,
    });
    let key_id = format!("{ATTACKER}/users/relay#main-key");
    let status = post_signed(&lyon, &attacker, &key_id, &lyon.url("/inbox"), &accept).await;
    assert_eq!(status, 202);
    eventually("the backfill stops after five pages", async || {
        let items = lyon.get(&curator, "/api/v1/admin/subscriptions").await["items"].clone();
        items[0]["backfill"]["error"].as_str().is_some_and(|e| e.contains("stopped after 5 pages"))
    })
    .await;
    assert_eq!(internal.connections(), "", "the internal service was reached");
}
