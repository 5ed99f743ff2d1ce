use super::extract::{Form, Path, Query};
use super::{
    WebError, WebResult, card, ctx, form_errors, forms::FormPairs, page, redirect_with_flash, relation,
    social::sector_options,
};
use super::{forms::Submitted, pictures};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, Side},
        models::Actor,
    },
    domain::profile::{ProfileInput, expertise_list},
    error::{AppError, AppResult},
    federation::Data,
    http::{
        activitypub::{PAGE_SIZE, actor_document, wants_activity_json},
        session::Viewer,
    },
    service::{self, archive::ImportReport},
    state::AppState,
};
use axum::{
    extract::{Multipart, Request, State, multipart::MultipartError},
    http::{HeaderMap, StatusCode},
    response::IntoResponse,
};
use cairn_templates::{
    FormErrors,
    i18n::{t, t_with},
    profile::{self as pages, ImportDone, Mover},
};
use serde::Deserialize;

/// `@name` (local) or `@name@domain` (a remote actor this node knows).
async fn actor_for_handle(state: &AppState, handle: &str) -> Result<Actor, WebError> {
    let handle = handle.strip_prefix('@').ok_or_else(|| AppError::not_found(t("there-is-no-page-at-this-address")))?;
    let found = match handle.split_once('@') {
        Some((name, domain)) if domain == state.domain => db::actors::local_by_username(&state.db, name).await?,
        Some((name, domain)) => db::actors::remote_by_handle(&state.db, name, domain).await?,
        None => db::actors::local_by_username(&state.db, handle).await?,
    };
    let found = found.ok_or_else(|| {
        AppError::not_found(t_with("nobody-called-is-known-here", &[("handle", handle.to_string().into())]))
    })?;
    Ok(crate::service::moderation::shown(found)?)
}

/// `/@name`: a profile page (or the actor document, for ActivityPub clients).
pub async fn show(data: Data, viewer: Viewer, headers: HeaderMap, Path(handle): Path<String>) -> WebResult {
    if wants_activity_json(&headers)
        && let Some(username) = handle.strip_prefix('@').filter(|h| !h.contains('@'))
    {
        return Ok(actor_document(&data, username).await?);
    }
    let actor = actor_for_handle(&data, &handle).await?;
    if actor.local && wants_activity_json(&headers) {
        return Ok(actor_document(&data, &actor.username).await?);
    }
    if actor.kind == "Group" {
        return Ok(axum::response::Redirect::to(&super::page_url(&actor)).into_response());
    }
    let ctx = ctx(&data, &viewer, &headers).await?;
    let person = card(&actor);
    let followers = db::follows::count(&data.db, actor.id, Side::Followers, ACCEPTED).await?;
    let following = db::follows::count(&data.db, actor.id, Side::Following, ACCEPTED).await?;
    let lists_url = actor.local.then(|| format!("/@{}", actor.username));
    let resources = super::knowledge::by_author(&data, &actor).await?;
    let profile = pages::ProfilePage {
        person: &person,
        followers,
        following,
        relation: relation(&data, &viewer, &actor).await?,
        target: &actor.ap_id,
        lists_url: lists_url.as_deref(),
        resources: &resources,
        moved_to: moved_to(&data, &actor).await?,
        report_url: super::moderation::report_url(viewer.user.as_ref().map(|(_, a)| a), &actor.ap_id, actor.id),
        keep_away: super::blocks::buttons(&data, &ctx, &viewer, &actor).await?,
    };
    Ok(page(&ctx, StatusCode::OK, pages::profile(&ctx, &profile)))
}

#[derive(Deserialize)]
pub struct ListQuery {
    before: Option<i64>,
}

