//! `/dashboard`: the network's figures, drawn on the server.

use super::{WebResult, ctx, page};
use crate::{
    domain::taxonomy::TAXONOMY,
    federation::Data,
    http::session::Viewer,
    service::dashboard::{Figure, dashboard as figures},
};
use axum::{
    extract::RawQuery,
    http::{HeaderMap, StatusCode},
};
use cairn_templates::{
    countries::country_label,
    network::{Bar, DashboardView, dashboard},
};

fn bar(figure: &Figure) -> Bar {
    Bar {
        label: figure.label.clone(),
        resources: figure.resources,
        tco2e_per_year: figure.tco2e_per_year,
        investment_eur: figure.investment_eur,
    }
}

/// `?illustrative=exclude` leaves out illustrative demo data; anything else counts it.
pub async fn show(data: Data, viewer: Viewer, headers: HeaderMap, RawQuery(raw): RawQuery) -> WebResult {
    let excluded = url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .any(|(key, value)| key == "illustrative" && value == "exclude");
    let illustrative = !excluded;
    let figures = figures(&data, illustrative).await?;
    let country = |figure: &Figure| Bar { label: country_label(&figure.label).to_string(), ..bar(figure) };
    let view = DashboardView {
        illustrative,
        totals: bar(&figures.totals),
        sectors: figures.by_sector.iter().map(bar).collect(),
        countries: figures.by_country.iter().take(15).map(country).collect(),
        legend: TAXONOMY.sectors.iter().map(|s| s.label.clone()).collect(),
        years: figures.by_year.iter().map(|y| (y.year, y.by_sector.iter().map(|(_, n)| *n).collect())).collect(),
        journeys: figures.journeys.into_iter().map(|j| (j.name, j.url, j.done, j.of)).collect(),
        upcoming: figures.upcoming.into_iter().map(|e| (e.title, e.starts, e.url, e.origin)).collect(),
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, dashboard(&ctx, &view)))
}
