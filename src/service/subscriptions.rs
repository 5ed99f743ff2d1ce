//! Node subscriptions: this node follows another node's application actor (or a relay) and
//! takes in everything public it announces, then backfills that node's history from its outbox.

use super::{follows, jobs::JobLease, node::APPLICATION_USERNAME};
use crate::{
    db::{
        self,
        models::{Actor, Subscription},
        subscriptions::{self as subs, ACCEPTED, PENDING, Progress, REJECTED},
    },
    domain::handle::host_of_url,
    error::{AppError, AppResult, ErrorKind},
    federation::{
        Data,
        activities::ObjectActivity,
        objects::actor::ApActor,
        outbox::{Envelope, prepare},
        outgoing,
        protocol::{article::PUBLIC, id_of},
    },
};
use activitypub_federation::{
    fetch::{fetch_object_http, object_id::ObjectId},
    kinds::activity::{FollowType, UndoType},
};
use serde_json::{Value, json};
use std::time::Duration;
use url::Url;

pub const NODE: &str = "node";
pub const RELAY: &str = "relay";
pub const MASTODON_RELAY: &str = "mastodon_relay";

/// Backfill pages read before giving up on one that keeps failing.
const PAGE_ATTEMPTS: u32 = 3;

pub async fn application_actor(data: &Data) -> AppResult<Actor> {
    db::actors::local_by_username(&data.db, APPLICATION_USERNAME)
        .await?
        .ok_or_else(|| AppError::not_found("the node's application actor is missing"))
}

/// What NodeInfo says about a server: its name, software, country and application actor.
#[derive(Default)]
struct NodeInfo {
    name: String,
    software: String,
    country: String,
    application: Option<Url>,
}

/// The scheme a bare domain is reached on: https, or http for loopback hosts in demo mode.
fn origin_of(data: &Data, domain: &str) -> AppResult<Url> {
    let mut url = Url::parse(&format!("https://{domain}/"))
        .map_err(|_| AppError::invalid("target", format!("{domain:?} is neither a domain nor a URL")))?;
    if data.network.allow_loopback && outgoing::is_loopback_host(&url) {
        url.set_scheme("http").expect("https and http are both special schemes");
    }
    Ok(url)
}

/// Read through the node's one outgoing client; a server without NodeInfo is still subscribable
/// by its relay URL, so failures only leave the fields empty.
async fn nodeinfo(data: &Data, origin: &Url) -> NodeInfo {
    let get = async |url: Url| outgoing::fetch_json(&data.http, &data.network, &url, "the NodeInfo").await.ok();
    let Some(links) = (match origin.join("/.well-known/nodeinfo") {
        Ok(url) => get(url).await,
        Err(_) => None,
    }) else {
        return NodeInfo::default();
    };
    let link = |rel_ends: &str| -> Option<String> {
        links["links"].as_array()?.iter().find(|l| l["rel"].as_str().is_some_and(|r| r.ends_with(rel_ends)))?["href"]
            .as_str()
            .map(str::to_string)
    };
    let application = link("activitystreams#Application").and_then(|h| Url::parse(&h).ok());
    let document = match link("/schema/2.1").or_else(|| link("/schema/2.0")) {
        Some(href) => match Url::parse(&href) {
            Ok(url) if host_of_url(&url) == host_of_url(origin) => get(url).await.unwrap_or_default(),
            _ => Value::Null,
        },
        _ => Value::Null,
    };
    let text = |v: &Value| v.as_str().unwrap_or_default().chars().take(100).collect::<String>();
    NodeInfo {
        name: text(&document["metadata"]["nodeName"]),
        software: text(&document["software"]["name"]),
        country: text(&document["metadata"]["country"]),
        application,
    }
}

