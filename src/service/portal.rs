//! What the home page shows a visitor: who runs the node, its latest case studies, upcoming
//! events, groups, the city's transition progress and the size of the network it gathers.

use super::node::{NodeIdentity, describe, organisation};
use crate::{
    db::{
        self,
        events::CalendarQuery,
        models::{Actor, Event, Group, Resource},
    },
    domain::{
        search::{SearchQuery, Sort},
        transition::TRANSITION_MAP,
    },
    error::AppResult,
    state::AppState,
};

const SHOWN: i64 = 4;

pub struct Overview {
    pub identity: NodeIdentity,
    pub organisation: Actor,
    /// The newest case studies held here (this node's and those it gathered), with authors.
    pub case_studies: Vec<(Resource, Actor)>,
    pub events: Vec<(Event, Actor)>,
    /// The largest groups, with their member counts.
    pub groups: Vec<(Actor, Group, i64)>,
    /// Steps of the Transition Map the city has done, of all steps.
    pub steps_done: i64,
    pub steps: i64,
    pub counts: NetworkCounts,
}

pub struct NetworkCounts {
    pub resources: i64,
    /// Servers whose resources are held here, this one included.
    pub origins: i64,
    pub people: i64,
    pub upcoming_events: i64,
}

pub async fn overview(state: &AppState) -> AppResult<Overview> {
    let organisation = organisation(state).await?;
    let identity = describe(state, &organisation).await?;
    let newest =
        SearchQuery { kinds: vec!["case_study".into()], sort: Sort::Newest, limit: SHOWN, ..Default::default() };
    let ids = db::search::page(&state.db, &newest).await?;
    let case_studies = db::resources::with_authors(&state.db, &ids).await?;
    let events = db::events::calendar(&state.db, &CalendarQuery { limit: SHOWN, ..CalendarQuery::default() }).await?;
    let groups = db::groups::list(&state.db, "", None, SHOWN).await?;
    let steps_done =
        db::journeys::of_actor(&state.db, organisation.id).await?.iter().filter(|step| step.status == "done").count()
            as i64;
    let by_origin = db::resources::count_by_origin(&state.db).await?;
    let counts = NetworkCounts {
        resources: by_origin.iter().map(|(_, n)| n).sum(),
        origins: by_origin.len() as i64,
        people: db::actors::local_people_count(&state.db).await?,
        upcoming_events: db::events::upcoming_count(&state.db).await?,
    };
    Ok(Overview {
        identity,
        organisation,
        case_studies,
        events,
        groups,
        steps_done,
        steps: TRANSITION_MAP.steps().count() as i64,
        counts,
    })
}
