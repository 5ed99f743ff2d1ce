//! The network views of aggregator nodes: the node directory (for administrators).

use crate::links::href;
use crate::numbers::{co2e_per_year, euros};
use crate::{
    Ctx,
    components::csrf_field,
    i18n::{t, t_with},
};
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

/// A destination server's delivery lane, as the admin page lists it.
pub struct LaneRow {
    pub domain: String,
    pub queued: i64,
    pub in_flight: usize,
    pub last_success: Option<String>,
    pub last_error: Option<String>,
    /// While the server is parked: when it is tried again.
    pub next_try: Option<String>,
    /// Deliveries dropped because the server had its cap of queued work.
    pub dropped: i64,
}

/// The servers deliveries are waiting for: one slow or dead server delays only its own row.
pub fn delivery_lanes(lanes: &[LaneRow]) -> Markup {
    html! {
        h3 { (t("delivery-by-server")) }
        @if lanes.is_empty() { p.empty { (t("nothing-is-waiting-for-any-server")) } }
        @else {
            table #delivery-lanes {
                thead { tr {
                    th scope="col" { (t("server")) } th scope="col" { (t("waiting")) } th scope="col" { (t("sending")) }
                    th scope="col" { (t("last-success")) } th scope="col" { (t("last-error")) } th scope="col" { (t("next-try")) }
                    th scope="col" { (t("dropped")) }
                } }
                tbody {
                    @for lane in lanes {
                        tr {
                            td { (lane.domain) }
                            td { (lane.queued) }
                            td { (lane.in_flight) }
                            td { (lane.last_success.as_deref().unwrap_or("—")) }
                            td { (lane.last_error.as_deref().unwrap_or("—")) }
                            td { @match &lane.next_try { Some(at) => strong { (at) }, None => (t("now")) } }
                            td { (lane.dropped) }
                        }
                    }
                }
            }
        }
    }
}

/// The node directory section of the admin page: subscribe, and per node unsubscribe or block.
pub fn node_directory(ctx: &Ctx, nodes: &[NodeRow], error: Option<&str>) -> Markup {
    html! {
        section #nodes {
            h2 { (t("node-directory")) }
            p { (t("nodes-and-relays-this-node-subscribes")) }
            @if nodes.is_empty() { p.empty { (t("no-subscriptions-yet")) } }
            @else {
                table {
                    thead { tr {
                        th scope="col" { (t("node")) } th scope="col" { (t("country")) } th scope="col" { (t("kind")) }
                        th scope="col" { (t("state")) } th scope="col" { (t("resources-2")) } th scope="col" { (t("backfill")) }
                        th scope="col" { (t("last-contact")) } th scope="col" { (t("reachable")) }
                        th scope="col" { span.visually-hidden { (t("actions")) } }
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
                                        button.secondary type="submit" { (t("unsubscribe")) }
                                    }
                                    form.inline method="post" action="/admin/subscriptions/block" {
                                        (csrf_field(ctx))
                                        input type="hidden" name="domain" value=(node.domain);
                                        button.secondary type="submit" { (t("block")) }
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
                    label for="target" { (t("subscribe-to-a-node-or-relay")) }
                    input #target name="target" type="text" placeholder="lyon.example · https://relay.example/actor · https://relay.example/inbox";
                }
                button type="submit" { (t("subscribe")) }
            }
        }
    }
}

/// One bar of a chart: a sector or a country with its figures.
pub struct Bar {
    pub label: String,
    pub resources: i64,
    pub tco2e_per_year: f64,
    pub investment_eur: f64,
}

pub struct DashboardView {
    /// Whether `seed-demo`'s illustrative resources are counted.
    pub illustrative: bool,
    pub totals: Bar,
    pub sectors: Vec<Bar>,
    pub countries: Vec<Bar>,
    /// Sector labels, in the order of the per-year counts.
    pub legend: Vec<String>,
    pub years: Vec<(i32, Vec<i64>)>,
    /// City name, its journey page, steps done, steps in all.
    pub journeys: Vec<(String, String, i64, i64)>,
    /// Title, start, page, origin.
    pub upcoming: Vec<(String, String, String, String)>,
}

const PALETTE: [&str; 8] = ["#1d6b4f", "#3b8ea5", "#f2a541", "#c8553d", "#6a4c93", "#8ab17d", "#e76f51", "#577590"];

fn resources(n: f64) -> String {
    t_with("resource-count", &[("count", (n).into())])
}

/// A horizontal bar chart: labels and figures are text of the page (legible at any width, read by
/// screen readers in order), each bar a small SVG scaled to its share of the largest.
fn bar_chart(title: &str, bars: &[Bar], value: fn(&Bar) -> f64, figure: fn(f64) -> String) -> Markup {
    let max = bars.iter().map(value).fold(0.0_f64, f64::max).max(1.0);
    html! {
        figure.chart {
            figcaption { (title) }
            ul.bars {
                @for bar in bars {
                    @let share = (value(bar) / max * 100.0).max(if value(bar) > 0.0 { 0.5 } else { 0.0 });
                    li {
                        span.bar-label { (bar.label) }
                        svg.bar viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" {
                            rect width=(format!("{share:.1}")) height="10" rx="1" fill=(PALETTE[0]) {}
                        }
                        span.bar-value { (figure(value(bar))) }
                    }
                }
            }
        }
    }
}

