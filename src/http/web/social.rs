//! The social pages: the feed and compose box, posts, groups (with moderation), the
//! directory and notifications. Handlers read forms, call the services, render or redirect.

use super::{
    WebError, WebResult, card, ctx, events::card as event_card, form_errors, knowledge::card as resource_card, page,
    page_url, redirect_with_flash, relation,
};
use crate::{
    db::{
        self,
        follows::{ACCEPTED, PENDING, Side},
        models::{Actor, Post},
        notifications as kinds,
        posts::{Entry, Timeline},
    },
    domain::{group::GroupInput, taxonomy::TAXONOMY},
    error::{AppError, AppResult},
    federation::Data,
    http::{
        activitypub::{post_document, wants_activity_json},
        api::{groups::may_read, social::DirectoryParams},
        session::Viewer,
    },
    service::{self, follows::Reach, groups::FoundGroup, posts::PostInput},
};
use axum::{
    Form,
    extract::{OriginalUri, Path, Query},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect},
};
use cairn_templates::{
    FormErrors,
    i18n::t,
    social::{self, FeedEntry, GroupCard, GroupFormValues, GroupPage, MemberRow, NotificationView, PostView},
};
use serde::Deserialize;

const PAGE: i64 = 20;

/// How a post shows on a page; `remover` is who may remove it from here.
async fn post_view(
    data: &Data,
    post: &Post,
    author: &Actor,
    viewer: Option<&Actor>,
    is_admin: bool,
) -> AppResult<PostView> {
    let group = match post.group_id {
        Some(id) => db::actors::by_id(&data.db, id).await?,
        None => None,
    };
    let may_remove = match viewer {
        Some(me) if me.id == author.id && post.local => true,
        Some(me) => match &group {
            Some(g) if g.local => is_admin || service::groups::is_moderator(data, g, me).await?,
            _ => is_admin && post.local,
        },
        None => false,
    };
    let parent = match &post.in_reply_to {
        Some(ap_id) => db::posts::by_ap_id(&data.db, ap_id).await?.map(|p| format!("/posts/{}", p.id)),
        None => None,
    };
    Ok(PostView {
        page_url: format!("/posts/{}", post.id),
        author_name: author.name_or_username().to_string(),
        author_handle: author.handle(),
        author_url: page_url(author),
        group: group.as_ref().map(|g| (g.name_or_username().to_string(), page_url(g))),
        content_html: post.content_html.clone(),
        published: post.published_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        origin: (!post.local).then(|| crate::domain::handle::host_of(&post.ap_id)),
        in_reply_to: parent,
        remove_action: may_remove.then(|| format!("/posts/{}/remove", post.id)),
    })
}

fn viewer_actor(viewer: &Viewer) -> Option<&Actor> {
    viewer.user.as_ref().map(|(_, a)| a)
}

fn viewer_is_admin(viewer: &Viewer) -> bool {
    viewer.user.as_ref().is_some_and(|(u, _)| u.is_admin())
}

async fn feed_entries(data: &Data, viewer: &Viewer, entries: &[Entry]) -> AppResult<Vec<FeedEntry>> {
    let ids = |kind: &str| entries.iter().filter(|e| e.kind == kind).map(|e| e.id).collect::<Vec<_>>();
    let posts = db::posts::with_authors(&data.db, &ids("post")).await?;
    let resources = db::resources::with_authors(&data.db, &ids("resource")).await?;
    let events = db::events::with_organizers(&data.db, &ids("event")).await?;
    let mut shown = Vec::new();
    for entry in entries {
        match entry.kind.as_str() {
            "post" => {
                if let Some((post, author)) = posts.iter().find(|(p, _)| p.id == entry.id) {
                    shown.push(FeedEntry::Post(
                        post_view(data, post, author, viewer_actor(viewer), viewer_is_admin(viewer)).await?,
                    ));
                }
            }
            "resource" => shown.extend(
                resources.iter().find(|(r, _)| r.id == entry.id).map(|(r, a)| FeedEntry::Resource(resource_card(r, a))),
            ),
            _ => shown
                .extend(events.iter().find(|(e, _)| e.id == entry.id).map(|(e, a)| FeedEntry::Event(event_card(e, a)))),
        }
    }
    Ok(shown)
}

