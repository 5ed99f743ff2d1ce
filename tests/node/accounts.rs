use crate::common::{TestNode, api, eventually};
use cairn::{db, service::accounts::secret_hash};
use serde_json::{Value, json};

fn form(csrf: &str, fields: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all = vec![("csrf".to_string(), csrf.to_string())];
    all.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    all
}

#[tokio::test(flavor = "multi_thread")]
async fn register_log_out_and_log_in_on_the_web() {
    let node = TestNode::start().await;
    let csrf = node.csrf("/register").await;
    let fields = [("username", "anna"), ("email", "anna@lyon.example"), ("password", "district heating 2030")];
    let response = node.client.post(node.url("/register")).form(&form(&csrf, &fields)).send().await.unwrap();
    assert_eq!(response.status(), 303);
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("cairn_session="))
        .unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain-http loopback node must not mark cookies Secure");

    let home = node.client.get(node.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("My profile") && home.contains("Log out"), "logged in after registering");

    let csrf = node.csrf("/").await;
    let response = node.client.post(node.url("/logout")).form(&form(&csrf, &[])).send().await.unwrap();
    assert_eq!(response.status(), 303);
    let home = node.client.get(node.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Log in") && !home.contains("Log out"));

    let csrf = node.csrf("/login").await;
    let wrong = node
        .client
        .post(node.url("/login"))
        .form(&form(&csrf, &[("username", "anna"), ("password", "nope nope nope 1")]))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert!(wrong.text().await.unwrap().contains("wrong username or password"));
    let right = node
        .client
        .post(node.url("/login"))
        .form(&form(&csrf, &[("username", "anna"), ("password", "district heating 2030")]))
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 303);
}

#[tokio::test(flavor = "multi_thread")]
async fn forms_without_a_valid_token_are_refused() {
    let node = TestNode::start().await;
    let fields = [("username", "anna"), ("email", "anna@lyon.example"), ("password", "district heating 2030")];
    let response = node.client.post(node.url("/register")).form(&fields).send().await.unwrap();
    assert_eq!(response.status(), 403);
    let response = node.client.post(node.url("/register")).form(&form("forged", &fields)).send().await.unwrap();
    assert_eq!(response.status(), 403);
    assert!(db::users::by_username(&node.state.db, "anna").await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread")]
async fn registration_mistakes_are_named_next_to_their_field() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.csrf("/register").await;
    for (fields, expected) in [
        (
            [("username", "anna"), ("email", "other@lyon.example"), ("password", "district heating 2030")],
            "that username is taken",
        ),
        ([("username", "ben"), ("email", "ben@lyon.example"), ("password", "short")], "10 to 512 characters"),
        ([("username", "ben"), ("email", "ben@lyon.example"), ("password", "aaaaaaaaaaaaaa")], "too easy to guess"),
        ([("username", "Ben!"), ("email", "ben@lyon.example"), ("password", "district heating 2030")], "username"),
        ([("username", "ben"), ("email", "not-an-email"), ("password", "district heating 2030")], "email address"),
        ([("username", "city"), ("email", "ben@lyon.example"), ("password", "district heating 2030")], "taken"),
    ] {
        let response = node.client.post(node.url("/register")).form(&form(&csrf, &fields)).send().await.unwrap();
        assert_eq!(response.status(), 422, "{fields:?}");
        let html = response.text().await.unwrap();
        assert!(html.contains(expected), "{fields:?} should say {expected}");
        assert!(html.contains("aria-invalid=\"true\""), "the field is marked");
    }

    // Every mistake at once, each next to its field, in the form's order.
    let fields = [("username", "Ben!"), ("email", "not-an-email"), ("password", "short")];
    let response = node.client.post(node.url("/register")).form(&form(&csrf, &fields)).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert_eq!(html.matches("aria-invalid=\"true\"").count(), 3, "{html}");
    let at = |text: &str| html.find(text).unwrap_or_else(|| panic!("{text} in {html}"));
    assert!(at("a username starts") < at("email address like") && at("email address like") < at("10 to 512"));
    // A log-in form without its fields names both, as a 422.
    let response = node.client.post(node.url("/login")).form(&form(&csrf, &[("username", " ")])).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("enter your username") && html.contains("enter your password"), "{html}");
}

