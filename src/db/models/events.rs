//! Rows of events and of the people taking part in them.

use super::super::schema::*;
use chrono::NaiveDateTime;
use diesel::prelude::{AsChangeset, Insertable, Queryable, Selectable};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = events, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Event {
    pub id: i64,
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub organizer_id: i64,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    pub online_url: Option<String>,
    pub address: String,
    pub capacity: Option<i64>,
    pub join_mode: String,
    pub status: String,
    pub sectors: String,
    pub tags: String,
    pub language: String,
    pub country: String,
    pub participant_count: i64,
    pub url: String,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Whether it happens online; `online_url` may still be unknown here (see `domain::event`).
    pub online: bool,
    /// Its banner picture, a JSON `Attachment` (see `banner`).
    pub banner: Option<String>,
    /// The versions in other languages: a JSON list of `domain::resource::Translation`.
    pub translations: String,
}

impl Event {
    pub fn sector_list(&self) -> Vec<String> {
        serde_json::from_str(&self.sectors).unwrap_or_default()
    }
    pub fn tag_list(&self) -> Vec<String> {
        serde_json::from_str(&self.tags).unwrap_or_default()
    }
    pub fn banner(&self) -> Option<crate::domain::resource::Attachment> {
        self.banner.as_deref().and_then(|banner| serde_json::from_str(banner).ok())
    }
    pub fn translation_list(&self) -> Vec<crate::domain::resource::Translation> {
        crate::domain::resource::stored_translations(&self.translations)
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = events, treat_none_as_null = true)]
pub struct NewEvent {
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub organizer_id: i64,
    pub title: String,
    pub description: String,
    pub description_html: String,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub timezone: String,
    /// Written by `db::events::update` alone, which knows when to keep the one held.
    #[diesel(skip_update)]
    pub online_url: Option<String>,
    pub address: String,
    pub capacity: Option<i64>,
    pub join_mode: String,
    pub status: String,
    pub sectors: String,
    pub tags: String,
    pub language: String,
    pub country: String,
    pub participant_count: i64,
    pub url: String,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Whether it happens online; `online_url` may still be unknown here (see `domain::event`).
    pub online: bool,
    /// Its banner picture, a JSON `Attachment` (see `banner`).
    pub banner: Option<String>,
    /// The versions in other languages: a JSON list of `domain::resource::Translation`.
    pub translations: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = participations, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Participation {
    pub id: i64,
    pub event_id: i64,
    pub actor_id: i64,
    pub state: String,
    pub activity_ap_id: String,
    pub created_at: NaiveDateTime,
}