#[derive(Deserialize, Default)]
pub struct FeedQuery {
    #[serde(default)]
    timeline: String,
    cursor: Option<i64>,
}

/// The signed-in home page: a timeline with the compose box.
pub async fn feed(
    data: &Data,
    viewer: &Viewer,
    headers: &HeaderMap,
    query: &FeedQuery,
    draft: &str,
    errors: FormErrors,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let which = match query.timeline.as_str() {
        "local" => Timeline::Local,
        "federated" => Timeline::Federated,
        _ => Timeline::Home { actor_id: me.id, ap_id: me.ap_id.clone() },
    };
    let offset = query.cursor.unwrap_or(0).max(0);
    let entries = db::posts::timeline(&data.db, &which, offset, PAGE).await?;
    let shown = feed_entries(data, viewer, &entries).await?;
    let current = |name: &str| {
        query.timeline == name || (name.is_empty() && !matches!(query.timeline.as_str(), "local" | "federated"))
    };
    let tabs = [("Home", ""), ("This node", "local"), ("Everything known", "federated")].map(|(label, name)| {
        (
            t(label).to_string(),
            if name.is_empty() { "/".to_string() } else { format!("/?timeline={name}") },
            current(name),
        )
    });
    let next_url =
        (entries.len() as i64 == PAGE).then(|| format!("/?timeline={}&cursor={}", query.timeline, offset + PAGE));
    let ctx = ctx(data, viewer, headers).await?;
    let view = social::FeedView { tabs: &tabs, entries: &shown, can_compose: true, draft, errors: &errors, next_url };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, social::feed(&ctx, &view)))
}

#[derive(Deserialize)]
pub struct PostForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    content: String,
    #[serde(default)]
    in_reply_to: String,
}

/// `POST /posts`: a post from the compose box, or a reply from a post page.
pub async fn create(data: Data, viewer: Viewer, headers: HeaderMap, Form(form): Form<PostForm>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let input = PostInput {
        content: form.content.clone(),
        in_reply_to: (!form.in_reply_to.is_empty()).then(|| form.in_reply_to.clone()),
        group: None,
    };
    match service::posts::compose(&data, me, &input).await {
        Ok(post) if input.in_reply_to.is_some() => {
            Ok(redirect_with_flash(&format!("/posts/{}", post.id), t("Reply posted.")))
        }
        Ok(_) => Ok(redirect_with_flash("/", t("Posted."))),
        Err(err) => {
            let errors = form_errors(err)?;
            feed(&data, &viewer, &headers, &FeedQuery::default(), &form.content, errors).await
        }
    }
}

/// `/posts/{key}`: the `Note` for ActivityPub clients (by its id), the page for people.
pub async fn show(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    OriginalUri(uri): OriginalUri,
    Path(key): Path<String>,
) -> WebResult {
    if wants_activity_json(&headers) {
        return match post_document(&data, &data.url(uri.path())).await? {
            Some(document) => Ok(document),
            None => Err(AppError::not_found("no such post").into()),
        };
    }
    let post = match key.parse::<i64>() {
        Ok(id) => db::posts::by_id(&data.db, id).await?,
        Err(_) => match db::posts::by_ap_id(&data.db, &data.url(uri.path())).await? {
            Some(post) => return Ok(Redirect::to(&format!("/posts/{}", post.id)).into_response()),
            None => None,
        },
    };
    let post = post.ok_or_else(|| AppError::not_found("no such post"))?;
    let (post, author, _) = crate::http::api::social::readable(&data, post, viewer_actor(&viewer)).await?;
    let shown = post_view(&data, &post, &author, viewer_actor(&viewer), viewer_is_admin(&viewer)).await?;
    let mut replies = Vec::new();
    for (reply, reply_author) in db::posts::replies_to(&data.db, &post.ap_id).await? {
        if service::posts::may_read(&data, &reply, viewer_actor(&viewer)).await? {
            replies
                .push(post_view(&data, &reply, &reply_author, viewer_actor(&viewer), viewer_is_admin(&viewer)).await?);
        }
    }
    let ctx = ctx(&data, &viewer, &headers).await?;
    let reply_to = viewer.user.as_ref().map(|_| post.ap_id.as_str());
    let view = social::PostPage { post: &shown, replies: &replies, reply_to, errors: &FormErrors::default() };
    Ok(page(&ctx, StatusCode::OK, social::post_page(&ctx, &view)))
}

