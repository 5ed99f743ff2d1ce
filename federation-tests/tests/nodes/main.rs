//! Every multi-node test in one binary: each file links the whole node, and one link instead of
//! ten keeps the build small and quick. Tests still run side by side (`--test-threads`), each on
//! its own ports, databases and network namespaces.

mod aggregator;
mod attacker;
mod browser;
mod crash;
mod federation;
mod fedify;
mod groups;
mod http2;
mod knowledge;
mod limits;
mod mastodon_client;
mod pasture;
mod roles;
mod transition;
