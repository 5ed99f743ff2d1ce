use crate::common::{Remote, Spoil, TestNode, api, eventually};
use cairn::db;
use reqwest::Method;
use serde_json::{Value, json};

fn encoded(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// A remote note that mentions ben, so that the node keeps it.
fn spam_for_ben(remote: &Remote, node: &TestNode, n: u32) -> Value {
    json!({"id": format!("{}/notes/{n}", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Spam for @ben</p>", "to": [node.url("/users/ben")],
        "tag": [{"type": "Mention", "href": node.url("/users/ben")}]})
}

async fn open_reports(node: &TestNode, token: &str) -> Vec<Value> {
    let (status, page) = api(node, token, Method::GET, "/api/v1/admin/reports", Value::Null).await;
    assert_eq!(status, 200, "{page}");
    page["items"].as_array().unwrap().clone()
}

async fn audit(node: &TestNode, token: &str, query: &str) -> Vec<(String, String, String)> {
    let (status, page) = api(node, token, Method::GET, &format!("/api/v1/admin/audit?{query}"), Value::Null).await;
    assert_eq!(status, 200, "{page}");
    page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["moderator"].as_str().unwrap().into(),
                e["action"].as_str().unwrap().into(),
                e["target"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// The path across nodes: a person on B reports a post from A; A's moderators get a
/// `Flag` from B's application actor that does not name the reporter; A removes the post and it
/// is gone on both nodes.
#[tokio::test(flavor = "multi_thread")]
async fn a_report_crosses_nodes_without_its_reporter_and_the_removal_reaches_both() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let alice = a.admin_with_token("alice").await;
    let ben = b.user_with_token("ben").await;
    let host = a.base.trim_start_matches("http://");
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", json!({"target": format!("@anna@{host}")})).await;
    assert!(status < 300, "{status}");
    eventually("ben follows anna", async || {
        let (_, page) = api(&b, &ben, Method::GET, "/api/v1/me/following", Value::Null).await;
        page["items"].as_array().is_some_and(|items| items.len() == 1)
    })
    .await;
    let (status, post) =
        api(&a, &anna, Method::POST, "/api/v1/posts", json!({"content": "Cheap watches at watches.example"})).await;
    assert_eq!(status, 201, "{post}");
    let post_id = post["ap_id"].as_str().unwrap().to_string();
    eventually("B holds anna's post", async || db::posts::by_ap_id(&b.state.db, &post_id).await.unwrap().is_some())
        .await;

    let report = json!({"target": post_id, "reason": "spam", "comment": "Advertising, again", "forward": true});
    let (status, filed) = api(&b, &ben, Method::POST, "/api/v1/reports", report.clone()).await;
    assert_eq!(status, 201, "{filed}");
    assert_eq!((filed["forwarded"].as_bool(), filed["status"].as_str()), (Some(true), Some("open")));
    let (status, again) = api(&b, &ben, Method::POST, "/api/v1/reports", report).await;
    assert_eq!(status, 409, "{again}");

    eventually("A's moderators have the report", async || open_reports(&a, &alice).await.len() == 1).await;
    let queued = open_reports(&a, &alice).await.remove(0);
    let b_host = b.base.trim_start_matches("http://");
    assert_eq!(
        (queued["origin"].as_str(), queued["target"].as_str(), queued["target_kind"].as_str()),
        (Some(b_host), Some(post_id.as_str()), Some("post"))
    );
    assert!(queued["comment"].as_str().unwrap().contains("Advertising, again"), "{queued}");
    assert!(!queued.to_string().contains("ben"), "the reporter is not named: {queued}");

    let path = format!("/api/v1/admin/reports/{}/remove", queued["id"]);
    let (status, removed) = api(&a, &alice, Method::POST, &path, json!({"reason": "advertising"})).await;
    assert_eq!(status, 200, "{removed}");
    assert_eq!((removed["status"].as_str(), removed["resolved_by"].as_str()), (Some("removed"), Some("alice")));
    let (status, _) = api(&a, &anna, Method::GET, &format!("/api/v1/posts/{}", encoded(&post_id)), Value::Null).await;
    assert_eq!(status, 404, "gone on A");
    eventually("gone on B", async || db::posts::by_ap_id(&b.state.db, &post_id).await.unwrap().is_none()).await;
    assert_eq!(
        audit(&a, &alice, "action=report.remove").await,
        vec![("alice".into(), "report.remove".into(), post_id)]
    );
}

/// Reports from people here (API and web) and a Mastodon-shaped `Flag` land in one queue; only
/// moderators and admins act; remote content is removed here and not taken again; forwarded
/// reports go out in the node's name; reporters are told; every action is in the audit log once.
#[tokio::test(flavor = "multi_thread")]
async fn moderators_work_the_queue_and_every_action_is_audited() {
    let node = TestNode::start().await;
    let alice = node.admin_with_token("alice").await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let mo = node.user_with_token("mo").await;
    let (status, _) =
        api(&node, &alice, Method::PUT, "/api/v1/admin/node/rules", json!({"rules": ["Be kind.", "No advertising."]}))
            .await;
    assert_eq!(status, 200);
    let resource = json!({"kind": "case_study", "title": "Buy our heat pumps", "summary": "An advert.", "language": "en",
                          "sectors": ["energy_systems"], "country": "FR"});
    let (status, resource) = api(&node, &anna, Method::POST, "/api/v1/resources", resource).await;
    assert_eq!(status, 201, "{resource}");
    let resource_id = resource["ap_id"].as_str().unwrap().to_string();

    // Bad reports are named field by field; a report cites a published rule.
    let (status, refused) =
        api(&node, &ben, Method::POST, "/api/v1/reports", json!({"target": "nowhere", "reason": "rule", "rule": 7}))
            .await;
    assert_eq!(status, 422, "{refused}");
    let fields: Vec<&str> =
        refused["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["target", "rule"]);
    let (status, unknown) = api(
        &node,
        &ben,
        Method::POST,
        "/api/v1/reports",
        json!({"target": "https://elsewhere.example/x", "reason": "spam"}),
    )
    .await;
    assert_eq!((status, unknown["field"].as_str()), (422, Some("target")), "{unknown}");
    let report = json!({"target": resource_id, "reason": "rule", "rule": 2, "comment": "An advert"});
    let (status, filed) = api(&node, &ben, Method::POST, "/api/v1/reports", report).await;
    assert_eq!(status, 201, "{filed}");
    assert_eq!((filed["rule"].as_str(), filed["forwarded"].as_bool()), (Some("2. No advertising."), Some(false)));

    // Only moderators and admins see or work the queue; only admins read the audit log.
    let report_path = |id: &Value, action: &str| format!("/api/v1/admin/reports/{id}/{action}");
    for token in [&ben, &mo] {
        for (method, path, body) in [
            (Method::GET, "/api/v1/admin/reports".to_string(), Value::Null),
            (Method::POST, report_path(&filed["id"], "dismiss"), json!({})),
            (Method::POST, report_path(&filed["id"], "remove"), json!({"reason": "x"})),
            (Method::GET, "/api/v1/admin/audit".to_string(), Value::Null),
            (Method::PUT, "/api/v1/admin/users/ben/role".to_string(), json!({"role": "admin"})),
        ] {
            let (status, _) = api(&node, token, method.clone(), &path, body).await;
            assert_eq!(status, 403, "{method} {path}");
        }
    }
    let (status, _) = api(&node, &alice, Method::PUT, "/api/v1/admin/users/mo/role", json!({"role": "boss"})).await;
    assert_eq!(status, 422);
    let (status, _) =
        api(&node, &alice, Method::PUT, "/api/v1/admin/users/mo/role", json!({"role": "moderator"})).await;
    assert_eq!(status, 200);
    assert_eq!(open_reports(&node, &mo).await.len(), 1);
    let (status, _) = api(&node, &mo, Method::GET, "/api/v1/admin/audit", Value::Null).await;
    assert_eq!(status, 403, "the audit log is for admins");

    // A Mastodon-shaped Flag about the same resource joins the queue, reporter unknown.
    let remote = Remote::start().await;
    let flag = json!({"@context": "https://www.w3.org/ns/activitystreams", "id": format!("{}/flags/1", remote.base),
        "type": "Flag", "actor": remote.actor_id, "content": "Spam from this account",
        "object": [node.url("/users/anna"), resource_id]});
    assert_eq!(remote.post(&node.url("/inbox"), &flag.to_string(), Spoil::default()).await.status(), 202);
    let queue = open_reports(&node, &mo).await;
    assert_eq!(queue.len(), 2, "{queue:?}");
    let from_mastodon = queue.iter().find(|r| r["comment"] == "Spam from this account").expect("the Flag is queued");
    assert_eq!(from_mastodon["origin"].as_str(), Some(remote.base.trim_start_matches("http://")));
    assert_eq!(from_mastodon["target"].as_str(), Some(resource_id.as_str()));

    // Removing closes both reports about it, deletes the resource and tells ben.
    let (status, removed) = api(&node, &mo, Method::POST, &report_path(&filed["id"], "remove"), json!({})).await;
    assert_eq!((status, removed["status"].as_str()), (200, Some("removed")), "{removed}");
    assert!(open_reports(&node, &mo).await.is_empty());
    let (status, _) =
        api(&node, &ben, Method::GET, &format!("/api/v1/resources/{}", resource["id"]), Value::Null).await;
    assert_eq!(status, 404);
    let (_, notes) = api(&node, &ben, Method::GET, "/api/v1/notifications", Value::Null).await;
    assert_eq!(notes["items"][0]["type"], "report_acted", "{notes}");
    let (status, _) = api(&node, &mo, Method::POST, &report_path(&filed["id"], "dismiss"), json!({})).await;
    assert_eq!(status, 409, "closed already");

    // Remote content: removed here, and not taken again when it comes back.
    let note = |n: u32| spam_for_ben(&remote, &node, n);
    let create = remote.activity("Create", note(1));
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let note_id = format!("{}/notes/1", remote.base);
    assert!(db::posts::by_ap_id(&node.state.db, &note_id).await.unwrap().is_some());
    let (status, filed) =
        api(&node, &ben, Method::POST, "/api/v1/reports", json!({"target": note_id, "reason": "spam"})).await;
    assert_eq!(status, 201, "{filed}");
    let (status, _) =
        api(&node, &mo, Method::POST, &report_path(&filed["id"], "remove"), json!({"reason": "spam"})).await;
    assert_eq!(status, 200);
    assert!(db::posts::by_ap_id(&node.state.db, &note_id).await.unwrap().is_none());
    let again = remote.activity("Create", note(1));
    assert_eq!(remote.post(&node.url("/inbox"), &again.to_string(), Spoil::default()).await.status(), 202);
    assert!(db::posts::by_ap_id(&node.state.db, &note_id).await.unwrap().is_none(), "withheld");
    assert!(remote.received_of_type("Flag").is_empty(), "not forwarded unless asked");

    // Forwarded: the remote server gets a Flag from the application actor, without ben.
    let create = remote.activity("Create", note(2));
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let second = format!("{}/notes/2", remote.base);
    let (status, _) = api(
        &node,
        &ben,
        Method::POST,
        "/api/v1/reports",
        json!({"target": second, "reason": "spam", "comment": "Unwanted", "forward": true}),
    )
    .await;
    assert_eq!(status, 201);
    eventually("the remote server gets the Flag", async || !remote.received_of_type("Flag").is_empty()).await;
    let sent = remote.received_of_type("Flag").remove(0);
    let app = db::actors::local_by_username(&node.state.db, "node").await.unwrap().unwrap();
    assert_eq!(sent["actor"].as_str(), Some(app.ap_id.as_str()));
    assert_eq!(sent["object"], json!([remote.actor_id, second]));
    assert!(!sent.to_string().contains("ben"), "{sent}");

    // The web: ben reports anna's account with the form; mo dismisses it on the queue page.
    let csrf = node.log_in("ben").await;
    let anna_id = node.url("/users/anna");
    let form = node.client.get(node.url(&format!("/report?target={}", encoded(&anna_id)))).send().await.unwrap();
    assert_eq!(form.status(), 200);
    assert!(form.text().await.unwrap().contains("Report to the moderators"));
    let missing = [("csrf", csrf.as_str()), ("target", anna_id.as_str()), ("comment", "Rude replies")];
    let response = node.client.post(node.url("/report")).form(&missing).send().await.unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("choose why you report this") && page.contains("Rude replies"), "kept what was typed");
    let sent =
        [("csrf", csrf.as_str()), ("target", anna_id.as_str()), ("reason", "abuse"), ("comment", "Rude replies")];
    let response = node.client.post(node.url("/report")).form(&sent).send().await.unwrap();
    assert_eq!(response.status(), 303);
    let profile = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains("/report?target="), "profiles offer a report link");
    let csrf = node.log_in("mo").await;
    let queue_page = node.client.get(node.url("/admin/reports")).send().await.unwrap().text().await.unwrap();
    assert!(queue_page.contains("Rude replies") && queue_page.contains("Harassment, hate or threats"), "{queue_page}");
    let open = open_reports(&node, &mo).await;
    let account_report = open.iter().find(|r| r["target_kind"] == "account").unwrap();
    let (status, _) = api(&node, &mo, Method::POST, &report_path(&account_report["id"], "remove"), json!({})).await;
    assert_eq!(status, 422, "accounts are limited or suspended, not removed");
    let decide = [("csrf", csrf.as_str()), ("action", "dismiss"), ("reason", "a disagreement")];
    let path = format!("/admin/reports/{}", account_report["id"]);
    assert_eq!(node.client.post(node.url(&path)).form(&decide).send().await.unwrap().status(), 303);
    let (_, notes) = api(&node, &ben, Method::GET, "/api/v1/notifications", Value::Null).await;
    assert_eq!(notes["items"][0]["type"], "report_dismissed", "{notes}");
    let audit_page = node.client.get(node.url("/admin/audit")).send().await.unwrap();
    assert_eq!(audit_page.status(), 403, "moderators do not read the audit log");

    // Every action once, newest first, filtered by action or by who.
    let all = audit(&node, &alice, "").await;
    let actions: Vec<&str> = all.iter().map(|(_, action, _)| action.as_str()).collect();
    assert_eq!(actions, ["report.dismiss", "report.remove", "report.remove", "account.role", "node.rules"]);
    assert_eq!(audit(&node, &alice, "moderator=mo").await.len(), 3);
    assert_eq!(audit(&node, &alice, "action=report.remove").await.len(), 2);
}

/// Outside any report, a moderator's deletion of someone else's resource and a group
/// moderator's removal of a member are audited, an author's own deletion is not; comments offer
/// a report link to the people who may use it.
#[tokio::test(flavor = "multi_thread")]
async fn removals_outside_reports_are_audited_and_comments_can_be_reported() {
    let node = TestNode::start().await;
    let alice = node.admin_with_token("alice").await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let mo = node.user_with_token("mo").await;
    let (status, _) =
        api(&node, &alice, Method::PUT, "/api/v1/admin/users/mo/role", json!({"role": "moderator"})).await;
    assert_eq!(status, 200);
    let resource = |title: &str| {
        json!({"kind": "case_study", "title": title, "summary": "Illustrative.", "language": "en",
               "sectors": ["energy_systems"], "country": "FR"})
    };
    let (_, pilot) = api(&node, &anna, Method::POST, "/api/v1/resources", resource("Heat pump pilot")).await;
    let (_, draft) = api(&node, &anna, Method::POST, "/api/v1/resources", resource("An early draft")).await;
    let pilot_path = format!("/api/v1/resources/{}", pilot["id"]);
    let (status, comment) =
        api(&node, &ben, Method::POST, &format!("{pilot_path}/comments"), json!({"content": "Buy my pumps"})).await;
    assert_eq!(status, 201, "{comment}");
    let group = json!({"handle": "heat", "name": "Heat networks", "join_mode": "open", "visibility": "public"});
    assert_eq!(api(&node, &anna, Method::POST, "/api/v1/groups", group).await.0, 201);
    assert_eq!(api(&node, &ben, Method::POST, "/api/v1/groups/heat/membership", Value::Null).await.0, 200);

    // The report links: mo sees one on ben's comment, ben none on his own; a group of this node
    // has none (its posts and members are acted on here), only other servers' groups do.
    node.log_in("ben").await;
    let comment_link = format!("/report?target={}", encoded(comment["ap_id"].as_str().unwrap()));
    let pilot_page = format!("/resources/{}", pilot["id"]);
    let page = node.client.get(node.url(&pilot_page)).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains(&comment_link), "not for one's own comment");
    let group_page = node.client.get(node.url("/groups/heat")).send().await.unwrap().text().await.unwrap();
    assert!(group_page.contains("Heat networks") && !group_page.contains("/report?target="), "{group_page}");
    node.log_in("mo").await;
    let page = node.client.get(node.url(&pilot_page)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&comment_link), "{page}");
    let (status, filed) =
        api(&node, &mo, Method::POST, "/api/v1/reports", json!({"target": comment["ap_id"], "reason": "spam"})).await;
    assert_eq!((status, filed["target_kind"].as_str()), (201, Some("comment")), "{filed}");

    // Removals: anna's own is not audited; mo's of hers and anna's of a member are, once each.
    let (status, _) =
        api(&node, &anna, Method::DELETE, &format!("/api/v1/resources/{}", draft["id"]), Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    let (status, _) = api(&node, &mo, Method::DELETE, &pilot_path, Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    let ben_id = db::actors::local_by_username(&node.state.db, "ben").await.unwrap().unwrap().id;
    let member = format!("/api/v1/groups/heat/members/{ben_id}");
    assert!((200..300).contains(&api(&node, &anna, Method::DELETE, &member, Value::Null).await.0));
    let pilot_id = pilot["ap_id"].as_str().unwrap().to_string();
    let audited = audit(&node, &alice, "").await;
    assert_eq!(
        audited[..2],
        [
            (
                "anna".into(),
                "group.remove_member".into(),
                format!("{} in {}", node.url("/users/ben"), node.url("/users/heat"))
            ),
            ("mo".into(), "resource.remove".into(), pilot_id),
        ]
    );
    assert_eq!(audited[2].1, "account.role", "nothing else: {audited:?}");
}

/// A local suspension travels: the account's followers' servers get an `Update` with
/// Mastodon's `suspended` flag and hide the account and its content, until the suspension is
/// lifted and a second `Update` shows them again.
#[tokio::test(flavor = "multi_thread")]
async fn a_suspension_reaches_the_servers_that_follow_the_account() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let alice = a.admin_with_token("alice").await;
    let anna = a.user_with_token("anna").await;
    let ben = b.user_with_token("ben").await;
    let anna_handle = format!("@anna@{}", a.base.trim_start_matches("http://"));
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", json!({"target": anna_handle})).await;
    assert!(status < 300, "{status}");
    let anna_id = a.url("/users/anna");
    let anna_on_b = async || db::actors::by_ap_id(&b.state.db, &anna_id).await.unwrap().unwrap();
    eventually("ben follows anna", async || {
        let (_, following) = api(&b, &ben, Method::GET, "/api/v1/me/following", Value::Null).await;
        following["items"].as_array().is_some_and(|items| items.len() == 1)
    })
    .await;
    let (status, post) = api(&a, &anna, Method::POST, "/api/v1/posts", json!({"content": "Our heat plan"})).await;
    assert_eq!(status, 201, "{post}");
    let post_id = post["ap_id"].as_str().unwrap().to_string();
    eventually("B holds anna's post", async || db::posts::by_ap_id(&b.state.db, &post_id).await.unwrap().is_some())
        .await;
    let on_b = db::posts::by_ap_id(&b.state.db, &post_id).await.unwrap().unwrap();
    let post_on_b = format!("/api/v1/posts/{}", on_b.id);
    assert_eq!(api(&b, &ben, Method::GET, &post_on_b, Value::Null).await.0, 200);

    let (status, _) = api(&a, &alice, Method::POST, "/api/v1/admin/accounts/anna/suspend", json!({})).await;
    assert_eq!(status, 200);
    eventually("B hears of the suspension", async || anna_on_b().await.suspended_at_origin).await;
    assert!(!anna_on_b().await.suspended, "B's moderators did not suspend anna themselves");
    let (status, gone) = api(&b, &ben, Method::GET, &post_on_b, Value::Null).await;
    assert_eq!(status, 410, "{gone}");
    for path in ["/api/v1/timelines/federated", "/api/v1/timelines/home"] {
        let (_, feed) = api(&b, &ben, Method::GET, path, Value::Null).await;
        assert!(!feed.to_string().contains("Our heat plan"), "{path}: {feed}");
    }

    let (status, _) = api(&a, &alice, Method::POST, "/api/v1/admin/accounts/anna/unsuspend", json!({})).await;
    assert_eq!(status, 200);
    eventually("B hears it was lifted", async || !anna_on_b().await.suspended_at_origin).await;
    assert_eq!(api(&b, &ben, Method::GET, &post_on_b, Value::Null).await.0, 200);
}

/// An account of another server that deletes itself (as Mastodon announces it) is hidden here,
/// with what it published, in both APIs.
#[tokio::test(flavor = "multi_thread")]
async fn an_account_deleted_by_its_server_is_hidden_here() {
    let node = TestNode::start().await;
    let ben = node.user_with_token("ben").await;
    let remote = Remote::start().await;
    let create = remote.activity("Create", spam_for_ben(&remote, &node, 1));
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let note = db::posts::by_ap_id(&node.state.db, &format!("{}/notes/1", remote.base)).await.unwrap().unwrap();
    let post_path = format!("/api/v1/posts/{}", note.id);
    assert_eq!(api(&node, &ben, Method::GET, &post_path, Value::Null).await.0, 200);
    let account = db::actors::by_ap_id(&node.state.db, &remote.actor_id).await.unwrap().unwrap();
    let mastodon_account = format!("/api/v1/accounts/{}", account.id);
    assert_eq!(node.client.get(node.url(&mastodon_account)).send().await.unwrap().status(), 200);

    let delete = remote.activity("Delete", json!(remote.actor_id));
    assert_eq!(remote.post(&node.url("/inbox"), &delete.to_string(), Spoil::default()).await.status(), 202);
    let (status, gone) = api(&node, &ben, Method::GET, &post_path, Value::Null).await;
    assert_eq!(status, 410, "{gone}");
    assert_eq!(node.client.get(node.url(&mastodon_account)).send().await.unwrap().status(), 410);
    let (_, home) = api(&node, &ben, Method::GET, "/api/v1/timelines/home", Value::Null).await;
    assert!(!home.to_string().contains("Spam for"), "{home}");
}

/// Suspending an account of another server: its deliveries are refused (403, nothing stored),
/// what it had here is gone, and the suspension is audited once.
#[tokio::test(flavor = "multi_thread")]
async fn a_suspended_remote_account_delivers_nothing_more_and_its_content_is_gone() {
    let node = TestNode::start().await;
    let alice = node.admin_with_token("alice").await;
    let ben = node.user_with_token("ben").await;
    let anna = node.user_with_token("anna").await;
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/ben")));
    assert_eq!(remote.post(&node.url("/users/ben/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    let note = |n: u32| spam_for_ben(&remote, &node, n);
    let create = remote.activity("Create", note(1));
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    let first = format!("{}/notes/1", remote.base);
    assert!(db::posts::by_ap_id(&node.state.db, &first).await.unwrap().is_some());
    let (_, followers) = api(&node, &ben, Method::GET, "/api/v1/me/followers", Value::Null).await;
    assert_eq!(followers["items"].as_array().unwrap().len(), 1);

    let (status, about_remote) =
        api(&node, &ben, Method::POST, "/api/v1/reports", json!({"target": remote.actor_id, "reason": "spam"})).await;
    assert_eq!(status, 201, "{about_remote}");
    let (status, about_anna) = api(
        &node,
        &ben,
        Method::POST,
        "/api/v1/reports",
        json!({"target": node.url("/users/anna"), "reason": "abuse"}),
    )
    .await;
    assert_eq!(status, 201, "{about_anna}");
    let suspend = |id: &Value| format!("/api/v1/admin/reports/{id}/suspend");
    let (status, _) = api(&node, &ben, Method::POST, &suspend(&about_remote["id"]), json!({})).await;
    assert_eq!(status, 403, "members do not suspend");
    // From the queue page, as a moderator does it: the page does not read the actor again after
    // suspending it (the API's answer does), so this also proves the inbox sees it at once.
    let csrf = node.log_in("alice").await;
    let decide = [("csrf", csrf.as_str()), ("action", "suspend"), ("reason", "spam")];
    let path = format!("/admin/reports/{}", about_remote["id"]);
    assert_eq!(node.client.post(node.url(&path)).form(&decide).send().await.unwrap().status(), 303);

    assert!(db::posts::by_ap_id(&node.state.db, &first).await.unwrap().is_none(), "its content is gone");
    let (_, followers) = api(&node, &ben, Method::GET, "/api/v1/me/followers", Value::Null).await;
    assert!(followers["items"].as_array().unwrap().is_empty(), "its follows are gone");
    let create = remote.activity("Create", note(2));
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 403);
    assert!(db::posts::by_ap_id(&node.state.db, &format!("{}/notes/2", remote.base)).await.unwrap().is_none());
    let (_, page) = api(&node, &alice, Method::GET, "/api/v1/admin/reports?status=suspended", Value::Null).await;
    assert_eq!(page["items"].as_array().unwrap().len(), 1, "{page}");
    assert_eq!(
        audit(&node, &alice, "action=account.suspend").await,
        vec![("alice".into(), "account.suspend".into(), remote.actor_id.clone())]
    );

    // An account of this node: it cannot sign in, its token stops working, its actor answers
    // 410 with a Tombstone, and what it published is gone from pages and lists.
    let (status, post) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Spam spam"})).await;
    assert_eq!(status, 201, "{post}");
    let (status, suspended) = api(&node, &alice, Method::POST, &suspend(&about_anna["id"]), json!({})).await;
    assert_eq!(status, 200, "{suspended}");
    assert_eq!(suspended["status"], "suspended");
    let (status, _) = api(&node, &anna, Method::GET, "/api/v1/me", Value::Null).await;
    assert_eq!(status, 401, "its tokens are gone");
    let csrf = node.csrf("/login").await;
    let login = [("csrf", csrf.as_str()), ("username", "anna"), ("password", crate::common::PASSWORD)];
    let page = node.client.post(node.url("/login")).form(&login).send().await.unwrap();
    assert!(page.text().await.unwrap().contains("suspended"), "anna cannot sign in");
    let actor =
        node.client.get(node.url("/users/anna")).header("accept", "application/activity+json").send().await.unwrap();
    assert_eq!(actor.status(), 410);
    assert_eq!(actor.json::<Value>().await.unwrap()["type"], "Tombstone");
    let post_path = format!("/api/v1/posts/{}", post["id"]);
    assert_eq!(api(&node, &alice, Method::GET, &post_path, Value::Null).await.0, 410, "its posts are gone");
    let (_, local) = api(&node, &alice, Method::GET, "/api/v1/timelines/local", Value::Null).await;
    assert!(!local.to_string().contains("Spam spam"), "{local}");
    let (status, _) = api(&node, &alice, Method::POST, "/api/v1/admin/accounts/anna/unsuspend", json!({})).await;
    assert_eq!(status, 200);
    let actions: Vec<String> = audit(&node, &alice, "").await.into_iter().map(|(_, action, _)| action).collect();
    assert_eq!(actions[..3], ["account.unsuspend", "account.suspend", "account.suspend"]);
}
