//! Knowledge resources as federated `Article`s.

use super::{
    actor::ApActor,
    versions::{WireVersions, by_language},
};
use crate::service::remote_pictures;
use crate::{
    db::{
        self,
        models::{Actor, NewResource, Resource},
    },
    domain::{
        handle::host_of_url,
        markup::{html_to_text, sanitize_html},
        resource::{Impact, RESOURCE_VERSIONS, ResourceInput, Translation, check_resource},
        taxonomy::TAXONOMY,
        transition::{EXPLORE, TRANSITION_MAP},
    },
    error::{AppError, AppResult},
    federation::protocol::{
        article::{ARTICLE_TYPES, ArticleJson, PUBLIC, Source},
        attachment::{self, truncate},
        id_of, page_url,
    },
    service::topics,
    state::AppState,
};
use activitypub_federation::{
    config::Data, fetch::object_id::ObjectId, protocol::verification::verify_domains_match, traits::Object,
};
use chrono::{DateTime, Datelike, Utc};
use serde_json::{Value, json};
use url::Url;

#[derive(Debug, Clone)]
pub struct ApResource {
    pub row: Resource,
    pub author: Actor,
    id: Url,
}

impl ApResource {
    pub fn new(row: Resource, author: Actor) -> AppResult<ApResource> {
        let id = Url::parse(&row.ap_id).map_err(AppError::internal)?;
        Ok(ApResource { row, author, id })
    }

    /// The `Article` for a local resource; `city_followers` is copied in `cc` beside the author's.
    pub fn to_article(&self, base_url: &str, city_followers: Option<&str>) -> ArticleJson {
        let row = &self.row;
        let tags = row.tag_list();
        let mut cc = Vec::new();
        if let Some(followers) = &self.author.followers_url {
            cc.push(Value::String(followers.clone()));
        }
        cc.extend(city_followers.map(|f| Value::String(f.to_string())));
        let attachments = attachment::to_wire(row.attachment_list());
        let location = (!row.city.is_empty() || !row.country.is_empty()).then(|| {
            json!({"type": "Place", "name": if row.city.is_empty() { &row.country } else { &row.city },
                   "address": {"type": "PostalAddress", "addressLocality": row.city, "addressCountry": row.country}})
        });
        // The original first, then every translation: the plain fields stay the original's,
        // which is what Mastodon and Mobilizon show.
        let versions = row.translation_list();
        let by_language = |original: &str, text: fn(&Translation) -> &String| {
            Some(by_language(&row.language, original, &versions, text))
        };
        let impact = Impact {
            tco2e_per_year: row.tco2e_per_year,
            investment_eur: row.investment_eur,
            people_reached: row.people_reached,
        };
        ArticleJson {
            id: self.id.clone(),
            kind: "Article".into(),
            name: Some(row.title.clone()),
            name_map: by_language(&row.title, |v| &v.title),
            summary: Some(row.summary.clone()),
            summary_map: by_language(&row.summary, |v| &v.summary),
            content: Some(row.body_html.clone()),
            content_map: by_language(&row.body_html, |v| &v.body_html),
            media_type: Some("text/html".into()),
            source: (!row.body.is_empty())
                .then(|| Source { content: row.body.clone(), media_type: "text/markdown".into() }),
            url: Some(row.url.clone()),
            attributed_to: Value::String(self.author.ap_id.clone()),
            to: json!([PUBLIC]),
            cc: Value::Array(cc),
            published: Some(row.published_at.and_utc()),
            updated: (row.updated_at != row.published_at).then(|| row.updated_at.and_utc()),
            tag: tags.iter().map(|t| hashtag(base_url, t)).collect(),
            attachment: attachments,
            location,
            resource_kind: Some(row.kind.clone()),
            sectors: row.sector_list().into_iter().map(Value::String).collect(),
            phases: row.phase_list().into_iter().map(Value::from).collect(),
            city: (!row.city.is_empty()).then(|| row.city.clone()),
            country: (!row.country.is_empty()).then(|| row.country.clone()),
            period_start: row.period_start,
            period_end: row.period_end,
            impact: (impact != Impact::default()).then_some(impact),
            license: (!row.license.is_empty()).then(|| row.license.clone()),
            language: Some(row.language.clone()),
            organisation: (!row.organisation.is_empty()).then(|| row.organisation.clone()),
            topics: tags.into_iter().map(Value::String).collect(),
            map_steps: row.map_step_list().into_iter().map(Value::String).collect(),
            tool_types: row.tool_type_list().into_iter().map(Value::String).collect(),
        }
    }

