//! Personal blocks and mutes, and moderators' limits of accounts and domains.

use crate::common::{Remote, Spoil, TestNode, api, eventually};
use cairn::db;
use reqwest::Method;
use serde_json::{Value, json};

fn handle(node: &TestNode, name: &str) -> String {
    format!("@{name}@{}", node.base.trim_start_matches("http://"))
}

async fn count(node: &TestNode, token: &str, path: &str) -> usize {
    let (status, page) = api(node, token, Method::GET, path, Value::Null).await;
    assert_eq!(status, 200, "{page}");
    page["items"].as_array().unwrap().len()
}

async fn mentions_from(node: &TestNode, token: &str, who: &str) -> usize {
    let (status, page) = api(node, token, Method::GET, "/api/v1/notifications", Value::Null).await;
    assert_eq!(status, 200, "{page}");
    page["items"].as_array().unwrap().iter().filter(|n| n["type"] == "mention" && n.to_string().contains(who)).count()
}

/// The path across nodes: anna on A blocks ben on B. The follow between them ends on
/// both nodes, B is told with a `Block`, and ben can no longer follow anna, reply to her or
/// reach her with a mention, while cara on A still hears from him. Lifting the block lets him
/// follow again.
#[tokio::test(flavor = "multi_thread")]
async fn a_block_stops_follows_mentions_and_replies_across_nodes() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let cara = a.user_with_token("cara").await;
    let ben = b.user_with_token("ben").await;
    let follow_anna = json!({"target": handle(&a, "anna")});
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", follow_anna.clone()).await;
    assert!(status < 300, "{status}");
    eventually("ben follows anna", async || count(&b, &ben, "/api/v1/me/following").await == 1).await;
    let (status, post) = api(&a, &anna, Method::POST, "/api/v1/posts", json!({"content": "Our heat plan"})).await;
    assert_eq!(status, 201, "{post}");
    let anna_post = post["ap_id"].as_str().unwrap().to_string();
    eventually("B holds anna's post", async || db::posts::by_ap_id(&b.state.db, &anna_post).await.unwrap().is_some())
        .await;

    let (status, blocked) = api(&a, &anna, Method::POST, "/api/v1/blocks", json!({"target": handle(&b, "ben")})).await;
    assert_eq!(status, 201, "{blocked}");
    assert_eq!(blocked["target_kind"], "account");
    assert_eq!(count(&a, &anna, "/api/v1/me/followers").await, 0, "the follow ended on A");
    eventually("the follow ended on B", async || count(&b, &ben, "/api/v1/me/following").await == 0).await;
    let ben_on_a = db::actors::by_ap_id(&a.state.db, &b.url("/users/ben")).await.unwrap().unwrap();
    let anna_on_a = db::actors::local_by_username(&a.state.db, "anna").await.unwrap().unwrap();

    // Following again is refused by A.
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", follow_anna.clone()).await;
    assert!(status < 300, "{status}");
    eventually("A refused the follow", async || count(&b, &ben, "/api/v1/me/following").await == 0).await;
    assert!(db::follows::by_pair(&a.state.db, ben_on_a.id, anna_on_a.id).await.unwrap().is_none());

    // A reply to anna's post, then a post mentioning anna and cara: cara hears, anna does not,
    // and the reply is not taken.
    let reply = json!({"content": "Nonsense", "in_reply_to": anna_post});
    let (status, reply) = api(&b, &ben, Method::POST, "/api/v1/posts", reply).await;
    assert_eq!(status, 201, "{reply}");
    let both = format!("Hello {} and {}", handle(&a, "anna"), handle(&a, "cara"));
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/posts", json!({"content": both})).await;
    assert_eq!(status, 201);
    eventually("cara is told", async || mentions_from(&a, &cara, "ben").await == 1).await;
    assert_eq!(mentions_from(&a, &anna, "ben").await, 0, "anna is not told");
    let reply_id = reply["ap_id"].as_str().unwrap();
    assert!(db::posts::by_ap_id(&a.state.db, reply_id).await.unwrap().is_none(), "the reply is not taken");
    let (_, home) = api(&a, &anna, Method::GET, "/api/v1/timelines/home", Value::Null).await;
    assert!(!home.to_string().contains("Hello"), "nothing of ben in anna's feed: {home}");

    // Lifting the block: A sends the Undo, and ben may follow again.
    let (status, _) = api(&a, &anna, Method::DELETE, "/api/v1/blocks", json!({"target": handle(&b, "ben")})).await;
    assert_eq!(status, 204);
    let (status, again) = api(&a, &anna, Method::DELETE, "/api/v1/blocks", json!({"target": handle(&b, "ben")})).await;
    assert_eq!(status, 404, "{again}");
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", follow_anna).await;
    assert!(status < 300, "{status}");
    eventually("ben follows anna again", async || {
        db::follows::by_pair(&a.state.db, ben_on_a.id, anna_on_a.id).await.unwrap().is_some()
    })
    .await;
    let (status, refused) = api(&a, &anna, Method::POST, "/api/v1/blocks", json!({"target": "anna"})).await;
    assert_eq!(status, 422, "{refused}");
    let (status, refused) = api(&a, &anna, Method::POST, "/api/v1/mutes", json!({"target": ""})).await;
    assert_eq!(status, 422, "{refused}");
}

