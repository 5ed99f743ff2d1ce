//! What the abuse limits cost: one `Limits::check` (the inbox makes two per activity, one per
//! sender domain and one per actor), over many distinct keys as on a busy node, and the log-in
//! path's hop through the fixed hashing pool.
//!
//!   cargo bench --bench limits

use cairn::service::limits::{Bucket, Limits, heavy};
use std::time::Instant;

const CHECKS: usize = 1_000_000;
const KEYS: usize = 10_000;

#[tokio::main]
async fn main() {
    let limits = Limits::default();
    let keys: Vec<String> = (0..KEYS).map(|n| format!("https://server{}.example/users/actor{n}", n % 500)).collect();
    let started = Instant::now();
    for n in 0..CHECKS {
        let _ = limits.check(Bucket::InboxActor, &keys[n % KEYS]);
    }
    let per_check = started.elapsed().as_nanos() as f64 / CHECKS as f64;
    println!("Limits::check over {KEYS} keys: {per_check:.0} ns per check");

    let hops = 10_000;
    let started = Instant::now();
    for n in 0..hops {
        heavy(move || n * 2).await.unwrap();
    }
    let per_hop = started.elapsed().as_nanos() as f64 / hops as f64 / 1000.0;
    println!("heavy-work pool round trip (empty job): {per_hop:.1} µs");
}
