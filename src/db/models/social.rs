//! Groups and their posts, as stored.

use super::super::schema::*;
use chrono::NaiveDateTime;
use diesel::prelude::{AsChangeset, Insertable, Queryable, Selectable};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = groups, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Group {
    pub id: i64,
    pub actor_id: i64,
    pub sectors: String,
    pub topics: String,
    pub join_mode: String,
    pub visibility: String,
    pub created_at: NaiveDateTime,
    /// The language of its name and description ('' when another server never said).
    pub language: String,
    /// Its name and description in other languages (`domain::translation::Translation`s).
    pub translations: String,
}

impl Group {
    pub fn translation_list(&self) -> Vec<crate::domain::translation::Translation> {
        crate::domain::translation::stored_translations(&self.translations)
    }
    pub fn sector_list(&self) -> Vec<String> {
        serde_json::from_str(&self.sectors).unwrap_or_default()
    }
    pub fn topic_list(&self) -> Vec<String> {
        serde_json::from_str(&self.topics).unwrap_or_default()
    }
    pub fn members_only(&self) -> bool {
        self.visibility == "members"
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = groups)]
pub struct NewGroup {
    pub actor_id: i64,
    pub sectors: String,
    pub topics: String,
    pub join_mode: String,
    pub visibility: String,
    pub created_at: NaiveDateTime,
    pub language: String,
    pub translations: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = posts, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Post {
    pub id: i64,
    pub ap_id: String,
    pub local: bool,
    pub author_id: i64,
    pub group_id: Option<i64>,
    pub in_reply_to: Option<String>,
    pub content: String,
    pub content_html: String,
    pub visibility: String,
    pub mentions: String,
    pub tags: String,
    pub url: String,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// JSON list of `Attachment`s.
    pub attachments: String,
}

impl Post {
    pub fn mention_list(&self) -> Vec<String> {
        serde_json::from_str(&self.mentions).unwrap_or_default()
    }
    pub fn tag_list(&self) -> Vec<String> {
        serde_json::from_str(&self.tags).unwrap_or_default()
    }
    pub fn attachment_list(&self) -> Vec<crate::domain::resource::Attachment> {
        serde_json::from_str(&self.attachments).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = posts)]
pub struct NewPost {
    pub ap_id: String,
    pub local: bool,
    pub author_id: i64,
    pub group_id: Option<i64>,
    pub in_reply_to: Option<String>,
    pub content: String,
    pub content_html: String,
    pub visibility: String,
    pub mentions: String,
    pub tags: String,
    pub url: String,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub attachments: String,
}
