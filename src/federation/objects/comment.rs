//! Comments on resources: `Note`s whose `inReplyTo` is a resource, from any server.

use super::actor::ApActor;
use crate::{
    db::{
        self,
        models::{Actor, Comment, NewComment},
    },
    domain::{handle::host_of_url, markup::sanitize_html},
    error::{AppError, AppResult},
    federation::protocol::{
        article::{NoteJson, PUBLIC},
        id_of,
    },
    state::AppState,
};
use activitypub_federation::{
    config::Data, fetch::object_id::ObjectId, protocol::verification::verify_domains_match, traits::Object,
};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use url::Url;

pub const MAX_COMMENT_CHARS: usize = 20_000;

#[derive(Debug, Clone)]
pub struct ApComment {
    pub row: Comment,
    id: Url,
}

impl ApComment {
    pub fn new(row: Comment) -> AppResult<ApComment> {
        let id = Url::parse(&row.ap_id).map_err(AppError::internal)?;
        Ok(ApComment { row, id })
    }
}

/// What a local comment looks like on the wire.
pub fn note_json(
    id: &Url,
    author: &Actor,
    resource_ap_id: &str,
    resource_author: &str,
    content_html: &str,
    published: DateTime<Utc>,
) -> NoteJson {
    NoteJson {
        id: id.clone(),
        kind: "Note".into(),
        attributed_to: Value::String(author.ap_id.clone()),
        content: Some(content_html.to_string()),
        in_reply_to: Value::String(resource_ap_id.to_string()),
        published: Some(published),
        to: json!([PUBLIC]),
        cc: json!([resource_author]),
        audience: Value::Null,
        tag: Vec::new(),
        attachment: Vec::new(),
        url: None,
        updated: None,
    }
}

#[async_trait::async_trait]
impl Object for ApComment {
    type DataType = AppState;
    type Kind = NoteJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        db::resources::comment_by_ap_id(&data.db, object_id.as_str()).await?.map(ApComment::new).transpose()
    }

    async fn into_json(self, data: &Data<AppState>) -> AppResult<NoteJson> {
        let resource = db::resources::by_id(&data.db, self.row.resource_id)
            .await?
            .ok_or_else(|| AppError::not_found("resource gone"))?;
        let author =
            db::actors::by_id(&data.db, self.row.author_id).await?.ok_or_else(|| AppError::not_found("author gone"))?;
        let resource_author =
            db::actors::by_id(&data.db, resource.author_id).await?.map(|a| a.ap_id).unwrap_or_default();
        Ok(note_json(
            &self.id,
            &author,
            &resource.ap_id,
            &resource_author,
            &self.row.content_html,
            self.row.published_at.and_utc(),
        ))
    }

    async fn verify(json: &NoteJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        let author = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a comment needs an author"))?;
        if host_of_url(&author) != host_of_url(&json.id) {
            return Err(AppError::forbidden("a comment's author must be on the comment's own server"));
        }
        Ok(())
    }

    async fn from_json(json: NoteJson, data: &Data<AppState>) -> AppResult<Self> {
        let parent = id_of(&json.in_reply_to).ok_or_else(|| AppError::bad_request("a comment replies to something"))?;
        let resource = db::resources::by_ap_id(&data.db, parent.as_str())
            .await?
            .ok_or_else(|| AppError::not_found("this replies to nothing this node holds"))?;
        let author_id = id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a comment needs an author"))?;
        let author = ObjectId::<ApActor>::from(author_id).dereference(data).await?;
        let content: String = json.content.unwrap_or_default().chars().take(MAX_COMMENT_CHARS).collect();
        let comment = NewComment {
            ap_id: json.id.to_string(),
            resource_id: resource.id,
            author_id: author.row.id,
            content_html: sanitize_html(&content),
            local: false,
            published_at: json.published.unwrap_or_else(Utc::now).naive_utc(),
        };
        ApComment::new(db::resources::add_comment(&data.db, &comment, None).await?)
    }
}
