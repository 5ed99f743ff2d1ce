//! Other servers' JSON, as documented by them, read by Cairn's wire types.

use super::{
    activities::InboxActivity,
    protocol::{actor::ActorJson, article::ArticleJson, id_of},
};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))).unwrap()
}

#[test]
fn a_mastodon_actor_is_read_with_its_quirks() {
    let actor: ActorJson = serde_json::from_value(fixture("mastodon_actor.json")).unwrap();
    assert_eq!(actor.preferred_username, "alice");
    assert_eq!(actor.url.as_deref(), Some("https://social.example/@alice"));
    assert_eq!(actor.endpoints.unwrap().shared_inbox.unwrap().as_str(), "https://social.example/inbox");
    assert_eq!(actor.attachment.len(), 2);
}

#[test]
fn mastodon_activities_land_in_their_variants() {
    let reply: InboxActivity = serde_json::from_value(fixture("mastodon_reply.json")).unwrap();
    assert!(matches!(reply, InboxActivity::Create(_)));
    let accept: InboxActivity = serde_json::from_value(fixture("mastodon_accept.json")).unwrap();
    let InboxActivity::Accept(accept) = accept else { panic!("not an Accept") };
    assert_eq!(id_of(&accept.object).unwrap().as_str(), "https://lyon.example/activities/follow/abc");
    let like: InboxActivity = serde_json::from_value(fixture("pleroma_like.json")).unwrap();
    let InboxActivity::Like(like) = like else { panic!("not a Like") };
    assert_eq!(like.actor.inner().as_str(), "https://pleroma.example/users/bob", "an embedded actor object is read");
}

#[test]
fn an_article_from_another_kind_of_server_is_read() {
    let article: ArticleJson = serde_json::from_value(fixture("wordpress_article.json")).unwrap();
    assert_eq!(id_of(&article.attributed_to).unwrap().as_str(), "https://blog.example/author/city/");
    assert_eq!(article.summary, None);
    assert_eq!(article.tag.len(), 2);
    assert_eq!(article.attachment.len(), 1);
}

#[test]
fn a_foreign_article_becomes_a_valid_resource() {
    let article: ArticleJson = serde_json::from_value(fixture("wordpress_article.json")).unwrap();
    let input = super::objects::resource::input_from(&article);
    let valid = crate::domain::resource::check_resource(&input).unwrap();
    assert_eq!(valid.title, "Our heat plan");
    assert_eq!(valid.summary, "The plan in short.", "the summary falls back to the content's text");
    assert_eq!(valid.language, "nl", "the language comes from contentMap");
    assert_eq!(valid.tags, vec!["warmte"]);
    assert_eq!(valid.kind, "info_sheet");
    let html = crate::domain::markup::sanitize_html(article.content.as_deref().unwrap());
    assert!(!html.contains("onerror"), "{html}");
}

#[test]
fn every_language_of_an_article_is_read() {
    let article: ArticleJson = serde_json::from_value(fixture("multilingual_article.json")).unwrap();
    let input = super::objects::resource::input_from(&article);
    let valid = crate::domain::resource::check_resource(&input).unwrap();
    assert_eq!(valid.language, "fr", "the original is the map's entry that equals content");
    assert_eq!(valid.title, "Les réseaux de chaleur");
    let languages: Vec<&str> = valid.translations.iter().map(|t| t.language.as_str()).collect();
    assert_eq!(languages, vec!["en", "de"], "one version per other known language, in the order sent");
    let (english, german) = (&valid.translations[0], &valid.translations[1]);
    assert_eq!(english.title, "Heat networks");
    assert_eq!(english.summary, "What worked.");
    assert_eq!(english.body_html, "<p>Shared <b>heating</b>.</p>");
    assert_eq!(german.title, "Les réseaux de chaleur", "a title too short to keep is the original's");
    assert!(
        german.summary.starts_with("Gemeinsame Heizungen"),
        "a missing summary is the version's text: {}",
        german.summary
    );
    assert!(!german.body_html.contains("script"), "{}", german.body_html);
}
