//! What a node keeps of an upload: the types it takes, detected from the bytes (never from the
//! file's name or the type the client claims), and how a file is described.

use crate::error::{AppError, AppResult, ErrorKind};
use cairn_templates::i18n::t_with;

pub const MAX_DESCRIPTION_CHARS: usize = 1500;
/// Files one web form may carry at once.
pub const MAX_FORM_FILES: usize = 4;

/// Images: decoded and stored again, so nothing but pixels survives.
pub const IMAGE_TYPES: [&str; 4] = ["image/jpeg", "image/png", "image/webp", "image/gif"];

/// Documents and data: kept as sent, and served as downloads.
pub const DOCUMENT_TYPES: [&str; 9] = [
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.presentation",
    "text/csv",
    "text/plain",
];

/// The type of `bytes` as their content says. Text has no signature: text that is UTF-8 without
/// control characters is CSV when its name says so, plain text otherwise.
pub fn detect(bytes: &[u8], file_name: &str) -> String {
    if let Some(found) = infer::get(bytes) {
        return found.mime_type().to_string();
    }
    let text = std::str::from_utf8(bytes).is_ok_and(|text| {
        !text.is_empty() && !text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    });
    match text {
        true if file_name.to_ascii_lowercase().ends_with(".csv") => "text/csv".into(),
        true => "text/plain".into(),
        false => "application/octet-stream".into(),
    }
}

pub fn is_image(media_type: &str) -> bool {
    IMAGE_TYPES.contains(&media_type)
}

/// Whether a node keeps a file of `detected` type that its sender called `claimed`: an allowed
/// type, and not an image in disguise or something else dressed as an image.
pub fn check_type(detected: &str, claimed: Option<&str>) -> AppResult<()> {
    if !is_image(detected) && !DOCUMENT_TYPES.contains(&detected) {
        return Err(AppError::invalid(
            "file",
            format!(
                "this file is {detected}; this node takes images (JPEG, PNG, WebP, GIF), PDF, \
                 office documents (Word, Excel, PowerPoint, OpenDocument), CSV and plain text"
            ),
        ));
    }
    let claimed = claimed.map(|c| match c.split(';').next().unwrap_or_default().trim().to_ascii_lowercase() {
        // Older names of JPEG that some clients still send.
        old if old == "image/jpg" || old == "image/pjpeg" => "image/jpeg".to_string(),
        other => other,
    });
    if let Some(claimed) = claimed.filter(|c| c.starts_with("image/") && c != detected) {
        return Err(AppError::invalid(
            "file",
            t_with(
                "file-says-it-is-but-is",
                &[("claimed", claimed.to_string().into()), ("detected", detected.to_string().into())],
            ),
        ));
    }
    Ok(())
}

/// The limit a file must stay within, in the words of the answer that refuses it.
pub fn too_large(limit: u64) -> AppError {
    AppError::new(ErrorKind::PayloadTooLarge, t_with("a-file-may-be-at-most", &[("size", megabytes(limit).into())]))
}

pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// Alt text on one line (it is an attachment's title, and the web form lists one per line).
pub fn check_description(description: &str) -> AppResult<String> {
    let one_line = description.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::domain::profile::bounded("description", &one_line, MAX_DESCRIPTION_CHARS)
}

/// A file as it came in one part of a form.
pub struct SentFile {
    /// The form field it came in.
    pub field: String,
    pub file_name: String,
    pub claimed_type: Option<String>,
    pub bytes: Vec<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(detect(b"%PDF-1.7\n...", "report.png"), "application/pdf");
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "x.pdf"), "image/png");
        assert_eq!(detect(b"city,tco2e\nGent,12\n", "data.CSV"), "text/csv");
        assert_eq!(detect(b"notes", "notes.txt"), "text/plain");
        assert_eq!(
            detect(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff", "photo.png"),
            "application/vnd.microsoft.portable-executable"
        );
        assert!(check_type("application/vnd.microsoft.portable-executable", Some("image/png")).is_err());
        assert!(check_type("application/pdf", Some("image/png")).is_err(), "a PDF dressed as an image");
        assert!(check_type("application/pdf", Some("application/octet-stream")).is_ok());
        assert!(check_type("text/csv", Some("application/vnd.ms-excel")).is_ok(), "as Windows names CSV");
        assert!(check_type("image/jpeg", Some("image/pjpeg")).is_ok());
        assert_eq!(check_description(" a roof,\n seen from the street ").unwrap(), "a roof, seen from the street");
    }
}