/// `/@name/followers` and `/@name/following` as pages.
pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    Path((handle, which)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
) -> WebResult {
    let (side, title) = match which.as_str() {
        "followers" => (Side::Followers, t("followers")),
        "following" => (Side::Following, t("following")),
        _ => return Err(super::not_found().await),
    };
    let actor = actor_for_handle(&state, &handle).await?;
    if !actor.local {
        return Err(AppError::not_found(t("lists-of-remote-actors-live-on-their")).into());
    }
    let rows = db::follows::page(&state.db, actor.id, side, ACCEPTED, query.before, PAGE_SIZE).await?;
    let next = (rows.len() as i64 == PAGE_SIZE)
        .then(|| rows.last().map(|(f, _)| format!("/@{}/{which}?before={}", actor.username, f.id)))
        .flatten();
    let people: Vec<_> = rows.iter().map(|(_, a)| card(a)).collect();
    let ctx = ctx(&state, &viewer, &headers).await?;
    let title = format!("{title}: {}", actor.name_or_username());
    Ok(page(&ctx, StatusCode::OK, pages::people_list(&ctx, &title, &card(&actor), &people, next.as_deref())))
}

fn values_of(actor: &Actor) -> pages::ProfileValues {
    let input = service::profile::input_of(actor);
    pages::ProfileValues {
        display_name: input.display_name,
        summary: input.summary,
        job_title: input.job_title,
        organisation: input.organisation,
        city: input.city,
        country: input.country,
        sectors: input.sectors,
        expertise: input.expertise.join(", "),
        avatar_url: input.avatar_url,
        header_url: input.header_url,
        current_avatar: actor.avatar_url.clone(),
        current_header: actor.header_url.clone(),
        manually_approves: input.manually_approves,
        ..Default::default()
    }
}

fn values_from_form(form: &FormPairs, actor: &Actor) -> pages::ProfileValues {
    pages::ProfileValues {
        display_name: form.one("display_name"),
        summary: form.one("summary"),
        job_title: form.one("job_title"),
        organisation: form.one("organisation"),
        city: form.one("city"),
        country: form.one("country"),
        sectors: form.all("sectors"),
        expertise: form.one("expertise"),
        avatar_url: form.one("avatar_url"),
        header_url: form.one("header_url"),
        current_avatar: actor.avatar_url.clone(),
        current_header: actor.header_url.clone(),
        manually_approves: !form.one("manually_approves").is_empty(),
        ..Default::default()
    }
}

fn edit_page(
    ctx: &cairn_templates::Ctx,
    values: &pages::ProfileValues,
    errors: &FormErrors,
) -> cairn_templates::Markup {
    pages::edit_profile(ctx, values, &sector_options(), errors)
}

pub async fn edit_form(State(state): State<AppState>, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let (_, actor) = viewer.require_user()?;
    let ctx = ctx(&state, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, edit_page(&ctx, &values_of(actor), &FormErrors::default())))
}

