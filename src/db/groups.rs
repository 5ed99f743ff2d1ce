//! Groups: their settings, roles and invitations. Membership itself is an accepted follow of
//! the group's actor (`db::follows`), so joining across nodes is following.

use super::{
    DbPool,
    follows::ACCEPTED,
    models::{Actor, Group, NewActor, NewFollow, NewGroup},
    schema::{actors, follows, group_adoptions, group_invites, group_roles, groups},
};
use crate::{db_run, db_tx, db_write, error::AppResult};
use chrono::NaiveDateTime;
use diesel::{
    BoolExpressionMethods, ExpressionMethods, JoinOnDsl, OptionalExtension, QueryDsl, SelectableHelper,
    TextExpressionMethods, upsert::excluded,
};
use diesel_async::RunQueryDsl;

pub const ADMIN: &str = "admin";
pub const MODERATOR: &str = "moderator";
pub const MEMBER: &str = "member";

/// Creates a local group's actor and settings, with its creator as administrator and member.
pub async fn create_local(
    pool: &DbPool,
    actor: &NewActor,
    group: NewGroup,
    creator_id: i64,
) -> AppResult<(Actor, Group)> {
    db_tx!(pool, |conn| {
        let actor: Actor =
            diesel::insert_into(actors::table).values(actor).returning(Actor::as_returning()).get_result(conn).await?;
        let row: Group = diesel::insert_into(groups::table)
            .values(NewGroup { actor_id: actor.id, ..group.clone() })
            .returning(Group::as_returning())
            .get_result(conn)
            .await?;
        diesel::insert_into(group_roles::table)
            .values((
                group_roles::group_id.eq(actor.id),
                group_roles::actor_id.eq(creator_id),
                group_roles::role.eq(ADMIN),
            ))
            .execute(conn)
            .await?;
        diesel::insert_into(follows::table)
            .values(NewFollow {
                follower_id: creator_id,
                followed_id: actor.id,
                state: ACCEPTED.into(),
                activity_ap_id: format!("{}#creator", actor.ap_id),
                created_at: group.created_at,
            })
            .execute(conn)
            .await?;
        Ok((actor, row))
    })
}

/// The group actor's details that its settings change.
pub struct GroupProfile<'a> {
    pub name: &'a str,
    pub summary: &'a str,
    pub avatar_url: Option<&'a str>,
}

pub async fn update(pool: &DbPool, actor_id: i64, group: &NewGroup, profile: &GroupProfile<'_>) -> AppResult<Group> {
    let updated = db_tx!(pool, |conn| {
        diesel::update(actors::table.find(actor_id))
            .set((
                actors::display_name.eq(profile.name),
                actors::summary.eq(profile.summary),
                actors::avatar_url.eq(profile.avatar_url),
                actors::manually_approves.eq(group.join_mode != "open"),
            ))
            .execute(conn)
            .await?;
        Ok(diesel::update(groups::table.filter(groups::actor_id.eq(actor_id)))
            .set((
                groups::sectors.eq(&group.sectors),
                groups::topics.eq(&group.topics),
                groups::join_mode.eq(&group.join_mode),
                groups::visibility.eq(&group.visibility),
                groups::language.eq(&group.language),
                groups::translations.eq(&group.translations),
            ))
            .returning(Group::as_returning())
            .get_result(conn)
            .await?)
    });
    // After the commit: a request reading the group meanwhile must not keep the old name.
    super::actors::forget_read(pool);
    updated
}

/// Stores what a remote server says about one of its groups.
pub async fn upsert_remote(pool: &DbPool, group: &NewGroup) -> AppResult<Group> {
    db_write!(pool, |conn| Ok(diesel::insert_into(groups::table)
        .values(group)
        .on_conflict(groups::actor_id)
        .do_update()
        .set((
            groups::sectors.eq(excluded(groups::sectors)),
            groups::topics.eq(excluded(groups::topics)),
            groups::join_mode.eq(excluded(groups::join_mode)),
            groups::visibility.eq(excluded(groups::visibility)),
            groups::language.eq(excluded(groups::language)),
            groups::translations.eq(excluded(groups::translations)),
        ))
        .returning(Group::as_returning())
        .get_result(conn)
        .await?))
}

