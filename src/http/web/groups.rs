//! Groups on the web: the list, creating and editing, a group's page with its discussions and
//! moderation, members and invitations.

use super::ask_first;
use super::extract::{Form, Path, Query};
use super::versions;
use super::{
    WebError, WebResult, card, ctx, form_errors,
    forms::{Submitted, translation_values, translations_from_form, translations_typed},
    page, page_url, pictures, redirect_with_flash,
    social::{BeforeQuery, PAGE, PostForm, TokenOnly, post_view, sector_options, viewer_actor, viewer_moderates},
};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
    },
    domain::{
        group::GroupInput,
        taxonomy::{LANGUAGE_CHOICES, TAXONOMY},
    },
    error::{AppError, AppResult},
    federation::Data,
    http::{api::groups::may_read, session::Viewer},
    service::{self, follows::Reach, groups::FoundGroup, posts::PostInput},
};
use axum::{
    extract::{RawQuery, Request},
    http::{HeaderMap, StatusCode},
};
use cairn_templates::components::Confirmation;
use cairn_templates::{
    FormErrors,
    i18n::{t, t_with},
    profile::{self as profile_pages, Mover},
    social::{self, GroupCard, GroupFormValues, GroupPage, MemberRow},
};
use serde::Deserialize;

/// A group's card, its name and description in the reader's language when it has them.
pub(super) fn group_card(found: &FoundGroup, members: i64) -> GroupCard {
    card_in(found, members, None)
}

/// A group's card in the version `asked` for (the page's switcher), else the reader's language.
fn card_in(found: &FoundGroup, members: i64, asked: Option<&str>) -> GroupCard {
    let labels =
        found.group.sector_list().iter().filter_map(|s| TAXONOMY.sector_label(s)).map(str::to_string).collect();
    let group = &found.group;
    let (lang, name, description) = match versions::chosen(&group.language, &group.translations, asked) {
        Some(version) => (version.language, version.title, version.body),
        None => (group.language.clone(), found.actor.name_or_username().to_string(), found.actor.summary.clone()),
    };
    GroupCard {
        name,
        lang: (!lang.is_empty()).then_some(lang),
        handle: found.actor.handle(),
        url: page_url(&found.actor),
        description,
        sectors: labels,
        topics: found.group.topic_list(),
        members,
        join_mode: found.group.join_mode.clone(),
        visibility: found.group.visibility.clone(),
        origin: (!found.actor.local).then(|| found.actor.domain.clone()),
    }
}

#[derive(Deserialize, Default)]
pub struct ListParams {
    #[serde(default)]
    q: String,
    cursor: Option<i64>,
}

pub async fn groups(data: Data, viewer: Viewer, headers: HeaderMap, Query(params): Query<ListParams>) -> WebResult {
    let rows = db::groups::list(&data.db, &params.q, params.cursor, PAGE).await?;
    let next = db::groups::next_before(&rows, PAGE).map(|id| {
        format!(
            "/groups?q={}&cursor={id}",
            url::form_urlencoded::byte_serialize(params.q.as_bytes()).collect::<String>()
        )
    });
    let cards: Vec<GroupCard> =
        rows.into_iter().map(|(actor, group, members)| group_card(&FoundGroup { actor, group }, members)).collect();
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::groups(&ctx, &params.q, &cards, viewer.user.is_some(), next.as_deref())))
}

pub async fn new_group_form(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(
        &ctx,
        StatusCode::OK,
        social::group_form(
            &ctx,
            &GroupFormValues { language: data.default_language.get().code().to_string(), ..Default::default() },
            &sector_options(),
            &LANGUAGE_CHOICES,
            &FormErrors::default(),
            None,
        ),
    ))
}

fn group_values(form: &super::forms::FormPairs) -> GroupFormValues {
    GroupFormValues {
        handle: form.one("handle"),
        name: form.one("name"),
        description: form.one("description"),
        sectors: form.all("sectors"),
        topics: form.one("topics"),
        join_mode: form.one("join_mode"),
        visibility: form.one("visibility"),
        language: form.one("language"),
        translations: translations_from_form(form),
        ..Default::default()
    }
}

fn group_input(values: &GroupFormValues) -> GroupInput {
    GroupInput {
        handle: values.handle.clone(),
        name: values.name.clone(),
        description: values.description.clone(),
        sectors: values.sectors.clone(),
        topics: values.topics.split(',').map(str::to_string).collect(),
        join_mode: values.join_mode.clone(),
        visibility: values.visibility.clone(),
        media_ids: None,
        language: values.language.clone(),
        translations: translations_typed(&values.translations),
    }
}

