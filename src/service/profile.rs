use super::media;
use crate::{
    db::{self, actors::ProfileChanges, deliveries::Outgoing, models::Actor},
    domain::profile::{ProfileInput, check_profile},
    error::{AppError, AppResult},
    federation::{
        Data,
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
    },
};
use activitypub_federation::{kinds::activity::UpdateType, traits::Object};
use cairn_templates::i18n::t;

/// A person's profile as they would edit it now.
pub fn input_of(actor: &Actor) -> ProfileInput {
    ProfileInput {
        display_name: actor.display_name.clone(),
        summary: actor.summary.clone(),
        job_title: actor.job_title.clone(),
        city: actor.city.clone(),
        country: actor.country.clone(),
        expertise: actor.expertise_tags(),
        sectors: actor.sector_list(),
        organisation: actor.organisation.clone(),
        avatar_url: actor.avatar_url.clone().unwrap_or_default(),
        header_url: actor.header_url.clone().unwrap_or_default(),
        avatar_media_id: None,
        header_media_id: None,
        manually_approves: actor.manually_approves,
    }
}

/// Saves a person's profile and tells their followers' servers with an `Update`. An upload
/// chosen as avatar or header is shown instead of the address given for it.
pub async fn update(data: &Data, actor: &Actor, input: &ProfileInput) -> AppResult<Actor> {
    let profile = check_profile(input)?;
    // This node's files are chosen by upload, which attaches them; an address typed in would show
    // a file nothing keeps (or someone else's).
    let served_here = media::url_of(data, "");
    for (field, given, now) in
        [("avatar_url", &profile.avatar_url, &actor.avatar_url), ("header_url", &profile.header_url, &actor.header_url)]
    {
        if given.as_ref().is_some_and(|url| url.starts_with(&served_here) && Some(url) != now.as_ref()) {
            return Err(AppError::invalid(field, t("choose-a-picture-by-uploading-it")));
        }
    }
    let chosen = |id: Option<i64>| id.map(|id| vec![id]);
    let (avatar_ids, header_ids) = (chosen(input.avatar_media_id), chosen(input.header_media_id));
    let object = &actor.ap_id;
    let avatar = media::picture(data, actor, avatar_ids.as_deref(), Some(object), "avatar_media_id").await?;
    let header = media::picture(data, actor, header_ids.as_deref(), Some(object), "header_media_id").await?;
    let changes = ProfileChanges {
        display_name: profile.display_name,
        summary: profile.summary,
        job_title: profile.job_title,
        city: profile.city,
        country: profile.country,
        expertise: profile.expertise,
        sectors: profile.sectors,
        organisation: profile.organisation,
        avatar_url: avatar.url(data, profile.avatar_url, true),
        header_url: header.url(data, profile.header_url, false),
        manually_approves: profile.manually_approves,
    };
    let saved = save(data, actor, &changes).await?;
    let chosen: Vec<i64> = avatar.chosen().into_iter().chain(header.chosen()).collect();
    let shown: Vec<&str> = saved.avatar_url.iter().chain(&saved.header_url).map(String::as_str).collect();
    media::settle(data, object, &chosen, &shown).await?;
    Ok(saved)
}

/// Saves checked changes of a local actor's public details, and in the same transaction the
/// `Update` that tells its followers' servers.
pub async fn save(data: &Data, actor: &Actor, changes: &ProfileChanges) -> AppResult<Actor> {
    let mut updated = actor.clone();
    updated.display_name = changes.display_name.clone();
    updated.summary = changes.summary.clone();
    updated.job_title = changes.job_title.clone();
    updated.city = changes.city.clone();
    updated.country = changes.country.clone();
    updated.expertise = serde_json::to_string(&changes.expertise).map_err(AppError::internal)?;
    updated.sectors = serde_json::to_string(&changes.sectors).map_err(AppError::internal)?;
    updated.organisation = changes.organisation.clone();
    updated.avatar_url = changes.avatar_url.clone();
    updated.header_url = changes.header_url.clone();
    updated.manually_approves = changes.manually_approves;
    let outgoing = actor_update(data, updated).await?;
    let saved = db::actors::update_profile(&data.db, actor.id, changes, &outgoing).await?;
    data.deliveries_queued.notify_one();
    Ok(saved)
}

/// The `Update` that shows a local actor's followers' servers its document as `updated` (the
/// actor with its changes, not saved yet) makes it.
pub async fn actor_update(data: &Data, updated: Actor) -> AppResult<Outgoing> {
    let signer = updated.clone();
    let object = ApActor::new(updated)?.into_json(data).await?;
    let id = data.new_activity_id("Update");
    let object = serde_json::to_value(object).map_err(AppError::internal)?;
    let activity =
        crate::federation::activities::update::Update::new(UpdateType::Update, id.clone(), &signer.ap_id, object)?;
    let inboxes = db::follows::follower_inboxes(&data.db, signer.id).await?;
    prepare(data, &activity, Envelope { id: &id, kind: "Update", signer: &signer, public: true, inboxes })
}
