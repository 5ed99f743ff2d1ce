//! Reports and what moderators do about them. Every action lands in the audit log.

use super::{events, node, notify::notify, posts, resources, subscriptions::application_actor};
use crate::{
    db::{
        self,
        deliveries::Outgoing,
        models::{Actor, Comment, Event, NewAuditEntry, NewReport, Post, Report, Resource, User},
        moderation::{Accounts, DISMISSED, Measure, OPEN, REMOVED, WARNED},
        notifications as kinds,
    },
    domain::report::{MAX_COMMENT_CHARS, ReportInput, check_report, reason_label},
    error::{AppError, AppResult, ErrorKind},
    federation::{
        Data,
        outbox::{Envelope, prepare},
    },
    state::AppState,
};
use cairn_templates::i18n::{t, t_with};
use serde_json::json;
use std::collections::HashSet;
use url::Url;

pub fn require_moderator(user: &User) -> AppResult<()> {
    if user.moderates() {
        Ok(())
    } else {
        Err(AppError::forbidden(t("only-moderators-and-administrators-can-do-this")))
    }
}

/// Records what a moderator or administrator did. `by` is a username, or "command line".
pub async fn audit(state: &AppState, by: &str, action: &str, target: &str, reason: &str) -> AppResult<()> {
    let entry = NewAuditEntry {
        moderator: by.to_string(),
        action: action.to_string(),
        target: target.to_string(),
        reason: reason.to_string(),
        created_at: db::now(),
    };
    db::moderation::audit(&state.db, &entry).await
}

/// Where a removal is recorded: where it happens (a moderator deleting someone else's content,
/// or a group moderator removing a member), or by the report that asked for it, so that each
/// action is in the audit log once.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Audit {
    Here,
    InReport,
}

/// Records that `by` (an account of this node) removed `target`, owned by `owner_id`, unless it
/// was `by`'s own or a report records it.
pub async fn audit_removal(
    state: &AppState,
    audit_at: Audit,
    by: &Actor,
    owner_id: i64,
    action: &str,
    target: &str,
) -> AppResult<()> {
    if audit_at == Audit::InReport || by.id == owner_id {
        return Ok(());
    }
    audit(state, &by.username, action, target, "").await
}

/// An account as pages and the API show it: a suspended one is gone, with all it published.
pub fn shown(actor: Actor) -> AppResult<Actor> {
    if actor.suspended {
        Err(AppError::suspended())
    } else if actor.suspended_at_origin {
        Err(AppError::new(ErrorKind::Gone, t("this-account-was-suspended-or-deleted-by")))
    } else {
        Ok(actor)
    }
}

/// What a report is about, as this node holds it.
pub enum Reported {
    Account(Actor),
    Resource(Resource),
    Event(Event),
    Post(Post),
    Comment(Comment),
}

impl Reported {
    pub fn kind(&self) -> &'static str {
        match self {
            Reported::Account(actor) if actor.kind == "Group" => "group",
            Reported::Account(_) => "account",
            Reported::Resource(_) => "resource",
            Reported::Event(_) => "event",
            Reported::Post(_) => "post",
            Reported::Comment(_) => "comment",
        }
    }

    fn owner_id(&self) -> i64 {
        match self {
            Reported::Account(actor) => actor.id,
            Reported::Resource(resource) => resource.author_id,
            Reported::Event(event) => event.organizer_id,
            Reported::Post(post) => post.author_id,
            Reported::Comment(comment) => comment.author_id,
        }
    }

    fn local(&self) -> bool {
        match self {
            Reported::Account(actor) => actor.local,
            Reported::Resource(resource) => resource.local,
            Reported::Event(event) => event.local,
            Reported::Post(post) => post.local,
            Reported::Comment(comment) => comment.local,
        }
    }
}

