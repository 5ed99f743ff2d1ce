#![recursion_limit = "256"]
//! Cairn: a federated knowledge commons for climate-neutral cities.
//! SPDX-License-Identifier: AGPL-3.0-or-later

pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod federation;
pub mod http;
pub mod server;
pub mod service;
pub mod state;
pub mod storage;
pub mod tls;
