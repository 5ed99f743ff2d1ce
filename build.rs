// `embed_migrations!` makes cargo watch the migration files it found, not the folders: without
// this, a new migration is missing from the next incremental build.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
