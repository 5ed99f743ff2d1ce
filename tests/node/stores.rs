//! Stores of remote resources that run at once (two backfill pages, a page and an edit or a
//! delete): they take turns instead of deadlocking, and the kept counts stay right.

use crate::common::{TestNode, eventually};

/// A resource of `remote.example` numbered `i`, by `author_id`, from `input`, as a backfill stores it.
fn remote_resource(
    author_id: i64,
    i: usize,
    input: cairn::domain::resource::ResourceInput,
) -> cairn::db::models::NewResource {
    use cairn::federation::objects::resource::{NewResourceParts, new_resource};
    let valid = cairn::domain::resource::check_resource(&input).unwrap();
    let ap_id = format!("https://remote.example/resources/{i}");
    let at = chrono::Utc::now();
    new_resource(NewResourceParts {
        ap_id: ap_id.clone(),
        local: false,
        origin: "remote.example".into(),
        author_id,
        valid: &valid,
        body_html: "<p>Illustrative.</p>".into(),
        url: ap_id,
        demo: false,
        published: at,
        updated: at,
    })
    .unwrap()
}

/// Two stores that change known resources at once (two backfill pages, or a page and an edit)
/// change the kept counts in crossing orders, and a delete can take a row a store is about to
/// change: each waits its turn rather than deadlocking, and the counts stay those computed again
/// from the resources.
#[tokio::test(flavor = "multi_thread")]
async fn stores_changing_known_resources_at_once_take_turns_and_keep_the_counts() {
    use cairn::{domain::taxonomy::TAXONOMY, service::demo::demo_input};
    let node = TestNode::start().await;
    node.user_with_token("author").await;
    let author = cairn::db::actors::local_by_username(&node.state.db, "author").await.unwrap().unwrap();
    let kinds: Vec<String> = TAXONOMY.english().kinds.iter().map(|k| k.id.clone()).collect();
    const COUNTRIES: [&str; 5] = ["FR", "DE", "IT", "ES", "NL"];
    const PAGE: usize = 30;
    // Round `round` of resource `i`: the first page walks the kinds and countries up, the second
    // down from two further on, so that their first statements lock different counts and the
    // next ones the same counts in opposite orders.
    let page = |first: bool, round: usize| -> Vec<cairn::db::models::NewResource> {
        (0..PAGE)
            .map(|n| {
                let i = if first { n } else { PAGE + n };
                let step = if first { n + round } else { PAGE * kinds.len() * COUNTRIES.len() - n + round + 2 };
                let mut input = demo_input(i);
                input.kind = kinds[step % kinds.len()].clone();
                input.country = COUNTRIES[step % COUNTRIES.len()].to_string();
                input.impact.tco2e_per_year = Some((10 * (step % 7)) as f64 + 0.5);
                remote_resource(author.id, i, input)
            })
            .collect()
    };
    let db = &node.state.db;
    for round in 0..6 {
        let (first, second) = (page(true, round), page(false, round));
        let (a, b) = tokio::join!(
            cairn::db::resources::upsert_remote(db, &first),
            cairn::db::resources::upsert_remote(db, &second)
        );
        for stored in [a, b] {
            let stored = stored.unwrap_or_else(|e| panic!("round {round}: {e:?}"));
            assert_eq!(stored.iter().filter(|(_, new)| *new).count(), if round == 0 { PAGE } else { 0 });
        }
    }
    // A resource of the page deleted while the page is stored, its row taken first (as a
    // delete's statement takes it before its trigger takes the counts): the store waits for the
    // row, then stores that resource again, as new. PostgreSQL only: SQLite has one writer.
    if node.database_url().starts_with("postgres") {
        use diesel::{dsl::sql, sql_types::BigInt};
        use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
        let first = page(true, 6);
        let last = cairn::db::resources::by_ap_id(db, &first[PAGE - 1].ap_id).await.unwrap().unwrap();
        let connect = async || AsyncPgConnection::establish(node.database_url()).await.unwrap();
        let (mut deleting, mut watching) = (connect().await, connect().await);
        let run = async |conn: &mut AsyncPgConnection, sql: String| diesel::sql_query(sql).execute(conn).await;
        run(&mut deleting, "BEGIN".into()).await.unwrap();
        run(&mut deleting, format!("SELECT id FROM resources WHERE id = {} FOR UPDATE", last.id)).await.unwrap();
        let pid: i64 =
            diesel::select(sql::<BigInt>("CAST(pg_backend_pid() AS BIGINT)")).get_result(&mut deleting).await.unwrap();
        let pool = db.clone();
        let store = tokio::spawn(async move { cairn::db::resources::upsert_remote(&pool, &first).await });
        let blocked = format!("(SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid)))");
        eventually("the store waits for the row", async || {
            diesel::select(sql::<BigInt>(&blocked)).get_result::<i64>(&mut watching).await.unwrap() > 0
        })
        .await;
        run(&mut deleting, format!("DELETE FROM resources WHERE id = {}", last.id)).await.unwrap();
        run(&mut deleting, "COMMIT".into()).await.unwrap();
        let stored = store.await.unwrap().unwrap();
        assert!(stored[PAGE - 1].1 && stored[..PAGE - 1].iter().all(|(_, new)| !new), "only the deleted one is new");
    }
    let kept = cairn::db::counts::all(db).await.unwrap();
    cairn::db::counts::rebuild(db).await.unwrap();
    let rebuilt = cairn::db::counts::all(db).await.unwrap();
    // The impact sums compared exactly: each is a sum of multiples of 0.5.
    let key = |(count, demo): &(cairn::db::counts::Count, bool)| {
        (count.facet.clone(), count.value.clone(), *demo, count.counted, count.tco2e_per_year.to_bits())
    };
    assert_eq!(kept.iter().map(key).collect::<Vec<_>>(), rebuilt.iter().map(key).collect::<Vec<_>>());
}

