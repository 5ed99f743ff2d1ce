//! Pictures that people, groups and events show: an avatar and a header, a group's picture, an
//! event's banner. Chosen from one's uploads (API), sent with a form (no script), or by a
//! Mastodon app; they travel with the actor or event, and a replaced one is deleted.

use crate::common::{TestNode, api, eventually};
use crate::media::{photo, stored_files, upload};
use cairn::db::{self, models::Resource};
use image::ImageFormat;
use reqwest::{
    Method,
    multipart::{Form, Part},
};
use serde_json::{Value, json};

async fn status_of(node: &TestNode, url: &Value) -> u16 {
    node.client.get(url.as_str().unwrap()).send().await.unwrap().status().as_u16()
}

#[tokio::test(flavor = "multi_thread")]
async fn avatars_headers_group_pictures_and_banners_travel_and_are_replaced() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let cara = a.user_with_token("cara").await;
    let ben = b.user_with_token("ben").await;
    let png = |w, h| photo(w, h, ImageFormat::Png);

    // Anna's avatar (its thumbnail) and header, from her uploads; not a document, not another's file.
    let (_, face) = upload(&a, &anna, png(800, 800), "face.png", "image/png").await;
    let (_, skyline) = upload(&a, &anna, png(1500, 500), "skyline.png", "image/png").await;
    let (_, pdf) = upload(&a, &anna, b"%PDF-1.7\n1 0 obj\n".to_vec(), "plan.pdf", "application/pdf").await;
    let (_, caras) = upload(&a, &cara, png(100, 100), "cara.png", "image/png").await;
    for (choice, field) in [
        (json!({"avatar_media_id": pdf["id"]}), "avatar_media_id"),
        (json!({"header_media_id": caras["id"]}), "header_media_id"),
    ] {
        let (status, refused) = api(&a, &anna, Method::PATCH, "/api/v1/me", choice).await;
        assert_eq!((status, refused["field"].as_str()), (422, Some(field)), "{refused}");
    }
    let choice = json!({"avatar_media_id": face["id"], "header_media_id": skyline["id"]});
    let (status, me) = api(&a, &anna, Method::PATCH, "/api/v1/me", choice).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!((&me["avatar_url"], &me["header_url"]), (&face["thumbnail_url"], &skyline["url"]), "{me}");
    let profile = a.client.get(a.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(profile.contains(&format!("class=\"profile-header\" src=\"{}\"", skyline["url"].as_str().unwrap())));

    // A file of this node is chosen by upload, not by typing its address.
    let (status, refused) = api(&a, &anna, Method::PATCH, "/api/v1/me", json!({"header_url": caras["url"]})).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("header_url")), "{refused}");

    // B learns them with the actor, and hears when the avatar changes; the old file is deleted.
    b.follow(&ben, &a, "anna").await;
    let ap_id = me["ap_id"].as_str().unwrap().to_string();
    let on_b = db::actors::by_ap_id(&b.state.db, &ap_id).await.unwrap().unwrap();
    assert_eq!(
        (on_b.avatar_url.as_deref(), on_b.header_url.as_deref()),
        (face["thumbnail_url"].as_str(), skyline["url"].as_str())
    );
    let page_on_b = b.client.get(b.url(&format!("/@anna@{}", on_b.domain))).send().await.unwrap().text().await;
    let page_on_b = page_on_b.unwrap();
    assert!(page_on_b.contains("anna") && !page_on_b.contains(skyline["url"].as_str().unwrap()), "not loaded from A");
    let (_, new_face) = upload(&a, &anna, png(600, 600), "new-face.png", "image/png").await;
    let (status, me) = api(&a, &anna, Method::PATCH, "/api/v1/me", json!({"avatar_media_id": new_face["id"]})).await;
    assert_eq!((status, &me["header_url"]), (200, &skyline["url"]), "the header stays: {me}");
    assert_eq!((status_of(&a, &face["url"]).await, status_of(&a, &face["thumbnail_url"]).await), (404, 404));
    eventually("B has the new avatar", async || {
        let on_b = db::actors::by_ap_id(&b.state.db, &ap_id).await.unwrap().unwrap();
        on_b.avatar_url.as_deref() == new_face["thumbnail_url"].as_str()
    })
    .await;
    let (_, me) = api(&a, &anna, Method::PATCH, "/api/v1/me", json!({"header_url": ""})).await;
    assert_eq!((me["header_url"].is_null(), status_of(&a, &skyline["url"]).await), (true, 404), "{me}");

    // An event's banner: on its page here, as `image` and Mobilizon's `Banner` on the wire, a
    // link on B; removed with an edit.
    let (_, hall) = upload(&a, &anna, photo(1200, 600, ImageFormat::Jpeg), "hall.jpg", "image/jpeg").await;
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let event = json!({"title": "Heat walk", "description": "Illustrative.", "start": format!("{day}T10:00"),
        "end": format!("{day}T11:30"), "timezone": "Europe/Paris", "address": "Town hall", "language": "en",
        "media_ids": [hall["id"]]});
    let (status, event) = api(&a, &anna, Method::POST, "/api/v1/events", event).await;
    assert_eq!(status, 201, "{event}");
    let event_ap_id = event["ap_id"].as_str().unwrap().to_string();
    let document: Value = a
        .client
        .get(&event_ap_id)
        .header("accept", "application/activity+json")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        (&document["image"]["url"], &document["image"]["name"]),
        (&hall["url"], &json!("A heat pump on a school roof"))
    );
    assert_eq!(
        (&document["attachment"][0]["name"], &document["attachment"][0]["url"]),
        (&json!("Banner"), &hall["url"])
    );
    let page = a.client.get(a.url(&format!("/events/{}", event["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("class=\"banner\" src=\"{}\"", hall["url"].as_str().unwrap())), "{page}");
    eventually("B holds the event", async || db::events::by_ap_id(&b.state.db, &event_ap_id).await.unwrap().is_some())
        .await;
    let on_b = db::events::by_ap_id(&b.state.db, &event_ap_id).await.unwrap().unwrap();
    assert_eq!(on_b.banner().map(|banner| banner.url), hall["url"].as_str().map(str::to_string));
    let banner_on_b = format!("class=\"banner\" src=\"{}/media/remote", b.base);
    eventually("B shows its own copy of the banner", async || {
        let page = b.client.get(b.url(&format!("/events/{}", on_b.id))).send().await.unwrap().text().await.unwrap();
        page.contains(&banner_on_b)
    })
    .await;
    let path = format!("/api/v1/events/{}", event["id"]);
    let (status, _) = api(&a, &anna, Method::PATCH, &path, json!({"title": "Heat walk, edited"})).await;
    assert_eq!((status, status_of(&a, &hall["url"]).await), (200, 200), "an edit without media_ids keeps it");
    let (status, _) = api(&a, &anna, Method::PATCH, &path, json!({"media_ids": []})).await;
    assert_eq!((status, status_of(&a, &hall["url"]).await), (200, 404));

    // A group's picture, set when it is created and removed by its admin.
    let (_, logo) = upload(&a, &anna, png(500, 500), "logo.png", "image/png").await;
    let group = json!({"handle": "heat", "name": "Heat networks", "join_mode": "open", "visibility": "public",
                       "media_ids": [logo["id"]]});
    let (status, group) = api(&a, &anna, Method::POST, "/api/v1/groups", group).await;
    assert_eq!(status, 201, "{group}");
    let actor = db::actors::local_by_username(&a.state.db, "heat").await.unwrap().unwrap();
    assert_eq!(actor.avatar_url.as_deref(), logo["thumbnail_url"].as_str());
    let (status, _) = api(&a, &anna, Method::PATCH, "/api/v1/groups/heat", json!({"media_ids": []})).await;
    assert_eq!((status, status_of(&a, &logo["url"]).await), (200, 404));

    let (status, _) = api(&a, &anna, Method::DELETE, &path, Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    let left = stored_files(&a);
    assert_eq!(left.len(), 2 + 1 + 2, "the new avatar, the unused PDF and cara's picture: {left:?}");
}

/// The profile, event and group forms take a picture without any script; a form shown again
/// with its mistakes keeps the picture sent.
#[tokio::test(flavor = "multi_thread")]
async fn picture_forms_work_without_script() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let picture = |bytes: Vec<u8>, name: &str, claimed: &str| {
        Part::bytes(bytes).file_name(name.to_string()).mime_str(claimed).unwrap()
    };
    let post = async |path: &str, form: Form| {
        let response = node.client.post(node.url(path)).multipart(form).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    };

    let form = node.client.get(node.url("/settings/profile")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("enctype=\"multipart/form-data\"") && form.contains("name=\"header\""), "{form}");
    let profile = |csrf: &str| Form::new().text("csrf", csrf.to_string()).text("display_name", "Anna");
    let pdf = picture(b"%PDF-1.7\n".to_vec(), "face.png", "image/png");
    let (status, page) = post("/settings/profile", profile(&csrf).part("avatar", pdf)).await;
    assert_eq!(status, 422);
    assert!(page.contains("face.png") && page.contains("application/pdf"), "{page}");
    let face = picture(photo(640, 640, ImageFormat::Jpeg), "face.jpg", "image/jpeg");
    assert_eq!(post("/settings/profile", profile(&csrf).part("avatar", face)).await.0, 303);
    let anna = db::actors::local_by_username(&node.state.db, "anna").await.unwrap().unwrap();
    let avatar = anna.avatar_url.clone().unwrap();
    assert!(avatar.ends_with(".small.jpg"), "{avatar}");
    let page = node.client.get(node.url("/@anna")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&avatar), "{page}");
    // Saved again untouched, the avatar stays; removed, its file goes.
    let again = profile(&csrf).text("avatar_url", avatar.clone());
    assert_eq!(post("/settings/profile", again).await.0, 303);
    assert_eq!(node.client.get(&avatar).send().await.unwrap().status(), 200);
    let removed = profile(&csrf).text("avatar_url", avatar.clone()).text("remove_avatar", "on");
    assert_eq!(post("/settings/profile", removed).await.0, 303);
    assert_eq!(node.client.get(&avatar).send().await.unwrap().status(), 404);

    // An event form with a mistake keeps its banner; sent again corrected, the event shows it.
    let day = (chrono::Utc::now() + chrono::Duration::days(3)).format("%Y-%m-%d").to_string();
    let event = |csrf: &str, title: &str| {
        Form::new()
            .text("csrf", csrf.to_string())
            .text("title", title.to_string())
            .text("description", "Illustrative.")
            .text("start", format!("{day}T10:00"))
            .text("end", format!("{day}T11:30"))
            .text("timezone", "Europe/Paris")
            .text("address", "Town hall")
            .text("join_mode", "free")
            .text("language", "en")
            .text("status", "confirmed")
            .text("banner_description", "The town hall square")
    };
    let banner = picture(photo(1200, 500, ImageFormat::Png), "square.png", "image/png");
    let (status, page) = post("/events/new", event(&csrf, "").part("banner", banner)).await;
    assert_eq!(status, 422, "no title");
    let needle = "name=\"banner_media_id\" value=\"";
    let start = page.find(needle).expect("the banner is kept") + needle.len();
    let kept = &page[start..start + page[start..].find('"').unwrap()];
    let (status, _) = post("/events/new", event(&csrf, "Heat walk").text("banner_media_id", kept.to_string())).await;
    assert_eq!(status, 303);
    let kept: i64 = kept.parse().unwrap();
    let file = db::media::by_id(&node.state.db, kept).await.unwrap().unwrap();
    let attached = file.attached_to.clone().expect("attached to the event");
    let event = db::events::by_ap_id(&node.state.db, &attached).await.unwrap().unwrap();
    let banner = event.banner().unwrap();
    assert_eq!((banner.title.as_str(), banner.media_type.as_str()), ("The town hall square", "image/png"));
    let page = node.client.get(node.url(&format!("/events/{}", event.id))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("class=\"banner\" src=\"{}\" alt=\"The town hall square\"", banner.url)), "{page}");

    // A group made with its picture.
    let group = Form::new()
        .text("csrf", csrf.clone())
        .text("handle", "heat")
        .text("name", "Heat networks")
        .text("join_mode", "open")
        .text("visibility", "public")
        .part("avatar", picture(photo(300, 300, ImageFormat::Png), "logo.png", "image/png"));
    assert_eq!(post("/groups/new", group).await.0, 303);
    let heat = db::actors::local_by_username(&node.state.db, "heat").await.unwrap().unwrap();
    assert!(heat.avatar_url.is_some_and(|url| url.ends_with(".small.png")));
}

