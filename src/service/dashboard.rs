//! The network dashboard: what this node holds (its own work and everything it gathers), summed
//! by sector, country and year, the transition progress of the cities it knows, upcoming events.

use crate::{
    db::{self, dashboard::ResourceGroup, events::CalendarQuery},
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

fn add(figure: &mut Figure, group: &ResourceGroup) {
    figure.resources += group.count;
    figure.tco2e_per_year += group.tco2e_per_year;
    figure.investment_eur += group.investment_eur;
}

/// Sums the grouped rows; pure, so it is tested without a database.
pub fn summarise(groups: &[ResourceGroup]) -> (Figure, Vec<Figure>, Vec<Figure>, Vec<YearFigures>) {
    let mut totals = Figure { key: "all".into(), label: "All resources".into(), ..Figure::default() };
    let mut sectors: Vec<Figure> = TAXONOMY
        .sectors
        .iter()
        .map(|s| Figure { key: s.id.clone(), label: s.label.clone(), ..Figure::default() })
        .collect();
    let mut countries: BTreeMap<String, Figure> = BTreeMap::new();
    let mut years: BTreeMap<i32, Vec<i64>> = BTreeMap::new();
    for group in groups {
        add(&mut totals, group);
        let country = if group.country.is_empty() { "—".to_string() } else { group.country.clone() };
        let entry = countries.entry(country.clone()).or_insert_with(|| Figure {
            key: country.clone(),
            label: country,
            ..Figure::default()
        });
        add(entry, group);
        let per_sector = years.entry(group.year).or_insert_with(|| vec![0; sectors.len()]);
        for (bit, sector) in sectors.iter_mut().enumerate() {
            if group.sectors_mask & (1 << bit) != 0 {
                add(sector, group);
                per_sector[bit] += group.count;
            }
        }
    }
    sectors.retain(|s| s.resources > 0);
    sectors.sort_by_key(|s| std::cmp::Reverse(s.resources));
    let mut countries: Vec<Figure> = countries.into_values().collect();
    countries.sort_by(|a, b| b.resources.cmp(&a.resources).then_with(|| a.key.cmp(&b.key)));
    let by_year = years
        .into_iter()
        .filter(|(year, _)| *year > 0)
        .map(|(year, counts)| YearFigures {
            year,
            by_sector: TAXONOMY.sectors.iter().map(|s| s.id.clone()).zip(counts).collect(),
        })
        .collect();
    (totals, sectors, countries, by_year)
}

/// The figures, with or without `seed-demo`'s illustrative resources.
pub async fn dashboard(data: &Data, illustrative: bool) -> AppResult<Dashboard> {
    let groups = db::dashboard::resource_groups(&data.db, illustrative).await?;
    let (totals, by_sector, by_country, by_year) = summarise(&groups);
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

    fn group(mask: i64, country: &str, year: i32, count: i64, tco2e: f64) -> ResourceGroup {
        ResourceGroup {
            sectors_mask: mask,
            country: country.into(),
            year,
            count,
            tco2e_per_year: tco2e,
            investment_eur: 10.0,
        }
    }

    #[test]
    fn figures_add_up_by_sector_country_and_year() {
        // Bit 0 and bit 2 are the first and third sectors of the taxonomy.
        let groups = [group(0b001, "FR", 2024, 2, 100.0), group(0b101, "BE", 2025, 1, 50.0), group(0, "", 0, 1, 0.0)];
        let (totals, sectors, countries, years) = summarise(&groups);
        assert_eq!((totals.resources, totals.tco2e_per_year, totals.investment_eur), (4, 150.0, 30.0));
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
