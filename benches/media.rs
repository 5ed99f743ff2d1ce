//! What an upload costs: a 10 MB photo (checked, decoded, turned upright, resized to display
//! size, thumbnailed, given a blurhash, encoded again and stored) and a 20 MB PDF (checked and
//! stored), each as `POST /api/v1/media` processes it once the body is read, and the peak
//! memory each adds to the process.
//!
//!   cargo bench --bench media

mod common;

use cairn::{
    domain::media::SentFile,
    service::media::{Upload, upload},
};
use image::{ImageEncoder, codecs::jpeg::JpegEncoder};
use std::time::{Duration, Instant};

const RUNS: usize = 5;

fn main() -> anyhow::Result<()> {
    common::run_as_cairn(run())
}

/// A camera-sized JPEG of about 10 MB: noise, which compresses about as badly as a detailed
/// photo does (the worst case for decoding time).
fn photo() -> Vec<u8> {
    let (width, height) = (4000u32, 3000u32);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let pixels: Vec<u8> = (0..width as usize * height as usize * 3)
        .map(|n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Mostly smooth, with noise on top, so the size lands near a real photo's.
            let smooth = ((n / 3) % width as usize * 255 / width as usize) as u8;
            smooth.wrapping_add((seed % 48) as u8)
        })
        .collect();
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 92)
        .write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)
        .expect("encodes");
    out
}

fn pdf() -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    bytes.resize(20_000_000, b'0');
    bytes
}

/// Forgets the peak so far, so the next reading is the peak from here on.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

async fn run() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let node = common::start("media", dir.path(), None).await?;
    let failed = |e: cairn::error::AppError| anyhow::anyhow!("{e:?}");
    let owner = cairn::service::node::organisation(&node.state).await.map_err(failed)?;
    for (what, bytes, name, claimed) in
        [("10 MB photo", photo(), "photo.jpg", "image/jpeg"), ("20 MB PDF", pdf(), "report.pdf", "application/pdf")]
    {
        let mut times = Vec::new();
        let mut peak_added: f64 = 0.0;
        let resident_before = common::status_mb("VmRSS:");
        for _ in 0..RUNS {
            let file = SentFile {
                field: "file".into(),
                file_name: name.into(),
                claimed_type: Some(claimed.into()),
                bytes: bytes.clone(),
            };
            let before = common::status_mb("VmRSS:");
            reset_peak();
            let started = Instant::now();
            let kept = upload(&node.state, &owner, Upload::of(file, "")).await.map_err(failed)?;
            times.push(started.elapsed());
            peak_added = peak_added.max(common::peak_rss_mb() - before);
            cairn::service::media::remove_files(&node.state, vec![kept]).await.map_err(failed)?;
        }
        let resident_after = common::status_mb("VmRSS:");
        times.sort();
        let median = times[RUNS / 2];
        println!(
            "{what} ({:.1} MB sent): median {:.0} ms (min {:.0}, max {:.0}); peak memory added {:.0} MiB; \
             resident {resident_before:.0} MiB before the first upload, {resident_after:.0} MiB after the last",
            bytes.len() as f64 / 1e6,
            ms(median),
            ms(times[0]),
            ms(times[RUNS - 1]),
            peak_added
        );
    }
    node.remove(None).await
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
