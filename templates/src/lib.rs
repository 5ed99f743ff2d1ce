//! Cairn's server-rendered pages: maud views over plain view structs, no database access.
//! Pages work without JavaScript and load nothing from elsewhere.

pub mod api_docs;
pub mod components;
pub mod countries;
pub mod events;
pub mod i18n;
pub mod knowledge;
pub mod links;
pub mod moderation;
pub mod network;
pub mod numbers;
pub mod pages;
pub mod profile;
pub mod social;
pub mod transition;

pub use maud::{Markup, PreEscaped, html};

pub const STYLESHEET: &str = include_str!("../static/cairn.css");

/// What every page needs to draw its frame.
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    pub node_name: String,
    pub user: Option<NavUser>,
    /// The form token every POST form carries.
    pub csrf: String,
    pub flash: Option<String>,
    /// The path of this page, for `aria-current` in the navigation.
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct NavUser {
    pub username: String,
    pub is_admin: bool,
    /// Open reports, for moderators and admins (`None` for everyone else).
    pub open_reports: Option<i64>,
    pub pending_requests: i64,
    pub unseen_notifications: i64,
}

/// A person, city or other actor, as a card or a profile header.
#[derive(Debug, Clone, Default)]
pub struct PersonCard {
    pub name: String,
    pub handle: String,
    /// This node's page about the actor.
    pub page_url: String,
    /// The actor's own page on its home server, for remote actors.
    pub origin_url: Option<String>,
    /// The home server's domain, for remote actors.
    pub origin: Option<String>,
    pub avatar_url: Option<String>,
    /// The picture across the top of its page.
    pub header_url: Option<String>,
    pub kind: String,
    pub summary: String,
    pub job_title: String,
    pub organisation: String,
    pub city: String,
    pub country: String,
    /// The sectors' labels.
    pub sectors: Vec<String>,
    pub expertise: Vec<String>,
}

/// Where the viewer stands with the actor on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Anonymous,
    Myself,
    None,
    Requested,
    Following,
}

/// Errors of a submitted form: a summary at the top and a message by each field.
#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    pub summary: Option<String>,
    pub fields: Vec<(String, String)>,
}

impl FormErrors {
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(f, _)| f == name).map(|(_, m)| m.as_str())
    }
    pub fn is_empty(&self) -> bool {
        self.summary.is_none() && self.fields.is_empty()
    }
}