#[tokio::test(flavor = "multi_thread")]
async fn api_tokens_are_issued_checked_and_stored_hashed() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let response = node
        .client
        .post(node.url("/api/v1/auth/token"))
        .json(&json!({"username": "anna", "password": "a long enough passphrase 42"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["token_type"], "Bearer");
    let token = body["access_token"].as_str().unwrap().to_string();
    assert!(db::tokens::user_for(&node.state.db, &token).await.unwrap().is_none(), "the token itself is not stored");
    assert!(db::tokens::user_for(&node.state.db, &secret_hash(&token)).await.unwrap().is_some());

    let me: Value =
        node.client.get(node.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    assert_eq!(me["username"], "anna");
    assert_eq!(me["ap_id"], node.url("/users/anna"));

    let wrong = node
        .client
        .post(node.url("/api/v1/auth/token"))
        .json(&json!({"username": "anna", "password": "wrong wrong 11"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert_eq!(wrong.json::<Value>().await.unwrap()["error"], "unauthorized");
    let bad = node.client.get(node.url("/api/v1/me")).bearer_auth("nonsense").send().await.unwrap();
    assert_eq!(bad.status(), 401);
    let malformed = node
        .client
        .post(node.url("/api/v1/auth/token"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
    let body: Value = malformed.json().await.unwrap();
    assert_eq!(body["error"], "bad_request");
    assert!(body["message"].as_str().is_some());

    let patch = node
        .client
        .patch(node.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"avatar_url": "javascript:alert(1)"}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), 422);
    assert_eq!(patch.json::<Value>().await.unwrap()["field"], "avatar_url");
    let patch = node
        .client
        .patch(node.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"display_name": "Anna K.", "job_title": "Energy officer", "expertise": ["district heating"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), 200);
    let me: Value = patch.json().await.unwrap();
    assert_eq!(me["job_title"], "Energy officer");
    assert_eq!(me["expertise"], json!(["district heating"]));
}

#[tokio::test(flavor = "multi_thread")]
async fn approval_mode_holds_new_accounts_until_an_admin_approves() {
    let node = TestNode::start_with(&[("CAIRN_ACCOUNTS_REGISTRATION", "approval")]).await;
    let signup = json!({"username": "ben", "email": "ben@lyon.example", "password": "cycling lanes 2031"});
    let response = node.client.post(node.url("/api/v1/accounts")).json(&signup).send().await.unwrap();
    assert_eq!(response.status(), 201);
    assert_eq!(response.json::<Value>().await.unwrap()["approved"], false);
    let login = json!({"username": "ben", "password": "cycling lanes 2031"});
    let refused = node.client.post(node.url("/api/v1/auth/token")).json(&login).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    let ben = db::users::by_username(&node.state.db, "ben").await.unwrap().unwrap();
    cairn::service::admin::approve_user(&node.state, "tests", ben.id).await.unwrap();
    let accepted = node.client.post(node.url("/api/v1/auth/token")).json(&login).send().await.unwrap();
    assert_eq!(accepted.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn closed_mode_takes_no_registrations() {
    let node = TestNode::start_with(&[("CAIRN_ACCOUNTS_REGISTRATION", "closed")]).await;
    let signup = json!({"username": "ben", "email": "ben@lyon.example", "password": "cycling lanes 2031"});
    let response = node.client.post(node.url("/api/v1/accounts")).json(&signup).send().await.unwrap();
    assert_eq!(response.status(), 403);
    let page = node.client.get(node.url("/register")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("does not take new registrations") && !page.contains("name=\"password\""));
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_pages_need_an_admin() {
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    let response = node.client.get(node.url("/api/v1/admin/domains")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(response.status(), 403);
    let response = node.client.get(node.url("/admin")).send().await.unwrap();
    assert_eq!(response.status(), 303, "anonymous visitors are sent to log in");
}

#[tokio::test(flavor = "multi_thread")]
async fn follow_and_unfollow_from_the_web_pages() {
    let node = TestNode::start().await;
    let remote = crate::common::Remote::start().await;
    node.user_with_token("anna").await;
    let csrf = node.csrf("/login").await;
    let login = [("username", "anna"), ("password", "a long enough passphrase 42")];
    node.client.post(node.url("/login")).form(&form(&csrf, &login)).send().await.unwrap();

    let found = node.client.get(node.url("/find")).query(&[("target", &remote.actor_id)]).send().await.unwrap();
    assert_eq!(found.status(), 200);
    let html = found.text().await.unwrap();
    assert!(
        html.contains("Remote Tester") && html.contains(">Follow<"),
        "the lookup shows a card with a follow button"
    );
    assert!(!html.contains("<script>"), "remote HTML never reaches the page");

    let response =
        node.client.post(node.url("/follow")).form(&form(&csrf, &[("target", &remote.actor_id)])).send().await.unwrap();
    assert_eq!(response.status(), 303);
    let page_url = response.headers()["location"].to_str().unwrap().to_string();
    assert!(page_url.starts_with("/@remote@localhost:"), "{page_url}");
    let page = node.client.get(node.url(&page_url)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Follow request sent") && page.contains("Withdraw request"));
    crate::common::eventually("the Follow is delivered", async || !remote.received_of_type("Follow").is_empty()).await;

    let response = node
        .client
        .post(node.url("/unfollow"))
        .form(&form(&csrf, &[("target", &remote.actor_id)]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let page = node.client.get(node.url(&page_url)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(">Follow<"));

    let missing = node.client.get(node.url("/find")).query(&[("target", "@nobody@localhost:9")]).send().await.unwrap();
    assert_eq!(missing.status(), 502);
    assert!(missing.text().await.unwrap().contains("could not reach localhost:9"));
    let malformed = node.client.get(node.url("/find")).query(&[("target", "no such thing")]).send().await.unwrap();
    assert_eq!(malformed.status(), 422);
    let unknown = node.client.get(node.url("/find")).query(&[("target", "nobody")]).send().await.unwrap();
    assert_eq!(unknown.status(), 404, "a bare name is looked up on this node");
}

#[tokio::test(flavor = "multi_thread")]
async fn profiles_are_edited_on_the_web() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.csrf("/login").await;
    node.client
        .post(node.url("/login"))
        .form(&form(&csrf, &[("username", "anna"), ("password", "a long enough passphrase 42")]))
        .send()
        .await
        .unwrap();
    let edit = node.client.get(node.url("/settings/profile")).send().await.unwrap();
    assert_eq!(edit.status(), 200);
    let edit = edit.text().await.unwrap();
    assert!(edit.contains("name=\"organisation\"") && edit.contains("value=\"energy_systems\""), "{edit}");
    let fields = [
        ("display_name", "Anna K."),
        ("job_title", "Energy officer"),
        ("organisation", "Métropole de Lyon"),
        ("city", "Lyon"),
        ("country", "FR"),
        ("sectors", "energy_systems"),
        ("sectors", "built_environment"),
        ("expertise", "district heating, cycling"),
        ("summary", "I <b>plan</b> heat networks."),
    ];
    let saved = node.client.post(node.url("/settings/profile")).form(&form(&csrf, &fields)).send().await.unwrap();
    assert_eq!(saved.status(), 303);
    let page = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Anna K.") && page.contains("Energy officer") && page.contains("cycling"));
    assert!(page.contains("Métropole de Lyon") && page.contains("Energy systems"), "{page}");
    assert!(page.contains("I &lt;b&gt;plan&lt;/b&gt; heat networks."), "text is escaped");
    let edit = node.client.get(node.url("/settings/profile")).send().await.unwrap().text().await.unwrap();
    assert!(edit.contains("value=\"energy_systems\" checked"), "the sectors stay ticked");
    // Every mistake at once, each next to its field; what was typed stays; nothing is saved.
    let wrong = [
        ("job_title", &*"x".repeat(101)),
        ("organisation", "Ville de Lyon"),
        ("country", "Atlantis"),
        ("sectors", "alchemy"),
        ("avatar_url", "ftp://x"),
    ];
    let bad = node.client.post(node.url("/settings/profile")).form(&form(&csrf, &wrong)).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    for anchor in ["#job_title", "#country", "#sectors", "#avatar_url"] {
        assert!(bad.contains(&format!("href=\"{anchor}\"")), "{anchor} is named: {bad}");
    }
    assert!(bad.contains("picture") && bad.contains("alchemy is not a sector") && bad.contains("Ville de Lyon"));
    let page = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Métropole de Lyon") && !page.contains("Ville de Lyon"), "nothing half-saved");
    let anonymous = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let response = anonymous.get(node.url("/settings/profile")).send().await.unwrap();
    assert_eq!(response.status(), 303, "logged-out visitors are sent to log in");
}

#[tokio::test(flavor = "multi_thread")]
async fn colleagues_are_found_by_sector_and_organisation_here_and_on_other_nodes() {
    use reqwest::Method;
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let ben = b.user_with_token("ben").await;
    let (status, refused) = api(
        &a,
        &anna,
        Method::PATCH,
        "/api/v1/me",
        json!({"organisation": "x".repeat(201), "sectors": ["energy_systems", "alchemy"]}),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["organisation", "sectors"], "both at once");
    let profile =
        json!({"organisation": "Métropole de Lyon", "sectors": ["energy_systems"], "job_title": "Heat planner"});
    let (status, me) = api(&a, &anna, Method::PATCH, "/api/v1/me", profile).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(
        (me["organisation"].as_str(), me["sectors"].clone()),
        (Some("Métropole de Lyon"), json!(["energy_systems"]))
    );

    let found = async |node: &TestNode, query: &str| -> Vec<String> {
        let (status, page) = api(node, "", Method::GET, &format!("/api/v1/directory?{query}"), Value::Null).await;
        assert_eq!(status, 200, "{page}");
        page["items"].as_array().unwrap().iter().map(|i| i["ap_id"].as_str().unwrap().to_string()).collect()
    };
    let anna_id = a.url("/users/anna");
    assert_eq!(found(&a, "q=m%C3%A9tropole").await, vec![anna_id.clone()], "by organisation");
    assert_eq!(found(&a, "kind=person&sector=energy_systems").await, vec![anna_id.clone()], "by sector");
    assert!(found(&a, "kind=person&sector=mobility").await.is_empty());
    let page = a.client.get(a.url("/directory?kind=person&sector=energy_systems")).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("Heat planner, Métropole de Lyon") && page.contains("Energy systems"), "{page}");

    // On the wire, and so on a node that follows her.
    let actor: Value = a
        .client
        .get(&anna_id)
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (actor["organisation"].as_str(), actor["sectors"].clone()),
        (Some("Métropole de Lyon"), json!(["energy_systems"]))
    );
    assert!(actor["attachment"].as_array().unwrap().iter().any(|f| f["name"] == "Organisation"), "Mastodon shows it");
    let host = a.base.trim_start_matches("http://");
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", json!({"target": format!("@anna@{host}")})).await;
    assert!(status < 300, "{status}");
    eventually("B finds anna by sector", async || {
        found(&b, "kind=person&sector=energy_systems").await == vec![anna_id.clone()]
    })
    .await;
    assert_eq!(found(&b, "q=m%C3%A9tropole").await, vec![anna_id.clone()]);
}

#[tokio::test(flavor = "multi_thread")]
async fn api_tokens_are_named_listed_expire_and_are_revoked() {
    use crate::common::PASSWORD;
    let node = TestNode::start().await;
    let first = node.user_with_token("anna").await;
    let admin = node.admin_with_token("root_admin").await;
    let issue = |body: Value| node.client.post(node.url("/api/v1/auth/token")).json(&body).send();
    let response = issue(json!({"username": "anna", "password": PASSWORD, "name": "ci script", "expires_in_days": 30}))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let scripted = response.json::<Value>().await.unwrap()["access_token"].as_str().unwrap().to_string();
    for (body, status) in [
        (json!({"username": "anna", "password": PASSWORD, "expires_in_days": 0}), 422),
        (json!({"username": "anna", "password": PASSWORD, "expires_in_days": 99999}), 422),
        (json!({"username": "anna", "password": PASSWORD, "scope": "all"}), 422),
    ] {
        assert_eq!(issue(body.clone()).await.unwrap().status(), status, "{body}");
    }

    let get = |token: &str| node.client.get(node.url("/api/v1/me/tokens")).bearer_auth(token).send();
    let listed: Value = get(&scripted).await.unwrap().json().await.unwrap();
    let items = listed["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{listed}");
    let mine = items.iter().find(|t| t["name"] == "ci script").unwrap();
    assert_eq!(mine["current"], true);
    assert!(mine["expires_at"].is_string() && mine["last_used_at"].is_string(), "{mine}");
    assert!(!listed.to_string().contains(&scripted), "secrets are never listed");
    let other_id = items.iter().find(|t| t["current"] == false).unwrap()["id"].as_str().unwrap().to_string();

    let revoke = |token: &str, id: &str| {
        node.client.delete(node.url(&format!("/api/v1/me/tokens/{id}"))).bearer_auth(token).send()
    };
    assert_eq!(revoke(&admin, &other_id).await.unwrap().status(), 404, "only one's own tokens");
    assert_eq!(revoke(&scripted, &other_id).await.unwrap().status(), 204);
    assert_eq!(get(&first).await.unwrap().status(), 401, "a revoked token stops working");

    // An expired token is refused like a revoked one.
    let user = db::users::by_username(&node.state.db, "anna").await.unwrap().unwrap();
    let (secret, hash) = cairn::service::accounts::new_secret();
    let past = db::now() - chrono::Duration::minutes(1);
    db::tokens::create(&node.state.db, &hash, user.id, "old", Some(past)).await.unwrap();
    assert_eq!(get(&secret).await.unwrap().status(), 401);

    // Administrators revoke every token of an account; others may not.
    let everything = node.url("/api/v1/admin/users/anna/tokens");
    assert_eq!(node.client.delete(&everything).bearer_auth(&scripted).send().await.unwrap().status(), 403);
    let revoked: Value =
        node.client.delete(&everything).bearer_auth(&admin).send().await.unwrap().json().await.unwrap();
    assert_eq!(revoked["revoked"], 2, "{revoked}");
    assert_eq!(get(&scripted).await.unwrap().status(), 401);
}

#[tokio::test(flavor = "multi_thread")]
async fn api_tokens_are_made_and_revoked_on_the_settings_page() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let made = node
        .client
        .post(node.url("/settings/tokens"))
        .form(&[("csrf", csrf.as_str()), ("name", "spreadsheet"), ("expires_in_days", "7")])
        .send()
        .await
        .unwrap();
    assert_eq!(made.status(), 201);
    let page = made.text().await.unwrap();
    assert!(page.contains("spreadsheet") && page.contains("not shown again"), "{page}");
    let bad = node
        .client
        .post(node.url("/settings/tokens"))
        .form(&[("csrf", csrf.as_str()), ("name", "x"), ("expires_in_days", "soon")])
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let start = page.find("/settings/tokens/").unwrap() + "/settings/tokens/".len();
    let id = &page[start..start + page[start..].find('/').unwrap()];
    let revoked = node
        .client
        .post(node.url(&format!("/settings/tokens/{id}/revoke")))
        .form(&[("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 303);
    let after = node.client.get(node.url("/settings/tokens")).send().await.unwrap().text().await.unwrap();
    assert!(!after.contains(id), "the revoked token is gone from the list");
}
