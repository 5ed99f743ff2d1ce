//! Posts as federated `Note`s: group discussions (with `audience` = the group), replies and
//! short posts with mentions and hashtags.

use super::actor::ApActor;
use crate::{
    db::{
        self,
        models::{Actor, NewPost, Post},
    },
    domain::{group::MAX_POST_CHARS, handle::host_of_url, markup::sanitize_html},
    error::{AppError, AppResult},
    federation::protocol::{
        article::{NoteJson, PUBLIC},
        attachment, id_of, page_url,
    },
    state::AppState,
};
use activitypub_federation::{
    config::Data, fetch::object_id::ObjectId, protocol::verification::verify_domains_match, traits::Object,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use url::Url;

#[derive(Debug, Clone)]
pub struct ApPost {
    pub row: Post,
    /// The group a freshly received note says it belongs to. Only a path that can vouch for
    /// it (the group's own server, or the group's Announce) stores it as the post's group.
    pub audience: Option<Url>,
    id: Url,
}

/// Who a post is addressed to, besides what its visibility implies.
pub struct Addressing<'a> {
    pub author: &'a Actor,
    pub group: Option<&'a Actor>,
    /// Mentioned actors (ids and handles) and the author of what this replies to.
    pub mentioned: &'a [Actor],
    pub replied_author: Option<&'a str>,
}

impl ApPost {
    pub fn new(row: Post) -> AppResult<ApPost> {
        let id = Url::parse(&row.ap_id).map_err(AppError::internal)?;
        Ok(ApPost { row, audience: None, id })
    }

    pub fn to_note(&self, to: &Addressing<'_>) -> NoteJson {
        let row = &self.row;
        let mut recipients: Vec<Value> = Vec::new();
        let mut copies: Vec<Value> = Vec::new();
        match (to.group, row.visibility.as_str()) {
            (Some(group), "members") => {
                recipients.push(json!(group.ap_id));
                copies.extend(group.followers_url.iter().map(|f| json!(f)));
            }
            (Some(group), _) => {
                recipients.extend([json!(PUBLIC), json!(group.ap_id)]);
                copies.extend(group.followers_url.iter().map(|f| json!(f)));
            }
            (None, _) => {
                recipients.push(json!(PUBLIC));
                copies.extend(to.author.followers_url.iter().map(|f| json!(f)));
            }
        }
        copies.extend(to.mentioned.iter().map(|a| json!(a.ap_id)));
        copies.extend(to.replied_author.map(|a| json!(a)));
        let mut tag: Vec<Value> =
            to.mentioned.iter().map(|a| json!({"type": "Mention", "href": a.ap_id, "name": a.handle()})).collect();
        tag.extend(row.tag_list().iter().map(|t| json!({"type": "Hashtag", "name": format!("#{t}")})));
        NoteJson {
            id: self.id.clone(),
            kind: "Note".into(),
            attributed_to: json!(to.author.ap_id),
            content: Some(row.content_html.clone()),
            in_reply_to: row.in_reply_to.clone().map_or(Value::Null, Value::String),
            published: Some(row.published_at.and_utc()),
            to: Value::Array(recipients),
            cc: Value::Array(copies),
            audience: to.group.map_or(Value::Null, |g| json!(g.ap_id)),
            tag,
            attachment: attachment::to_wire(row.attachment_list()),
            url: Some(json!(row.url)),
            updated: (row.updated_at != row.published_at).then(|| row.updated_at.and_utc()),
        }
    }

    /// The note as this node serves it, addressed from what is stored.
    pub async fn note(&self, data: &Data<AppState>) -> AppResult<NoteJson> {
        let author =
            db::actors::by_id(&data.db, self.row.author_id).await?.ok_or_else(|| AppError::not_found("author gone"))?;
        let group = match self.row.group_id {
            Some(id) => db::actors::by_id(&data.db, id).await?,
            None => None,
        };
        let mut mentioned = Vec::new();
        for ap_id in self.row.mention_list() {
            mentioned.extend(db::actors::by_ap_id(&data.db, &ap_id).await?);
        }
        Ok(self.to_note(&Addressing {
            author: &author,
            group: group.as_ref(),
            mentioned: &mentioned,
            replied_author: None,
        }))
    }
}

/// Local people a note is addressed to (`to`, `cc`) without a `Mention` tag. Mastodon takes
/// them as silent mentions: the note is theirs to see and they are told of it. Only ids on
/// this node are looked up, at most 20 (a note may address thousands).
pub async fn silent_mentions(json: &NoteJson, data: &Data<AppState>, tagged: &[String]) -> AppResult<Vec<String>> {
    let ids = [&json.to, &json.cc].into_iter().flat_map(|field| match field {
        Value::Array(items) => items.iter().filter_map(id_of).collect(),
        other => id_of(other).into_iter().collect::<Vec<_>>(),
    });
    let here: Vec<Url> = ids.filter(|id| host_of_url(id) == data.domain).take(20).collect();
    let mut silent = Vec::new();
    for id in here {
        if tagged.iter().chain(&silent).any(|known| known == id.as_str()) {
            continue;
        }
        if db::actors::by_ap_id(&data.db, id.as_str()).await?.is_some_and(|a| a.local && a.kind != "Group") {
            silent.push(id.to_string());
        }
    }
    Ok(silent)
}

fn addressed_to(json: &NoteJson, id: &str) -> bool {
    let contains = |v: &Value| match v {
        Value::String(s) => s == id,
        Value::Array(items) => {
            items.iter().any(|i| i.as_str() == Some(id) || id_of(i).is_some_and(|u| u.as_str() == id))
        }
        _ => false,
    };
    contains(&json.to) || contains(&json.cc)
}