/// Subscribes this node to another: `target` is a domain (a Cairn node, found through its
/// NodeInfo's application actor), a relay actor's URL (LitePub), or a relay inbox URL
/// (Mastodon-style: a Follow of the Public collection is sent there).
pub async fn subscribe(data: &Data, target: &str) -> AppResult<Subscription> {
    let target = target.trim().trim_end_matches('/');
    if target.is_empty() {
        return Err(AppError::invalid("target", "give a domain or a URL"));
    }
    let url = if target.contains("://") {
        Url::parse(target).map_err(|_| AppError::invalid("target", format!("{target:?} is not a URL")))?
    } else {
        origin_of(data, target)?
    };
    let domain = host_of_url(&url);
    if domain == data.domain {
        return Err(AppError::invalid("target", "this node cannot subscribe to itself"));
    }
    if !data.policy.read().expect("policy lock").allows(&domain) {
        return Err(AppError::forbidden(format!("{domain} is blocked on this node")));
    }
    let info = nodeinfo(data, &url).await;
    let me = application_actor(data).await?;
    let relay_inbox = url.path().ends_with("/inbox");
    let actor_url = match (target.contains("://"), &info.application) {
        (true, _) if relay_inbox => None,
        (true, _) => Some(url.clone()),
        (false, Some(application)) => Some(application.clone()),
        (false, None) => {
            return Err(AppError::invalid(
                "target",
                format!("{domain} names no application actor in its NodeInfo; give the relay's actor or inbox URL"),
            ));
        }
    };
    let mut subscription = Subscription {
        id: 0,
        domain: domain.clone(),
        kind: MASTODON_RELAY.into(),
        actor_ap_id: None,
        inbox: url.to_string(),
        outbox: None,
        state: PENDING.into(),
        follow_ap_id: String::new(),
        name: if info.name.is_empty() { domain.clone() } else { info.name },
        software: info.software,
        country: info.country,
        backfill_state: subs::DONE.into(),
        backfill_next: None,
        backfill_total: None,
        backfilled: 0,
        backfill_error: None,
        last_contact_at: None,
        created_at: db::now(),
    };
    match actor_url {
        Some(actor_url) => {
            let actor: ApActor = ObjectId::from(actor_url).dereference(data).await?;
            let follow = follows::follow(data, &me, &actor).await?;
            subscription.kind = if subscription.software == "cairn" { NODE } else { RELAY }.into();
            subscription.actor_ap_id = Some(actor.row.ap_id.clone());
            subscription.inbox = actor.row.inbox.clone();
            subscription.outbox = actor.row.outbox.clone();
            subscription.follow_ap_id = follow.activity_ap_id;
            if subscription.outbox.is_some() {
                subscription.backfill_state = subs::WAITING.into();
                subscription.backfill_next = subscription.outbox.clone();
            }
            subs::upsert(&data.db, &subscription, None).await
        }
        None => {
            let id = data.new_activity_id("Follow");
            let activity = ObjectActivity::new(FollowType::Follow, id.clone(), &me.ap_id, json!(PUBLIC))?;
            let envelope =
                Envelope { id: &id, kind: "Follow", signer: &me, public: false, inboxes: vec![url.to_string()] };
            subscription.follow_ap_id = id.to_string();
            let row = subs::upsert(&data.db, &subscription, Some(&prepare(data, &activity, envelope)?)).await?;
            data.deliveries_queued.notify_one();
            Ok(row)
        }
    }
}

/// Ends a subscription: the follow is undone and nothing more is taken from that node.
pub async fn unsubscribe(data: &Data, domain: &str) -> AppResult<()> {
    let subscription = subs::by_domain(&data.db, domain)
        .await?
        .ok_or_else(|| AppError::not_found(format!("no subscription to {domain}")))?;
    let me = application_actor(data).await?;
    if let Some(actor) = match &subscription.actor_ap_id {
        Some(ap_id) => db::actors::by_ap_id(&data.db, ap_id).await?,
        None => None,
    } {
        follows::unfollow(data, &me, &actor).await?;
        return subs::delete(&data.db, subscription.id, None).await;
    }
    let id = data.new_activity_id("Undo");
    let follow = json!({"id": subscription.follow_ap_id, "type": "Follow", "actor": me.ap_id, "object": PUBLIC});
    let undo = ObjectActivity::new(UndoType::Undo, id.clone(), &me.ap_id, follow)?;
    let envelope =
        Envelope { id: &id, kind: "Undo", signer: &me, public: false, inboxes: vec![subscription.inbox.clone()] };
    subs::delete(&data.db, subscription.id, Some(&prepare(data, &undo, envelope)?)).await?;
    data.deliveries_queued.notify_one();
    Ok(())
}

