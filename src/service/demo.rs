//! Illustrative demo content for demos and benchmarks. Every resource says plainly that it is
//! invented; none carries impact figures, so nothing can pass for a real city's results.

use crate::{
    db::{self, models::NewResource},
    domain::{
        accounts::Role,
        markup::render_markdown,
        resource::{ResourceInput, Translation, check_resource},
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::{AppError, AppResult},
    federation::objects::resource::{NewResourceParts, new_resource},
    service::accounts::{Origin, Registration, new_secret, register},
    state::AppState,
};
use chrono::{Duration, TimeZone, Utc};

pub use crate::domain::accounts::DEMO_USERNAME;
const BATCH: usize = 500;
const TOPICS: &[&str] = &[
    "district heating",
    "heat pumps",
    "cycling",
    "school streets",
    "urban trees",
    "retrofit",
    "citizen assemblies",
    "solar rooftops",
    "food waste",
    "public transport",
    "green roofs",
    "circular procurement",
    "car sharing",
    "energy communities",
    "flood parks",
];
const COUNTRIES: &[&str] = &["FR", "DE", "IT", "ES", "NL", "BE", "PL", "SE", "PT", "AT", "DK", "FI", "IE", "CZ"];
const LANGUAGES: &[&str] = &["en", "en", "en", "fr", "de", "it", "es", "nl"];

/// A small deterministic generator, so every node seeded with N holds the same data.
struct Mix(u64);

impl Mix {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// The `index`-th demo resource.
pub fn demo_input(index: usize) -> ResourceInput {
    let mut mix = Mix(index as u64 ^ 0x5eed);
    let first = mix.next(TOPICS.len());
    let topic = TOPICS[first];
    let other = TOPICS[(first + 1 + mix.next(TOPICS.len() - 1)) % TOPICS.len()];
    // In English whatever the operator's language: the demo's texts are English.
    let kinds = &TAXONOMY.english().kinds;
    let kind = &kinds[mix.next(kinds.len())];
    let mut sectors = vec![TAXONOMY.sectors[mix.next(TAXONOMY.sectors.len())].id.clone()];
    if mix.next(3) == 0 {
        sectors.push(TAXONOMY.sectors[mix.next(TAXONOMY.sectors.len())].id.clone());
    }
    let start = 2015 + mix.next(11) as i32;
    let language = mix.next(LANGUAGES.len());
    ResourceInput {
        kind: kind.id.clone(),
        title: format!("Illustrative example {index}: {topic} and {other}"),
        summary: format!(
            "Illustrative demo content, not a real city's results. An invented {} about {topic}, for trying Cairn's search.",
            kind.label.to_lowercase()
        ),
        body: format!(
            "**Illustrative demo data.** This text was generated to demonstrate Cairn.\n\nIt mentions {topic} and {other} so that search has something to find."
        ),
        language: LANGUAGES[language].into(),
        license: "CC0 1.0".into(),
        sectors,
        tags: vec![topic.into(), other.into(), "illustrative".into()],
        phases: vec![1 + mix.next(6) as i32],
        country: COUNTRIES[mix.next(COUNTRIES.len())].into(),
        period_start: Some(start),
        period_end: Some(start + mix.next(4) as i32),
        organisation: "Illustrative demo data".into(),
        // Filed on the map and in the catalogue in turn, so that a demo node of a hundred
        // resources counts some on every step and tool type.
        map_steps: TRANSITION_MAP
            .steps()
            .map(|(_, s)| s.id.clone())
            .nth(index % TRANSITION_MAP.steps().count())
            .into_iter()
            .collect(),
        tool_types: EXPLORE
            .tools()
            .map(|(_, t)| t.id.clone())
            .nth(index % EXPLORE.tools().count())
            .into_iter()
            .collect(),
        translations: demo_translation(index, LANGUAGES[language], topic).into_iter().collect(),
        ..Default::default()
    }
}

/// Every third demo resource is translated into another language, labelled as invented in it
/// too (its topic stays in English, as it is one of the resource's tags).
fn demo_translation(index: usize, original: &str, topic: &str) -> Option<Translation> {
    // (language, "Illustrative example", "Illustrative demo content, not a real city's results.")
    const WORDS: &[(&str, &str, &str)] = &[
        ("fr", "Exemple illustratif", "Contenu de démonstration inventé, pas les résultats d'une vraie ville."),
        ("de", "Illustratives Beispiel", "Erfundene Demo-Inhalte, keine Ergebnisse einer echten Stadt."),
        ("es", "Ejemplo ilustrativo", "Contenido de demostración inventado, no son resultados de una ciudad real."),
        ("it", "Esempio illustrativo", "Contenuto dimostrativo inventato, non i risultati di una città reale."),
        ("nl", "Illustratief voorbeeld", "Verzonnen demo-inhoud, geen resultaten van een echte stad."),
        ("pl", "Przykład ilustracyjny", "Wymyślone treści demonstracyjne, nie wyniki prawdziwego miasta."),
    ];
    if !index.is_multiple_of(3) {
        return None;
    }
    let (language, example, invented) =
        WORDS.iter().cycle().skip(index / 3 % WORDS.len()).find(|(language, _, _)| *language != original)?;
    Some(Translation {
        language: language.to_string(),
        title: format!("{example} {index}: {topic}"),
        summary: invented.to_string(),
        body: format!("**{invented}**\n\n{topic}"),
        body_html: String::new(),
    })
}

/// Adds `count` demo resources, reporting progress as `(done, count)` after each batch.
pub async fn seed(state: &AppState, count: usize, mut progress: impl FnMut(usize, usize)) -> AppResult<()> {
    let author = match db::actors::local_by_username(&state.db, DEMO_USERNAME).await? {
        Some(actor) => actor,
        None => {
            let (password, _) = new_secret();
            let registration = Registration {
                username: DEMO_USERNAME.into(),
                email: format!("{DEMO_USERNAME}@demo.invalid"),
                password: format!("{password}-9"),
            };
            let (_, actor) = register(state, &registration, Role::Member, Origin::Operator).await?;
            let label = "Illustrative demo data";
            db::actors::set_public_details(&state.db, actor.id, label, "Invented content for demos and benchmarks.", "")
                .await?
        }
    };
    let base = state.base_url.clone();
    let epoch = Utc
        .with_ymd_and_hms(2024, 1, 1, 0, 0, 0)
        .single()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("date")))?;
    // Batches are validated and rendered on a blocking thread while the one before is stored.
    let prepare = |from: usize| {
        let (state, author_id, size) = (state.clone(), author.id, BATCH.min(count - from));
        tokio::task::spawn_blocking(move || -> AppResult<Vec<NewResource>> {
            (from..from + size)
                .map(|index| {
                    let valid = check_resource(&demo_input(index))?;
                    let published = epoch + Duration::minutes(index as i64);
                    new_resource(NewResourceParts {
                        ap_id: format!("urn:cairn:pending:{}", state.new_token()),
                        local: true,
                        origin: state.domain.clone(),
                        author_id,
                        valid: &valid,
                        body_html: render_markdown(&valid.body),
                        url: String::new(),
                        demo: true,
                        published,
                        updated: published,
                    })
                })
                .collect()
        })
    };
    let mut done = 0;
    let mut preparing = (count > 0).then(|| prepare(0));
    while let Some(batch) = preparing.take() {
        let batch = batch.await.map_err(|e| AppError::internal(anyhow::anyhow!("preparing demo resources: {e}")))??;
        preparing = (done + batch.len() < count).then(|| prepare(done + batch.len()));
        db::resources::insert_batch(&state.db, &batch, &format!("{base}/resources/")).await?;
        done += batch.len();
        progress(done, count);
    }
    state.db.analyze().await
}

/// Deletes every illustrative resource and the demo account, reporting `(removed, total)` after
/// each batch; returns how many resources went. This node's copies only: a node that gathered
/// them through its outbox keeps its copies until it fetches them again and finds them gone.
pub async fn remove(state: &AppState, mut progress: impl FnMut(usize)) -> AppResult<usize> {
    let mut removed = 0;
    loop {
        let batch = db::resources::delete_demo_batch(&state.db, BATCH as i64 * 10).await?;
        if batch == 0 {
            break;
        }
        removed += batch;
        progress(removed);
    }
    if let Some(account) = db::actors::local_by_username(&state.db, DEMO_USERNAME).await? {
        db::actors::delete_local(&state.db, account.id).await?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_resources_are_valid_labelled_and_stable() {
        for index in 0..200 {
            let input = demo_input(index);
            assert!(check_resource(&input).is_ok(), "{input:?}");
            assert!(input.title.starts_with("Illustrative") && input.summary.contains("not a real city"));
            assert_eq!(input.impact, Default::default(), "no invented figures");
            assert_eq!((input.map_steps.len(), input.tool_types.len()), (1, 1));
        }
        assert_eq!(demo_input(7).title, demo_input(7).title);
    }
}
