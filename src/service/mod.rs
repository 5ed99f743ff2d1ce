//! Use cases: check, write (with the activity that announces the change), then wake the queue.

pub mod accounts;
pub mod admin;
pub mod audience;
pub mod dashboard;
pub mod deliveries;
pub mod demo;
pub mod events;
pub mod finance;
pub mod follows;
pub mod groups;
pub mod jobs;
pub mod journey;
pub mod limits;
pub mod lookup;
pub mod metrics;
pub mod node;
pub mod notify;
pub mod oauth;
pub mod posts;
pub mod profile;
pub mod reactions;
pub mod resources;
pub mod subscriptions;
pub mod tokens;
pub mod topics;
