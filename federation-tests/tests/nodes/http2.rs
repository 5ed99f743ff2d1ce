//! HTTP/2 where the other side offers it (negotiated over TLS by ALPN): Cairn's https pages
//! answer HTTP/2 clients, and its deliveries reach a server that offers HTTP/2 over it.

use axum::{Router, extract::State, http::StatusCode, routing::post};
use federation_tests::{Backend, Node, Options, TestCa, eventually};
use serde_json::json;
use std::sync::{Arc, Mutex};

#[tokio::test(flavor = "multi_thread")]
async fn pages_and_deliveries_use_http2_where_offered() {
    let ca = TestCa::new();
    let lyon = Node::start_with("Lyon", Backend::Sqlite, Options { tls: Some(&ca), ..Default::default() }).await;
    let page = lyon.client.get(lyon.url("/nodeinfo/2.1")).send().await.unwrap();
    assert_eq!(page.version(), reqwest::Version::HTTP_2, "an HTTP/2 client is answered in HTTP/2");
    let old = reqwest::Client::builder().add_root_certificate(ca.reqwest_root()).http1_only().build().unwrap();
    let page = old.get(lyon.url("/nodeinfo/2.1")).send().await.unwrap();
    assert_eq!((page.status().as_u16(), page.version()), (200, reqwest::Version::HTTP_11), "and HTTP/1.1 still works");

    // A follower's server that speaks HTTP/2 and HTTP/1.1, for `localhost`, with the same CA.
    let versions: Arc<Mutex<Vec<axum::http::Version>>> = Arc::default();
    let app = Router::new()
        .route(
            "/inbox",
            post(|State(versions): State<Arc<Mutex<Vec<axum::http::Version>>>>, request: axum::extract::Request| async move {
                versions.lock().unwrap().push(request.version());
                StatusCode::ACCEPTED
            }),
        )
        .with_state(versions.clone());
    let tls = cairn::tls::server_config(&ca.cert_pem().display().to_string(), &ca.key_pem().display().to_string());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let inbox = format!("https://localhost:{}/inbox", listener.local_addr().unwrap().port());
    let listener = cairn::tls::TlsListener::new(listener, tls.unwrap()).unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    lyon.add_followers("city", std::slice::from_ref(&inbox)).await;

    let token = lyon.user("ana");
    for n in 0..2 {
        let case_study = json!({"kind": "case_study", "title": format!("Illustrative case study {n}"),
            "summary": "Illustrative demo content, not a real result.", "body": "Illustrative demo text.",
            "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"], "country": "FR", "city": "Lyon"});
        let (status, body) = lyon.send(reqwest::Method::POST, &token, "/api/v1/resources", case_study).await;
        assert_eq!(status, 201, "{body}");
    }
    eventually("both announcements reach the follower's server", async || versions.lock().unwrap().len() == 2).await;
    let versions = versions.lock().unwrap().clone();
    assert!(versions.iter().all(|v| *v == axum::http::Version::HTTP_2), "{versions:?}\n{}", lyon.log());
}
