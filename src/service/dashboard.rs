//! The network dashboard: what this node holds (its own work and everything it gathers), summed
//! by sector, country and year, the transition progress of the cities it knows, upcoming events.

use crate::{
    db::{
        self,
        counts::{Count, Facet},
        events::CalendarQuery,
    },
    domain::{taxonomy::TAXONOMY, transition::TRANSITION_MAP},
    error::AppResult,
    federation::Data,
};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, Serialize, PartialEq, utoipa::ToSchema)]
pub struct Figure {
    pub key: String,
    pub label: String,
    pub resources: i64,
    pub tco2e_per_year: f64,
    pub investment_eur: f64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct YearFigures {
    pub year: i32,
    /// Resources per sector id, in the taxonomy's order.
    pub by_sector: Vec<(String, i64)>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CityProgress {
    pub name: String,
    pub url: String,
    pub done: i64,
    pub of: i64,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UpcomingEvent {
    pub title: String,
    pub starts: String,
    pub url: String,
    pub origin: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Dashboard {
    pub totals: Figure,
    /// A resource with several sectors counts (with its impact) in each of them.
    pub by_sector: Vec<Figure>,
    pub by_country: Vec<Figure>,
    pub by_year: Vec<YearFigures>,
    pub journeys: Vec<CityProgress>,
    pub upcoming: Vec<UpcomingEvent>,
}

fn figure(key: &str, label: &str, count: &Count) -> Figure {
    Figure {
        key: key.to_string(),
        label: label.to_string(),
        resources: count.counted,
        tco2e_per_year: count.tco2e_per_year,
        investment_eur: count.investment_eur,
    }
}

/// The facets the dashboard reads.
const DASHBOARD_FACETS: &[Facet] = &[Facet::All, Facet::Sector, Facet::Country, Facet::YearSector];

/// Arranges the kept counts; pure, so it is tested without a database.
pub fn summarise(counts: &[Count]) -> (Figure, Vec<Figure>, Vec<Figure>, Vec<YearFigures>) {
    let of = |facet: Facet| counts.iter().filter(move |c| c.facet == facet.as_str());
    let totals = of(Facet::All).next().map_or_else(
        || Figure { key: "all".into(), label: "All resources".into(), ..Figure::default() },
        |all| figure("all", "All resources", all),
    );
    let sector_at = |bit: &str| bit.parse::<usize>().ok().and_then(|bit| TAXONOMY.sectors.get(bit));
    let mut sectors: Vec<Figure> = of(Facet::Sector)
        .filter(|c| c.counted > 0)
        .filter_map(|c| sector_at(&c.value).map(|sector| figure(&sector.id, &sector.label, c)))
        .collect();
    sectors.sort_by(|a, b| b.resources.cmp(&a.resources).then_with(|| a.key.cmp(&b.key)));
    let mut countries: Vec<Figure> = of(Facet::Country)
        .map(|c| {
            let country = if c.value.is_empty() { "—" } else { c.value.as_str() };
            figure(country, country, c)
        })
        .collect();
    countries.sort_by(|a, b| b.resources.cmp(&a.resources).then_with(|| a.key.cmp(&b.key)));
    let mut years: BTreeMap<i32, Vec<i64>> = BTreeMap::new();
    for count in of(Facet::YearSector) {
        let Some((year, bit)) = count.value.split_once(':') else { continue };
        let (Ok(year), Ok(bit)) = (year.parse::<i32>(), bit.parse::<usize>()) else { continue };
        if year > 0 && bit < TAXONOMY.sectors.len() {
            years.entry(year).or_insert_with(|| vec![0; TAXONOMY.sectors.len()])[bit] += count.counted;
        }
    }
    let by_year = years
        .into_iter()
        .map(|(year, counts)| YearFigures {
            year,
            by_sector: TAXONOMY.sectors.iter().map(|s| s.id.clone()).zip(counts).collect(),
        })
        .collect();
    (totals, sectors, countries, by_year)
}

/// The figures, with or without `seed-demo`'s illustrative resources.
pub async fn dashboard(data: &Data, illustrative: bool) -> AppResult<Dashboard> {
    let counts = db::counts::read(&data.db, DASHBOARD_FACETS, illustrative).await?;
    let (totals, by_sector, by_country, by_year) = summarise(&counts);
    let steps = TRANSITION_MAP.steps().count() as i64;
    let journeys = db::journeys::cities(&data.db)
        .await?
        .into_iter()
        .map(|(city, done)| CityProgress {
            name: city.name_or_username().to_string(),
            url: if city.local { "/journey".to_string() } else { format!("/journey?city={}", city.ap_id) },
            done,
            of: steps,
        })
        .collect();
    let query = CalendarQuery { limit: 10, ..CalendarQuery::default() };
    let upcoming = db::events::calendar(&data.db, &query)
        .await?
        .into_iter()
        .map(|(event, _)| UpcomingEvent {
            starts: event.starts_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            url: format!("/events/{}", event.id),
            origin: event.origin.clone(),
            title: event.title,
        })
        .collect();
    Ok(Dashboard { totals, by_sector, by_country, by_year, journeys, upcoming })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(facet: Facet, value: &str, counted: i64, tco2e: f64) -> Count {
        let investment_eur = 10.0 * counted as f64;
        Count { facet: facet.as_str().into(), value: value.into(), counted, tco2e_per_year: tco2e, investment_eur }
    }

    #[test]
    fn figures_come_by_sector_country_and_year() {
        // Two resources in the first sector (FR, 2024), one in the first and third (BE, 2025),
        // one with neither sector nor country nor year.
        let counts = [
            count(Facet::All, "", 4, 150.0),
            count(Facet::Sector, "0", 3, 150.0),
            count(Facet::Sector, "2", 1, 50.0),
            count(Facet::Country, "FR", 2, 100.0),
            count(Facet::Country, "BE", 1, 50.0),
            count(Facet::Country, "", 1, 0.0),
            count(Facet::YearSector, "2024:0", 2, 100.0),
            count(Facet::YearSector, "2025:0", 1, 50.0),
            count(Facet::YearSector, "2025:2", 1, 50.0),
            count(Facet::YearSector, "0:0", 1, 0.0),
        ];
        let (totals, sectors, countries, years) = summarise(&counts);
        assert_eq!((totals.resources, totals.tco2e_per_year, totals.investment_eur), (4, 150.0, 40.0));
        let first = &TAXONOMY.sectors[0].id;
        let third = &TAXONOMY.sectors[2].id;
        assert_eq!(sectors[0].key, *first, "most resources first");
        assert_eq!((sectors[0].resources, sectors[0].tco2e_per_year), (3, 150.0));
        assert_eq!(sectors.iter().find(|s| s.key == *third).unwrap().resources, 1);
        assert_eq!(sectors.len(), 2, "empty sectors are left out");
        assert_eq!(
            countries.iter().map(|c| (c.key.as_str(), c.resources)).collect::<Vec<_>>(),
            [("FR", 2), ("BE", 1), ("—", 1)]
        );
        assert_eq!(years.len(), 2, "resources without a year are not drawn on the time axis");
        assert_eq!(years[1].by_sector.iter().find(|(s, _)| s == third).unwrap().1, 1);
    }
}