/// A remote account's `Block` ends the follows between it and the blocked person here; a mute
/// keeps an account out of the feed and notifications without telling anyone; a blocked domain
/// may not join the blocker's events.
#[tokio::test(flavor = "multi_thread")]
async fn mutes_hide_and_domain_blocks_refuse_joins() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let remote = Remote::start().await;
    let follow = remote.activity("Follow", json!(node.url("/users/anna")));
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await.status(), 202);
    assert_eq!(count(&node, &anna, "/api/v1/me/followers").await, 1);
    let block = remote.activity("Block", json!(node.url("/users/anna")));
    assert_eq!(remote.post(&node.url("/users/anna/inbox"), &block.to_string(), Spoil::default()).await.status(), 202);
    assert_eq!(count(&node, &anna, "/api/v1/me/followers").await, 0, "a remote block ends the follow");

    // Mute: ben's posts and mentions no longer reach anna; nothing is sent.
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/follows", json!({"target": "ben"})).await;
    assert!(status < 300);
    let (status, muted) = api(&node, &anna, Method::POST, "/api/v1/mutes", json!({"target": "ben"})).await;
    assert_eq!(status, 201, "{muted}");
    assert_eq!(count(&node, &anna, "/api/v1/me/following").await, 1, "a mute keeps the follow");
    let (status, _) = api(&node, &ben, Method::POST, "/api/v1/posts", json!({"content": "Hi @anna, look #heat"})).await;
    assert_eq!(status, 201);
    assert_eq!(mentions_from(&node, &anna, "ben").await, 0);
    let (_, home) = api(&node, &anna, Method::GET, "/api/v1/timelines/home", Value::Null).await;
    assert!(!home.to_string().contains("look"), "{home}");
    // Public streams too, for anna only; the web feed's tabs as well.
    for path in ["/api/v1/timelines/local", "/api/v1/timelines/federated"] {
        let (_, theirs) = api(&node, &anna, Method::GET, path, Value::Null).await;
        assert!(!theirs.to_string().contains("look"), "{path}: {theirs}");
        let (_, everyone) = api(&node, &ben, Method::GET, path, Value::Null).await;
        assert!(everyone.to_string().contains("look"), "{path}: {everyone}");
    }
    node.log_in("anna").await;
    let feed = node.client.get(node.url("/?timeline=local")).send().await.unwrap();
    assert_eq!(feed.status(), 200);
    let feed = feed.text().await.unwrap();
    assert!(!feed.contains("look") && feed.contains("This node"), "{feed}");
    let (_, tagged) = api(&node, &anna, Method::GET, "/api/v1/timelines/tag/heat", Value::Null).await;
    assert!(!tagged.to_string().contains("look"), "{tagged}");
    let (_, tagged) = api(&node, &ben, Method::GET, "/api/v1/timelines/tag/heat", Value::Null).await;
    assert!(tagged.to_string().contains("look"), "{tagged}");
    let (status, _) = api(&node, &anna, Method::DELETE, "/api/v1/mutes", json!({"target": "ben"})).await;
    assert_eq!(status, 204);
    let (_, home) = api(&node, &anna, Method::GET, "/api/v1/timelines/home", Value::Null).await;
    assert!(home.to_string().contains("look"), "back after unmuting: {home}");

    // A domain block: the remote's Join of anna's event is rejected.
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let event = json!({"title": "Heat walk", "description": "Illustrative.", "start": format!("{day}T10:00"),
        "end": format!("{day}T11:30"), "timezone": "Europe/Paris", "address": "Town hall", "sectors": ["energy_systems"],
        "language": "en"});
    let (status, event) = api(&node, &anna, Method::POST, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{event}");
    let remote_domain = remote.base.trim_start_matches("http://").to_string();
    let (status, blocked) = api(&node, &anna, Method::POST, "/api/v1/blocks", json!({"target": remote_domain})).await;
    assert_eq!(status, 201, "{blocked}");
    assert_eq!(blocked["target_kind"], "domain");
    let join = remote.activity("Join", json!(event["ap_id"]));
    assert_eq!(remote.post(&node.url("/inbox"), &join.to_string(), Spoil::default()).await.status(), 202);
    eventually("the Join is rejected", async || !remote.received_of_type("Reject").is_empty()).await;
    let (_, page) = api(&node, &anna, Method::GET, "/api/v1/blocks", Value::Null).await;
    assert_eq!(page["items"][0]["target"].as_str(), Some(remote_domain.as_str()));

    // The same from the web page, without JavaScript; the node's own actor is not blocked.
    let csrf = node.log_in("anna").await;
    let form = [("csrf", csrf.as_str()), ("target", "spam.example"), ("kind", "mute"), ("action", "add")];
    let answer = node.client.post(node.url("/settings/blocks")).form(&form).send().await.unwrap();
    assert_eq!(answer.status(), 303);
    let page = node.client.get(node.url("/settings/blocks")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("spam.example") && page.contains(&remote_domain), "both are listed");
    let node_actor =
        node.url(&format!("/users/{}", cairn::service::node::organisation(&node.state).await.unwrap().username));
    let form = [("csrf", csrf.as_str()), ("target", node_actor.as_str()), ("kind", "block"), ("action", "add")];
    let answer = node.client.post(node.url("/settings/blocks")).form(&form).send().await.unwrap();
    assert_eq!(answer.status(), 422, "the node's own actor is not blocked");
}