pub async fn by_actor(pool: &DbPool, actor_id: i64) -> AppResult<Option<Group>> {
    db_run!(pool, |conn| Ok(groups::table
        .filter(groups::actor_id.eq(actor_id))
        .select(Group::as_select())
        .first(conn)
        .await
        .optional()?))
}

/// Groups with their member counts, matching `text` in name or handle: the `limit` newest known
/// with actor ids below `before`, the largest of them first.
pub async fn list(pool: &DbPool, text: &str, before: Option<i64>, limit: i64) -> AppResult<Vec<(Actor, Group, i64)>> {
    let pattern = format!("%{}%", text.trim().to_lowercase().replace(['%', '_'], ""));
    let rows: Vec<(Actor, Group)> = db_run!(pool, |conn| groups::table
        .inner_join(actors::table)
        .filter(super::lower(actors::display_name).like(&pattern).or(super::lower(actors::username).like(&pattern)))
        .filter(actors::id.lt(before.unwrap_or(i64::MAX)))
        .order(actors::id.desc())
        .limit(limit)
        .select((Actor::as_select(), Group::as_select()))
        .load(conn)
        .await?);
    let ids: Vec<i64> = rows.iter().map(|(a, _)| a.id).collect();
    let counts: Vec<(i64, i64)> = db_run!(pool, |conn| follows::table
        .filter(follows::followed_id.eq_any(&ids))
        .filter(follows::state.eq(ACCEPTED))
        .group_by(follows::followed_id)
        .select((follows::followed_id, diesel::dsl::count_star()))
        .load(conn)
        .await?);
    let mut listed: Vec<(Actor, Group, i64)> = rows
        .into_iter()
        .map(|(a, g)| {
            let n = counts.iter().find(|(id, _)| *id == a.id).map_or(0, |(_, n)| *n);
            (a, g, n)
        })
        .collect();
    listed.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.username.cmp(&b.0.username)));
    Ok(listed)
}

/// The cursor after a full page of [`list`]: the lowest actor id on it (the page is shown
/// largest first, not in id order).
pub fn next_before(page: &[(Actor, Group, i64)], limit: i64) -> Option<i64> {
    (page.len() as i64 == limit).then(|| page.iter().map(|(actor, ..)| actor.id).min()).flatten()
}

pub async fn role_of(pool: &DbPool, group_id: i64, actor_id: i64) -> AppResult<Option<String>> {
    db_run!(pool, |conn| Ok(group_roles::table
        .filter(group_roles::group_id.eq(group_id))
        .filter(group_roles::actor_id.eq(actor_id))
        .select(group_roles::role)
        .first(conn)
        .await
        .optional()?))
}

/// Gives `actor_id` a role in the group; `member` removes any special role.
pub async fn set_role(pool: &DbPool, group_id: i64, actor_id: i64, role: &str) -> AppResult<()> {
    db_tx!(pool, |conn| {
        diesel::delete(
            group_roles::table.filter(group_roles::group_id.eq(group_id)).filter(group_roles::actor_id.eq(actor_id)),
        )
        .execute(conn)
        .await?;
        if role != MEMBER {
            diesel::insert_into(group_roles::table)
                .values((
                    group_roles::group_id.eq(group_id),
                    group_roles::actor_id.eq(actor_id),
                    group_roles::role.eq(role),
                ))
                .execute(conn)
                .await?;
        }
        Ok(())
    })
}

/// The group's administrators (actor ids).
pub async fn admins(pool: &DbPool, group_id: i64) -> AppResult<Vec<i64>> {
    db_run!(pool, |conn| Ok(group_roles::table
        .filter(group_roles::group_id.eq(group_id))
        .filter(group_roles::role.eq(ADMIN))
        .select(group_roles::actor_id)
        .load(conn)
        .await?))
}

