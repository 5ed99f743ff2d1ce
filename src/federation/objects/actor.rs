//! Actors as federated objects: local ones are served from the database, remote ones are
//! fetched, checked, cleaned and cached.

use crate::{
    db::{
        self,
        models::{Actor, NewActor, NewGroup},
    },
    domain::{
        group::GROUP_VERSIONS,
        handle::host_of_url,
        markup::{html_to_paragraphs, paragraphs_html},
        taxonomy::TAXONOMY,
        translation::{Translation, check_translations},
        web_link,
    },
    error::{AppError, AppResult, Problems},
    federation::{
        objects::versions::{WireVersions, by_language},
        protocol::{
            actor::{ACTOR_TYPES, ActorJson, Endpoints},
            id_of,
        },
    },
    state::AppState,
};
use activitypub_federation::{
    config::Data,
    protocol::verification::verify_domains_match,
    traits::{Actor as ApActorTrait, Object},
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use url::Url;

#[derive(Debug, Clone)]
pub struct ApActor {
    pub row: Actor,
    id: Url,
}

impl ApActor {
    pub fn new(row: Actor) -> AppResult<ApActor> {
        let id = Url::parse(&row.ap_id).map_err(AppError::internal)?;
        Ok(ApActor { row, id })
    }

    /// Where to deliver to this actor: its server's shared inbox when it has one.
    pub fn delivery_inbox(&self) -> String {
        self.row.delivery_inbox()
    }
}

/// Bounded plain text from remote HTML or text, keeping paragraph breaks.
fn plain_text(html: &str, max_chars: usize) -> String {
    html_to_paragraphs(html).chars().take(max_chars).collect()
}

fn property(attachment: &[Value], names: &[&str]) -> Option<String> {
    attachment.iter().find_map(|field| {
        let name = field.get("name")?.as_str()?;
        if names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            field.get("value").and_then(Value::as_str).map(|v| plain_text(v, 100))
        } else {
            None
        }
    })
}