#[derive(Deserialize)]
pub struct TokenOnly {
    #[serde(default)]
    csrf: String,
}

pub async fn remove(data: Data, viewer: Viewer, Path(id): Path<i64>, Form(form): Form<TokenOnly>) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (user, me) = viewer.require_user()?;
    let post = db::posts::by_id(&data.db, id).await?.ok_or_else(|| AppError::not_found("no such post"))?;
    let back = match post.group_id {
        Some(group_id) => db::actors::by_id(&data.db, group_id).await?.map_or("/".to_string(), |g| page_url(&g)),
        None => "/".to_string(),
    };
    service::posts::remove(&data, user, me, &post).await?;
    Ok(redirect_with_flash(&back, t("Post removed.")))
}

fn group_card(data: &Data, found: &FoundGroup, members: i64) -> GroupCard {
    let labels =
        found.group.sector_list().iter().filter_map(|s| TAXONOMY.sector_label(s)).map(|l| t(l).to_string()).collect();
    let _ = data;
    GroupCard {
        name: found.actor.name_or_username().to_string(),
        handle: found.actor.handle(),
        url: page_url(&found.actor),
        description: found.actor.summary.clone(),
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
    let offset = params.cursor.unwrap_or(0).max(0);
    let rows = db::groups::list(&data.db, &params.q, PAGE + 1, offset).await?;
    let next = (rows.len() as i64 > PAGE).then(|| format!("/groups?q={}&cursor={}", params.q, offset + PAGE));
    let cards: Vec<GroupCard> = rows
        .into_iter()
        .take(PAGE as usize)
        .map(|(actor, group, members)| group_card(&data, &FoundGroup { actor, group }, members))
        .collect();
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::groups(&ctx, &params.q, &cards, viewer.user.is_some(), next.as_deref())))
}

fn sector_options() -> Vec<(String, String)> {
    TAXONOMY.sectors.iter().map(|s| (s.id.clone(), t(&s.label).to_string())).collect()
}

pub async fn new_group_form(data: Data, viewer: Viewer, headers: HeaderMap) -> WebResult {
    viewer.require_user()?;
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(
        &ctx,
        StatusCode::OK,
        social::group_form(&ctx, &GroupFormValues::default(), &sector_options(), &FormErrors::default(), None),
    ))
}

fn group_values(form: &super::knowledge::FormPairs) -> GroupFormValues {
    GroupFormValues {
        handle: form.one("handle"),
        name: form.one("name"),
        description: form.one("description"),
        sectors: form.all("sectors"),
        topics: form.one("topics"),
        join_mode: form.one("join_mode"),
        visibility: form.one("visibility"),
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
    }
}

