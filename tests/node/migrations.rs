use cairn::db::{DbPool, dialect};
use std::collections::BTreeSet;

fn migration_names(backend: &str) -> BTreeSet<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

/// Full-text search is built differently by design: on SQLite the directory's FTS5 table and the
/// outbox and state of the resources' search engine (`db/text_index`), on PostgreSQL generated `tsvector`
/// columns (see `db/dialect.rs`) and posting lists (`db/postings`).
fn portable((table, column): &(String, String)) -> bool {
    let search_index = table.starts_with("text_index_")
        || table.starts_with("search_postings")
        || table == "search_facets"
        || table.starts_with("actors_fts")
        || (table == "resources" && column == "search")
        || (table == "actors" && column == "directory_words");
    !search_index
}

#[test]
fn both_trees_list_the_same_migrations() {
    assert_eq!(migration_names("sqlite"), migration_names("postgres"));
}

#[tokio::test(flavor = "multi_thread")]
async fn both_trees_build_the_same_tables_and_columns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drift.db").display().to_string();
    DbPool::connect(&path, 1).await.unwrap().migrate().await.unwrap();
    let sqlite: BTreeSet<_> = dialect::sqlite_columns(&path).await.unwrap().into_iter().filter(portable).collect();
    assert!(sqlite.contains(&("deliveries".to_string(), "next_attempt_at".to_string())));
    let Ok(admin) = std::env::var("CAIRN_TEST_POSTGRES_URL") else {
        eprintln!("CAIRN_TEST_POSTGRES_URL is not set: compared the SQLite tree only");
        return;
    };
    let name = format!("cairn_drift_{}", crate::common::random_hex(6));
    let url = dialect::create_postgres_database(&admin, &name).await.unwrap();
    let result = async {
        DbPool::connect(&url, 1).await?.migrate().await?;
        dialect::postgres_columns(&url).await
    }
    .await;
    dialect::drop_postgres_database(&admin, &name).await.unwrap();
    assert_eq!(
        sqlite,
        result.unwrap().into_iter().filter(portable).collect(),
        "migrations/sqlite and migrations/postgres have drifted apart"
    );
}