pub async fn create_group(data: Data, viewer: Viewer, headers: HeaderMap, request: Request) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    submit_group(&data, &viewer, &headers, sent, None, async |input| service::groups::create(&data, me, &input).await)
        .await
}

/// A submitted group form, its picture kept first: the group's page once `save` succeeds, or
/// the form again with its mistakes.
async fn submit_group(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    mut sent: Submitted,
    group: Option<&FoundGroup>,
    save: impl AsyncFnOnce(GroupInput) -> AppResult<FoundGroup>,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let mut values = group_values(&sent.form);
    if let Some(found) = group {
        values.handle = found.actor.username.clone();
        values.current_avatar = found.actor.avatar_url.clone();
    }
    let result = match pictures::chosen(data, me, &mut sent, "avatar").await {
        Ok(avatar) => {
            values.kept_avatar = avatar.kept;
            save(GroupInput { media_ids: avatar.ids, ..group_input(&values) }).await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(found) => {
            let done = if group.is_some() { t("group-saved") } else { t("group-created") };
            Ok(redirect_with_flash(&page_url(&found.actor), done))
        }
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(data, viewer, headers).await?;
            let page_path = group.map(|found| page_url(&found.actor));
            let form =
                social::group_form(&ctx, &values, &sector_options(), &LANGUAGE_CHOICES, &errors, page_path.as_deref());
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, form))
        }
    }
}

pub async fn edit_group_form(data: Data, viewer: Viewer, headers: HeaderMap, Path(handle): Path<String>) -> WebResult {
    viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    let values = GroupFormValues {
        handle: found.actor.username.clone(),
        name: found.actor.name_or_username().to_string(),
        description: found.actor.summary.clone(),
        sectors: found.group.sector_list(),
        topics: found.group.topic_list().join(", "),
        join_mode: found.group.join_mode.clone(),
        visibility: found.group.visibility.clone(),
        current_avatar: found.actor.avatar_url.clone(),
        kept_avatar: None,
        language: match found.group.language.as_str() {
            "" => data.default_language.get().code().to_string(),
            language => language.to_string(),
        },
        translations: translation_values(&found.group.translation_list()),
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    let page_path = page_url(&found.actor);
    let form = social::group_form(
        &ctx,
        &values,
        &sector_options(),
        &LANGUAGE_CHOICES,
        &FormErrors::default(),
        Some(&page_path),
    );
    Ok(page(&ctx, StatusCode::OK, form))
}

pub async fn update_group(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    request: Request,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    service::groups::require_admin(&data, &found, me).await?;
    let sent = Submitted::read(request).await?;
    viewer.check_csrf(&sent.form.one("csrf"))?;
    submit_group(&data, &viewer, &headers, sent, Some(&found), async |input| {
        service::groups::update(&data, me, &found, &input).await
    })
    .await
}

async fn find_group(data: &Data, viewer: &Viewer, handle: &str) -> Result<FoundGroup, WebError> {
    let reach = if viewer.user.is_some() { Reach::Fetch } else { Reach::KnownOnly };
    Ok(service::groups::find(data, handle, reach).await?)
}

async fn render_group(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    handle: &str,
    errors: FormErrors,
    before: Option<i64>,
    asked: Option<&str>,
) -> WebResult {
    let found = find_group(data, viewer, handle).await?;
    let me = viewer_actor(viewer);
    let members = db::follows::count(&data.db, found.actor.id, Side::Followers, ACCEPTED).await?;
    let membership = match me {
        Some(me) => service::groups::membership(data, &found.actor, me).await?.map(|f| f.state),
        None => None,
    };
    let role = match me {
        Some(me) if found.actor.local => db::groups::role_of(&data.db, found.actor.id, me.id).await?,
        _ => None,
    };
    let is_moderator = matches!(role.as_deref(), Some("admin" | "moderator"));
    let readable = may_read(data, &found, me).await?;
    let can_post = match me {
        _ if found.actor.moved_to.is_some() => false,
        Some(me) if found.actor.local => service::groups::may_post(data, &found, me).await?,
        Some(_) => membership.as_deref() == Some(ACCEPTED),
        None => false,
    };
    let rows = if readable { db::posts::of_group(&data.db, found.actor.id, before, PAGE).await? } else { Vec::new() };
    let mut posts = Vec::new();
    for (post, author) in &rows {
        if service::posts::may_read(data, post, me).await? {
            posts.push(post_view(data, post, author, me, viewer_moderates(viewer)).await?);
        }
    }
    let requests: Vec<(i64, cairn_templates::PersonCard)> = if is_moderator {
        db::follows::page(&data.db, found.actor.id, Side::Followers, PENDING, None, 100)
            .await?
            .iter()
            .map(|(_, a)| (a.id, card(a)))
            .collect()
    } else {
        Vec::new()
    };
    let base = page_url(&found.actor);
    let next_url =
        (rows.len() as i64 == PAGE).then(|| rows.last().map(|(p, _)| format!("{base}?before={}", p.id))).flatten();
    let group = card_in(&found, members, asked);
    let view = GroupPage {
        card: &group,
        versions: match &group.lang {
            Some(shown) => versions::links(&base, &found.group.language, &found.group.translations, shown),
            None => Vec::new(),
        },
        membership: membership.as_deref(),
        role: role.as_deref(),
        can_post,
        readable,
        posts: &posts,
        requests: &requests,
        is_moderator,
        base: &base,
        logged_in: me.is_some(),
        errors: &errors,
        next_url,
        moved_to: super::profile::moved_to(data, &found.actor).await?,
        // Its moderators act on their group rather than report it; this node's moderators act on
        // its posts and members (a local group is not limited or suspended).
        report_url: if is_moderator || found.actor.local {
            None
        } else {
            super::moderation::report_url(me, &found.actor.ap_id, found.actor.id)
        },
    };
    let ctx = ctx(data, viewer, headers).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, social::group_page(&ctx, &view)))
}