#[async_trait::async_trait]
impl Object for ApActor {
    type DataType = AppState;
    type Kind = ActorJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        Some(self.row.refreshed_at.and_utc())
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        db::actors::by_ap_id(&data.db, object_id.as_str()).await?.map(ApActor::new).transpose()
    }

    /// A known actor answered 410 Gone when refreshed: its server suspended or deleted it, so it
    /// is hidden here as that server hides it, until a later fetch or `Update` says otherwise.
    async fn delete(&self, data: &Data<AppState>) -> AppResult<()> {
        if !self.row.local {
            db::actors::set_suspended_at_origin(&data.db, self.row.id, true).await?;
        }
        Ok(())
    }

    async fn into_json(self, data: &Data<AppState>) -> AppResult<ActorJson> {
        let public_key = ApActorTrait::public_key(&self);
        let row = self.row;
        let mut attachment = Vec::new();
        for (name, value) in [("Job title", &row.job_title), ("Organisation", &row.organisation), ("City", &row.city)] {
            if !value.is_empty() {
                attachment.push(json!({"type": "PropertyValue", "name": name, "value": value}));
            }
        }
        let summary = (!row.summary.is_empty()).then(|| paragraphs_html(&row.summary));
        let location = (!row.country.is_empty() || !row.city.is_empty()).then(|| {
            json!({"type": "Place", "name": if row.city.is_empty() { row.country.clone() } else { row.city.clone() },
                   "address": {"type": "PostalAddress", "addressLocality": row.city, "addressCountry": row.country}})
        });
        let group = if row.kind == "Group" { db::groups::by_actor(&data.db, row.id).await? } else { None };
        let name = row.name_or_username().to_string();
        let (name_map, summary_map) = match group.as_ref().filter(|g| !g.language.is_empty()) {
            Some(group) => {
                let versions: Vec<Translation> = group
                    .translation_list()
                    .into_iter()
                    .map(|v| Translation { body_html: paragraphs_html(&v.body), ..v })
                    .collect();
                let summary_map =
                    summary.as_ref().map(|s| by_language(&group.language, s, &versions, |v| &v.body_html));
                (Some(by_language(&group.language, &name, &versions, |v| &v.title)), summary_map)
            }
            None => (None, None),
        };
        Ok(ActorJson {
            attributed_to: group.as_ref().map(|_| Value::String(format!("{}/moderators", row.ap_id))),
            sectors: group
                .as_ref()
                .map_or_else(|| row.sector_list(), |g| g.sector_list())
                .into_iter()
                .map(Value::String)
                .collect(),
            topics: group.as_ref().map(|g| g.topic_list().into_iter().map(Value::String).collect()).unwrap_or_default(),
            join_mode: group.as_ref().map(|g| wire_join_mode(&g.join_mode).to_string()),
            visibility: group.as_ref().map(|g| g.visibility.clone()),
            id: self.id.clone(),
            kind: row.kind.clone(),
            preferred_username: row.username.clone(),
            name: Some(name),
            name_map,
            summary,
            summary_map,
            inbox: Url::parse(&row.inbox)?,
            outbox: row.outbox.as_deref().map(Url::parse).transpose()?,
            followers: row.followers_url.as_deref().map(Url::parse).transpose()?,
            following: row.following_url.as_deref().map(Url::parse).transpose()?,
            endpoints: Some(Endpoints { shared_inbox: Some(Url::parse(&data.url("/inbox"))?) }),
            public_key,
            assertion_method: match (&row.private_key_pem, row.local) {
                (Some(pem), true) => super::super::multikey::assertion_method(&row.ap_id, pem),
                _ => Vec::new(),
            },
            manually_approves_followers: row.manually_approves,
            also_known_as: row.aliases().into_iter().map(Value::String).collect(),
            moved_to: row.moved_to.clone().map(Value::String),
            suspended: row.local && row.suspended,
            discoverable: Some(true),
            url: row.profile_url.clone(),
            icon: row.avatar_url.as_ref().map(|u| json!({"type": "Image", "url": u})),
            image: row.header_url.as_ref().map(|u| json!({"type": "Image", "url": u})),
            published: Some(row.created_at.and_utc()),
            attachment,
            location,
            job_title: (!row.job_title.is_empty()).then(|| row.job_title.clone()),
            city: (!row.city.is_empty()).then(|| row.city.clone()),
            expertise: row.expertise_tags().into_iter().map(Value::String).collect(),
            organisation: (!row.organisation.is_empty()).then(|| row.organisation.clone()),
        })
    }

    async fn verify(json: &ActorJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        if !ACTOR_TYPES.contains(&json.kind.as_str()) {
            return Err(AppError::bad_request(format!("{} is a {}, not an actor", json.id, json.kind)));
        }
        let same_host = |u: &Url| host_of_url(u) == host_of_url(&json.id);
        let shared = json.endpoints.as_ref().and_then(|e| e.shared_inbox.as_ref());
        if !same_host(&json.inbox) || shared.is_some_and(|s| !same_host(s)) {
            return Err(AppError::bad_request("an actor's inbox must be on its own server"));
        }
        if json.public_key.owner != json.id {
            return Err(AppError::bad_request("the actor's key belongs to someone else"));
        }
        if username_of(json).is_empty() || json.preferred_username.len() > 100 {
            return Err(AppError::bad_request("the actor has no usable preferredUsername"));
        }
        Ok(())
    }

    async fn from_json(json: ActorJson, data: &Data<AppState>) -> AppResult<Self> {
        let now = db::now();
        let expertise: Vec<String> = json
            .expertise
            .iter()
            .filter_map(Value::as_str)
            .map(|t| plain_text(t, 60))
            .filter(|t| !t.is_empty())
            .take(20)
            .collect();
        let country = json
            .location
            .as_ref()
            .and_then(|l| l.pointer("/address/addressCountry"))
            .and_then(Value::as_str)
            .map(|c| plain_text(c, 60))
            .unwrap_or_default();
        let display_name = plain_text(json.name.as_deref().unwrap_or(""), 100);
        let group = (json.kind == "Group").then(|| remote_group(&json, &display_name, 0));
        let new = NewActor {
            ap_id: json.id.to_string(),
            kind: json.kind.clone(),
            username: username_of(&json),
            domain: host_of_url(&json.id),
            local: false,
            display_name,
            summary: plain_text(json.summary.as_deref().unwrap_or(""), 2000),
            job_title: json
                .job_title
                .as_deref()
                .map(|t| plain_text(t, 100))
                .or_else(|| property(&json.attachment, &["Job title", "Role", "Position"]))
                .unwrap_or_default(),
            city: json
                .city
                .as_deref()
                .map(|t| plain_text(t, 100))
                .or_else(|| property(&json.attachment, &["City", "Location"]))
                .unwrap_or_default(),
            country,
            expertise: serde_json::to_string(&expertise).map_err(AppError::internal)?,
            // A group's sectors are kept with the group (`remote_group`).
            sectors: if group.is_some() { "[]".into() } else { known_sectors(&json.sectors) },
            organisation: json
                .organisation
                .as_deref()
                .map(|t| plain_text(t, 200))
                .or_else(|| property(&json.attachment, &["Organisation", "Organization", "Employer"]))
                .unwrap_or_default(),
            avatar_url: json.icon.as_ref().and_then(picture_url),
            header_url: json.image.as_ref().and_then(picture_url),
            profile_url: json.url.as_deref().and_then(web_link),
            inbox: json.inbox.to_string(),
            shared_inbox: json.endpoints.and_then(|e| e.shared_inbox).map(String::from),
            outbox: json.outbox.map(String::from),
            followers_url: json.followers.map(String::from),
            following_url: json.following.map(String::from),
            public_key_pem: json.public_key.public_key_pem,
            private_key_pem: None,
            manually_approves: json.manually_approves_followers,
            also_known_as: serde_json::to_string(&actor_urls(&json.also_known_as)).map_err(AppError::internal)?,
            moved_to: json.moved_to.as_ref().and_then(id_of).map(String::from),
            suspended_at_origin: json.suspended,
            created_at: now,
            refreshed_at: now,
        };
        let row = db::actors::upsert_remote(&data.db, &new).await?;
        if let Some(group) = group {
            db::groups::upsert_remote(&data.db, &NewGroup { actor_id: row.id, ..group }).await?;
        }
        ApActor::new(row)
    }
}

