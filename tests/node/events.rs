use crate::common::{Remote, Spoil, TestNode, eventually};
use chrono::{TimeZone, Timelike};
use serde_json::{Value, json};

fn domain(node: &TestNode) -> String {
    node.base.trim_start_matches("http://").to_string()
}

async fn get_json(node: &TestNode, token: &str, path: &str) -> Value {
    let response = node.client.get(node.url(path)).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

fn webinar(capacity: Option<i64>) -> Value {
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    json!({
        "title": "Heat planning webinar",
        "description": "Bring your **questions**.",
        "start": format!("{day}T10:00"),
        "end": format!("{day}T11:30"),
        "timezone": "Europe/Paris",
        "online_url": "https://meet.example/heat",
        "capacity": capacity,
        "sectors": ["energy_systems"],
        "language": "en"
    })
}

/// Whether `remote` was sent `link`, in an Update addressed to it alone.
fn link_sent(remote: &Remote, link: &str) -> bool {
    let Some(update) = remote.received_of_type("Update").into_iter().find(|u| u.to_string().contains(link)) else {
        return false;
    };
    assert_eq!(update["to"], json!([remote.actor_id]), "addressed to the participant alone");
    assert!(!update.to_string().contains("Public") && update["cc"].is_null(), "{update}");
    true
}

#[tokio::test(flavor = "multi_thread")]
async fn an_event_reaches_a_following_node_and_takes_participants_across_nodes() {
    let a = TestNode::start_with(&[("CAIRN_NODE_NAME", "Lyon")]).await;
    let b = TestNode::start_with(&[("CAIRN_NODE_NAME", "Gent")]).await;
    let anna = a.user_with_token("anna").await;
    let ben = b.user_with_token("ben").await;
    let carl = b.user_with_token("carl").await;
    b.client
        .post(b.url("/api/v1/follows"))
        .bearer_auth(&ben)
        .json(&json!({"target": format!("@city@{}", domain(&a))}))
        .send()
        .await
        .unwrap();
    eventually("B follows A's city", async || {
        get_json(&b, &ben, "/api/v1/me/following").await["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;

    // A Mastodon-shaped server follows anna: it hears of her events, never of their links.
    let follower = Remote::start().await;
    let follow = follower.activity("Follow", json!(a.url("/users/anna")));
    follower.post(&a.url("/users/anna/inbox"), &follow.to_string(), Spoil::default()).await;
    eventually("anna's follower is accepted", async || !follower.received_of_type("Accept").is_empty()).await;

    let created =
        a.client.post(a.url("/api/v1/events")).bearer_auth(&anna).json(&webinar(Some(2))).send().await.unwrap();
    assert_eq!(created.status(), 201);
    let created: Value = created.json().await.unwrap();
    assert!(
        created["start"].as_str().unwrap().ends_with("T10:00:00+01:00")
            || created["start"].as_str().unwrap().ends_with("T10:00:00+02:00")
    );
    let event_json: Value = a
        .client
        .get(created["ap_id"].as_str().unwrap())
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(event_json["type"], "Event");
    assert_eq!(event_json["timezone"], "Europe/Paris");
    assert_eq!(event_json["maximumAttendeeCapacity"], 2);
    assert_eq!(event_json["isOnline"], true);
    assert!(!event_json.to_string().contains("meet.example"), "the public object has no link: {event_json}");
    eventually("the follower gets the event", async || !follower.received_of_type("Create").is_empty()).await;
    assert!(!Value::from(follower.received_of_type("Create")).to_string().contains("meet.example"));

    let mut on_b = Value::Null;
    eventually("B's calendar shows A's event", async || {
        on_b = get_json(&b, &ben, "/api/v1/events").await["items"][0].clone();
        on_b["title"] == "Heat planning webinar"
    })
    .await;
    assert_eq!(on_b["origin"], domain(&a));
    let b_path = format!("/api/v1/events/{}", on_b["id"]);
    let page = b.client.get(b.url("/events")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Heat planning webinar"), "B's calendar page lists it");
    // The webinar link is for participants: not in lists, not before joining, not signed out.
    assert_eq!((on_b["online"].as_bool(), on_b["online_url"].as_str()), (Some(true), None));
    assert!(get_json(&b, &ben, &format!("/api/v1/events/{}", on_b["id"])).await["online_url"].is_null());
    let public_page =
        b.client.get(b.url(&format!("/events/{}", on_b["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(public_page.contains("The link is shown to participants") && !public_page.contains("meet.example"));
    assert!(!public_page.contains(">Take part<"), "signed out, nobody is offered to take part");
    let ics = b.client.get(b.url(&format!("/events/{}.ics", on_b["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(ics.contains("LOCATION:Online") && !ics.contains("meet.example"), "{ics}");

    // ben joins from B; A accepts and lists him.
    let joined: Value = b
        .client
        .post(b.url(&format!("{b_path}/participation")))
        .bearer_auth(&ben)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(joined["state"], "pending");
    eventually("A accepts ben", async || get_json(&b, &ben, &b_path).await["my_participation"] == "accepted").await;
    assert_eq!(get_json(&b, &ben, &b_path).await["online_url"], "https://meet.example/heat", "a participant has it");
    let a_path = format!("/api/v1/events/{}", created["id"]);
    let organiser_view = get_json(&a, &anna, &a_path).await;
    assert_eq!(organiser_view["online_url"], "https://meet.example/heat", "the organiser has it");
    a.log_in("anna").await;
    let organiser_page =
        a.client.get(a.url(&format!("/events/{}", created["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(organiser_page.contains("https://meet.example/heat") && !organiser_page.contains(">Take part<"));
    assert_eq!(organiser_view["participants"][0]["ap_id"], b.url("/users/ben"));
    assert_eq!(organiser_view["participant_count"], 1);

    // The follower takes part too: the link comes to it alone, in a private Update.
    let join = follower.activity("Join", json!(created["ap_id"]));
    follower.post(&a.url("/users/anna/inbox"), &join.to_string(), Spoil::default()).await;
    eventually("the follower is sent the link", async || link_sent(&follower, "https://meet.example/heat")).await;
    eventually("the count reaches B", async || get_json(&b, &ben, &b_path).await["participant_count"] == 2).await;

    // A new link reaches those taking part, on B and elsewhere; the public object still has none.
    let relinked = a
        .client
        .patch(a.url(&a_path))
        .bearer_auth(&anna)
        .json(&json!({"online_url": "https://meet.example/heat-2"}))
        .send()
        .await
        .unwrap();
    assert_eq!(relinked.status(), 200);
    eventually("ben gets the new link", async || {
        get_json(&b, &ben, &b_path).await["online_url"] == "https://meet.example/heat-2"
    })
    .await;
    eventually("the follower gets the new link", async || link_sent(&follower, "https://meet.example/heat-2")).await;
    let public_again = a.client.get(created["ap_id"].as_str().unwrap()).header("accept", "application/activity+json");
    assert!(!public_again.send().await.unwrap().text().await.unwrap().contains("meet.example"));

    // The event is full: carl is turned away, across nodes.
    b.client.post(b.url(&format!("{b_path}/participation"))).bearer_auth(&carl).send().await.unwrap();
    eventually("A rejects carl", async || get_json(&b, &carl, &b_path).await["my_participation"] == "rejected").await;
    assert!(get_json(&b, &carl, &b_path).await["online_url"].is_null(), "a turned-away person has no link");
    let local_full = a.user_with_token("dora").await;
    let refused =
        a.client.post(a.url(&format!("{a_path}/participation"))).bearer_auth(&local_full).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    assert!(refused.json::<Value>().await.unwrap()["message"].as_str().unwrap().contains("full"));

    // A cancels; B hears of it.
    let cancelled =
        a.client.patch(a.url(&a_path)).bearer_auth(&anna).json(&json!({"status": "cancelled"})).send().await.unwrap();
    assert_eq!(cancelled.status(), 200);
    eventually("the cancellation reaches B", async || get_json(&b, &ben, &b_path).await["status"] == "cancelled").await;
    let notes = get_json(&b, &ben, "/api/v1/notifications").await;
    let told = notes["items"].as_array().unwrap().iter().find(|n| n["type"] == "event_cancelled").expect("ben is told");
    assert_eq!(told["account"]["ap_id"], a.url("/users/anna"));
    assert!(told["event_id"].is_i64());
    let carl_notes = get_json(&b, &carl, "/api/v1/notifications").await;
    assert!(
        carl_notes["items"].as_array().unwrap().iter().all(|n| n["type"] != "event_cancelled"),
        "carl was turned away"
    );
    let late = b.client.post(b.url(&format!("{b_path}/participation"))).bearer_auth(&carl).send().await.unwrap();
    assert_eq!(late.status(), 422, "joining a cancelled event is refused");
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_events_and_joins_get_clear_answers() {
    let node = TestNode::start().await;
    let remote = Remote::start().await;
    let token = node.user_with_token("anna").await;
    for (change, field) in [
        (json!({"end": "2020-01-01T09:00"}), "end"),
        (json!({"timezone": "Mars/Olympus"}), "timezone"),
        (json!({"capacity": -1}), "capacity"),
    ] {
        let mut body = webinar(None);
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let response =
            node.client.post(node.url("/api/v1/events")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 422, "{field}");
        assert_eq!(response.json::<Value>().await.unwrap()["field"], field);
    }
    // The web form names every problem at once, a number that is not one with the rest.
    let csrf = node.log_in("anna").await;
    let form = [
        ("csrf", csrf.as_str()),
        ("title", ""),
        ("start", "2030-01-01T10:00"),
        ("end", "2030-01-01T09:00"),
        ("timezone", "Europe/Paris"),
        ("address", "Town hall"),
        ("capacity", "lots"),
    ];
    let refused = node.client.post(node.url("/events/new")).form(&form).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    let named: Vec<usize> = ["#title", "#end", "#capacity"]
        .iter()
        .map(|anchor| refused.find(&format!("href=\"{anchor}\"")).unwrap_or_else(|| panic!("{anchor}: {refused}")))
        .collect();
    assert!(named.is_sorted(), "in the form's order, required first");
    assert!(refused.contains("value=\"lots\""), "what was typed stays");
    let mut approval = webinar(None);
    approval["join_mode"] = json!("approval");
    let event: Value = node
        .client
        .post(node.url("/api/v1/events"))
        .bearer_auth(&token)
        .json(&approval)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ben = node.user_with_token("ben").await;
    let path = format!("/api/v1/events/{}/participation", event["id"]);
    let first: Value = node.client.post(node.url(&path)).bearer_auth(&ben).send().await.unwrap().json().await.unwrap();
    assert_eq!(first["state"], "pending");
    let twice = node.client.post(node.url(&path)).bearer_auth(&ben).send().await.unwrap();
    assert_eq!(twice.status(), 409);

    let join = remote.activity("Join", json!(node.url("/events/999999")));
    let response = remote.post(&node.url("/inbox"), &join.to_string(), Spoil::default()).await;
    assert_eq!(response.status(), 404, "a Join for an event that does not exist");
}

#[tokio::test(flavor = "multi_thread")]
async fn icalendar_files_parse_and_keep_local_times_across_a_clock_change() {
    use icalendar::{Calendar, CalendarComponent, Component, EventLike};
    let node = TestNode::start().await;
    let token = node.user_with_token("anna").await;
    // Europe/Paris moves to summer time in the night of 28 to 29 March 2027.
    for (day, title) in [("2027-03-27", "Before the change"), ("2027-03-29", "After the change")] {
        let body = json!({"title": title, "start": format!("{day}T10:00"), "end": format!("{day}T11:00"),
                          "timezone": "Europe/Paris", "address": "Hôtel de Ville, Lyon; salle 2, étage 1"});
        let response =
            node.client.post(node.url("/api/v1/events")).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(response.status(), 201);
    }
    let feed = node.client.get(node.url("/events.ics")).send().await.unwrap();
    assert_eq!(feed.headers()["content-type"], "text/calendar; charset=utf-8");
    let text = feed.text().await.unwrap();
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded");
    let calendar: Calendar = text.parse().expect("an independent parser reads the feed");
    let paris = chrono_tz::Europe::Paris;
    let mut seen = 0;
    for component in &calendar.components {
        let CalendarComponent::Event(event) = component else { continue };
        let start = match event.get_start().unwrap() {
            icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(utc)) => utc,
            other => panic!("expected a UTC time, got {other:?}"),
        };
        let local = paris.from_utc_datetime(&start.naive_utc());
        assert_eq!((local.hour(), local.minute()), (10, 0), "{:?} keeps 10:00 local time", event.get_summary());
        assert!(event.get_location().unwrap().contains("salle 2"));
        seen += 1;
    }
    assert_eq!(seen, 2);
    let one = node.client.get(node.url("/events/1.ics")).send().await.unwrap().text().await.unwrap();
    assert!(one.parse::<Calendar>().is_ok() && one.contains("SUMMARY:Before the change"));
    let month =
        node.client.get(node.url("/events?when=month&month=2027-03")).send().await.unwrap().text().await.unwrap();
    assert!(
        month.contains("After the change") && month.contains("<table class=\"month\">"),
        "the month grid shows them"
    );
}

/// Mobilizon sends a group's events as Create by the member who made them, the group in
/// `attributedTo`: taken when the group, the event and the member share the signing server.
#[tokio::test(flavor = "multi_thread")]
async fn a_group_event_sent_by_its_member_is_taken_when_the_group_server_vouches() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let member = Remote::start().await;
    let group_id = format!("{}/objects/group", member.base);
    member.objects.lock().unwrap().insert(
        "group".into(),
        json!({"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
               "id": group_id, "type": "Group", "preferredUsername": "gardeners", "name": "Gardeners",
               "inbox": format!("{}/inbox", member.base), "followers": format!("{group_id}/followers"),
               "publicKey": member.public_key(&group_id)}),
    );
    // anna follows the group (not the member), and the group accepts.
    let followed = node
        .client
        .post(node.url("/api/v1/follows"))
        .bearer_auth(&anna)
        .json(&json!({"target": group_id}))
        .send()
        .await
        .unwrap();
    assert_eq!(followed.status(), 200);
    let mut follow = Value::Null;
    eventually("anna's Follow reaches the group", async || {
        follow = member.received_of_type("Follow").first().cloned().unwrap_or_default();
        !follow.is_null()
    })
    .await;
    let accept = json!({"id": format!("{group_id}#accept"), "type": "Accept", "actor": group_id, "object": follow});
    assert!(member.post_as(&group_id, &node.url("/inbox"), &accept.to_string()).await.status().is_success());
    eventually("the group accepts", async || {
        get_json(&node, &anna, "/api/v1/me/following").await.to_string().contains(&group_id)
    })
    .await;

    let event = |id: &str, attributed_to: &str| {
        let create = member.activity(
            "Create",
            json!({"id": format!("{}/events/{id}", member.base), "type": "Event", "name": format!("Seed swap {id}"),
                   "attributedTo": attributed_to, "actor": member.actor_id, "content": "<p>Illustrative.</p>",
                   "startTime": "2027-05-16T08:00:00Z", "endTime": "2027-05-16T11:00:00Z",
                   "to": ["https://www.w3.org/ns/activitystreams#Public"]}),
        );
        create.to_string()
    };
    let response = member.post(&node.url("/inbox"), &event("1", &group_id), Spoil::default()).await;
    assert!(response.status().is_success(), "{}", response.text().await.unwrap());
    let events = get_json(&node, &anna, "/api/v1/events").await;
    let items = events["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{events}");
    assert_eq!(items[0]["title"], "Seed swap 1");
    assert_eq!(items[0]["organizer"]["ap_id"], group_id.as_str(), "the group organises it");

    // A group on another server does not vouch for what this one sends in its name.
    let elsewhere = Remote::start_as("Group").await;
    let response = member.post(&node.url("/inbox"), &event("2", &elsewhere.actor_id), Spoil::default()).await;
    assert_eq!(response.status(), 403, "{}", response.text().await.unwrap());
    assert_eq!(get_json(&node, &anna, "/api/v1/events").await["items"].as_array().unwrap().len(), 1);
}

/// A topic actor announces the events of its sector by their id; a node following it fetches
/// each as an event.
#[tokio::test(flavor = "multi_thread")]
async fn an_event_announced_by_a_topic_actor_is_fetched_as_an_event() {
    let national = TestNode::start().await;
    let anna = national.user_with_token("anna").await;
    let city = TestNode::start().await;
    let ben = city.user_with_token("ben").await;
    let topic = format!("@energy_systems@{}", domain(&national));
    let followed =
        city.client.post(city.url("/api/v1/follows")).bearer_auth(&ben).json(&json!({"target": topic})).send().await;
    assert_eq!(followed.unwrap().status(), 200);
    eventually("the topic accepts", async || {
        get_json(&city, &ben, "/api/v1/me/following").await["items"].as_array().is_some_and(|i| !i.is_empty())
    })
    .await;
    let created =
        national.client.post(national.url("/api/v1/events")).bearer_auth(&anna).json(&webinar(None)).send().await;
    assert_eq!(created.unwrap().status(), 201);
    eventually("the city's calendar has the announced event", async || {
        let events = get_json(&city, &ben, "/api/v1/events").await;
        events["items"].as_array().is_some_and(|i| i.iter().any(|e| e["title"] == "Heat planning webinar"))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_webinar_link_is_never_served_publicly_nor_taken_from_anyone_but_the_organiser() {
    use cairn::db::{self, deliveries::Outgoing, models::NewActivity};
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    // What an earlier version stored: a public Create whose Event carries the link, and a
    // private Update that went to a participant.
    let actor = db::actors::local_by_username(&node.state.db, "anna").await.unwrap().unwrap();
    let event = json!({"type": "Event", "id": node.url("/events/1"), "isOnline": true,
        "location": [{"type": "VirtualLocation", "url": "https://meet.example/old"}]});
    for (kind, public) in [("create", true), ("update", false)] {
        let id = node.url(&format!("/activities/{kind}/stored-{kind}"));
        let payload = json!({"id": id, "type": "Create", "actor": actor.ap_id, "object": event});
        let activity = NewActivity {
            ap_id: id,
            kind: "Create".into(),
            actor_ap_id: actor.ap_id.clone(),
            local: true,
            public,
            payload: payload.to_string(),
            created_at: db::now(),
        };
        db::deliveries::enqueue(&node.state.db, &Outgoing { activity, signer_id: actor.id, inboxes: Vec::new() })
            .await
            .unwrap();
    }
    let fetch = async |path: &str| {
        let response =
            node.client.get(node.url(path)).header("accept", "application/activity+json").send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    };
    let (status, outbox) = fetch("/users/anna/outbox?page=true").await;
    assert!(status == 200 && outbox.contains("stored-create") && !outbox.contains("meet.example"), "{outbox}");
    let (status, create) = fetch("/activities/create/stored-create").await;
    assert!(status == 200 && !create.contains("meet.example") && create.contains("\"isOnline\":true"), "{create}");
    assert_eq!(fetch("/activities/update/stored-update").await.0, 404, "a private activity is not served");

    // A copy of a remote event passed on by another actor of its server brings no link.
    let organiser = Remote::start().await;
    let city_id = format!("{}/objects/city", organiser.base);
    organiser.objects.lock().unwrap().insert(
        "city".into(),
        json!({"@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
               "id": city_id, "type": "Organization", "preferredUsername": "city", "name": "City",
               "inbox": format!("{}/inbox", organiser.base), "publicKey": organiser.public_key(&city_id)}),
    );
    // anna follows the organiser and its city (whose Announces are then taken).
    for followed in [organiser.actor_id.clone(), city_id.clone()] {
        let (status, _) =
            crate::common::api(&node, &anna, reqwest::Method::POST, "/api/v1/follows", json!({"target": followed}))
                .await;
        assert!(status < 300);
        let mut follow = Value::Null;
        eventually("anna's Follow arrives", async || {
            let follows = organiser.received_of_type("Follow");
            follow = follows.into_iter().find(|f| f["object"] == followed).unwrap_or_default();
            !follow.is_null()
        })
        .await;
        let accept = json!({"id": format!("{followed}#accept"), "type": "Accept", "actor": followed, "object": follow});
        let response = organiser.post_as(&followed, &node.url("/inbox"), &accept.to_string()).await;
        assert!(response.status().is_success());
        eventually("the follow is accepted", async || {
            get_json(&node, &anna, "/api/v1/me/following").await.to_string().contains(&followed)
        })
        .await;
    }
    let day = (chrono::Utc::now() + chrono::Duration::days(5)).format("%Y-%m-%dT10:00:00Z").to_string();
    let event_id = format!("{}/objects/meetup", organiser.base);
    let remote_event = |link: &str| {
        json!({"id": event_id, "type": "Event", "name": "Heat meetup", "attributedTo": organiser.actor_id,
            "startTime": day, "isOnline": true, "location": [{"type": "VirtualLocation", "url": link}]})
    };
    let create = organiser.activity("Create", remote_event("https://meet.example/real"));
    let response = organiser.post(&node.url("/inbox"), &create.to_string(), Spoil::default()).await;
    assert!(response.status().is_success(), "{}", response.status());
    let announce = json!({"id": format!("{city_id}#announce"), "type": "Announce", "actor": city_id,
        "to": ["https://www.w3.org/ns/activitystreams#Public"], "object": remote_event("https://phish.example/fake")});
    let response = organiser.post_as(&city_id, &node.url("/inbox"), &announce.to_string()).await;
    assert!(response.status().is_success(), "{}", response.status());
    let held = db::events::by_ap_id(&node.state.db, &event_id).await.unwrap().expect("the event is held");
    assert_eq!(held.online_url.as_deref(), Some("https://meet.example/real"), "the organiser's link stays");
    assert!(held.online);
}