/// Saves the profile form; pictures sent with it are kept first and shown once it saves.
pub async fn save(data: Data, viewer: Viewer, headers: HeaderMap, request: Request) -> WebResult {
    let (_, actor) = viewer.require_user()?;
    let mut sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    let mut values = values_from_form(&sent.form, actor);
    let pictures = async {
        let avatar = pictures::chosen(&data, actor, &mut sent, "avatar").await?;
        let header = pictures::chosen(&data, actor, &mut sent, "header").await?;
        Ok::<_, AppError>((avatar, header))
    };
    let result = match pictures.await {
        Ok((avatar, header)) => {
            (values.kept_avatar, values.kept_header) = (avatar.kept, header.kept);
            let input = ProfileInput {
                display_name: values.display_name.clone(),
                summary: values.summary.clone(),
                job_title: values.job_title.clone(),
                organisation: values.organisation.clone(),
                city: values.city.clone(),
                country: values.country.clone(),
                sectors: values.sectors.clone(),
                expertise: expertise_list(&values.expertise),
                // A picture removed goes with its address.
                avatar_url: if avatar.ids.as_deref() == Some(&[]) { String::new() } else { values.avatar_url.clone() },
                header_url: if header.ids.as_deref() == Some(&[]) { String::new() } else { values.header_url.clone() },
                avatar_media_id: avatar.ids.as_ref().and_then(|ids| ids.first().copied()),
                header_media_id: header.ids.as_ref().and_then(|ids| ids.first().copied()),
                manually_approves: values.manually_approves,
            };
            service::profile::update(&data, actor, &input).await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(saved) => Ok(redirect_with_flash(&format!("/@{}", saved.username), t("your-profile-is-saved"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, edit_page(&ctx, &values, &errors)))
        }
    }
}

/// Where `actor` moved, named and linked: its page here when this node knows it.
pub(super) async fn moved_to(data: &Data, actor: &Actor) -> AppResult<Option<(String, String)>> {
    let Some(url) = &actor.moved_to else { return Ok(None) };
    Ok(Some(match db::actors::by_ap_id(&data.db, url).await? {
        Some(known) => (known.handle(), super::page_url(&known)),
        None => (url.clone(), url.clone()),
    }))
}

pub(super) fn aliases_text(actor: &Actor) -> String {
    actor.aliases().join(", ")
}

pub async fn move_form(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    let (_, actor) = viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    let markup = pages::move_account(
        &ctx,
        Mover::Account,
        &aliases_text(actor),
        actor.moved_to.as_deref(),
        &FormErrors::default(),
    );
    Ok(page(&ctx, StatusCode::OK, markup))
}

#[derive(Deserialize)]
pub struct AliasesForm {
    #[serde(default)]
    pub(super) csrf: String,
    #[serde(default)]
    pub(super) aliases: String,
}

impl AliasesForm {
    /// The handles typed, one per comma or line.
    pub(super) fn list(&self) -> Vec<String> {
        self.aliases.split([',', '\n']).map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect()
    }
}

pub async fn save_aliases(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<AliasesForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, actor) = viewer.require_user()?;
    match service::moves::set_aliases(&data, actor, &form.list()).await {
        Ok(_) => Ok(redirect_with_flash("/settings/move", t("your-other-accounts-are-saved"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            let markup = pages::move_account(&ctx, Mover::Account, &form.aliases, actor.moved_to.as_deref(), &errors);
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
    }
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    pub(super) csrf: String,
    #[serde(default)]
    pub(super) target: String,
}

pub async fn move_away(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<MoveForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, actor) = viewer.require_user()?;
    match service::moves::move_to(&data, actor, &form.target).await {
        Ok(moved) => Ok(redirect_with_flash(&format!("/@{}", moved.username), t("your-followers-are-moving-to-your"))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            let markup =
                pages::move_account(&ctx, Mover::Account, &aliases_text(actor), actor.moved_to.as_deref(), &errors);
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, markup))
        }
    }
}

/// `/settings/export`: the same archive as `GET /api/v1/me/export`, for the signed-in person.
pub async fn export(data: Data, viewer: Viewer) -> WebResult {
    let (_, actor) = viewer.require_user()?;
    Ok(crate::http::api::me::archive_download(&data, actor).await?)
}

/// `/settings/import`: an archive from another node, published again as the signed-in person.
pub async fn import_form(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, pages::import_archive(&ctx, None, &FormErrors::default())))
}

pub async fn import(data: Data, viewer: Viewer, headers: HeaderMap, mut form: Multipart) -> WebResult {
    let (_, actor) = viewer.require_user()?;
    let unreadable = |e: MultipartError| {
        AppError::bad_request(t_with("the-form-could-not-be-read", &[("problem", e.body_text().into())]))
    };
    let (mut csrf, mut file) = (String::new(), Vec::new());
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(unreadable)?,
            Some("archive") => file = field.bytes().await.map_err(unreadable)?.to_vec(),
            _ => {}
        }
    }
    viewer.check_csrf(&csrf)?;
    let imported = service::archive::import_file(&data, actor, &file).await;
    let ctx = ctx(&data, &viewer, &headers).await?;
    match imported {
        Ok(report) => {
            let done = ImportDone::from(report);
            Ok(page(&ctx, StatusCode::OK, pages::import_archive(&ctx, Some(&done), &FormErrors::default())))
        }
        Err(error) => {
            let errors = form_errors(error)?;
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, pages::import_archive(&ctx, None, &errors)))
        }
    }
}

impl From<ImportReport> for ImportDone {
    fn from(report: ImportReport) -> Self {
        ImportDone {
            resources: report.resources,
            events: report.events,
            posts: report.posts,
            follows: report.follows,
            already_here: report.already_here,
            problems: report.problems,
        }
    }
}
