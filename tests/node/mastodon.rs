use crate::common::TestNode;
use serde_json::{Value, json};

const OOB: &str = "urn:ietf:wg:oauth:2.0:oob";

pub(crate) async fn app(node: &TestNode, scopes: &str) -> (String, String) {
    let response = node
        .client
        .post(node.url("/api/v1/apps"))
        .form(&[("client_name", "Test app"), ("redirect_uris", OOB), ("scopes", scopes)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let app: Value = response.json().await.unwrap();
    (app["client_id"].as_str().unwrap().to_string(), app["client_secret"].as_str().unwrap().to_string())
}

async fn password_token(node: &TestNode, client: &(String, String), username: &str, scope: &str) -> reqwest::Response {
    node.client
        .post(node.url("/oauth/token"))
        .form(&[
            ("grant_type", "password"),
            ("client_id", client.0.as_str()),
            ("client_secret", client.1.as_str()),
            ("username", username),
            ("password", "a long enough passphrase 42"),
            ("scope", scope),
        ])
        .send()
        .await
        .unwrap()
}

pub(crate) async fn token(node: &TestNode, client: &(String, String), scope: &str) -> String {
    let response = password_token(node, client, "anna@city.example", scope).await;
    assert_eq!(response.status(), 200);
    response.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_string()
}

pub(crate) async fn call(
    node: &TestNode,
    method: reqwest::Method,
    token: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let response = node.client.request(method, node.url(path)).bearer_auth(token).form(form).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn oauth_refuses_what_it_should() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let client = app(&node, "read write").await;

    let wrong_secret = password_token(&node, &(client.0.clone(), "nope".into()), "anna", "read").await;
    assert_eq!(wrong_secret.status(), 401);
    assert_eq!(wrong_secret.json::<Value>().await.unwrap()["error"], "invalid_client");
    let wrong_password = node
        .client
        .post(node.url("/oauth/token"))
        .form(&[
            ("grant_type", "password"),
            ("client_id", &client.0),
            ("client_secret", &client.1),
            ("username", "anna"),
            ("password", "nope"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_password.status(), 400);
    assert_eq!(wrong_password.json::<Value>().await.unwrap()["error"], "invalid_grant");
    assert_eq!(
        password_token(&node, &client, "anna", "follow").await.status(),
        400,
        "a scope the app did not register"
    );

    // The code flow: the page, the code, one exchange only, with the registered redirect URI.
    let bad_redirect = node
        .client
        .get(node.url("/oauth/authorize"))
        .query(&[
            ("client_id", client.0.as_str()),
            ("redirect_uri", "https://evil.example/cb"),
            ("response_type", "code"),
            ("scope", "read"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(bad_redirect.status(), 422);
    let csrf = node
        .csrf(&format!("/oauth/authorize?client_id={}&redirect_uri={OOB}&response_type=code&scope=read", client.0))
        .await;
    let form = [
        ("csrf", csrf.as_str()),
        ("client_id", client.0.as_str()),
        ("redirect_uri", OOB),
        ("response_type", "code"),
        ("scope", "read"),
        ("username", "anna"),
        ("password", "wrong"),
        ("decision", "approve"),
    ];
    let refused = node.client.post(node.url("/oauth/authorize")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 401);
    let mut form = form.to_vec();
    form[6] = ("password", "a long enough passphrase 42");
    let page = node.client.post(node.url("/oauth/authorize")).form(&form).send().await.unwrap().text().await.unwrap();
    let start = page.find("<code id=\"code\">").expect("the code is shown") + 16;
    let code = &page[start..start + page[start..].find('<').unwrap()];
    let exchange = || {
        node.client
            .post(node.url("/oauth/token"))
            .json(&json!({"grant_type": "authorization_code", "client_id": client.0, "client_secret": client.1, "code": code, "redirect_uri": OOB}))
            .send()
    };
    let first = exchange().await.unwrap();
    assert_eq!(first.status(), 200);
    let granted: Value = first.json().await.unwrap();
    assert_eq!(granted["scope"], "read");
    assert_eq!(exchange().await.unwrap().status(), 400, "a code works once");

    // A read token reads but does not write; a revoked token is refused with Mastodon's shape.
    let reader = granted["access_token"].as_str().unwrap().to_string();
    let (status, me) = call(&node, reqwest::Method::GET, &reader, "/api/v1/accounts/verify_credentials", &[]).await;
    assert_eq!((status, me["username"].as_str()), (200, Some("anna")));
    let (status, error) = call(&node, reqwest::Method::POST, &reader, "/api/v1/statuses", &[("status", "hi")]).await;
    assert_eq!(status, 403);
    assert!(error["error"].as_str().unwrap().contains("outside the authorized scopes"));
    let revoked = node
        .client
        .post(node.url("/oauth/revoke"))
        .form(&[("client_id", &client.0), ("client_secret", &client.1), ("token", &reader)])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    let (status, error) = call(&node, reqwest::Method::GET, &reader, "/api/v1/accounts/verify_credentials", &[]).await;
    assert_eq!((status, error["error"].as_str()), (401, Some("The access token is invalid")));
}

#[tokio::test(flavor = "multi_thread")]
async fn statuses_timelines_and_accounts_in_mastodon_shapes() {
    let node = TestNode::start().await;
    let cairn_token = node.user_with_token("anna").await;
    node.user_with_token("ben").await;
    let client = app(&node, "read write follow").await;
    let token = token(&node, &client, "read write follow").await;
    let get = |path: &'static str| call(&node, reqwest::Method::GET, &token, path, &[]);

    let (status, instance) = get("/api/v2/instance").await;
    assert_eq!(status, 200);
    assert_eq!(instance["configuration"]["statuses"]["max_characters"], 5000);
    let (_, ben) = call(&node, reqwest::Method::GET, &token, "/api/v1/accounts/lookup?acct=ben", &[]).await;
    let ben_id = ben["id"].as_str().unwrap().to_string();
    let (status, relationship) =
        call(&node, reqwest::Method::POST, &token, &format!("/api/v1/accounts/{ben_id}/follow"), &[]).await;
    assert_eq!((status, relationship["following"].as_bool()), (200, Some(true)));
    let (_, relationships) =
        call(&node, reqwest::Method::GET, &token, &format!("/api/v1/accounts/relationships?id[]={ben_id}"), &[]).await;
    assert_eq!(relationships[0]["following"], true);
    assert_eq!(get("/api/v1/accounts/999999").await.0, 404);

    let (status, posted) =
        call(&node, reqwest::Method::POST, &token, "/api/v1/statuses", &[("status", "Hello #cycling")]).await;
    assert_eq!(status, 200, "{posted}");
    let id = posted["id"].as_str().unwrap().to_string();
    let (status, _) = call(
        &node,
        reqwest::Method::POST,
        &token,
        "/api/v1/statuses",
        &[("status", "secret"), ("visibility", "direct")],
    )
    .await;
    assert_eq!(status, 422);
    let (status, reply) = call(
        &node,
        reqwest::Method::POST,
        &token,
        "/api/v1/statuses",
        &[("status", "And more"), ("in_reply_to_id", id.as_str())],
    )
    .await;
    assert_eq!((status, reply["in_reply_to_id"].as_str()), (200, Some(id.as_str())));
    let (_, context) = call(
        &node,
        reqwest::Method::GET,
        &token,
        &format!("/api/v1/statuses/{}/context", reply["id"].as_str().unwrap()),
        &[],
    )
    .await;
    assert_eq!(context["ancestors"][0]["id"], id.as_str());

    // An event shows as a status with a card; it can be favourited.
    let day = (chrono::Utc::now() + chrono::Duration::days(2)).format("%Y-%m-%d").to_string();
    let event: Value = node
        .client
        .post(node.url("/api/v1/events"))
        .bearer_auth(&cairn_token)
        .json(&json!({"title": "Bike bus meetup", "description": "Illustrative.", "start": format!("{day}T10:00"), "end": format!("{day}T11:00"),
                      "timezone": "Europe/Paris", "address": "Town hall", "language": "en"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (_, public) = get("/api/v1/timelines/public?local=true").await;
    let statuses = public.as_array().unwrap();
    let event_status =
        statuses.iter().find(|s| s["card"]["title"] == "Bike bus meetup").expect("the event is a status");
    assert!(event_status["url"].as_str().unwrap().ends_with(&format!("/events/{}", event["id"])));
    let event_id = event_status["id"].as_str().unwrap().to_string();
    let (status, favourited) =
        call(&node, reqwest::Method::POST, &token, &format!("/api/v1/statuses/{event_id}/favourite"), &[]).await;
    assert_eq!(
        (status, favourited["favourited"].as_bool(), favourited["favourites_count"].as_i64()),
        (200, Some(true), Some(1))
    );
    // A page of statuses asks what they share once; each still shows its own counts.
    let (_, public) = get("/api/v1/timelines/public?local=true").await;
    let on_page = |id: &str| public.as_array().unwrap().iter().find(|s| s["id"] == id).cloned().expect("on the page");
    let event_shown = on_page(&event_id);
    assert_eq!((event_shown["favourited"].as_bool(), event_shown["favourites_count"].as_i64()), (Some(true), Some(1)));
    let post_shown = on_page(&id);
    assert_eq!((post_shown["favourited"].as_bool(), post_shown["replies_count"].as_i64()), (Some(false), Some(1)));
    let account = &post_shown["account"];
    assert_eq!((account["following_count"].as_i64(), account["followers_count"].as_i64()), (Some(1), Some(0)));

    // The shared paths: Mastodon's shape for OAuth tokens, Cairn's for Cairn tokens.
    let (_, tag) = get("/api/v1/timelines/tag/cycling").await;
    assert_eq!(tag.as_array().map(Vec::len), Some(1));
    let cairn_tag: Value = node
        .client
        .get(node.url("/api/v1/timelines/tag/cycling"))
        .bearer_auth(&cairn_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(cairn_tag["items"].is_array());
    let (status, home) = get("/api/v1/timelines/home").await;
    assert_eq!(status, 200);
    assert!(home.as_array().unwrap().len() >= 2);

    let (status, updated) = call(
        &node,
        reqwest::Method::PATCH,
        &token,
        "/api/v1/accounts/update_credentials",
        &[("display_name", "Anna B."), ("note", "Cycling lead")],
    )
    .await;
    assert_eq!((status, updated["display_name"].as_str()), (200, Some("Anna B.")));
    let (status, deleted) = call(&node, reqwest::Method::DELETE, &token, &format!("/api/v1/statuses/{id}"), &[]).await;
    assert_eq!((status, deleted["text"].as_str()), (200, Some("Hello #cycling")));
    assert_eq!(get("/api/v1/statuses/4").await.0, 404);

    // A members-only post cannot be reblogged to the public.
    node.client
        .post(node.url("/api/v1/groups"))
        .bearer_auth(&cairn_token)
        .json(&json!({"handle": "inner", "name": "Inner", "join_mode": "approval", "visibility": "members"}))
        .send()
        .await
        .unwrap();
    let inner: Value = node
        .client
        .post(node.url("/api/v1/groups/inner/posts"))
        .bearer_auth(&cairn_token)
        .json(&json!({"content": "Members only"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let status_id = (inner["id"].as_i64().unwrap() * 4).to_string();
    let (status, _) =
        call(&node, reqwest::Method::POST, &token, &format!("/api/v1/statuses/{status_id}/reblog"), &[]).await;
    assert_eq!(status, 422);
}

/// Mastodon apps report with their own form (account, statuses, category, rules); the reports
/// land in the same queue as Cairn's.
#[tokio::test(flavor = "multi_thread")]
async fn mastodon_apps_report_into_the_moderation_queue() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let alice = node.admin_with_token("alice").await;
    let (status, _) = crate::common::api(
        &node,
        &alice,
        reqwest::Method::PUT,
        "/api/v1/admin/node/rules",
        json!({"rules": ["Be kind.", "No advertising."]}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, post) =
        crate::common::api(&node, &ben, reqwest::Method::POST, "/api/v1/posts", json!({"content": "Buy now"})).await;
    assert_eq!(status, 201, "{post}");
    let client = app(&node, "read write").await;
    let token = token(&node, &client, "read write").await;
    let (_, ben_account) = call(&node, reqwest::Method::GET, &token, "/api/v1/accounts/lookup?acct=ben", &[]).await;
    let (_, statuses) = call(
        &node,
        reqwest::Method::GET,
        &token,
        &format!("/api/v1/accounts/{}/statuses", ben_account["id"].as_str().unwrap()),
        &[],
    )
    .await;
    let status_id = statuses[0]["id"].as_str().unwrap().to_string();
    let form = [
        ("account_id", ben_account["id"].as_str().unwrap()),
        ("status_ids[]", status_id.as_str()),
        ("comment", "An advert"),
        ("category", "violation"),
        ("rule_ids[]", "2"),
    ];
    let (status, report) = call(&node, reqwest::Method::POST, &token, "/api/v1/reports", &form).await;
    assert_eq!(status, 200, "{report}");
    assert_eq!((report["category"].as_str(), report["rule_ids"].clone()), (Some("violation"), json!(["2"])));
    assert_eq!(report["status_ids"], json!([status_id]));
    assert_eq!(report["target_account"]["acct"], "ben");
    let (status, queue) =
        crate::common::api(&node, &alice, reqwest::Method::GET, "/api/v1/admin/reports", Value::Null).await;
    assert_eq!(status, 200);
    let queued = &queue["items"][0];
    assert_eq!(
        (queued["target"].as_str(), queued["rule"].as_str()),
        (post["ap_id"].as_str(), Some("2. No advertising."))
    );
    let (status, refused) = call(&node, reqwest::Method::POST, &token, "/api/v1/reports", &[("comment", "x")]).await;
    assert_eq!(status, 422, "{refused}");
}

/// Mastodon apps block, mute and block domains; the same blocks show in Cairn's API.
#[tokio::test(flavor = "multi_thread")]
async fn mastodon_apps_block_mute_and_block_domains() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    node.user_with_token("ben").await;
    let client = app(&node, "read write follow").await;
    let read_only = token(&node, &client, "read").await;
    let token = token(&node, &client, "read write follow").await;
    let (_, ben) = call(&node, reqwest::Method::GET, &token, "/api/v1/accounts/lookup?acct=ben", &[]).await;
    let ben_id = ben["id"].as_str().unwrap().to_string();
    let post = |path: String| {
        let token = token.clone();
        let node = &node;
        async move { call(node, reqwest::Method::POST, &token, &path, &[]).await }
    };
    let (status, relationship) = post(format!("/api/v1/accounts/{ben_id}/block")).await;
    assert_eq!(status, 200, "{relationship}");
    assert_eq!((relationship["blocking"].as_bool(), relationship["muting"].as_bool()), (Some(true), Some(false)));
    let (_, relationship) = post(format!("/api/v1/accounts/{ben_id}/mute")).await;
    assert_eq!((relationship["blocking"].as_bool(), relationship["muting"].as_bool()), (Some(true), Some(true)));
    let (status, blocked) = call(&node, reqwest::Method::GET, &token, "/api/v1/blocks", &[]).await;
    assert_eq!(status, 200, "{blocked}");
    assert_eq!(blocked.as_array().unwrap().iter().map(|a| a["acct"].as_str().unwrap()).collect::<Vec<_>>(), ["ben"]);
    let (_, muted) = call(&node, reqwest::Method::GET, &token, "/api/v1/mutes", &[]).await;
    assert_eq!(muted[0]["acct"], "ben", "{muted}");
    // The same block, in Cairn's shape for a Cairn token.
    let (status, page) = crate::common::api(&node, &anna, reqwest::Method::GET, "/api/v1/blocks", Value::Null).await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(
        (page["items"][0]["target_kind"].as_str(), page["items"][0]["account"]["username"].as_str()),
        (Some("account"), Some("ben"))
    );

    let (status, _) =
        call(&node, reqwest::Method::POST, &token, "/api/v1/domain_blocks", &[("domain", "spam.example")]).await;
    assert_eq!(status, 200);
    let (_, domains) = call(&node, reqwest::Method::GET, &token, "/api/v1/domain_blocks", &[]).await;
    assert_eq!(domains, json!(["spam.example"]));
    let (status, refused) =
        call(&node, reqwest::Method::POST, &token, "/api/v1/domain_blocks", &[("domain", "@x@y")]).await;
    assert_eq!(status, 422, "{refused}");
    let (status, _) =
        call(&node, reqwest::Method::DELETE, &token, "/api/v1/domain_blocks", &[("domain", "spam.example")]).await;
    assert_eq!(status, 200);
    let (_, domains) = call(&node, reqwest::Method::GET, &token, "/api/v1/domain_blocks", &[]).await;
    assert_eq!(domains, json!([]));

    let (_, relationship) = post(format!("/api/v1/accounts/{ben_id}/unblock")).await;
    let (_, relationship2) = post(format!("/api/v1/accounts/{ben_id}/unmute")).await;
    assert_eq!(relationship["blocking"].as_bool(), Some(false));
    assert_eq!(relationship2["muting"].as_bool(), Some(false));
    let (_, blocked) = call(&node, reqwest::Method::GET, &token, "/api/v1/blocks", &[]).await;
    assert_eq!(blocked, json!([]));
    let (status, _) =
        call(&node, reqwest::Method::POST, &read_only, &format!("/api/v1/accounts/{ben_id}/block"), &[]).await;
    assert_eq!(status, 403, "blocking needs write:blocks or follow");
}