/// The web address of an `icon` or `image`: a URL, an `Image` (its `url` a URL or a `Link`), or
/// a list of them (the first).
fn picture_url(picture: &Value) -> Option<String> {
    match picture {
        Value::String(url) => web_link(url),
        Value::Object(image) => image.get("url").or_else(|| image.get("href")).and_then(picture_url),
        Value::Array(items) => items.first().and_then(picture_url),
        _ => None,
    }
}

/// The actor URLs of an `alsoKnownAs`: ids or objects with one, at most 20.
fn actor_urls(values: &[Value]) -> Vec<String> {
    values.iter().filter_map(id_of).map(String::from).take(20).collect()
}

/// The taxonomy's sectors among `values` (others are dropped), as a JSON list.
fn known_sectors(values: &[Value]) -> String {
    let list: Vec<&str> =
        values.iter().filter_map(Value::as_str).filter(|s| TAXONOMY.sector_label(s).is_some()).take(20).collect();
    serde_json::to_string(&list).unwrap_or_else(|_| "[]".into())
}

/// A remote group's name and description in other languages, by the rules of a local group's
/// (a version that breaks them is left out; the group is not refused for it).
fn remote_group_versions(json: &ActorJson, name: &str) -> (String, Vec<Translation>) {
    let maps = WireVersions {
        language: None,
        content: json.summary.as_ref(),
        name_map: json.name_map.as_ref(),
        summary_map: None,
        content_map: json.summary_map.as_ref(),
    };
    let Some(language) = maps.original_language().filter(|l| TAXONOMY.knows_language(l)) else {
        return (String::new(), Vec::new());
    };
    let offered = maps.translations(&language, name, None, GROUP_VERSIONS);
    let versions = check_translations(&language, &offered, GROUP_VERSIONS, &mut Problems::default());
    (language, versions)
}

/// A remote group's settings, read leniently: unknown sectors are dropped, the join mode falls
/// back to what `manuallyApprovesFollowers` says; `name` is the group's, as kept.
fn remote_group(json: &ActorJson, name: &str, actor_id: i64) -> NewGroup {
    let strings = |values: &[Value], keep: &dyn Fn(&str) -> bool| -> String {
        let list: Vec<String> =
            values.iter().filter_map(Value::as_str).map(|v| plain_text(v, 50)).filter(|v| keep(v)).take(20).collect();
        serde_json::to_string(&list).unwrap_or_else(|_| "[]".into())
    };
    let (language, translations) = remote_group_versions(json, name);
    let join_mode = match json.join_mode.as_deref() {
        Some("free" | "open") => "open",
        Some("restricted" | "approval") => "approval",
        Some("invite") => "invite",
        _ if json.manually_approves_followers => "approval",
        _ => "open",
    };
    NewGroup {
        actor_id,
        sectors: known_sectors(&json.sectors),
        topics: strings(&json.topics, &|t| !t.is_empty()),
        join_mode: join_mode.to_string(),
        visibility: if json.visibility.as_deref() == Some("members") { "members" } else { "public" }.to_string(),
        created_at: db::now(),
        translations: serde_json::to_string(&translations).unwrap_or_else(|_| "[]".into()),
        language,
    }
}

/// Join modes on the wire use Mobilizon's words.
fn wire_join_mode(mode: &str) -> &str {
    match mode {
        "open" => "free",
        "approval" => "restricted",
        other => other,
    }
}

impl ApActorTrait for ApActor {
    fn public_key_pem(&self) -> &str {
        &self.row.public_key_pem
    }

    fn private_key_pem(&self) -> Option<String> {
        self.row.private_key_pem.clone()
    }

    fn inbox(&self) -> Url {
        Url::parse(&self.row.inbox).expect("stored inbox URLs were parsed before they were stored")
    }

    fn shared_inbox(&self) -> Option<Url> {
        self.row.shared_inbox.as_deref().and_then(|u| Url::parse(u).ok())
    }
}

/// The actor's `preferredUsername`, or the last segment of its id when it has none.
fn username_of(json: &ActorJson) -> String {
    let name = match json.preferred_username.trim() {
        "" => json.id.path_segments().and_then(|mut s| s.rfind(|s| !s.is_empty())).unwrap_or_default(),
        name => name,
    };
    plain_text(name, 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remote_html_becomes_plain_text() {
        assert_eq!(plain_text("<p>Hi <script>x()</script><b>there</b></p><p>again</p>", 100), "Hi there\n\nagain");
        assert_eq!(plain_text("a &amp; b &lt;c&gt;", 100), "a & b <c>");
        assert_eq!(plain_text(&"x".repeat(500), 10).len(), 10);
    }
}