/// Finds what an address names among the accounts and content this node holds.
pub async fn find_held(state: &AppState, url: &str) -> AppResult<Option<(Reported, Actor)>> {
    let pool = &state.db;
    let reported = if let Some(actor) = db::actors::by_ap_id(pool, url).await? {
        Reported::Account(actor)
    } else if let Some(resource) = db::resources::by_ap_id(pool, url).await? {
        Reported::Resource(resource)
    } else if let Some(event) = db::events::by_ap_id(pool, url).await? {
        Reported::Event(event)
    } else if let Some(post) = db::posts::by_ap_id(pool, url).await? {
        Reported::Post(post)
    } else if let Some(comment) = db::resources::comment_by_ap_id(pool, url).await? {
        Reported::Comment(comment)
    } else {
        return Ok(None);
    };
    let owner =
        db::actors::by_id(pool, reported.owner_id()).await?.ok_or_else(|| AppError::not_found(t("owner-gone")))?;
    Ok(Some((reported, owner)))
}

/// A person here reports something; with `forward`, content from another server is also
/// reported to its moderators by this node's application actor, without the reporter's name.
pub async fn file(data: &Data, reporter: &Actor, input: &ReportInput) -> AppResult<Report> {
    let rules = node::rules(data).await?;
    let valid = check_report(input, &rules)?;
    let target = valid.target.as_str();
    let (reported, owner) = find_held(data, target)
        .await?
        .ok_or_else(|| AppError::invalid("target", t("nothing-on-this-node-has-that-address-2")))?;
    if owner.id == reporter.id {
        return Err(AppError::invalid("target", t("this-is-your-own-change-or-delete")));
    }
    if db::moderation::open_report_by(&data.db, reporter.id, target).await? {
        return Err(AppError::new(ErrorKind::Conflict, t("you-reported-this-already-the-moderators-have")));
    }
    let forward = if valid.forward && !reported.local() {
        let app = application_actor(data).await?;
        let id = data.new_activity_id("Flag");
        let mut objects = vec![owner.ap_id.clone()];
        if !matches!(reported, Reported::Account(_)) {
            objects.push(target.to_string());
        }
        let content = match valid.comment.as_str() {
            "" => reason_label(&valid.reason).to_string(),
            comment => format!("{}: {comment}", reason_label(&valid.reason)),
        };
        let flag = json!({
            "id": id, "type": "Flag", "actor": app.ap_id, "object": objects, "content": content,
        });
        let inboxes = vec![owner.delivery_inbox()];
        Some(prepare(data, &flag, Envelope { id: &id, kind: "Flag", signer: &app, public: false, inboxes })?)
    } else {
        None
    };
    let new = NewReport {
        reporter_id: Some(reporter.id),
        origin: data.domain.clone(),
        flag_ap_id: None,
        target_url: target.to_string(),
        target_kind: reported.kind().to_string(),
        target_actor_id: owner.id,
        reason: valid.reason,
        rule: valid.rule,
        comment: valid.comment,
        forwarded: forward.is_some(),
        status: OPEN.to_string(),
        created_at: db::now(),
    };
    let report = db::moderation::add_report(&data.db, &new, forward.as_ref()).await?;
    if forward.is_some() {
        data.deliveries_queued.notify_one();
    }
    Ok(report)
}

/// How many open reports one other server may have in the queue; its Flags beyond that are
/// dropped, so that one server cannot bury the queue.
const MAX_OPEN_FROM_ONE_SERVER: i64 = 200;

/// A `Flag` from another server: one report per reported thing of this node (the account
/// alone when only the account is named). The reporter is the sending server, nobody here.
pub async fn receive_flag(data: &Data, flag: &Url, sender: &Url, objects: &[Url], content: &str) -> AppResult<()> {
    let origin = crate::domain::handle::host_of_url(sender);
    if db::moderation::open_from(&data.db, &origin).await? >= MAX_OPEN_FROM_ONE_SERVER {
        tracing::warn!("Flag {flag} from {origin} ignored: {MAX_OPEN_FROM_ONE_SERVER} of its reports are open");
        return Ok(());
    }
    let comment: String = content.trim().chars().take(MAX_COMMENT_CHARS).collect();
    let mut found = Vec::new();
    for url in objects {
        if let Some((reported, owner)) = find_held(data, url.as_str()).await?
            && owner.local
        {
            found.push((url.to_string(), reported, owner));
        }
    }
    let content_named = found.iter().any(|(_, reported, _)| !matches!(reported, Reported::Account(_)));
    if found.is_empty() {
        tracing::info!("Flag {flag} from {origin} names nothing of this node; ignored");
    }
    for (url, reported, owner) in found {
        if content_named && matches!(reported, Reported::Account(_)) {
            continue;
        }
        let new = NewReport {
            reporter_id: None,
            origin: origin.clone(),
            flag_ap_id: Some(flag.to_string()),
            target_url: url,
            target_kind: reported.kind().to_string(),
            target_actor_id: owner.id,
            reason: "other".to_string(),
            rule: String::new(),
            comment: comment.clone(),
            forwarded: false,
            status: OPEN.to_string(),
            created_at: db::now(),
        };
        db::moderation::add_flagged(&data.db, &new).await?;
    }
    Ok(())
}

