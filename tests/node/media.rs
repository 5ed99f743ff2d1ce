//! Uploads: kept only when they are what they say, images stored again without their
//! metadata, files served so that they cannot act as pages, nothing half-kept after a refusal.

use crate::common::{TestNode, api, eventually};
use cairn::db;
use image::{DynamicImage, ImageFormat, RgbImage};
use reqwest::{
    Method,
    multipart::{Form, Part},
};
use serde_json::{Value, json};
use std::io::Cursor;

pub(crate) async fn upload(node: &TestNode, token: &str, bytes: Vec<u8>, name: &str, claimed: &str) -> (u16, Value) {
    let part = Part::bytes(bytes).file_name(name.to_string()).mime_str(claimed).unwrap();
    let form = Form::new().part("file", part).text("description", "A heat pump on a school roof");
    let response = node.client.post(node.url("/api/v1/media")).bearer_auth(token).multipart(form).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

pub(crate) fn photo(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
    let image = RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(image).write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A JPEG with an EXIF segment carrying a location, as phones write them.
fn photo_with_location() -> Vec<u8> {
    let jpeg = photo(2400, 1200, ImageFormat::Jpeg);
    let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".to_vec();
    exif.extend_from_slice(b"GPS 50.8503N 4.3517E secret-spot");
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    segment.extend_from_slice(&exif);
    [&jpeg[..2], &segment, &jpeg[2..]].concat()
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG of a few bytes that claims `side` × `side` pixels.
fn decompression_bomb(side: u32) -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc32(&[kind, data].concat()).to_be_bytes());
        out
    };
    let mut header = side.to_be_bytes().to_vec();
    header.extend_from_slice(&side.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    [
        b"\x89PNG\r\n\x1a\n".to_vec(),
        chunk(b"IHDR", &header),
        chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0, 0, 0, 0, 1]),
        chunk(b"IEND", &[]),
    ]
    .concat()
}