/// A case study `token` publishes on `from` with `extra` fields, as `on` holds it once it arrived.
async fn published(from: &TestNode, token: &str, title: &str, extra: Value, on: &TestNode) -> Resource {
    let mut resource = json!({"kind": "case_study", "title": title, "summary": "Illustrative.", "language": "en",
                              "sectors": ["energy_systems"], "country": "BE"});
    resource.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
    let (status, published) = api(from, token, Method::POST, "/api/v1/resources", resource).await;
    assert_eq!(status, 201, "{published}");
    let ap_id = published["ap_id"].as_str().unwrap().to_string();
    eventually("it arrives", async || db::resources::by_ap_id(&on.state.db, &ap_id).await.unwrap().is_some()).await;
    db::resources::by_ap_id(&on.state.db, &ap_id).await.unwrap().unwrap()
}

/// Another server's pictures are fetched, made again and kept up to the cap, the oldest going
/// first; what is not a picture, or not kept, is a link.
#[tokio::test(flavor = "multi_thread")]
async fn other_servers_pictures_are_kept_within_the_cap() {
    let a = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let picture = photo(900, 600, ImageFormat::Png);
    let (_, first) = upload(&a, &anna, picture.clone(), "first.png", "image/png").await;
    let (_, second) = upload(&a, &anna, picture, "second.png", "image/png").await;
    // Room for one of the two (both are made again the same way, to the same size).
    let size = first["size"].as_i64().unwrap();
    let cap = (size + size / 2).to_string();
    let b = TestNode::start_with(&[("CAIRN_MEDIA_REMOTE_CACHE_BYTES", cap.as_str())]).await;
    let ben = b.user_with_token("ben").await;
    b.follow(&ben, &a, "anna").await;
    let publish = async |title: &str, extra: Value| published(&a, &anna, title, extra, &b).await;
    let page_on_b =
        async |id: i64| b.client.get(b.url(&format!("/resources/{id}"))).send().await.unwrap().text().await.unwrap();
    let kept_here = format!("<img src=\"{}/media/remote", b.base);

    let one = publish("A heat plant", json!({"media_ids": [first["id"]]})).await;
    eventually("B shows its copy", async || page_on_b(one.id).await.contains(&kept_here)).await;
    let kept = db::media::attached_to(&b.state.db, &one.ap_id).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].remote_url.as_ref(), kept[0].size), (first["url"].as_str().map(str::to_string).as_ref(), size));
    // One copy of a picture per object, however many arrivals of it are fetching at once.
    let twin = db::models::NewMedia {
        owner_id: kept[0].owner_id,
        file_key: "remotetwin.png".into(),
        thumbnail_key: None,
        media_type: "image/png".into(),
        size,
        description: String::new(),
        width: None,
        height: None,
        blurhash: None,
        created_at: db::now(),
        attached_to: Some(one.ap_id.clone()),
        remote_url: kept[0].remote_url.clone(),
    };
    assert!(db::media::insert(&b.state.db, &twin).await.is_err(), "a second copy is refused");

    let two = publish("A second plant", json!({"media_ids": [second["id"]]})).await;
    eventually("B shows the second copy", async || page_on_b(two.id).await.contains(&kept_here)).await;
    eventually("the first copy went", async || {
        db::media::attached_to(&b.state.db, &one.ap_id).await.unwrap().is_empty()
    })
    .await;
    let page = page_on_b(one.id).await;
    assert!(!page.contains(&kept_here) && page.contains(first["url"].as_str().unwrap()), "a link again: {page}");

    // A page of A's that says it is a picture is fetched, found not to be one, and stays a link.
    let disguised =
        json!({"attachments": [{"url": a.url("/static/cairn.css"), "media_type": "image/png", "title": "Style"}]});
    let three = publish("A third plant", disguised).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(db::media::attached_to(&b.state.db, &three.ap_id).await.unwrap().is_empty());
    let page = page_on_b(three.id).await;
    assert!(!page.contains(&kept_here) && page.contains("/static/cairn.css"), "{page}");
}