pub async fn group(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Query(query): Query<BeforeQuery>,
    RawQuery(raw): RawQuery,
) -> WebResult {
    let asked = versions::asked(raw.as_deref());
    render_group(&data, &viewer, &headers, &handle, FormErrors::default(), query.before, asked.as_deref()).await
}

/// `/groups/{handle}/move`: the group's administrators name the groups it was, or move it away.
pub async fn move_form(data: Data, viewer: Viewer, headers: HeaderMap, Path(handle): Path<String>) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    service::groups::require_admin(&data, &found, me).await?;
    let aliases = super::profile::aliases_text(&found.actor);
    render_move(&data, &viewer, &headers, &found, &aliases, FormErrors::default()).await
}

async fn render_move(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    found: &FoundGroup,
    aliases: &str,
    errors: FormErrors,
) -> WebResult {
    let ctx = ctx(data, viewer, headers).await?;
    let base = page_url(&found.actor);
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let markup = profile_pages::move_account(
        &ctx,
        Mover::Group { base: &base },
        aliases,
        found.actor.moved_to.as_deref(),
        &errors,
    );
    Ok(page(&ctx, status, markup))
}

pub async fn save_aliases(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Form(form): Form<super::profile::AliasesForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    match service::moves::set_group_aliases(&data, me, &found, &form.list()).await {
        Ok(_) => Ok(redirect_with_flash(
            &format!("{}/move", page_url(&found.actor)),
            t("the-groups-earlier-names-are-saved"),
        )),
        Err(err) => render_move(&data, &viewer, &headers, &found, &form.aliases, form_errors(err)?).await,
    }
}

pub async fn move_away(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Form(form): Form<super::profile::MoveForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    match service::moves::move_group(&data, me, &found, &form.target).await {
        Ok(moved) => Ok(redirect_with_flash(&page_url(&moved), t("the-members-are-moving-to-the"))),
        Err(err) => {
            let aliases = super::profile::aliases_text(&found.actor);
            render_move(&data, &viewer, &headers, &found, &aliases, form_errors(err)?).await
        }
    }
}

pub async fn group_action(
    data: Data,
    viewer: Viewer,
    Path((handle, action)): Path<(String, String)>,
    Form(form): Form<TokenOnly>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    let back = page_url(&found.actor);
    let message = match action.as_str() {
        "join" => match service::groups::join(&data, me, &found).await?.as_str() {
            ACCEPTED => t("welcome-to-the-group"),
            _ => t("request-sent-a-moderator-will-answer"),
        },
        "leave" => {
            service::groups::leave(&data, me, &found).await?;
            t("you-left-the-group")
        }
        _ => return Err(AppError::not_found(t("there-is-no-page-at-this-address")).into()),
    };
    Ok(redirect_with_flash(&back, message))
}