pub async fn create_group(data: Data, viewer: Viewer, headers: HeaderMap, body: axum::body::Bytes) -> WebResult {
    let form = super::knowledge::FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (_, me) = viewer.require_user()?;
    let values = group_values(&form);
    match service::groups::create(&data, me, &group_input(&values)).await {
        Ok(found) => Ok(redirect_with_flash(&page_url(&found.actor), t("Group created."))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            Ok(page(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                social::group_form(&ctx, &values, &sector_options(), &errors, None),
            ))
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
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    let page_path = page_url(&found.actor);
    let form = social::group_form(&ctx, &values, &sector_options(), &FormErrors::default(), Some(&page_path));
    Ok(page(&ctx, StatusCode::OK, form))
}

pub async fn update_group(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    body: axum::body::Bytes,
) -> WebResult {
    let form = super::knowledge::FormPairs::parse(&body);
    viewer.check_csrf(&form.one("csrf"))?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    let mut values = group_values(&form);
    values.handle = found.actor.username.clone();
    match service::groups::update(&data, me, &found, &group_input(&values)).await {
        Ok(found) => Ok(redirect_with_flash(&page_url(&found.actor), t("Group saved."))),
        Err(err) => {
            let errors = form_errors(err)?;
            let ctx = ctx(&data, &viewer, &headers).await?;
            let page_path = page_url(&found.actor);
            let form = social::group_form(&ctx, &values, &sector_options(), &errors, Some(&page_path));
            Ok(page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, form))
        }
    }
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
        Some(me) if found.actor.local => service::groups::may_post(data, &found, me).await?,
        Some(_) => membership.as_deref() == Some(ACCEPTED),
        None => false,
    };
    let rows = if readable { db::posts::of_group(&data.db, found.actor.id, before, PAGE).await? } else { Vec::new() };
    let mut posts = Vec::new();
    for (post, author) in &rows {
        if service::posts::may_read(data, post, me).await? {
            posts.push(post_view(data, post, author, me, viewer_is_admin(viewer)).await?);
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
    let group = group_card(data, &found, members);
    let view = GroupPage {
        card: &group,
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
    };
    let ctx = ctx(data, viewer, headers).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(page(&ctx, status, social::group_page(&ctx, &view)))
}

#[derive(Deserialize, Default)]
pub struct GroupQuery {
    before: Option<i64>,
}

pub async fn group(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Query(query): Query<GroupQuery>,
) -> WebResult {
    render_group(&data, &viewer, &headers, &handle, FormErrors::default(), query.before).await
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
            ACCEPTED => t("Welcome to the group."),
            _ => t("Request sent: a moderator will answer."),
        },
        "leave" => {
            service::groups::leave(&data, me, &found).await?;
            t("You left the group.")
        }
        _ => return Err(AppError::not_found("there is no page at this address").into()),
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
    let input = PostInput { content: form.content.clone(), in_reply_to: None, group: Some(handle.clone()) };
    match service::posts::compose(&data, me, &input).await {
        Ok(post) => Ok(redirect_with_flash(&format!("/posts/{}", post.id), t("Posted to the group."))),
        Err(err) => render_group(&data, &viewer, &headers, &handle, form_errors(err)?, None).await,
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
    Ok(redirect_with_flash(&page_url(&found.actor), if decision == "accept" { t("Accepted.") } else { t("Refused.") }))
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
        Ok(invitee) => {
            Ok(redirect_with_flash(&page_url(&found.actor), &format!("{} {}", t("Invited"), invitee.handle())))
        }
        Err(err) => {
            let mut errors = form_errors(err)?;
            if let Some(summary) = errors.summary.take() {
                errors.fields.push(("target".into(), summary));
            }
            render_group(&data, &viewer, &headers, &handle, errors, None).await
        }
    }
}

#[derive(Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    role: String,
}

pub async fn member_action(
    data: Data,
    viewer: Viewer,
    Path((handle, actor_id, action)): Path<(String, i64, String)>,
    Form(form): Form<MemberForm>,
) -> WebResult {
    viewer.check_csrf(&form.csrf)?;
    let (_, me) = viewer.require_user()?;
    let found = find_group(&data, &viewer, &handle).await?;
    match action.as_str() {
        "remove" => service::groups::remove_member(&data, me, &found, actor_id).await?,
        "role" => service::groups::set_role(&data, me, &found, actor_id, &form.role).await?,
        _ => return Err(AppError::not_found("there is no page at this address").into()),
    }
    Ok(redirect_with_flash(&format!("{}/members", page_url(&found.actor)), t("Saved.")))
}

