//! What a public node refuses: unsafe links, framing and sniffing, and requests that a remote
//! server tries to bend toward internal addresses.

use crate::common::{Remote, Spoil, TestNode};
use axum::{Router, http::header, response::IntoResponse, routing::get};
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread")]
async fn every_response_carries_the_security_headers() {
    let node = TestNode::start().await;
    for path in ["/", "/knowledge", "/api/v1/resources", "/no-such-page", "/users/city", "/static/cairn.css"] {
        let response = node.client.get(node.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers.get("content-security-policy").map(|v| v.to_str().unwrap()).unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline") && !csp.contains("script-src"), "{path}: no script at all: {csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "same-origin", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        // This test node is served over plain http on loopback: no HSTS there.
        assert!(headers.get("strict-transport-security").is_none(), "{path}");
    }
    let page = node.client.get(node.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("<script") && !page.contains(" style="), "pages need no inline script or style");
}

#[tokio::test(flavor = "multi_thread")]
async fn links_that_are_not_web_links_are_never_kept_or_drawn() {
    let node = TestNode::start().await;
    let remote = Remote::start_with(
        "Person",
        json!({"url": "javascript:alert(document.cookie)", "icon": {"type": "Image", "url": "data:image/svg+xml,<svg onload=alert(1)>"}}),
    )
    .await;
    let follow = remote.activity("Follow", json!(node.url("/users/city")));
    let response = remote.post(&node.url("/users/city/inbox"), &follow.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 202);
    let stored = cairn::db::actors::by_ap_id(&node.state.db, &remote.actor_id).await.unwrap().unwrap();
    assert_eq!((stored.profile_url, stored.avatar_url), (None, None));

    // An app registered with a `javascript:` website keeps no website.
    let app: Value = node
        .client
        .post(node.url("/api/v1/apps"))
        .json(&json!({"client_name": "Evil", "redirect_uris": "urn:ietf:wg:oauth:2.0:oob", "website": "javascript:alert(1)"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(app["website"], Value::Null, "{app}");

    // A person's own input is held to the same rule, with a clear error.
    let token = node.user_with_token("anna").await;
    let response = node
        .client
        .patch(node.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"avatar_url": "javascript:alert(1)"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);

    for path in ["/directory", "/@city/followers", "/api/v1/me/followers"] {
        let body = node.client.get(node.url(path)).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        assert!(!body.contains("javascript:") && !body.contains("data:image"), "{path}: {body}");
    }
}

/// A server on loopback that redirects each path to an address a node must never request.
async fn redirector() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://localhost:{}", listener.local_addr().unwrap().port());
    let to = |location: &'static str| {
        get(move || async move { (axum::http::StatusCode::FOUND, [(header::LOCATION, location)]).into_response() })
    };
    let app = Router::new()
        .route("/metadata", to("http://169.254.169.254/latest/meta-data/"))
        .route("/private", to("https://10.0.0.1/admin"))
        .route("/mapped", to("https://[::ffff:10.0.0.1]/admin"))
        .route("/port", to("https://lyon.example:8443/users/city"))
        .route("/scheme", to("file:///etc/passwd"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

#[tokio::test(flavor = "multi_thread")]
async fn redirects_toward_internal_addresses_are_refused_with_a_generic_reason() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let base = redirector().await;
    for path in ["/metadata", "/private", "/mapped", "/port", "/scheme"] {
        let response = node
            .client
            .get(node.url("/api/v1/lookup"))
            .query(&[("q", format!("{base}{path}"))])
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let error: Value = response.json().await.unwrap();
        assert!(matches!(status, 403 | 502), "{path}: {status} {error}");
        let message = error["message"].as_str().unwrap();
        for leak in ["169.254", "10.0.0.1", "8443", "passwd", "private address"] {
            assert!(!message.contains(leak), "{path}: the reason must stay generic: {message}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_eleventh_bad_password_in_a_minute_waits_while_others_still_log_in() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    node.user_with_token("ben").await;
    let token = |username: &str, password: &str| {
        node.client.post(node.url("/api/v1/auth/token")).json(&json!({"username": username, "password": password}))
    };
    for attempt in 1..=10 {
        let response = token("anna", "not her password").send().await.unwrap();
        assert_eq!(response.status(), 401, "attempt {attempt}");
    }
    let refused = token("anna", "not her password").send().await.unwrap();
    assert_eq!(refused.status(), 429);
    let wait: u64 = refused.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let error: Value = refused.json().await.unwrap();
    assert_eq!(error["error"], "too_many_requests", "{error}");
    // Even the right password waits: guessing must not tell when it hit.
    let right = token("anna", crate::common::PASSWORD).send().await.unwrap();
    assert_eq!(right.status(), 429);
    let other = token("ben", crate::common::PASSWORD).send().await.unwrap();
    assert_eq!(other.status(), 200, "another account still logs in from the same address");

    // On the web, the same limit is a styled page with the same header.
    let csrf = node.csrf("/login").await;
    let page = node
        .client
        .post(node.url("/login"))
        .form(&[("csrf", csrf.as_str()), ("username", "anna"), ("password", "again not it")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 429);
    assert!(page.headers().contains_key("retry-after"));
    let html = page.text().await.unwrap();
    assert!(html.contains("<html") && html.contains("Too many log-in attempts"), "{html}");
}