pub async fn group_post(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Form(form): Form<PostForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let input = PostInput { content: form.content.clone(), group: Some(handle.clone()), ..Default::default() };
    match service::posts::compose(&data, me, &input).await {
        Ok(post) => Ok(redirect_with_flash(&format!("/posts/{}", post.id), t("posted-to-the-group"))),
        Err(err) => render_group(&data, &viewer, &headers, &handle, form_errors(err)?, None, None).await,
    }
}

pub async fn decide(
    data: Data,
    viewer: Viewer,
    Path((handle, actor_id, decision)): Path<(String, i64, String)>,
    Form(form): Form<TokenOnly>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    service::groups::decide(&data, me, &found, actor_id, decision == "accept").await?;
    Ok(redirect_with_flash(&page_url(&found.actor), if decision == "accept" { t("accepted") } else { t("refused") }))
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    target: String,
}

pub async fn invite(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Form(form): Form<InviteForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    match service::groups::invite(&data, me, &found, &form.target).await {
        Ok(invitee) => Ok(redirect_with_flash(
            &page_url(&found.actor),
            &t_with("invited-person", &[("handle", (invitee.handle()).into())]),
        )),
        Err(err) => {
            let mut errors = form_errors(err)?;
            if let Some(summary) = errors.summary.take() {
                errors.fields.push(("target".into(), summary));
            }
            render_group(&data, &viewer, &headers, &handle, errors, None, None).await
        }
    }
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    confirmed: String,
}

pub async fn member_action(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path((handle, actor_id, action)): Path<(String, i64, String)>,
    Form(form): Form<MemberForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    match action.as_str() {
        "remove" => {
            // Only a moderator is asked, and only about a member.
            service::groups::require_moderator(&data, &found.actor, me).await?;
            let member =
                db::actors::by_id(&data.db, actor_id).await?.ok_or_else(|| AppError::not_found(t("no-such-member")))?;
            let members = format!("{}/members", page_url(&found.actor));
            let ask = Confirmation {
                question: t("remove-this-member-from-the-group"),
                subject: &format!("{} ({})", member.name_or_username(), member.handle()),
                consequence: t("they-stop-receiving-the-groups-posts"),
                action: &format!("{}/members/{actor_id}/remove", page_url(&found.actor)),
                fields: &[],
                button: t("remove-from-the-group"),
                back: &members,
            };
            if let Some(asking) = ask_first(&data, &viewer, &headers, &form.confirmed, &ask).await? {
                return Ok(asking);
            }
            service::groups::remove_member(&data, me, &found, actor_id).await?
        }
        "role" => service::groups::set_role(&data, me, &found, actor_id, &form.role).await?,
        _ => return Err(AppError::not_found(t("there-is-no-page-at-this-address")).into()),
    }
    Ok(redirect_with_flash(&format!("{}/members", page_url(&found.actor)), t("saved")))
}

pub async fn members(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Query(params): Query<ListParams>,
) -> WebResult {
    let found = find_group(&data, &viewer, &handle).await?;
    let rows = db::groups::members(&data.db, found.actor.id, params.cursor, PAGE).await?;
    let me = viewer_actor(&viewer);
    let my_role = match me {
        Some(me) if found.actor.local => db::groups::role_of(&data.db, found.actor.id, me.id).await?,
        _ => None,
    };
    let moderates = matches!(my_role.as_deref(), Some("admin" | "moderator"));
    let administers = my_role.as_deref() == Some("admin");
    let members: Vec<MemberRow> = rows
        .iter()
        .map(|db::groups::Member { actor, role, .. }| MemberRow {
            actor_id: actor.id,
            person: card(actor),
            role: role.clone(),
            can_remove: moderates && role != "admin" && me.is_some_and(|m| m.id != actor.id),
            can_set_role: administers && actor.local && me.is_some_and(|m| m.id != actor.id),
        })
        .collect();
    let count = db::follows::count(&data.db, found.actor.id, Side::Followers, ACCEPTED).await?;
    let base = page_url(&found.actor);
    let next = db::next_key(&rows, PAGE, |last| format!("{base}/members?cursor={}", last.joined));
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::members(&ctx, &group_card(&found, count), &base, &members, next.as_deref())))
}