/// The group a note belongs to: its `audience`, or a known group it is addressed to.
pub async fn group_of(json: &NoteJson, data: &Data<AppState>) -> AppResult<Option<Actor>> {
    if let Some(audience) = id_of(&json.audience)
        && let Some(group) = db::actors::by_ap_id(&data.db, audience.as_str()).await?
    {
        return Ok((group.kind == "Group").then_some(group));
    }
    for value in [&json.to, &json.cc] {
        for item in value.as_array().into_iter().flatten().chain(std::iter::once(value).filter(|v| v.is_string())) {
            if let Some(id) = id_of(item).filter(|id| id.as_str() != PUBLIC)
                && let Some(actor) = db::actors::by_ap_id(&data.db, id.as_str()).await?
                && actor.kind == "Group"
            {
                return Ok(Some(actor));
            }
        }
    }
    Ok(None)
}

#[async_trait::async_trait]
impl Object for ApPost {
    type DataType = AppState;
    type Kind = NoteJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        Some(self.row.updated_at.and_utc())
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        db::posts::by_ap_id(&data.db, object_id.as_str()).await?.map(ApPost::new).transpose()
    }

    async fn into_json(self, data: &Data<AppState>) -> AppResult<NoteJson> {
        self.note(data).await
    }

    async fn verify(json: &NoteJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        if json.kind != "Note" {
            return Err(AppError::bad_request(format!("{} is a {}, not a note", json.id, json.kind)));
        }
        let author = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a post needs an author"))?;
        if host_of_url(&author) != host_of_url(&json.id) {
            return Err(AppError::forbidden("a post's author must be on the post's own server"));
        }
        Ok(())
    }

    async fn from_json(json: NoteJson, data: &Data<AppState>) -> AppResult<Self> {
        Ok(ApPost::store(json, data, None).await?.0)
    }
}

/// The group a received note is kept in, when it was posted to a group here or a group vouched
/// for it, and whether that group lets it stay public. Stored with the note in one write, so no
/// reader meets a group's post outside its group (or a members-only post as public).
#[derive(Clone, Copy)]
pub struct Placement {
    pub group_id: i64,
    pub may_be_public: bool,
}

impl ApPost {
    /// Stores a received note (`from_json`, or in a group); whether it was new here.
    pub async fn store(
        json: NoteJson,
        data: &Data<AppState>,
        placement: Option<Placement>,
    ) -> AppResult<(ApPost, bool)> {
        let author_id = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a post needs an author"))?;
        let author = ObjectId::<ApActor>::from(author_id).dereference(data).await?;
        let audience = group_of(&json, data).await?.and_then(|g| Url::parse(&g.ap_id).ok());
        let public = addressed_to(&json, PUBLIC) || addressed_to(&json, "as:Public") || addressed_to(&json, "Public");
        let to_followers = author.row.followers_url.as_deref().is_some_and(|f| addressed_to(&json, f));
        let visibility = match (placement, public, to_followers) {
            (Some(placement), true, _) if placement.may_be_public => "public",
            (Some(_), _, _) => "members",
            (None, true, _) => "public",
            (None, false, true) => "followers",
            // Addressed to named people only: a direct message.
            (None, false, false) => "direct",
        };
        let mut mentions: Vec<String> = json
            .tag
            .iter()
            .filter(|t| t.get("type").and_then(Value::as_str) == Some("Mention"))
            .filter_map(|t| t.get("href").and_then(Value::as_str))
            .filter(|h| Url::parse(h).is_ok())
            .take(50)
            .map(str::to_string)
            .collect();
        let silent = silent_mentions(&json, data, &mentions).await?;
        mentions.extend(silent.into_iter().take(50usize.saturating_sub(mentions.len())));
        let tags: Vec<String> = json
            .tag
            .iter()
            .filter(|t| t.get("type").and_then(Value::as_str) == Some("Hashtag"))
            .filter_map(|t| t.get("name").and_then(Value::as_str))
            .map(|n| n.trim_start_matches('#').to_lowercase().chars().take(50).collect::<String>())
            .filter(|n| !n.is_empty())
            .take(20)
            .collect();
        let content: String = json.content.clone().unwrap_or_default().chars().take(MAX_POST_CHARS * 4).collect();
        let published = json.published.unwrap_or_else(Utc::now);
        let url = page_url(json.url.as_ref().and_then(id_of), &json.id);
        let new = NewPost {
            ap_id: json.id.to_string(),
            local: false,
            author_id: author.row.id,
            group_id: placement.map(|p| p.group_id),
            in_reply_to: id_of(&json.in_reply_to).map(String::from),
            content: String::new(),
            content_html: sanitize_html(&content),
            visibility: visibility.to_string(),
            mentions: serde_json::to_string(&mentions).map_err(AppError::internal)?,
            tags: serde_json::to_string(&tags).map_err(AppError::internal)?,
            url,
            published_at: published.naive_utc(),
            updated_at: json.updated.unwrap_or(published).naive_utc(),
            attachments: serde_json::to_string(&attachment::from_wire(&json.attachment)).map_err(AppError::internal)?,
        };
        let (row, new) = db::posts::store_received(&data.db, &new).await?;
        crate::service::remote_pictures::keep_for(data, row.author_id, &row.ap_id, &row.attachment_list());
        let mut post = ApPost::new(row)?;
        post.audience = audience;
        Ok((post, new))
    }
}
