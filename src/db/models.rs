//! Rows as they are stored. Plain data; rules live in `domain/`.

mod apps;
mod events;
mod moderation;
mod social;
pub use apps::*;
pub use events::*;
pub use moderation::*;
pub use social::*;

use super::schema::*;
use chrono::NaiveDateTime;
use diesel::prelude::{AsChangeset, Insertable, Queryable, QueryableByName, Selectable};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = actors, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Actor {
    pub id: i64,
    pub ap_id: String,
    pub kind: String,
    pub username: String,
    pub domain: String,
    pub local: bool,
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: String,
    pub avatar_url: Option<String>,
    pub profile_url: Option<String>,
    pub inbox: String,
    pub shared_inbox: Option<String>,
    pub outbox: Option<String>,
    pub followers_url: Option<String>,
    pub following_url: Option<String>,
    pub public_key_pem: String,
    pub private_key_pem: Option<String>,
    pub manually_approves: bool,
    pub created_at: NaiveDateTime,
    pub refreshed_at: NaiveDateTime,
    /// The actor's other ids (`alsoKnownAs`), a JSON list of actor URLs.
    pub also_known_as: String,
    /// Where the actor moved (`movedTo`), once it has.
    pub moved_to: Option<String>,
    /// Sector ids of the taxonomy a person works in, a JSON list (a group's are in `groups`).
    pub sectors: String,
    /// Where a person works.
    pub organisation: String,
    /// An account a moderator suspended: a remote one's activities are refused; a local one
    /// cannot sign in and its content is hidden.
    pub suspended: bool,
    /// An account a moderator limited: left out of public lists, still seen by its followers.
    pub limited: bool,
    /// An account of another server that its server suspended: hidden here too.
    pub suspended_at_origin: bool,
    /// The picture across the top of its page (ActivityPub `image`).
    pub header_url: Option<String>,
}

impl Actor {
    pub fn expertise_tags(&self) -> Vec<String> {
        serde_json::from_str(&self.expertise).unwrap_or_default()
    }
    pub fn sector_list(&self) -> Vec<String> {
        serde_json::from_str(&self.sectors).unwrap_or_default()
    }
    pub fn aliases(&self) -> Vec<String> {
        serde_json::from_str(&self.also_known_as).unwrap_or_default()
    }
    /// `@name@domain`, the handle people type.
    pub fn handle(&self) -> String {
        format!("@{}@{}", self.username, self.domain)
    }
    /// Where to deliver to this actor: its server's shared inbox when it has one.
    pub fn delivery_inbox(&self) -> String {
        self.shared_inbox.clone().unwrap_or_else(|| self.inbox.clone())
    }
    pub fn name_or_username(&self) -> &str {
        if self.display_name.is_empty() { &self.username } else { &self.display_name }
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = actors)]
pub struct NewActor {
    pub ap_id: String,
    pub kind: String,
    pub username: String,
    pub domain: String,
    pub local: bool,
    pub display_name: String,
    pub summary: String,
    pub job_title: String,
    pub city: String,
    pub country: String,
    pub expertise: String,
    pub avatar_url: Option<String>,
    pub profile_url: Option<String>,
    pub inbox: String,
    pub shared_inbox: Option<String>,
    pub outbox: Option<String>,
    pub followers_url: Option<String>,
    pub following_url: Option<String>,
    pub public_key_pem: String,
    pub private_key_pem: Option<String>,
    pub manually_approves: bool,
    pub created_at: NaiveDateTime,
    pub refreshed_at: NaiveDateTime,
    pub also_known_as: String,
    pub moved_to: Option<String>,
    pub sectors: String,
    pub organisation: String,
    pub suspended_at_origin: bool,
    pub header_url: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct User {
    pub id: i64,
    pub actor_id: i64,
    pub username: String,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub approved: bool,
    pub created_at: NaiveDateTime,
    /// The interface language the person chose (a code of `i18n::Language`); empty: as their
    /// browser asks.
    pub language: String,
}

impl User {
    pub fn is_admin(&self) -> bool {
        self.role == "admin"
    }

