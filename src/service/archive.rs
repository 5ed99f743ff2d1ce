//! A person's data as one downloadable document, and its import on another node: what moving
//! an account leaves behind (its resources, events and posts stay on the old server, signed by
//! the old account) is published again by the new one, and its follows are made again.

use crate::{
    db::{self, events::CalendarQuery, models::Actor},
    domain::{event::EventInput, profile::ProfileInput, resource::ResourceInput, search::SearchQuery},
    error::{AppError, AppResult},
    federation::Data,
    service::{
        self,
        follows::{Reach, resolve},
        posts::PostInput,
    },
};
use cairn_templates::i18n::{t, t_with};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use utoipa::ToSchema;

pub const ARCHIVE_KIND: &str = "cairn-account-archive";
/// Pages of this many rows are read while exporting.
const PAGE: i64 = 200;

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ArchivedResource {
    /// Its id where it was first published.
    pub ap_id: String,
    #[serde(flatten)]
    pub fields: ResourceInput,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ArchivedEvent {
    pub ap_id: String,
    #[serde(flatten)]
    pub fields: EventInput,
}

#[derive(Serialize, Deserialize, ToSchema)]
pub struct ArchivedPost {
    pub ap_id: String,
    pub published: String,
    pub content: String,
}

/// Everything a person published here, their profile and whom they follow.
#[derive(Serialize, Deserialize, ToSchema)]
pub struct Archive {
    /// Always `cairn-account-archive`.
    pub kind: String,
    pub version: u32,
    /// The account it was exported from.
    pub account: String,
    pub exported_at: String,
    pub profile: ProfileInput,
    pub resources: Vec<ArchivedResource>,
    pub events: Vec<ArchivedEvent>,
    /// Public posts.
    pub posts: Vec<ArchivedPost>,
    /// The actors followed (their URLs).
    pub following: Vec<String>,
}

/// What an import did.
#[derive(Serialize, ToSchema, Default)]
pub struct ImportReport {
    pub resources: usize,
    pub events: usize,
    pub posts: usize,
    pub follows: usize,
    /// Items the account already had (an archive imported again publishes nothing twice).
    pub already_here: usize,
    /// What could not be imported, and why.
    pub problems: Vec<String>,
}

pub async fn export(data: &Data, actor: &Actor) -> AppResult<Archive> {
    let mut resources = Vec::new();
    loop {
        let query = SearchQuery {
            author_id: Some(actor.id),
            limit: PAGE,
            offset: resources.len() as i64,
            ..Default::default()
        };
        let ids = db::search::page(&data.db, &query).await?;
        for (resource, _) in db::resources::with_authors(&data.db, &ids).await? {
            resources.push(ArchivedResource {
                ap_id: resource.ap_id.clone(),
                fields: service::resources::input_of(&resource),
            });
        }
        if (ids.len() as i64) < PAGE {
            break;
        }
    }
    let mut events = Vec::new();
    for past in [false, true] {
        let mut after = None;
        loop {
            let query = CalendarQuery { past, organizer_id: Some(actor.id), limit: PAGE, after, ..Default::default() };
            let rows = db::events::calendar(&data.db, &query).await?;
            for (event, _) in &rows {
                events.push(ArchivedEvent { ap_id: event.ap_id.clone(), fields: service::events::input_of(event) });
            }
            after = db::next_key(&rows, PAGE, |(last, _)| db::events::calendar_key(last));
            if after.is_none() {
                break;
            }
        }
    }
    let mut posts = Vec::new();
    let mut before = None;
    loop {
        let page = db::posts::public_by_author(&data.db, actor.id, before, PAGE).await?;
        before = page.last().map(|p| p.id);
        posts.extend(page.iter().map(|p| ArchivedPost {
            ap_id: p.ap_id.clone(),
            published: p.published_at.and_utc().to_rfc3339(),
            content: p.content.clone(),
        }));
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    let mut following = Vec::new();
    let mut cursor = None;
    loop {
        let page =
            db::follows::page(&data.db, actor.id, db::follows::Side::Following, db::follows::ACCEPTED, cursor, PAGE)
                .await?;
        cursor = page.last().map(|(f, _)| f.id);
        following.extend(page.iter().map(|(_, a)| a.ap_id.clone()));
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    Ok(Archive {
        kind: ARCHIVE_KIND.into(),
        version: 1,
        account: actor.ap_id.clone(),
        exported_at: chrono::Utc::now().to_rfc3339(),
        profile: service::profile::input_of(actor),
        resources,
        events,
        posts,
        following,
    })
}

/// Imports an archive file as uploaded: named as what it is when it is not one.
pub async fn import_file(data: &Data, actor: &Actor, file: &[u8]) -> AppResult<ImportReport> {
    if file.is_empty() {
        return Err(AppError::invalid("archive", t("choose-the-archive-file-to-import")));
    }
    let archive: Archive = serde_json::from_slice(file).map_err(|error| {
        AppError::invalid(
            "archive",
            t_with("this-file-is-not-a-cairn-account-archive", &[("problem", error.to_string().into())]),
        )
    })?;
    import(data, actor, &archive).await
}

/// Publishes an archive's resources, events and posts again as `actor` (oldest posts first),
/// follows what it followed, and fills the profile's empty fields. What the account already has
/// is passed over; each item that fails is named in the report; the others go on.
pub async fn import(data: &Data, actor: &Actor, archive: &Archive) -> AppResult<ImportReport> {
    if archive.kind != ARCHIVE_KIND || archive.version != 1 {
        return Err(AppError::invalid("kind", t("this-is-not-a-cairn-account-archive")));
    }
    let mut report = ImportReport::default();
    let mut profile = archive.profile.clone();
    let keep = |current: &str, archived: &mut String| {
        if !current.is_empty() {
            *archived = current.to_string();
        }
    };
    keep(&actor.display_name, &mut profile.display_name);
    keep(&actor.summary, &mut profile.summary);
    keep(&actor.job_title, &mut profile.job_title);
    keep(&actor.organisation, &mut profile.organisation);
    keep(&actor.city, &mut profile.city);
    keep(&actor.country, &mut profile.country);
    keep(actor.avatar_url.as_deref().unwrap_or_default(), &mut profile.avatar_url);
    keep(actor.header_url.as_deref().unwrap_or_default(), &mut profile.header_url);
    // Uploads are this node's own; an archive cannot choose them.
    (profile.avatar_media_id, profile.header_media_id) = (None, None);
    if !actor.expertise_tags().is_empty() {
        profile.expertise = actor.expertise_tags();
    }
    if !actor.sector_list().is_empty() {
        profile.sectors = actor.sector_list();
    }
    profile.manually_approves = actor.manually_approves;
    if let Err(error) = service::profile::update(data, actor, &profile).await {
        report.problems.push(format!("profile: {}", error.message));
    }
    // What the account has now, as its own archive says it: an item is there when its kind and
    // title (an event's title and start, a post's text) are.
    let here = export(data, actor).await?;
    let resource_key = |r: &ResourceInput| (r.kind.clone(), r.title.clone());
    let event_key = |e: &EventInput| (e.title.clone(), e.start.clone());
    let resources_here: HashSet<_> = here.resources.iter().map(|r| resource_key(&r.fields)).collect();
    let events_here: HashSet<_> = here.events.iter().map(|e| event_key(&e.fields)).collect();
    let posts_here: HashSet<_> = here.posts.iter().map(|p| p.content.trim()).collect();
    for resource in &archive.resources {
        if resources_here.contains(&resource_key(&resource.fields)) {
            report.already_here += 1;
            continue;
        }
        match service::resources::publish(data, actor, &resource.fields).await {
            Ok(_) => report.resources += 1,
            Err(error) => report.problems.push(format!("{}: {}", resource.ap_id, error.message)),
        }
    }
    for event in &archive.events {
        if events_here.contains(&event_key(&event.fields)) {
            report.already_here += 1;
            continue;
        }
        match service::events::publish(data, actor, &event.fields).await {
            Ok(_) => report.events += 1,
            Err(error) => report.problems.push(format!("{}: {}", event.ap_id, error.message)),
        }
    }
    for post in archive.posts.iter().rev() {
        if posts_here.contains(post.content.trim()) {
            report.already_here += 1;
            continue;
        }
        let input = PostInput { content: post.content.clone(), ..Default::default() };
        match service::posts::compose(data, actor, &input).await {
            Ok(_) => report.posts += 1,
            Err(error) => report.problems.push(format!("{}: {}", post.ap_id, error.message)),
        }
    }
    for followed in &archive.following {
        let followed_now = match resolve(data, followed, Reach::Fetch).await {
            Ok(target) => service::follows::follow(data, actor, &target).await.map(|_| ()),
            Err(error) => Err(error),
        };
        match followed_now {
            Ok(()) => report.follows += 1,
            Err(error) => report.problems.push(format!("{followed}: {}", error.message)),
        }
    }
    Ok(report)
}