/// What a moderator does about a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Dismiss,
    Remove,
    Warn,
    Limit,
    Suspend,
}

impl std::str::FromStr for Action {
    type Err = AppError;
    fn from_str(action: &str) -> AppResult<Action> {
        match action {
            "dismiss" => Ok(Action::Dismiss),
            "remove" => Ok(Action::Remove),
            "warn" => Ok(Action::Warn),
            "limit" => Ok(Action::Limit),
            "suspend" => Ok(Action::Suspend),
            _ => Err(AppError::bad_parameter("action", t("the-action-is-dismiss-remove-warn-limit"))),
        }
    }
}

pub async fn act(
    data: &Data,
    user: &User,
    actor: &Actor,
    report_id: i64,
    action: Action,
    reason: &str,
) -> AppResult<Report> {
    // The moderator's note for the audit log, checked before anything changes.
    let reason = &crate::domain::profile::bounded("reason", reason, MAX_COMMENT_CHARS)?;
    require_moderator(user)?;
    let report = open_report(data, report_id).await?;
    match action {
        Action::Dismiss => close(data, user, &report, DISMISSED, reason).await,
        Action::Remove => remove(data, user, actor, &report, reason).await,
        Action::Warn => warn(data, user, &report, reason).await,
        Action::Limit => apply(data, user, &report, Measure::Limit, reason).await,
        Action::Suspend => apply(data, user, &report, Measure::Suspend, reason).await,
    }
}

/// A moderator removes what was reported: content of this node is deleted everywhere (a
/// `Delete` goes out as if its author deleted it); a copy from another server is deleted here
/// and refused when it comes again.
async fn remove(data: &Data, user: &User, actor: &Actor, report: &Report, reason: &str) -> AppResult<Report> {
    // Nothing found: deleted meanwhile, nothing left to remove.
    if let Some((reported, _)) = find_held(data, &report.target_url).await? {
        let local = reported.local();
        match reported {
            Reported::Account(_) => {
                return Err(AppError::invalid("action", t("an-account-is-not-removed-limit-or")));
            }
            Reported::Resource(resource) if local => {
                resources::remove(data, user, actor, &resource, Audit::InReport).await?
            }
            Reported::Resource(resource) => db::resources::delete(&data.db, resource.id, &[]).await?,
            Reported::Event(event) if local => events::remove(data, user, actor, &event, Audit::InReport).await?,
            Reported::Event(event) => db::events::delete(&data.db, event.id, &[]).await?,
            Reported::Post(post) if local => posts::remove(data, user, actor, &post, Audit::InReport).await?,
            Reported::Post(post) => db::posts::delete(&data.db, post.id, &[]).await?,
            Reported::Comment(comment) if local => resources::remove_comment(data, &comment).await?,
            Reported::Comment(comment) => db::resources::delete_comment(&data.db, comment.id, &[]).await?,
        }
        if !local {
            db::moderation::withhold(&data.db, &report.target_url).await?;
        }
    }
    close(data, user, report, REMOVED, reason).await
}