/// An Accept or Reject arrived; when it answers a subscription, note it and, once accepted,
/// start the backfill. The follow itself is settled by the follows service.
pub async fn answered(data: &Data, actor: &Url, object: &Value, accepted: bool) -> AppResult<()> {
    let Some(follow_id) = id_of(object) else { return Ok(()) };
    let Some(subscription) = subs::by_follow(&data.db, follow_id.as_str()).await? else { return Ok(()) };
    if host_of_url(actor) != subscription.domain {
        return Err(AppError::forbidden("only the subscribed server can answer its subscription"));
    }
    subs::set_state(&data.db, subscription.id, if accepted { ACCEPTED } else { REJECTED }, db::now()).await?;
    if accepted {
        spawn_backfill(data, subscription.id);
    }
    Ok(())
}

/// Whether what `actor` sends is taken in: someone here follows it, or this node subscribes
/// to its server.
pub async fn listens_to(data: &Data, actor: &Url) -> AppResult<bool> {
    if db::follows::has_local_follower(&data.db, actor.as_str()).await? {
        return Ok(true);
    }
    let domain = host_of_url(actor);
    let subscribed = subs::takes_from(&data.db, &domain).await?;
    if subscribed {
        subs::touch(&data.db, &domain, db::now()).await?;
    }
    Ok(subscribed)
}

/// Runs (or resumes) a subscription's backfill in the background, unless another process of
/// the cluster is running it.
pub fn spawn_backfill(data: &Data, id: i64) {
    let data = data.reset_request_count();
    tokio::spawn(async move {
        // A holder per run, so that a second run of it in this process waits as one elsewhere does
        // (a running backfill's subscription is still unfinished when the next minute comes).
        let holder = format!("{}/{}", data.process, data.new_token());
        let lease = match JobLease::take(&data.db, &format!("backfill-{id}"), &holder).await {
            Ok(Some(lease)) => lease,
            Ok(None) => return,
            Err(error) => return tracing::warn!("backfill of subscription {id}: {}", error.message),
        };
        let ran = backfill(&data, id, lease).await;
        if let Err(error) = ran {
            tracing::warn!("backfill of subscription {id} stopped: {}", error.message);
        }
    });
}