    /// Who a remote `Article` says wrote it.
    pub fn author_id(json: &ArticleJson) -> AppResult<Url> {
        id_of(&json.attributed_to).ok_or_else(|| AppError::bad_request("a resource needs an author"))
    }

    /// The author of a remote `Article`, fetched when not known here.
    pub async fn author_of(json: &ArticleJson, data: &Data<AppState>) -> AppResult<Actor> {
        Ok(ObjectId::<ApActor>::from(Self::author_id(json)?).dereference(data).await?.row)
    }

    /// A verified remote `Article` made into its row: validated as the domain says and its HTML
    /// sanitised. Work for the processor only, so that many can be prepared off the runtime.
    pub fn prepare(json: &ArticleJson, author: &Actor) -> AppResult<NewResource> {
        let valid = check_resource(&input_from(json))?;
        let body_html = sanitize_html(&maps_of(json).original_content().unwrap_or_default());
        let same_origin_url = page_url(json.url.as_deref().and_then(|u| Url::parse(u).ok()), &json.id);
        let published = json.published.unwrap_or_else(Utc::now);
        new_resource(NewResourceParts {
            ap_id: json.id.to_string(),
            local: false,
            origin: host_of_url(&json.id),
            author_id: author.id,
            valid: &valid,
            body_html,
            url: same_origin_url,
            demo: false,
            published,
            updated: json.updated.unwrap_or(published),
        })
    }

    /// Stores prepared resources in one transaction, then what follows an arrival: each one's
    /// pictures kept, and a resource seen for the first time announced by its topics (a failure
    /// there is logged: the resource is stored). `authors[i]` wrote `news[i]`.
    pub async fn store(data: &Data<AppState>, news: &[NewResource], authors: &[Actor]) -> AppResult<Vec<ApResource>> {
        debug_assert_eq!(news.len(), authors.len(), "an author for each resource");
        let stored = db::resources::upsert_remote(&data.db, news).await?;
        let mut resources = Vec::with_capacity(stored.len());
        for ((row, first_sight), author) in stored.into_iter().zip(authors.iter().cloned()) {
            remote_pictures::keep_for(data, row.author_id, &row.ap_id, &row.attachment_list());
            if first_sight
                && let Err(error) =
                    topics::announce_new(data, &row.ap_id, &row.sector_list(), row.published_at.and_utc()).await
            {
                tracing::warn!("{}: not announced by its topics: {}", row.ap_id, error.message);
            }
            resources.push(ApResource::new(row, author)?);
        }
        Ok(resources)
    }
}

/// The year a resource is filed under: when its work started, else when it was published.
pub fn filing_year(period_start: Option<i32>, published: DateTime<Utc>) -> i32 {
    period_start.unwrap_or(published.year())
}

/// Whatever another server sent, read leniently into Cairn's rules: unknown terms dropped,
/// over-long text shortened, HTML cleaned.
fn maps_of(json: &ArticleJson) -> WireVersions<'_> {
    WireVersions {
        language: json.language.as_ref(),
        content: json.content.as_ref(),
        name_map: json.name_map.as_ref(),
        summary_map: json.summary_map.as_ref(),
        content_map: json.content_map.as_ref(),
    }
}