/// The stacked segments of one year's bar: (sector, count, top, height), from the axis up.
fn stack(counts: &[i64], max: f64) -> Vec<(usize, i64, f64, f64)> {
    let mut top = 220.0;
    let mut segments = Vec::new();
    for (s, count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let height = *count as f64 / max * 190.0;
        top -= height;
        segments.push((s, *count, top, height));
    }
    segments
}

/// Resources per year, stacked by sector.
fn year_chart(years: &[(i32, Vec<i64>)], legend: &[String]) -> Markup {
    let max = years.iter().map(|(_, counts)| counts.iter().sum::<i64>()).max().unwrap_or(1).max(1) as f64;
    let step = if years.is_empty() { 0.0 } else { 560.0 / years.len() as f64 };
    let bar = (step * 0.7).min(48.0);
    html! {
        figure.chart {
            svg viewBox="0 0 640 260" role="img" aria-labelledby="years-title years-desc" {
                title id="years-title" { (t("resources-by-year-stacked-by-sector")) }
                desc id="years-desc" {
                    @for (year, counts) in years {
                        (year) ": " (t_with("resource-count", &[("count", (counts.iter().sum::<i64>()).into())])) ". "
                    }
                }
                line x1="60" y1="220" x2="630" y2="220" stroke="#999" {}
                @for (i, (year, counts)) in years.iter().enumerate() {
                    @let x = 70.0 + step * i as f64;
                    @let segments = stack(counts, max);
                    @let top = segments.last().map_or(220.0, |(_, _, y, _)| *y);
                    @for (s, count, y, h) in &segments {
                        rect x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(format!("{bar:.1}")) height=(format!("{h:.1}")) fill=(PALETTE[s % PALETTE.len()]) {
                            title { (legend.get(*s).map_or("", String::as_str)) ": " (count) }
                        }
                    }
                    text x=(format!("{x:.1}")) y="240" font-size="12" { (year) }
                    text x=(format!("{x:.1}")) y=(format!("{:.1}", top - 4.0)) font-size="12" { (counts.iter().sum::<i64>()) }
                }
            }
            figcaption {
                (t("resources-by-year-stacked-by-sector")) ": "
                @for (s, label) in legend.iter().enumerate() {
                    span.legend {
                        // An SVG fill, not a style attribute: the CSP allows no inline styles.
                        svg.swatch viewBox="0 0 10 10" aria-hidden="true" { rect width="10" height="10" fill=(PALETTE[s % PALETTE.len()]) {} }
                        " " (label) " "
                    }
                }
            }
        }
    }
}

pub fn dashboard(ctx: &Ctx, view: &DashboardView) -> Markup {
    crate::components::layout(
        ctx,
        t("dashboard"),
        html! {
            h1 { (t("network-dashboard")) }
            p { (t("everything-this-node-holds-its-own")) }
            p {
                @if view.illustrative {
                    a href="/dashboard?illustrative=exclude" { (t("leave-out-illustrative-demo-data")) }
                } @else {
                    (t("illustrative-demo-data-is-left-out")) " " a href="/dashboard" { (t("count-it-too")) }
                }
            }
            section.totals {
                p { strong { (resources(view.totals.resources as f64)) } " · "
                    strong { (co2e_per_year(view.totals.tco2e_per_year)) } " " (t("avoided")) " · "
                    strong { (euros(view.totals.investment_eur)) } " " (t("invested")) }
            }
            @if view.totals.resources == 0 { p.empty { (t("nothing-gathered-yet")) } }
            @else {
                section {
                    h2 { (t("by-sector")) }
                    (bar_chart(t("resources-by-sector"), &view.sectors, |b| b.resources as f64, resources))
                    (bar_chart(t("reported-reductions-by-sector"), &view.sectors, |b| b.tco2e_per_year, co2e_per_year))
                    (bar_chart(t("reported-investment-by-sector"), &view.sectors, |b| b.investment_eur, euros))
                }
                section {
                    h2 { (t("by-country")) }
                    (bar_chart(t("resources-by-country"), &view.countries, |b| b.resources as f64, resources))
                    (bar_chart(t("reported-reductions-by-country"), &view.countries, |b| b.tco2e_per_year, co2e_per_year))
                    (bar_chart(t("reported-investment-by-country"), &view.countries, |b| b.investment_eur, euros))
                }
                section {
                    h2 { (t("over-time")) }
                    (year_chart(&view.years, &view.legend))
                }
            }
            section {
                h2 { (t("cities-on-the-transition-map")) }
                @if view.journeys.is_empty() { p.empty { (t("no-city-has-shared-its-journey")) } }
                ul.progress {
                    @for (name, url, done, of) in &view.journeys {
                        li {
                            a href=[href(url)] { (name) } " — " (t_with("steps-done-of-total", &[("done", (*done).into()), ("total", (*of).into())]))
                            progress max=(of) value=(done) { (done) "/" (of) }
                        }
                    }
                }
            }
            section {
                h2 { (t("upcoming-events-2")) }
                @if view.upcoming.is_empty() { p.empty { (t("none-planned")) } }
                ul {
                    @for (title, starts, url, origin) in &view.upcoming {
                        li { a href=[href(url)] { (title) } " · " (starts) " · " small { (origin) } }
                    }
                }
            }
        },
    )
}