/// Resumes, once a minute, the backfills no process is running: those a restart or the crash
/// of another process interrupted.
pub async fn resume_backfills(data: Data) {
    loop {
        match subs::unfinished_backfills(&data.db).await {
            Ok(unfinished) => unfinished.iter().for_each(|subscription| spawn_backfill(&data, subscription.id)),
            Err(error) => tracing::error!("backfills: {error:?}"),
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

/// Walks the subscribed node's outbox, page after page, taking in each announced object as if
/// it had just been announced; progress is saved after every page. Runs while `lease` holds.
async fn backfill(data: &Data, id: i64, mut lease: JobLease) -> AppResult<()> {
    let walked = walk_outbox(data, id, &mut lease).await;
    // Let go before the statistics are refreshed: the backfill itself is over.
    lease.end(&data.db).await?;
    if walked? {
        // A backfill can add many rows at once: refresh the planner's statistics for search.
        data.db.analyze().await?;
    }
    Ok(())
}

/// Whether it walked the outbox to its end (or to a limit).
async fn walk_outbox(data: &Data, id: i64, lease: &mut JobLease) -> AppResult<bool> {
    let Some(subscription) = subs::by_id(&data.db, id).await? else { return Ok(false) };
    let (Some(announcer), Some(mut next)) = (subscription.actor_ap_id.clone(), subscription.backfill_next.clone())
    else {
        return Ok(false);
    };
    let announcer = Url::parse(&announcer)?;
    let outbox_host = subscription.outbox.as_deref().and_then(|o| Url::parse(o).ok()).map(|o| host_of_url(&o));
    let limits = &data.config.federation;
    let mut pages = 0u64;
    let mut done = subscription.backfilled;
    let mut total = subscription.backfill_total;
    loop {
        let progress = Progress { state: subs::RUNNING, next: Some(&next), total, done, error: None };
        subs::save_progress(&data.db, id, &progress, db::now()).await?;
        let page = match read_page(data, &next).await {
            Ok(page) => page,
            Err(error) => {
                let message = format!("{next}: {}", error.message);
                let progress = Progress { state: subs::FAILED, next: Some(&next), total, done, error: Some(&message) };
                subs::save_progress(&data.db, id, &progress, db::now()).await?;
                return Err(error);
            }
        };
        total = total.or(page["totalItems"].as_i64());
        let items = page["orderedItems"].as_array().or(page["items"].as_array()).cloned().unwrap_or_default();
        for item in items {
            if !lease.keep(&data.db).await? {
                return Err(AppError::new(ErrorKind::Conflict, "another process has taken this backfill over"));
            }
            if let Err(error) = take_item(data, &announcer, item).await {
                tracing::info!("backfill from {}: an item was not taken: {}", subscription.domain, error.message);
            }
            done += 1;
        }
        pages += 1;
        // A collection's first page, or the page after this one.
        let following = page["first"].as_str().or(page["next"].as_str()).map(str::to_string);
        let Some(url) = following.filter(|url| *url != next) else { break };
        // Pages stay on the subscribed outbox's server, and an endless outbox ends somewhere.
        let stop = if Url::parse(&url).ok().map(|u| host_of_url(&u)) != outbox_host {
            Some(format!("{url}: the next page is not on the outbox's server"))
        } else if pages >= limits.backfill_max_pages || done as u64 >= limits.backfill_max_items {
            Some(format!("stopped after {pages} pages and {done} items (federation.backfill_max_pages/_items)"))
        } else {
            None
        };
        if let Some(message) = stop {
            tracing::warn!("backfill from {}: {message}", subscription.domain);
            let progress = Progress { state: subs::FAILED, next: None, total, done, error: Some(&message) };
            subs::save_progress(&data.db, id, &progress, db::now()).await?;
            return Ok(true);
        }
        next = url;
    }
    let progress = Progress { state: subs::DONE, next: None, total, done, error: None };
    subs::save_progress(&data.db, id, &progress, db::now()).await?;
    Ok(true)
}

async fn read_page(data: &Data, url: &str) -> AppResult<Value> {
    let url = Url::parse(url)?;
    let mut attempt = 0;
    loop {
        match fetch_object_http::<_, Value>(&url, &data.reset_request_count()).await {
            Ok(page) => return Ok(page.object),
            Err(error) if attempt + 1 < PAGE_ATTEMPTS => {
                attempt += 1;
                tracing::info!("backfill page {url} failed ({error}); trying again");
                tokio::time::sleep(Duration::from_secs(u64::from(attempt))).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// One outbox item, taken as the inbox would take it from its announcer.
async fn take_item(data: &Data, announcer: &Url, item: Value) -> AppResult<()> {
    let actor = item.get("actor").and_then(id_of);
    if actor.as_ref() != Some(announcer) {
        return Ok(());
    }
    match item["type"].as_str() {
        Some("Announce") => super::resources::receive_announced(data, announcer, item["object"].clone()).await,
        _ => Ok(()),
    }
}

/// A subscribed node as the node directory shows it.
pub struct DirectoryEntry {
    pub subscription: Subscription,
    /// Resources held here that came from it.
    pub resources: i64,
    /// False once deliveries to it keep failing.
    pub reachable: bool,
}

pub async fn directory(data: &Data) -> AppResult<Vec<DirectoryEntry>> {
    let counts = db::resources::count_by_origin(&data.db).await?;
    let mut entries = Vec::new();
    for subscription in subs::list(&data.db).await? {
        let resources = counts.iter().find(|(origin, _)| *origin == subscription.domain).map_or(0, |(_, n)| *n);
        let instance = db::deliveries::instance(&data.db, &subscription.domain).await?;
        let reachable = instance.is_none_or(|i| i.unreachable_since.is_none());
        entries.push(DirectoryEntry { subscription, resources, reachable });
    }
    Ok(entries)
}

/// Stops taking anything from `domain`: the subscription ends and the domain is blocked.
pub async fn block(data: &Data, domain: &str) -> AppResult<()> {
    if subs::by_domain(&data.db, domain).await?.is_some() {
        unsubscribe(data, domain).await?;
    }
    super::admin::set_domain_rule(data, domain, "block").await?;
    Ok(())
}