pub(crate) fn input_from(json: &ArticleJson) -> ResourceInput {
    let maps = maps_of(json);
    // The content's text only where the summary is missing: reading HTML is most of preparing.
    let summary = json
        .summary
        .as_deref()
        .map(html_to_text)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| html_to_text(maps.original_content().as_deref().unwrap_or_default()));
    let title = json.name.as_deref().map(html_to_text).filter(|t| !t.is_empty()).unwrap_or_else(|| summary.clone());
    let kind = json
        .resource_kind
        .clone()
        .filter(|k| TAXONOMY.kind_label(k).is_some())
        .unwrap_or_else(|| if json.kind == "Video" { "video".into() } else { "info_sheet".into() });
    let language = maps.original_language().filter(|l| TAXONOMY.knows_language(l)).unwrap_or_else(|| "en".into());
    let strings = |values: &[Value]| values.iter().filter_map(Value::as_str).map(str::to_string).collect::<Vec<_>>();
    let mut tags: Vec<String> = strings(&json.topics);
    if tags.is_empty() {
        tags = json
            .tag
            .iter()
            .filter(|t| t.get("type").and_then(Value::as_str) == Some("Hashtag"))
            .filter_map(|t| t.get("name").and_then(Value::as_str))
            .map(str::to_string)
            .collect();
    }
    let location = json.location.as_ref();
    let place = |pointer: &str| location.and_then(|l| l.pointer(pointer)).and_then(Value::as_str).map(str::to_string);
    let attachments = attachment::from_wire(&json.attachment);
    let mut input = ResourceInput {
        kind,
        title: truncate(&title, 200),
        summary: truncate(&summary, 1000),
        body: String::new(),
        language,
        license: truncate(json.license.as_deref().unwrap_or_default(), 100),
        sectors: strings(&json.sectors).into_iter().filter(|s| TAXONOMY.sector_label(s).is_some()).collect(),
        tags: tags.into_iter().map(|t| truncate(&t, 50)).take(20).collect(),
        phases: json
            .phases
            .iter()
            .filter_map(Value::as_i64)
            .filter(|p| (1..=6).contains(p))
            .map(|p| p as i32)
            .collect(),
        city: truncate(&json.city.clone().or_else(|| place("/address/addressLocality")).unwrap_or_default(), 100),
        country: json
            .country
            .clone()
            .or_else(|| place("/address/addressCountry"))
            .filter(|c| c.len() == 2)
            .unwrap_or_default(),
        period_start: json.period_start.filter(|y| (1900..=2100).contains(y)),
        period_end: json.period_end.filter(|y| (1900..=2100).contains(y)),
        impact: json.impact.clone().unwrap_or_default(),
        attachments,
        media_ids: Vec::new(),
        organisation: truncate(&html_to_text(json.organisation.as_deref().unwrap_or_default()), 200),
        map_steps: strings(&json.map_steps).into_iter().filter(|s| TRANSITION_MAP.step(s).is_some()).collect(),
        tool_types: strings(&json.tool_types).into_iter().filter(|t| EXPLORE.tool(t).is_some()).collect(),
        translations: Vec::new(),
    };
    input.translations = maps.translations(&input.language, &input.title, Some(&input.summary), RESOURCE_VERSIONS);
    input
}

fn hashtag(base: &str, tag: &str) -> Value {
    let name: String = tag.split_whitespace().collect();
    json!({"type": "Hashtag", "name": format!("#{name}"), "href": format!("{base}{}", crate::domain::resource::tag_path(tag))})
}

#[async_trait::async_trait]
impl Object for ApResource {
    type DataType = AppState;
    type Kind = ArticleJson;
    type Error = AppError;

    fn id(&self) -> &Url {
        &self.id
    }

    fn last_refreshed_at(&self) -> Option<DateTime<Utc>> {
        Some(self.row.updated_at.and_utc())
    }