/// A moderator warns the account of this node a report is about: it is told, in the node's
/// name, and the report closes. Other servers' accounts are not reachable this way.
async fn warn(data: &Data, user: &User, report: &Report, reason: &str) -> AppResult<Report> {
    let account = reported_account(data, report).await?;
    if !account.local {
        return Err(AppError::invalid(
            "action",
            "a warning reaches only this node's accounts; limit or suspend instead",
        ));
    }
    notify(data, &account, kinds::MODERATION_WARNING, &node::organisation(data).await?, None, None).await?;
    close(data, user, report, WARNED, reason).await
}

/// A moderator limits or suspends the account a report is about; every open report about it
/// closes. Suspending another server's account also purges what it had here.
async fn apply(data: &Data, user: &User, report: &Report, measure: Measure, reason: &str) -> AppResult<Report> {
    let account = reported_account(data, report).await?;
    let closed = measure_account(data, user, &account, measure, reason).await?;
    closed.into_iter().find(|r| r.id == report.id).ok_or_else(|| AppError::not_found(t("no-such-report")))
}

async fn reported_account(data: &Data, report: &Report) -> AppResult<Actor> {
    db::actors::by_id(&data.db, report.target_actor_id).await?.ok_or_else(|| AppError::not_found(t("no-such-account")))
}

/// Whether `user` may limit or suspend `account`, or lift that: not themselves, not this node's
/// groups or its own actor, and an administrator only when they are one.
async fn may_measure(data: &Data, user: &User, account: &Actor) -> AppResult<()> {
    if account.id == user.actor_id {
        return Err(AppError::invalid("action", t("you-cannot-limit-or-suspend-yourself")));
    }
    if account.local && account.kind != "Person" {
        return Err(AppError::invalid("action", t("this-nodes-groups-and-its-own-actor")));
    }
    if account.local
        && !user.is_admin()
        && db::users::by_username(&data.db, &account.username).await?.is_some_and(|target| target.is_admin())
    {
        return Err(AppError::forbidden(t("only-an-administrator-can-limit-or-suspend")));
    }
    Ok(())
}

/// Limits or suspends an account, records it, and tells the reporters of the reports it closes.
async fn measure_account(
    data: &Data,
    user: &User,
    account: &Actor,
    measure: Measure,
    reason: &str,
) -> AppResult<Vec<Report>> {
    may_measure(data, user, account).await?;
    let told = suspension_update(data, account, measure, true).await?;
    let closed = db::moderation::measure(&data.db, account.id, measure, &user.username, told.as_ref()).await?;
    data.deliveries_queued.notify_one();
    if measure == Measure::Suspend && !account.local {
        db::moderation::purge(&data.db, Accounts::One(account.id)).await?;
    }
    // Actors read during this request are remembered; the inbox must see the change now.
    db::actors::forget_read(&data.db);
    audit(data, &user.username, &format!("account.{}", measure.verb()), &account.ap_id, reason).await?;
    tell_reporters(data, &closed, kinds::REPORT_ACTED).await?;
    Ok(closed)
}

/// For a suspension of a local account, or its lifting: the `Update` that tells its followers'
/// servers, with Mastodon's `suspended` flag, so that they hide it or show it again.
async fn suspension_update(data: &Data, account: &Actor, measure: Measure, on: bool) -> AppResult<Option<Outgoing>> {
    if !account.local || measure != Measure::Suspend {
        return Ok(None);
    }
    let mut updated = account.clone();
    updated.suspended = on;
    Ok(Some(super::profile::actor_update(data, updated).await?))
}

/// A moderator limits, suspends, or lifts a limit or suspension of an account named by its
/// address or handle, outside any report.
pub async fn set_measure(
    data: &Data,
    user: &User,
    account: &str,
    measure: Measure,
    on: bool,
    reason: &str,
) -> AppResult<Actor> {
    let reason = crate::domain::profile::bounded("reason", reason, MAX_COMMENT_CHARS)?;
    require_moderator(user)?;
    let found = super::follows::resolve(data, account, super::follows::Reach::KnownOnly)
        .await
        .map_err(|e| AppError::invalid("account", e.message))?
        .row;
    if on {
        measure_account(data, user, &found, measure, &reason).await?;
    } else {
        may_measure(data, user, &found).await?;
        let told = suspension_update(data, &found, measure, false).await?;
        db::moderation::lift(&data.db, found.id, measure, told.as_ref()).await?;
        data.deliveries_queued.notify_one();
        db::actors::forget_read(&data.db);
        audit(data, &user.username, &format!("account.un{}", measure.verb()), &found.ap_id, &reason).await?;
    }
    db::actors::by_id(&data.db, found.id).await?.ok_or_else(|| AppError::not_found(t("no-such-account")))
}

