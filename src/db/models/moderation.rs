//! Reports, the audit log, and what moderators withheld.

use super::super::schema::*;
use chrono::NaiveDateTime;
use diesel::prelude::{Insertable, Queryable, Selectable};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = reports, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct Report {
    pub id: i64,
    /// The person here who reported; `None` for a report another server forwarded.
    pub reporter_id: Option<i64>,
    /// The domain the report came from (this node's own for people here).
    pub origin: String,
    pub flag_ap_id: Option<String>,
    pub target_url: String,
    pub target_kind: String,
    pub target_actor_id: i64,
    pub reason: String,
    pub rule: String,
    pub comment: String,
    pub forwarded: bool,
    pub status: String,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = reports)]
pub struct NewReport {
    pub reporter_id: Option<i64>,
    pub origin: String,
    pub flag_ap_id: Option<String>,
    pub target_url: String,
    pub target_kind: String,
    pub target_actor_id: i64,
    pub reason: String,
    pub rule: String,
    pub comment: String,
    pub forwarded: bool,
    pub status: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct AuditEntry {
    pub id: i64,
    pub moderator: String,
    pub action: String,
    pub target: String,
    pub reason: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = audit_log)]
pub struct NewAuditEntry {
    pub moderator: String,
    pub action: String,
    pub target: String,
    pub reason: String,
    pub created_at: NaiveDateTime,
}

/// An account or a whole domain that one person blocks or mutes.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = personal_blocks, check_for_backend(diesel::pg::Pg, diesel::sqlite::Sqlite))]
pub struct PersonalBlock {
    pub id: i64,
    pub owner_id: i64,
    /// `block` or `mute`.
    pub kind: String,
    /// The account's address, or the domain.
    pub target: String,
    pub target_actor_id: Option<i64>,
    pub target_domain: Option<String>,
    /// The `Block` sent to a remote account, which an `Undo` names.
    pub block_ap_id: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = personal_blocks)]
pub struct NewPersonalBlock {
    pub owner_id: i64,
    pub kind: String,
    pub target: String,
    pub target_actor_id: Option<i64>,
    pub target_domain: Option<String>,
    pub block_ap_id: Option<String>,
    pub created_at: NaiveDateTime,
}