    async fn read_from_id(object_id: Url, data: &Data<AppState>) -> AppResult<Option<Self>> {
        let Some(row) = db::resources::by_ap_id(&data.db, object_id.as_str()).await? else { return Ok(None) };
        let Some(author) = db::actors::by_id(&data.db, row.author_id).await? else { return Ok(None) };
        ApResource::new(row, author).map(Some)
    }

    async fn into_json(self, data: &Data<AppState>) -> AppResult<ArticleJson> {
        let city = db::actors::local_by_username(&data.db, &data.config.node.actor).await?;
        Ok(self.to_article(&data.base_url, city.and_then(|c| c.followers_url).as_deref()))
    }

    async fn verify(json: &ArticleJson, expected_domain: &Url, _data: &Data<AppState>) -> AppResult<()> {
        verify_domains_match(&json.id, expected_domain)?;
        if !ARTICLE_TYPES.contains(&json.kind.as_str()) {
            return Err(AppError::bad_request(format!("{} is a {}, not a resource", json.id, json.kind)));
        }
        let author = Self::author_id(json)?;
        if host_of_url(&author) != host_of_url(&json.id) {
            return Err(AppError::forbidden("a resource's author must be on the resource's own server"));
        }
        Ok(())
    }

    async fn from_json(json: ArticleJson, data: &Data<AppState>) -> AppResult<Self> {
        let author = ApResource::author_of(&json, data).await?;
        let new = ApResource::prepare(&json, &author)?;
        let mut stored = ApResource::store(data, &[new], &[author]).await?;
        stored.pop().ok_or_else(|| AppError::internal(anyhow::anyhow!("a stored resource is missing")))
    }
}

pub struct NewResourceParts<'a> {
    pub ap_id: String,
    pub local: bool,
    pub origin: String,
    pub author_id: i64,
    pub valid: &'a ResourceInput,
    pub body_html: String,
    pub url: String,
    pub demo: bool,
    pub published: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

/// The row for a validated resource, with the derived search text and filing year.
pub fn new_resource(parts: NewResourceParts<'_>) -> AppResult<NewResource> {
    let v = parts.valid;
    fn json<T: serde::Serialize>(value: &T) -> AppResult<String> {
        serde_json::to_string(value).map_err(AppError::internal)
    }
    // Every version's words, so that a search finds it in any of its languages.
    let mut search_text = format!("{} {}", v.tags.join(" "), html_to_text(&parts.body_html));
    for version in &v.translations {
        search_text.extend([" ", &version.title, " ", &version.summary, " ", &html_to_text(&version.body_html)]);
    }
    let languages: Vec<&str> =
        std::iter::once(v.language.as_str()).chain(v.translations.iter().map(|t| t.language.as_str())).collect();
    Ok(NewResource {
        ap_id: parts.ap_id,
        local: parts.local,
        origin: parts.origin,
        author_id: parts.author_id,
        kind: v.kind.clone(),
        title: v.title.clone(),
        summary: v.summary.clone(),
        body: v.body.clone(),
        body_html: parts.body_html,
        search_text,
        language: v.language.clone(),
        license: v.license.clone(),
        sectors_mask: TAXONOMY.sector_mask(&v.sectors),
        tags: json(&v.tags)?,
        map_mask: TAXONOMY.phase_mask(&v.phases)
            | TRANSITION_MAP.step_mask(&v.map_steps)
            | EXPLORE.tool_mask(&v.tool_types),
        city: v.city.clone(),
        country: v.country.clone(),
        period_start: v.period_start,
        period_end: v.period_end,
        year: filing_year(v.period_start, parts.published),
        tco2e_per_year: v.impact.tco2e_per_year,
        investment_eur: v.impact.investment_eur,
        people_reached: v.impact.people_reached,
        attachments: json(&v.attachments)?,
        organisation: v.organisation.clone(),
        url: parts.url,
        demo: parts.demo,
        published_at: parts.published.naive_utc(),
        updated_at: parts.updated.naive_utc(),
        translations: json(&v.translations)?,
        languages_mask: TAXONOMY.language_mask(&languages),
    })
}