/// Two pages stored at once that hold the same new resources in opposite orders wait for each
/// other: the second finds them stored (a conflict, after which its page is stored one resource
/// at a time). Inserted in the order given, each held a row the other was about to insert, and
/// PostgreSQL ended one of them as a deadlock after a second. PostgreSQL only: SQLite has one
/// writer.
#[tokio::test(flavor = "multi_thread")]
async fn stores_inserting_the_same_new_resources_in_other_orders_do_not_deadlock() {
    use cairn::service::demo::demo_input;
    use diesel::{dsl::sql, sql_types::BigInt};
    use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
    let node = TestNode::start().await;
    if !node.database_url().starts_with("postgres") {
        return;
    }
    node.user_with_token("author").await;
    let author = cairn::db::actors::local_by_username(&node.state.db, "author").await.unwrap().unwrap();
    let db = &node.state.db;
    let resource = |i: usize| remote_resource(author.id, i, demo_input(i));
    // Their words are known already, as most are on a busy node: a store adding a new word waits
    // for another store adding it, before it inserts any resource.
    let same_words: Vec<_> = (1..=3).map(|i| remote_resource(author.id, 100 + i, demo_input(i))).collect();
    cairn::db::resources::upsert_remote(db, &same_words).await.unwrap();
    // Another transaction holds the middle one's ap_id (a resource of this node renamed to it,
    // not committed), so that both stores get past their first row and wait there.
    let held = cairn::db::resources::upsert_remote(db, &[resource(0)]).await.unwrap()[0].0.id;
    let (first, middle, last) = (resource(1), resource(2), resource(3));
    let mut holding = AsyncPgConnection::establish(node.database_url()).await.unwrap();
    let mut watching = AsyncPgConnection::establish(node.database_url()).await.unwrap();
    diesel::sql_query("BEGIN").execute(&mut holding).await.unwrap();
    diesel::sql_query(format!("UPDATE resources SET ap_id = '{}' WHERE id = {held}", middle.ap_id))
        .execute(&mut holding)
        .await
        .unwrap();
    let store = |page: Vec<cairn::db::models::NewResource>| {
        let pool = db.clone();
        tokio::spawn(async move { cairn::db::resources::upsert_remote(&pool, &page).await })
    };
    let forwards = store(vec![first.clone(), middle.clone(), last.clone()]);
    let backwards = store(vec![last, middle, first]);
    // Of this test's database: other tests run on the same server.
    let waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                   AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO \"resources\"%'";
    eventually("both stores wait", async || {
        diesel::select(sql::<BigInt>(&format!("({waiting})"))).get_result::<i64>(&mut watching).await.unwrap() == 2
    })
    .await;
    diesel::sql_query("ROLLBACK").execute(&mut holding).await.unwrap();
    let (forwards, backwards) = (forwards.await.unwrap(), backwards.await.unwrap());
    let failed: Vec<_> = [&forwards, &backwards].into_iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(failed.len(), 1, "one store inserts them: {forwards:?} {backwards:?}");
    assert_eq!(failed[0].kind, cairn::error::ErrorKind::Conflict, "the other finds them stored: {:?}", failed[0]);
    let stored = cairn::db::resources::upsert_remote(db, &[resource(1), resource(2), resource(3)]).await.unwrap();
    assert!(stored.iter().all(|(_, new)| !new), "all three are stored");
}