/// When the cap is reached, the server keeping the most gives up its oldest picture: one server
/// sending many pictures cannot push out another's.
#[tokio::test(flavor = "multi_thread")]
async fn a_server_sending_many_pictures_gives_up_its_own_first() {
    let (a, c) = (TestNode::start().await, TestNode::start().await);
    let (anna, cleo) = (a.user_with_token("anna").await, c.user_with_token("cleo").await);
    let picture = || photo(900, 600, ImageFormat::Png);
    let (_, lone) = upload(&c, &cleo, picture(), "lone.png", "image/png").await;
    let (_, first) = upload(&a, &anna, picture(), "first.png", "image/png").await;
    let (_, second) = upload(&a, &anna, picture(), "second.png", "image/png").await;
    // Room for two of the three, all made again to the same size.
    let size = first["size"].as_i64().unwrap();
    let cap = (2 * size + size / 2).to_string();
    let b = TestNode::start_with(&[("CAIRN_MEDIA_REMOTE_CACHE_BYTES", cap.as_str())]).await;
    let ben = b.user_with_token("ben").await;
    b.follow(&ben, &c, "cleo").await;
    b.follow(&ben, &a, "anna").await;
    let kept = async |resource: &Resource| db::media::attached_to(&b.state.db, &resource.ap_id).await.unwrap().len();

    // C's picture is the oldest kept; A's two come after it.
    let from_c = published(&c, &cleo, "A lone plant", json!({"media_ids": [lone["id"]]}), &b).await;
    eventually("B keeps C's picture", async || kept(&from_c).await == 1).await;
    let one = published(&a, &anna, "A heat plant", json!({"media_ids": [first["id"]]}), &b).await;
    eventually("B keeps A's first picture", async || kept(&one).await == 1).await;
    let two = published(&a, &anna, "A second plant", json!({"media_ids": [second["id"]]}), &b).await;
    eventually("B keeps A's second picture", async || kept(&two).await == 1).await;
    eventually("A's first picture went", async || kept(&one).await == 0).await;
    assert_eq!(kept(&from_c).await, 1, "C's older picture stays: A keeps the most");
}
