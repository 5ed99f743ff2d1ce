//! The network views of aggregator nodes: the node directory (for administrators).

use crate::{Ctx, components::csrf_field, i18n::t};
use maud::{Markup, html};

/// A subscribed node or relay, as the directory lists it.
pub struct NodeRow {
    pub domain: String,
    pub name: String,
    /// `node`, `relay` or `mastodon_relay`.
    pub kind: String,
    pub software: String,
    pub country: String,
    /// `pending`, `accepted` or `rejected`.
    pub state: String,
    pub resources: i64,
    pub last_contact: Option<String>,
    pub reachable: bool,
    /// e.g. "done: 1200 of 1200", "running: 300 of 1200", "failed: …".
    pub backfill: String,
}

/// The node directory section of the admin page: subscribe, and per node unsubscribe or block.
pub fn node_directory(ctx: &Ctx, nodes: &[NodeRow], error: Option<&str>) -> Markup {
    html! {
        section #nodes {
            h2 { (t("Node directory")) }
            p { (t("Nodes and relays this node subscribes to: everything public they publish is gathered here, their history backfilled from their outbox.")) }
            @if nodes.is_empty() { p.empty { (t("No subscriptions yet.")) } }
            @else {
                table {
                    thead { tr {
                        th scope="col" { (t("Node")) } th scope="col" { (t("Country")) } th scope="col" { (t("Kind")) }
                        th scope="col" { (t("State")) } th scope="col" { (t("Resources")) } th scope="col" { (t("Backfill")) }
                        th scope="col" { (t("Last contact")) } th scope="col" { (t("Reachable")) }
                        th scope="col" { span.visually-hidden { (t("Actions")) } }
                    } }
                    tbody {
                        @for node in nodes {
                            tr {
                                td { strong { (node.name) } br; small { (node.domain) @if !node.software.is_empty() { " · " (node.software) } } }
                                td { (node.country) }
                                td { (node.kind) }
                                td { (node.state) }
                                td { (node.resources) }
                                td { (node.backfill) }
                                td { (node.last_contact.as_deref().unwrap_or("—")) }
                                td { @if node.reachable { (t("yes")) } @else { strong { (t("no")) } } }
                                td {
                                    form.inline method="post" action="/admin/subscriptions/remove" {
                                        (csrf_field(ctx))
                                        input type="hidden" name="domain" value=(node.domain);
                                        button.secondary type="submit" { (t("Unsubscribe")) }
                                    }
                                    form.inline method="post" action="/admin/subscriptions/block" {
                                        (csrf_field(ctx))
                                        input type="hidden" name="domain" value=(node.domain);
                                        button.secondary type="submit" { (t("Block")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if let Some(error) = error { div.errors role="alert" { p { (error) } } }
            form method="post" action="/admin/subscriptions" {
                (csrf_field(ctx))
                div.field {
                    label for="target" { (t("Subscribe to a node or relay")) }
                    input #target name="target" type="text" placeholder="lyon.example · https://relay.example/actor · https://relay.example/inbox";
                }
                button type="submit" { (t("Subscribe")) }
            }
        }
    }
}