async fn open_report(data: &Data, id: i64) -> AppResult<Report> {
    let (report, _) =
        db::moderation::report(&data.db, id).await?.ok_or_else(|| AppError::not_found(t("no-such-report")))?;
    if report.status != OPEN {
        return Err(AppError::new(
            ErrorKind::Conflict,
            t_with("this-report-was-handled-already", &[("status", report.status.clone().into())]),
        ));
    }
    Ok(report)
}

/// Closes every open report about the same thing, records the action once and tells each
/// reporter here what came of their report.
async fn close(data: &Data, user: &User, report: &Report, status: &str, reason: &str) -> AppResult<Report> {
    let closed = db::moderation::close(&data.db, &report.target_url, status, &user.username).await?;
    let (action, kind) = match status {
        REMOVED => ("report.remove", kinds::REPORT_ACTED),
        WARNED => ("report.warn", kinds::REPORT_ACTED),
        _ => ("report.dismiss", kinds::REPORT_DISMISSED),
    };
    audit(data, &user.username, action, &report.target_url, reason).await?;
    tell_reporters(data, &closed, kind).await?;
    closed.into_iter().find(|r| r.id == report.id).ok_or_else(|| AppError::not_found(t("no-such-report")))
}

/// A report state as a filter names it (`open`, `dismissed`, `removed` or `suspended`).
pub fn report_state(status: &str) -> AppResult<&'static str> {
    db::moderation::STATES
        .into_iter()
        .find(|state| *state == status)
        .ok_or_else(|| AppError::bad_parameter("status", t("status-is-open-dismissed-removed-warned-limited")))
}

/// Tells the reporters here what came of their reports, in the node's name.
async fn tell_reporters(data: &Data, closed: &[Report], kind: &str) -> AppResult<()> {
    let org = node::organisation(data).await?;
    for reporter_id in closed.iter().filter_map(|r| r.reporter_id) {
        if let Some(reporter) = db::actors::by_id(&data.db, reporter_id).await? {
            notify(data, &reporter, kind, &org, None, None).await?;
        }
    }
    Ok(())
}

/// Whether an object from another server is refused here: a moderator removed it, or its
/// author is a suspended account (whoever passes it on: a group, a relay, a lookup).
pub async fn refuses(state: &AppState, object: &serde_json::Value) -> AppResult<bool> {
    Ok(refused(state, std::slice::from_ref(object)).await?[0])
}

/// `refuses` for each of many objects, in order, in two statements however many they are.
pub async fn refused(state: &AppState, objects: &[serde_json::Value]) -> AppResult<Vec<bool>> {
    use crate::federation::protocol::id_of;
    let ids: Vec<Option<Url>> = objects.iter().map(id_of).collect();
    let authors: Vec<Option<Url>> = objects.iter().map(|o| o.get("attributedTo").and_then(id_of)).collect();
    fn as_str(urls: &[Option<Url>]) -> Vec<&str> {
        urls.iter().flatten().map(Url::as_str).collect()
    }
    let withheld = db::moderation::withheld_among(&state.db, &as_str(&ids)).await?;
    let suspended: HashSet<String> = db::actors::by_ap_ids(&state.db, &as_str(&authors))
        .await?
        .into_iter()
        .filter_map(|a| a.suspended.then_some(a.ap_id))
        .collect();
    Ok(ids
        .iter()
        .zip(&authors)
        .map(|(id, author)| {
            let Some(id) = id else { return false };
            let refused = withheld.contains(id.as_str())
                || author.as_ref().is_some_and(|author| suspended.contains(author.as_str()));
            if refused {
                tracing::info!("not taking {id}: a moderator here removed it or suspended its author");
            }
            refused
        })
        .collect())
}