    /// Moderators and administrators deal with reports and remove content.
    pub fn moderates(&self) -> bool {
        matches!(self.role.as_str(), "admin" | "moderator")
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = users)]
pub struct NewUser {
    pub actor_id: i64,
    pub username: String,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub approved: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = follows, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Follow {
    pub id: i64,
    pub follower_id: i64,
    pub followed_id: i64,
    pub state: String,
    pub activity_ap_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = follows)]
pub struct NewFollow {
    pub follower_id: i64,
    pub followed_id: i64,
    pub state: String,
    pub activity_ap_id: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = activities, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Activity {
    pub id: i64,
    pub ap_id: String,
    pub kind: String,
    pub actor_ap_id: String,
    pub local: bool,
    pub public: bool,
    pub payload: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = activities)]
pub struct NewActivity {
    pub ap_id: String,
    pub kind: String,
    pub actor_ap_id: String,
    pub local: bool,
    pub public: bool,
    pub payload: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = deliveries, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Delivery {
    pub id: i64,
    pub activity_id: i64,
    pub signer_id: i64,
    pub inbox: String,
    pub domain: String,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub claimed_by: Option<String>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = deliveries)]
pub struct NewDelivery {
    pub activity_id: i64,
    pub signer_id: i64,
    pub inbox: String,
    pub domain: String,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = instances, primary_key(domain), treat_none_as_null = true, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Instance {
    pub domain: String,
    pub failures: i32,
    pub unreachable_since: Option<NaiveDateTime>,
    pub last_success_at: Option<NaiveDateTime>,
    pub last_failure_at: Option<NaiveDateTime>,
    pub retry_at: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    /// Counted by the queue's cap, never by an outcome.
    #[diesel(skip_update)]
    pub dropped: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = domain_rules, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct DomainRule {
    pub domain: String,
    pub policy: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = resources, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Resource {
    pub id: i64,
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub author_id: i64,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub search_text: String,
    pub language: String,
    pub license: String,
    pub sectors_mask: i64,
    pub tags: String,
    /// Where it is filed on the map and in the catalogue: phases, steps and tool types (bits
    /// laid out in `domain::transition`).
    pub map_mask: i64,
    pub city: String,
    pub country: String,
    pub period_start: Option<i32>,
    pub period_end: Option<i32>,
    pub year: i32,
    pub tco2e_per_year: Option<f64>,
    pub investment_eur: Option<f64>,
    pub people_reached: Option<i64>,
    pub attachments: String,
    pub organisation: String,
    pub url: String,
    pub demo: bool,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The versions in other languages: a JSON list of `domain::resource::Translation`.
    pub translations: String,
    /// Every language it can be read in, as bits of the taxonomy's language list.
    pub languages_mask: i64,
}

impl Resource {
    /// The Transition Map steps it is filed under.
    pub fn map_step_list(&self) -> Vec<String> {
        crate::domain::transition::TRANSITION_MAP.steps_in_mask(self.map_mask)
    }
    /// The Explore tool types it is an example of.
    pub fn tool_type_list(&self) -> Vec<String> {
        crate::domain::transition::EXPLORE.tools_in_mask(self.map_mask)
    }
    pub fn sector_list(&self) -> Vec<String> {
        crate::domain::taxonomy::TAXONOMY.sectors_in_mask(self.sectors_mask)
    }
    pub fn tag_list(&self) -> Vec<String> {
        serde_json::from_str(&self.tags).unwrap_or_default()
    }
    pub fn phase_list(&self) -> Vec<i32> {
        crate::domain::taxonomy::TAXONOMY.phases_in_mask(self.map_mask)
    }
    pub fn attachment_list(&self) -> Vec<crate::domain::resource::Attachment> {
        serde_json::from_str(&self.attachments).unwrap_or_default()
    }
    /// Its versions in other languages, as stored (their HTML included).
    pub fn translation_list(&self) -> Vec<crate::domain::resource::Translation> {
        crate::domain::resource::stored_translations(&self.translations)
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = resources, treat_none_as_null = true)]
pub struct NewResource {
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub author_id: i64,
    pub kind: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub body_html: String,
    pub search_text: String,
    pub language: String,
    pub license: String,
    pub sectors_mask: i64,
    pub tags: String,
    /// Where it is filed on the map and in the catalogue: phases, steps and tool types (bits
    /// laid out in `domain::transition`).
    pub map_mask: i64,
    pub city: String,
    pub country: String,
    pub period_start: Option<i32>,
    pub period_end: Option<i32>,
    pub year: i32,
    pub tco2e_per_year: Option<f64>,
    pub investment_eur: Option<f64>,
    pub people_reached: Option<i64>,
    pub attachments: String,
    pub organisation: String,
    pub url: String,
    pub demo: bool,
    pub published_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The versions in other languages: a JSON list of `domain::resource::Translation`.
    pub translations: String,
    /// Every language it can be read in, as bits of the taxonomy's language list.
    pub languages_mask: i64,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = comments, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Comment {
    pub id: i64,
    pub ap_id: String,
    pub resource_id: i64,
    pub author_id: i64,
    pub content_html: String,
    pub local: bool,
    pub published_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = comments)]
pub struct NewComment {
    pub ap_id: String,
    pub resource_id: i64,
    pub author_id: i64,
    pub content_html: String,
    pub local: bool,
    pub published_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = journey_steps, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct JourneyStep {
    pub id: i64,
    pub actor_id: i64,
    pub step: String,
    pub status: String,
    pub notes: String,
    /// JSON array of links.
    pub evidence: String,
    pub updated_at: NaiveDateTime,
}

impl JourneyStep {
    pub fn evidence_list(&self) -> Vec<String> {
        serde_json::from_str(&self.evidence).unwrap_or_default()
    }
}

#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = journey_steps)]
pub struct NewJourneyStep {
    pub actor_id: i64,
    pub step: String,
    pub status: String,
    pub notes: String,
    pub evidence: String,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = notifications, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Notification {
    pub id: i64,
    pub recipient_id: i64,
    pub kind: String,
    pub actor_id: i64,
    pub group_id: Option<i64>,
    pub post_id: Option<i64>,
    pub seen: bool,
    pub created_at: NaiveDateTime,
    pub event_id: Option<i64>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = notifications)]
pub struct NewNotification {
    pub recipient_id: i64,
    pub kind: String,
    pub actor_id: i64,
    pub group_id: Option<i64>,
    pub post_id: Option<i64>,
    pub seen: bool,
    pub created_at: NaiveDateTime,
    pub event_id: Option<i64>,
}

/// This node's subscription to another node or a relay.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = subscriptions, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Subscription {
    #[diesel(skip_insertion)]
    pub id: i64,
    pub domain: String,
    /// `node` (a Cairn node's application actor), `relay` (LitePub: a followed relay actor)
    /// or `mastodon_relay` (a Follow of the Public collection sent to the relay's inbox).
    pub kind: String,
    pub actor_ap_id: Option<String>,
    pub inbox: String,
    pub outbox: Option<String>,
    /// `pending`, `accepted` or `rejected`.
    pub state: String,
    pub follow_ap_id: String,
    pub name: String,
    pub software: String,
    pub country: String,
    /// `waiting`, `running`, `done` or `failed`; `backfill_next` is the page to read next.
    pub backfill_state: String,
    pub backfill_next: Option<String>,
    pub backfill_total: Option<i64>,
    pub backfilled: i64,
    pub backfill_error: Option<String>,
    pub last_contact_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// An uploaded file's record (see `storage`).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = media, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Media {
    pub id: i64,
    pub owner_id: i64,
    pub file_key: String,
    pub thumbnail_key: Option<String>,
    pub media_type: String,
    pub size: i64,
    pub description: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub blurhash: Option<String>,
    /// The id of what it belongs to (a resource, post, event, group or account), once attached.
    pub attached_to: Option<String>,
    pub created_at: NaiveDateTime,
    /// For a picture of another server's object kept here: its address there.
    pub remote_url: Option<String>,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = media)]
pub struct NewMedia {
    pub owner_id: i64,
    pub file_key: String,
    pub thumbnail_key: Option<String>,
    pub media_type: String,
    pub size: i64,
    pub description: String,
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub blurhash: Option<String>,
    pub created_at: NaiveDateTime,
    pub attached_to: Option<String>,
    pub remote_url: Option<String>,
}