/// Local actors who moderate the group (administrators included).
pub async fn moderators(pool: &DbPool, group_id: i64) -> AppResult<Vec<Actor>> {
    db_run!(pool, |conn| Ok(group_roles::table
        .inner_join(actors::table.on(actors::id.eq(group_roles::actor_id)))
        .filter(group_roles::group_id.eq(group_id))
        .select(Actor::as_select())
        .load(conn)
        .await?))
}

/// A group's member with their role.
pub struct Member {
    pub actor: Actor,
    pub role: String,
    /// Their membership's id, which orders members by when they joined (the lists' cursor).
    pub joined: i64,
}

/// Members (accepted followers) with their roles, oldest first, those who joined after the
/// membership `after`.
pub async fn members(pool: &DbPool, group_id: i64, after: Option<i64>, limit: i64) -> AppResult<Vec<Member>> {
    let members: Vec<(i64, Actor)> = db_run!(pool, |conn| follows::table
        .inner_join(actors::table.on(actors::id.eq(follows::follower_id)))
        .filter(follows::followed_id.eq(group_id))
        .filter(follows::state.eq(ACCEPTED))
        .filter(follows::id.gt(after.unwrap_or(0)))
        .order(follows::id)
        .limit(limit)
        .select((follows::id, Actor::as_select()))
        .load(conn)
        .await?);
    let roles: Vec<(i64, String)> = db_run!(pool, |conn| group_roles::table
        .filter(group_roles::group_id.eq(group_id))
        .select((group_roles::actor_id, group_roles::role))
        .load(conn)
        .await?);
    Ok(members
        .into_iter()
        .map(|(joined, actor)| {
            let role = roles.iter().find(|(id, _)| *id == actor.id).map_or(MEMBER.to_string(), |(_, r)| r.clone());
            Member { actor, role, joined }
        })
        .collect())
}

pub async fn invite(pool: &DbPool, group_id: i64, actor_id: i64, invited_by: i64, at: NaiveDateTime) -> AppResult<()> {
    db_write!(pool, |conn| {
        diesel::insert_into(group_invites::table)
            .values((
                group_invites::group_id.eq(group_id),
                group_invites::actor_id.eq(actor_id),
                group_invites::invited_by.eq(invited_by),
                group_invites::created_at.eq(at),
            ))
            .on_conflict((group_invites::group_id, group_invites::actor_id))
            .do_nothing()
            .execute(conn)
            .await?;
        Ok(())
    })
}

pub async fn is_invited(pool: &DbPool, group_id: i64, actor_id: i64) -> AppResult<bool> {
    let found: Vec<i64> = db_run!(pool, |conn| group_invites::table
        .filter(group_invites::group_id.eq(group_id))
        .filter(group_invites::actor_id.eq(actor_id))
        .select(group_invites::id)
        .load(conn)
        .await?);
    Ok(!found.is_empty())
}

/// The groups an actor has joined (accepted), as group actor ids.
pub async fn joined(pool: &DbPool, actor_id: i64) -> AppResult<Vec<i64>> {
    db_run!(pool, |conn| Ok(follows::table
        .inner_join(groups::table.on(groups::actor_id.eq(follows::followed_id)))
        .filter(follows::follower_id.eq(actor_id))
        .filter(follows::state.eq(ACCEPTED))
        .select(follows::followed_id)
        .load(conn)
        .await?))
}

/// Records that `group_id` takes over `old_group_id`; false when it was recorded before (a
/// repeated Move), so the taking over happens once.
pub async fn adopt(pool: &DbPool, old_group_id: i64, group_id: i64, at: NaiveDateTime) -> AppResult<bool> {
    db_write!(pool, |conn| Ok(diesel::insert_into(group_adoptions::table)
        .values((
            group_adoptions::old_group_id.eq(old_group_id),
            group_adoptions::group_id.eq(group_id),
            group_adoptions::adopted_at.eq(at),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?
        == 1))
}

/// Whether `group_id` has taken over a group that moved to it.
pub async fn has_adopted(pool: &DbPool, group_id: i64) -> AppResult<bool> {
    db_run!(pool, |conn| Ok(diesel::select(diesel::dsl::exists(
        group_adoptions::table.filter(group_adoptions::group_id.eq(group_id))
    ))
    .get_result(conn)
    .await?))
}
