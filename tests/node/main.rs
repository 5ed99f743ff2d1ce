//! Integration tests against a real node in this process: HTTP in, database and deliveries out.

mod accounts;
mod api;
mod blocks;
mod catalogue;
mod common;
mod corpus;
mod delivery;
mod events;
mod inbox;
mod knowledge;
mod languages;
mod mastodon;
mod media;
mod migrations;
mod moderation;
mod moves;
mod paging;
mod pictures;
mod portal;
mod relays;
mod safety;
mod search;
mod social;
mod transition;
mod translations;
mod wellknown;