pub(crate) fn stored_files(node: &TestNode) -> Vec<String> {
    match std::fs::read_dir(&node.state.config.media.folder) {
        Ok(entries) => entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect(),
        Err(_) => Vec::new(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn images_are_stored_again_without_metadata_and_documents_download() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let (status, _) = upload(&node, "not-a-token", photo(10, 10, ImageFormat::Png), "a.png", "image/png").await;
    assert_eq!(status, 401);

    let (status, image) = upload(&node, &anna, photo_with_location(), "roof.jpg", "image/jpeg").await;
    assert_eq!(status, 201, "{image}");
    assert_eq!(image["media_type"], "image/jpeg");
    assert_eq!((image["width"].as_i64(), image["height"].as_i64()), (Some(1600), Some(800)), "resized for display");
    assert_eq!(image["description"], "A heat pump on a school roof");
    assert!(image["blurhash"].as_str().is_some_and(|hash| hash.len() >= 6), "{image}");
    let served = node.client.get(image["url"].as_str().unwrap()).send().await.unwrap();
    assert_eq!(served.status(), 200);
    let headers = served.headers().clone();
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert!(headers["cache-control"].to_str().unwrap().contains("immutable"));
    let bytes = served.bytes().await.unwrap();
    assert!(!bytes.windows(11).any(|w| w == b"secret-spot"), "the location is gone");
    assert!(!bytes.windows(4).any(|w| w == b"Exif"), "no EXIF at all");
    let thumbnail = node.client.get(image["thumbnail_url"].as_str().unwrap()).send().await.unwrap();
    let small = image::load_from_memory(&thumbnail.bytes().await.unwrap()).unwrap();
    assert_eq!((small.width(), small.height()), (400, 200));

    let (status, pdf) = upload(&node, &anna, b"%PDF-1.7\n1 0 obj\n".to_vec(), "plan.pdf", "application/pdf").await;
    assert_eq!(status, 201, "{pdf}");
    assert_eq!((pdf["media_type"].as_str(), pdf["thumbnail_url"].as_str()), (Some("application/pdf"), None));
    let served = node.client.get(pdf["url"].as_str().unwrap()).send().await.unwrap();
    assert!(served.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let (status, csv) =
        upload(&node, &anna, b"city,tco2e\nGent,12\n".to_vec(), "d.csv", "application/vnd.ms-excel").await;
    assert_eq!((status, csv["media_type"].as_str()), (201, Some("text/csv")), "{csv}");

    // One's own uploads are one's own.
    let ben = node.user_with_token("ben").await;
    let path = format!("/api/v1/media/{}", image["id"]);
    let mine = node.client.get(node.url(&path)).bearer_auth(&anna).send().await.unwrap();
    assert_eq!(mine.status(), 200);
    let theirs = node.client.get(node.url(&path)).bearer_auth(&ben).send().await.unwrap();
    assert_eq!(theirs.status(), 404);
    assert_eq!(node.client.get(node.url("/media/..%2Fcairn.db")).send().await.unwrap().status(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_uploads_are_refused_whole() {
    let node =
        TestNode::start_with(&[("CAIRN_MEDIA_MAX_FILE_BYTES", "300000"), ("CAIRN_MEDIA_MAX_PERSON_BYTES", "400000")])
            .await;
    let anna = node.user_with_token("anna").await;
    let (status, refused) = upload(&node, &anna, vec![b'a'; 350_000], "big.txt", "text/plain").await;
    assert_eq!(status, 413, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("0.3 MB"), "{refused}");

    let program = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0".to_vec();
    let (status, refused) = upload(&node, &anna, program, "photo.png", "image/png").await;
    assert_eq!(status, 422, "{refused}");
    assert!(
        refused["message"].as_str().unwrap().contains("application/vnd.microsoft.portable-executable"),
        "{refused}"
    );
    let (status, refused) = upload(&node, &anna, b"%PDF-1.7\n".to_vec(), "photo.png", "image/png").await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("application/pdf"), "{refused}");

    // Past the side limit (40 GB decoded), and within it but past the pixels one (1 GB).
    for side in [100_000, 16_000] {
        let (status, refused) = upload(&node, &anna, decompression_bomb(side), "bomb.png", "image/png").await;
        assert_eq!(status, 422, "{refused}");
        assert!(refused["message"].as_str().unwrap().contains("too large to open"), "{refused}");
    }
    let mut truncated = photo(300, 300, ImageFormat::Png);
    truncated.truncate(truncated.len() / 2);
    let (status, refused) = upload(&node, &anna, truncated, "cut.png", "image/png").await;
    assert_eq!(status, 422, "{refused}");
    assert!(stored_files(&node).is_empty(), "nothing kept: {:?}", stored_files(&node));
    // A body that is not a multipart form at all is refused in the API's own shape.
    let response = node.client.post(node.url("/api/v1/media")).bearer_auth(&anna).send().await.unwrap();
    assert_eq!(response.status(), 400);
    let refused: Value = response.json().await.unwrap_or(Value::Null);
    assert!(refused["error"].is_string() && refused["message"].is_string(), "{refused}");

    // Within the file limit, past the person's.
    let (status, _) = upload(&node, &anna, vec![b'a'; 250_000], "one.txt", "text/plain").await;
    assert_eq!(status, 201);
    let (status, refused) = upload(&node, &anna, vec![b'b'; 250_000], "two.txt", "text/plain").await;
    assert_eq!(status, 413, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("0.4 MB"), "{refused}");
    assert_eq!(stored_files(&node).len(), 1);
}

/// Files attached to a resource go out with it (an `Image` with its blurhash, a `Document`),
/// another node lists them, and deleting the resource deletes the files.
#[tokio::test(flavor = "multi_thread")]
async fn attached_files_travel_with_the_resource_and_leave_with_it() {
    let a = TestNode::start().await;
    let b = TestNode::start().await;
    let anna = a.user_with_token("anna").await;
    let cara = a.user_with_token("cara").await;
    let ben = b.user_with_token("ben").await;
    let anna_handle = format!("@anna@{}", a.base.trim_start_matches("http://"));
    let (status, _) = api(&b, &ben, Method::POST, "/api/v1/follows", json!({"target": anna_handle})).await;
    assert!(status < 300, "{status}");
    eventually("ben follows anna", async || {
        let (_, following) = api(&b, &ben, Method::GET, "/api/v1/me/following", Value::Null).await;
        following["items"].as_array().is_some_and(|items| items.len() == 1)
    })
    .await;
    let (_, image) = upload(&a, &anna, photo(800, 600, ImageFormat::Png), "plant.png", "image/png").await;
    let (_, pdf) = upload(&a, &anna, b"%PDF-1.7\n1 0 obj\n".to_vec(), "plan.pdf", "application/pdf").await;
    let resource = |media: Value| {
        json!({"kind": "case_study", "title": "A heat plant for the district", "summary": "Illustrative.",
               "language": "en", "sectors": ["energy_systems"], "country": "BE", "media_ids": media})
    };
    let (status, refused) = api(&a, &cara, Method::POST, "/api/v1/resources", resource(json!([image["id"]]))).await;
    assert_eq!((status, refused["field"].as_str()), (422, Some("media_ids")), "not cara's file: {refused}");
    let (status, published) =
        api(&a, &anna, Method::POST, "/api/v1/resources", resource(json!([image["id"], pdf["id"]]))).await;
    assert_eq!(status, 201, "{published}");
    let page =
        a.client.get(a.url(&format!("/resources/{}", published["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(pdf["url"].as_str().unwrap()), "{page}");
    let thumbnail = format!(
        "<img src=\"{}\" alt=\"A heat pump on a school roof\" width=\"400\" height=\"300\"",
        image["thumbnail_url"].as_str().unwrap()
    );
    assert!(page.contains(&thumbnail), "the image shows as its thumbnail: {page}");

    let ap_id = published["ap_id"].as_str().unwrap().to_string();
    eventually("B holds the resource", async || db::resources::by_ap_id(&b.state.db, &ap_id).await.unwrap().is_some())
        .await;
    let on_b = db::resources::by_ap_id(&b.state.db, &ap_id).await.unwrap().unwrap().attachment_list();
    assert_eq!(on_b.len(), 2, "{on_b:?}");
    assert_eq!(on_b[0].url, image["url"].as_str().unwrap());
    assert_eq!((on_b[0].media_type.as_str(), on_b[0].title.as_str()), ("image/png", "A heat pump on a school roof"));
    assert_eq!(on_b[0].blurhash.as_deref(), image["blurhash"].as_str());
    assert_eq!((on_b[1].media_type.as_str(), on_b[1].blurhash.as_deref()), ("application/pdf", None));
    let id_on_b = db::resources::by_ap_id(&b.state.db, &ap_id).await.unwrap().unwrap().id;
    let page_on_b = b.client.get(b.url(&format!("/resources/{id_on_b}"))).send().await.unwrap().text().await.unwrap();
    for url in [&image["url"], &pdf["url"]] {
        assert!(page_on_b.contains(&format!("href=\"{}\"", url.as_str().unwrap())), "B links {url}: {page_on_b}");
    }

    // A post's picture goes out the same way.
    let (_, bikes) = upload(&a, &anna, photo(640, 480, ImageFormat::Jpeg), "bikes.jpg", "image/jpeg").await;
    let (status, post) = api(
        &a,
        &anna,
        Method::POST,
        "/api/v1/posts",
        json!({"content": "New bike parking at the station", "media_ids": [bikes["id"]]}),
    )
    .await;
    assert_eq!(status, 201, "{post}");
    let post_ap_id = post["ap_id"].as_str().unwrap().to_string();
    eventually("B holds the post", async || db::posts::by_ap_id(&b.state.db, &post_ap_id).await.unwrap().is_some())
        .await;
    let on_b = db::posts::by_ap_id(&b.state.db, &post_ap_id).await.unwrap().unwrap().attachment_list();
    assert_eq!(on_b.len(), 1, "{on_b:?}");
    assert_eq!((on_b[0].url.as_str(), on_b[0].media_type.as_str()), (bikes["url"].as_str().unwrap(), "image/jpeg"));
    assert_eq!(post["attachments"][0]["url"], bikes["url"], "{post}");
    let page = a.client.get(a.url(&format!("/posts/{}", post["id"]))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("<img src=\"{}\"", bikes["thumbnail_url"].as_str().unwrap())), "{page}");
    let (status, _) = api(&a, &anna, Method::DELETE, &format!("/api/v1/posts/{}", post["id"]), Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    let (_, rack) = upload(&a, &anna, photo(200, 120, ImageFormat::Png), "rack.png", "image/png").await;
    let (status, alone) =
        api(&a, &anna, Method::POST, "/api/v1/posts", json!({"content": " ", "media_ids": [rack["id"]]})).await;
    assert_eq!(
        (status, &alone["attachments"][0]["url"]),
        (201, &rack["url"]),
        "a picture may be posted alone: {alone}"
    );
    let (status, _) = api(&a, &anna, Method::DELETE, &format!("/api/v1/posts/{}", alone["id"]), Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    let (status, empty) = api(&a, &anna, Method::POST, "/api/v1/posts", json!({"content": " "})).await;
    assert_eq!((status, empty["field"].as_str()), (422, Some("content")), "{empty}");

    // An edit that keeps only the image drops the PDF's file (the image's alt text, longer than a
    // link's title may be, does not stand in the way).
    let long_alt = "A heat pump on a school roof, seen from the playground. ".repeat(5);
    let (_, roof) = upload(&a, &anna, photo(300, 200, ImageFormat::Png), "roof.png", "image/png").await;
    let path = format!("/api/v1/resources/{}", published["id"]);
    let edit = json!({"attachments": [{"url": image["url"], "media_type": "image/png", "title": long_alt}],
                      "media_ids": [roof["id"]]});
    let (status, edited) = api(&a, &anna, Method::PATCH, &path, edit).await;
    assert_eq!(status, 200, "{edited}");
    assert_eq!(a.client.get(pdf["url"].as_str().unwrap()).send().await.unwrap().status(), 404);
    assert_eq!(a.client.get(image["url"].as_str().unwrap()).send().await.unwrap().status(), 200);
    let (status, again) = api(&a, &anna, Method::PATCH, &path, json!({"title": "A heat plant, edited"})).await;
    assert_eq!(status, 200, "{again}");

    let (status, _) =
        api(&a, &anna, Method::DELETE, &format!("/api/v1/resources/{}", published["id"]), Value::Null).await;
    assert!((200..300).contains(&status), "{status}");
    for url in [&image["url"], &image["thumbnail_url"], &roof["url"]] {
        let gone = a.client.get(url.as_str().unwrap()).send().await.unwrap();
        assert_eq!(gone.status(), 404, "{url}");
    }
    assert!(stored_files(&a).is_empty(), "{:?}", stored_files(&a));
}

/// The resource form takes files without any script: a preview keeps what was sent (listed
/// under Attachments), publishing attaches it, a refused file is named and nothing of it kept.
#[tokio::test(flavor = "multi_thread")]
async fn the_resource_form_takes_files() {
    let node = TestNode::start().await;
    node.user_with_token("anna").await;
    let csrf = node.log_in("anna").await;
    let form = node.client.get(node.url("/knowledge/new")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("enctype=\"multipart/form-data\"") && form.contains("type=\"file\""), "{form}");
    let fields = |csrf: &str| {
        Form::new()
            .text("csrf", csrf.to_string())
            .text("kind", "case_study")
            .text("title", "Heat pumps on school roofs")
            .text("summary", "Illustrative demo data.")
            .text("language", "en")
            .text("sectors", "energy_systems")
            .text("country", "BE")
            .text("upload_description", "The roof, seen from the playground")
    };
    let file = |bytes: Vec<u8>, name: &str, claimed: &str| {
        Part::bytes(bytes).file_name(name.to_string()).mime_str(claimed).unwrap()
    };

    let disguised = fields(&csrf).part("upload", file(b"%PDF-1.7\n".to_vec(), "roof.png", "image/png"));
    let refused = node.client.post(node.url("/knowledge/new")).multipart(disguised).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("roof.png") && page.contains("application/pdf"), "{page}");
    assert!(stored_files(&node).is_empty(), "{:?}", stored_files(&node));

    let preview = fields(&csrf)
        .text("preview", "1")
        .part("upload", file(photo(1200, 900, ImageFormat::Jpeg), "roof.jpg", "image/jpeg"))
        .part("upload", file(b"%PDF-1.7\n1 0 obj\n".to_vec(), "plan.pdf", "application/pdf"));
    let shown = node.client.post(node.url("/knowledge/new")).multipart(preview).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    let page = shown.text().await.unwrap();
    let listed: Vec<String> = page
        .split("/media/")
        .skip(1)
        .map(|rest| rest.split(|c: char| c.is_whitespace() || c == '"').next().unwrap().to_string())
        .collect();
    assert_eq!(listed.len(), 2, "both files listed under Attachments: {page}");
    let attachments = listed
        .iter()
        .zip([
            "The roof, seen from the playground | image/jpeg",
            "The roof, seen from the playground | application/pdf",
        ])
        .map(|(key, rest)| format!("{} | {rest}", node.url(&format!("/media/{key}"))))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(page.contains(&attachments), "{attachments} in {page}");

    let publish = fields(&csrf).text("attachments", attachments);
    let published = node.client.post(node.url("/knowledge/new")).multipart(publish).send().await.unwrap();
    assert_eq!(published.status(), 303);
    let location = published.headers()["location"].to_str().unwrap().to_string();
    let page = node.client.get(node.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("<img src=") && page.contains(".small.jpg"), "the photo's thumbnail: {page}");
    assert!(page.contains(&listed[1]), "the PDF: {page}");
    let resource = db::resources::by_id(&node.state.db, location.trim_start_matches("/resources/").parse().unwrap())
        .await
        .unwrap()
        .unwrap();
    let attached = db::media::attached_to(&node.state.db, &resource.ap_id).await.unwrap();
    assert_eq!(attached.len(), 2, "both files belong to the resource now");
    let listed = resource.attachment_list();
    assert!(
        listed[0].blurhash.is_some() && listed[1].blurhash.is_none(),
        "the photo keeps its placeholder: {listed:?}"
    );
}

/// A Mastodon app uploads a picture (v2), gives it its alt text, posts a status with it, and
/// reads the status back with the picture; a Cairn token on the shared paths gets Cairn's shapes.
#[tokio::test(flavor = "multi_thread")]
async fn mastodon_apps_attach_media_to_statuses() {
    let node = TestNode::start().await;
    let cairn_token = node.user_with_token("anna").await;
    let client = crate::mastodon::app(&node, "read write").await;
    let token = crate::mastodon::token(&node, &client, "read write").await;
    let (_, instance) = crate::mastodon::call(&node, Method::GET, &token, "/api/v2/instance", &[]).await;
    assert_eq!(instance["configuration"]["statuses"]["max_media_attachments"], 4);

    let send = |path: &str, bytes: Vec<u8>, name: &str, claimed: &str| {
        let part = Part::bytes(bytes).file_name(name.to_string()).mime_str(claimed).unwrap();
        node.client.post(node.url(path)).bearer_auth(&token).multipart(Form::new().part("file", part)).send()
    };
    let not_a_form = node.client.post(node.url("/api/v2/media")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(not_a_form.status(), 400);
    let refused: Value = not_a_form.json().await.unwrap_or(Value::Null);
    assert!(refused["error"].as_str().is_some_and(|e| e.contains("could not be read")), "{refused}");
    let response = send("/api/v2/media", photo(900, 600, ImageFormat::Png), "bikes.png", "image/png").await.unwrap();
    assert_eq!(response.status(), 200);
    let uploaded: Value = response.json().await.unwrap();
    assert_eq!((uploaded["type"].as_str(), uploaded["meta"]["original"]["width"].as_i64()), (Some("image"), Some(900)));
    assert!(uploaded["preview_url"].as_str().is_some_and(|url| url.contains(".small.")), "{uploaded}");
    let id = uploaded["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/media/{id}");
    let (status, described) =
        crate::mastodon::call(&node, Method::PUT, &token, &path, &[("description", "Bikes at the station")]).await;
    assert_eq!((status, described["description"].as_str()), (200, Some("Bikes at the station")), "{described}");
    let (status, cairn_view) = api(&node, &cairn_token, Method::GET, &path, Value::Null).await;
    assert_eq!((status, cairn_view["media_type"].as_str()), (200, Some("image/png")), "{cairn_view}");
    let response = send("/api/v2/media", b"MZ\x90\0\x03\0\0\0".to_vec(), "x.png", "image/png").await.unwrap();
    assert_eq!(response.status(), 422);
    // Past the request body limit (1 MB), within the file limit.
    let response = send("/api/v2/media", vec![b'a'; 1_500_000], "notes.txt", "text/plain").await.unwrap();
    assert_eq!(response.status(), 200);

    let (status, refused) = crate::mastodon::call(
        &node,
        Method::POST,
        &token,
        "/api/v1/statuses",
        &[
            ("status", "Too many"),
            ("media_ids[]", "1"),
            ("media_ids[]", "2"),
            ("media_ids[]", "3"),
            ("media_ids[]", "4"),
            ("media_ids[]", "5"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    let (status, posted) = crate::mastodon::call(
        &node,
        Method::POST,
        &token,
        "/api/v1/statuses",
        &[("status", "Our new bike parking #cycling"), ("media_ids[]", &id)],
    )
    .await;
    assert_eq!(status, 200, "{posted}");
    let attached = &posted["media_attachments"][0];
    assert_eq!((attached["id"].as_str(), attached["type"].as_str()), (Some(id.as_str()), Some("image")), "{posted}");
    assert_eq!(attached["description"], "Bikes at the station");
    let (status, _) =
        crate::mastodon::call(&node, Method::PUT, &token, &path, &[("description", "Changed afterwards")]).await;
    assert_eq!(status, 422, "attached files keep what their status says");
    let (status, again) = crate::mastodon::call(
        &node,
        Method::POST,
        &token,
        "/api/v1/statuses",
        &[("status", "The same picture twice"), ("media_ids[]", &id)],
    )
    .await;
    assert_eq!(status, 422, "a file belongs to one status: {again}");
    assert!(again["error"].as_str().unwrap().contains("that can be attached"), "{again}");

    // "Delete and redraft": the status comes back with its text, its picture stays an upload to
    // post again; deleting with `delete_media` deletes the picture.
    let status_path = format!("/api/v1/statuses/{}", posted["id"].as_str().unwrap());
    let (status, deleted) = crate::mastodon::call(&node, Method::DELETE, &token, &status_path, &[]).await;
    assert_eq!(status, 200);
    assert_eq!(
        (deleted["text"].as_str(), deleted["media_attachments"][0]["id"].as_str()),
        (Some("Our new bike parking #cycling"), Some(id.as_str())),
        "{deleted}"
    );
    assert_eq!(stored_files(&node).len(), 3, "the picture and its thumbnail stay: {:?}", stored_files(&node));
    let (status, redrafted) = crate::mastodon::call(
        &node,
        Method::POST,
        &token,
        "/api/v1/statuses",
        &[("status", "Our new bike parking, redrafted"), ("media_ids[]", &id)],
    )
    .await;
    assert_eq!((status, redrafted["media_attachments"][0]["id"].as_str()), (200, Some(id.as_str())), "{redrafted}");
    let status_path = format!("/api/v1/statuses/{}?delete_media=true", redrafted["id"].as_str().unwrap());
    let (status, _) = crate::mastodon::call(&node, Method::DELETE, &token, &status_path, &[]).await;
    assert_eq!(status, 200);
    let left = stored_files(&node);
    assert!(left.len() == 1 && left[0].ends_with(".txt"), "delete_media deletes the picture: {left:?}");

    // The profile's pictures, as apps send them; a refused profile keeps none of what it sent.
    let before = stored_files(&node);
    let pdf = Part::bytes(b"%PDF-1.7\n1 0 obj\n".to_vec()).file_name("me.pdf").mime_str("application/pdf").unwrap();
    let form = Form::new().text("display_name", "Anna").part("avatar", pdf);
    let url = node.url("/api/v1/accounts/update_credentials");
    let response = node.client.patch(url).bearer_auth(&token).multipart(form).send().await.unwrap();
    assert_eq!(response.status(), 422, "a document is no avatar");
    assert_eq!(stored_files(&node), before, "the refused avatar is not kept");
    let avatar = Part::bytes(photo(400, 400, ImageFormat::Png)).file_name("me.png").mime_str("image/png").unwrap();
    let form = Form::new().text("display_name", "Anna").text("locked", "false").part("avatar", avatar);
    let url = node.url("/api/v1/accounts/update_credentials");
    let response = node.client.patch(url).bearer_auth(&token).multipart(form).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let account: Value = response.json().await.unwrap();
    assert!(account["avatar"].as_str().is_some_and(|url| url.ends_with(".small.png")), "{account}");
    assert_eq!(account["display_name"], "Anna");
}

/// Uploads never attached are cleared after a while, and files of something deleted without
/// them (a post deleted with its group) at once; attached ones stay.
#[tokio::test(flavor = "multi_thread")]
async fn files_nothing_uses_are_cleared() {
    let node = TestNode::start().await;
    let anna = node.user_with_token("anna").await;
    let (_, kept) = upload(&node, &anna, b"%PDF-1.7\n1 0 obj\n".to_vec(), "plan.pdf", "application/pdf").await;
    let (_, waiting) = upload(&node, &anna, b"city,tco2e\n".to_vec(), "d.csv", "text/csv").await;
    let (_, orphaned) = upload(&node, &anna, photo(120, 80, ImageFormat::Png), "p.png", "image/png").await;
    let resource = json!({"kind": "case_study", "title": "A heat plant", "summary": "Illustrative.", "language": "en",
        "sectors": ["energy_systems"], "country": "BE", "media_ids": [kept["id"]]});
    let (status, _) = api(&node, &anna, Method::POST, "/api/v1/resources", resource).await;
    assert_eq!(status, 201);
    let (status, post) = api(
        &node,
        &anna,
        Method::POST,
        "/api/v1/posts",
        json!({"content": "A picture", "media_ids": [orphaned["id"]]}),
    )
    .await;
    assert_eq!(status, 201, "{post}");
    db::posts::delete(&node.state.db, post["id"].as_i64().unwrap(), &[]).await.unwrap();
    assert_eq!(stored_files(&node).len(), 4, "{:?}", stored_files(&node));

    let an_hour_ago = db::now() - chrono::Duration::hours(1);
    assert_eq!(cairn::service::media::sweep(&node.state, an_hour_ago).await.unwrap(), 1, "the deleted post's picture");
    let status_of = async |file: &Value| node.client.get(file["url"].as_str().unwrap()).send().await.unwrap().status();
    assert_eq!(status_of(&orphaned).await, 404);
    assert_eq!(status_of(&waiting).await, 200, "a fresh upload waits to be attached");
    let later = db::now() + chrono::Duration::minutes(1);
    assert_eq!(cairn::service::media::sweep(&node.state, later).await.unwrap(), 1);
    assert_eq!(status_of(&waiting).await, 404);
    assert_eq!(status_of(&kept).await, 200);
    assert_eq!(stored_files(&node).len(), 1, "{:?}", stored_files(&node));
}