pub async fn members(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Path(handle): Path<String>,
    Query(params): Query<ListParams>,
) -> WebResult {
    let found = find_group(&data, &viewer, &handle).await?;
    let offset = params.cursor.unwrap_or(0).max(0);
    let rows = db::groups::members(&data.db, found.actor.id, PAGE, offset).await?;
    let me = viewer_actor(&viewer);
    let my_role = match me {
        Some(me) if found.actor.local => db::groups::role_of(&data.db, found.actor.id, me.id).await?,
        _ => None,
    };
    let moderates = matches!(my_role.as_deref(), Some("admin" | "moderator"));
    let administers = my_role.as_deref() == Some("admin");
    let members: Vec<MemberRow> = rows
        .iter()
        .map(|(actor, role)| MemberRow {
            actor_id: actor.id,
            person: card(actor),
            role: role.clone(),
            can_remove: moderates && role != "admin" && me.is_some_and(|m| m.id != actor.id),
            can_set_role: administers && actor.local && me.is_some_and(|m| m.id != actor.id),
        })
        .collect();
    let count = db::follows::count(&data.db, found.actor.id, Side::Followers, ACCEPTED).await?;
    let base = page_url(&found.actor);
    let next = (rows.len() as i64 == PAGE).then(|| format!("{base}/members?cursor={}", offset + PAGE));
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(
        &ctx,
        StatusCode::OK,
        social::members(&ctx, &group_card(&data, &found, count), &base, &members, next.as_deref()),
    ))
}

pub async fn directory(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(params): Query<DirectoryParams>,
) -> WebResult {
    let offset = params.cursor.as_deref().and_then(|c| c.parse::<i64>().ok()).unwrap_or(0).max(0);
    let rows = db::actors::directory(&data.db, &params.query(), PAGE, offset).await?;
    let mut results = Vec::new();
    for actor in &rows {
        results.push((card(actor), relation(&data, &viewer, actor).await?, actor.ap_id.clone()));
    }
    let filters = [
        ("q", "Name", params.q.clone()),
        ("expertise", "Expertise", params.expertise.clone()),
        ("role", "Role or job title", params.role.clone()),
        ("city", "City", params.city.clone()),
        ("country", "Country (two letters)", params.country.clone()),
    ];
    let next_url = (rows.len() as i64 == PAGE).then(|| {
        let mut url = url::form_urlencoded::Serializer::new(String::new());
        for (name, _, value) in &filters {
            url.append_pair(name, value);
        }
        url.append_pair("kind", &params.kind)
            .append_pair("sector", &params.sector)
            .append_pair("cursor", &(offset + PAGE).to_string());
        format!("/directory?{}", url.finish())
    });
    let sectors = sector_options();
    let view = social::DirectoryView {
        filters: &filters,
        kind: &params.kind,
        sector: &params.sector,
        sectors: &sectors,
        results: &results,
        next_url,
    };
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::directory(&ctx, &view)))
}

fn notification_text(kind: &str) -> &'static str {
    match kind {
        kinds::FOLLOW => "followed you",
        kinds::FOLLOW_REQUEST => "asked to follow you",
        kinds::MENTION => "mentioned you",
        kinds::REPLY => "replied to you",
        kinds::JOIN_REQUEST => "asked to join a group you moderate",
        kinds::JOIN_ACCEPTED => "accepted you as a member",
        kinds::JOIN_REJECTED => "did not accept your request to join",
        kinds::INVITE => "invited you to join a group",
        kinds::POST_REMOVED => "removed your post from a group",
        _ => "did something",
    }
}

pub async fn notifications(
    data: Data,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<GroupQuery>,
) -> WebResult {
    let (_, me) = viewer.require_user()?;
    let rows = db::notifications::page(&data.db, me.id, query.before, PAGE).await?;
    let mut items = Vec::new();
    for (notification, actor) in &rows {
        let link = match (notification.post_id, notification.group_id) {
            (Some(post), _) => Some(format!("/posts/{post}")),
            (None, Some(group)) => db::actors::by_id(&data.db, group).await?.map(|g| page_url(&g)),
            _ => None,
        };
        items.push(NotificationView {
            text: t(notification_text(&notification.kind)).to_string(),
            actor_name: actor.name_or_username().to_string(),
            actor_url: page_url(actor),
            link,
            when: notification.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            unseen: !notification.seen,
        });
    }
    db::notifications::mark_seen(&data.db, me.id).await?;
    let next = (rows.len() as i64 == PAGE)
        .then(|| rows.last().map(|(n, _)| format!("/notifications?before={}", n.id)))
        .flatten();
    let ctx = ctx(&data, &viewer, &headers).await?;
    Ok(page(&ctx, StatusCode::OK, social::notifications(&ctx, &items, next.as_deref())))
}