/// A limited account, and a limited domain, leave the public timelines and the repository;
/// their followers still see them, and so do their own pages. Every change is audited once,
/// and members cannot limit.
#[tokio::test(flavor = "multi_thread")]
async fn a_limit_keeps_an_account_and_a_domain_out_of_public_lists_but_not_from_followers() {
    let node = TestNode::start().await;
    let alice = node.admin_with_token("alice").await;
    let anna = node.user_with_token("anna").await;
    let ben = node.user_with_token("ben").await;
    let (status, _) = api(&node, &ben, Method::POST, "/api/v1/follows", json!({"target": "anna"})).await;
    assert!(status < 300);
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/posts", json!({"content": "Buy solar now"})).await;
    assert_eq!(status, 201);
    let resource = json!({"kind": "case_study", "title": "Solar deals", "summary": "Illustrative demo.",
        "body": "Illustrative demo text.", "language": "en", "license": "CC BY 4.0", "sectors": ["mobility"]});
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/resources", resource).await;
    assert_eq!(status, 201);
    let shows = async |path: &str, text: &str| {
        let (status, page) = api(&node, &ben, Method::GET, path, Value::Null).await;
        assert_eq!(status, 200, "{page}");
        page.to_string().contains(text)
    };
    assert!(shows("/api/v1/timelines/local", "Buy solar").await);
    assert!(shows("/api/v1/resources?q=solar", "Solar deals").await);

    let (status, _) = api(&node, &ben, Method::POST, "/api/v1/admin/accounts/anna/limit", json!({})).await;
    assert_eq!(status, 403, "members do not limit");
    let (status, _) = api(&node, &alice, Method::POST, "/api/v1/admin/accounts/alice/suspend", json!({})).await;
    assert_eq!(status, 422, "nobody suspends themselves");
    let (status, standing) =
        api(&node, &alice, Method::POST, "/api/v1/admin/accounts/anna/limit", json!({"reason": "adverts"})).await;
    assert_eq!(status, 200, "{standing}");
    assert_eq!((standing["limited"].as_bool(), standing["suspended"].as_bool()), (Some(true), Some(false)));
    assert!(!shows("/api/v1/timelines/local", "Buy solar").await, "out of the local timeline");
    assert!(!shows("/api/v1/timelines/federated", "Buy solar").await, "out of the federated timeline");
    assert!(!shows("/api/v1/resources?q=solar", "Solar deals").await, "out of search");
    assert!(shows("/api/v1/timelines/home", "Buy solar").await, "a follower still sees it");
    let profile = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains("Solar deals"), "its own page still lists it");

    // A limited domain: a remote note stays in the mentioned person's feed only.
    let remote = Remote::start().await;
    let note = json!({"id": format!("{}/notes/1", remote.base), "type": "Note", "attributedTo": remote.actor_id,
        "content": "<p>Cheap flights @ben</p>", "to": ["https://www.w3.org/ns/activitystreams#Public"],
        "tag": [{"type": "Mention", "href": node.url("/users/ben")}]});
    let create = remote.activity("Create", note);
    assert_eq!(remote.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await.status(), 202);
    assert!(shows("/api/v1/timelines/federated", "Cheap flights").await);
    let domain = remote.base.trim_start_matches("http://");
    let rule = json!({"domain": domain, "policy": "limit"});
    let (status, added) = api(&node, &alice, Method::POST, "/api/v1/admin/domains", rule).await;
    assert_eq!(status, 201, "{added}");
    assert!(!shows("/api/v1/timelines/federated", "Cheap flights").await, "the domain is out of public lists");
    assert!(shows("/api/v1/timelines/home", "Cheap flights").await, "the mentioned person still sees it");

    // A limit on a domain covers its subdomains, as the domain policy does.
    let now = chrono::Utc::now().naive_utc();
    let spammer = db::models::NewActor {
        ap_id: "https://news.spam.example/users/wren".into(),
        kind: "Person".into(),
        username: "wren".into(),
        domain: "news.spam.example".into(),
        local: false,
        display_name: "Wren Spammer".into(),
        summary: String::new(),
        job_title: String::new(),
        city: String::new(),
        country: String::new(),
        expertise: "[]".into(),
        avatar_url: None,
        header_url: None,
        profile_url: None,
        inbox: "https://news.spam.example/users/wren/inbox".into(),
        shared_inbox: None,
        outbox: None,
        followers_url: None,
        following_url: None,
        public_key_pem: String::new(),
        private_key_pem: None,
        manually_approves: false,
        created_at: now,
        refreshed_at: now,
        also_known_as: "[]".into(),
        moved_to: None,
        sectors: "[]".into(),
        organisation: String::new(),
        suspended_at_origin: false,
    };
    db::actors::upsert_remote(&node.state.db, &spammer).await.unwrap();
    assert!(shows("/api/v1/directory?q=spammer", "Wren Spammer").await);
    let rule = json!({"domain": "spam.example", "policy": "limit"});
    assert_eq!(api(&node, &alice, Method::POST, "/api/v1/admin/domains", rule).await.0, 201);
    assert!(!shows("/api/v1/directory?q=spammer", "Wren Spammer").await, "out of the directory");

    let (status, _) = api(&node, &alice, Method::POST, "/api/v1/admin/accounts/anna/unlimit", json!({})).await;
    assert_eq!(status, 200);
    assert!(shows("/api/v1/timelines/local", "Buy solar").await, "back after lifting");
    let (status, page) = api(&node, &alice, Method::GET, "/api/v1/admin/audit", Value::Null).await;
    assert_eq!(status, 200);
    let actions: Vec<&str> = page["items"].as_array().unwrap().iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["account.unlimit", "domain.limit", "domain.limit", "account.limit"]);
}
