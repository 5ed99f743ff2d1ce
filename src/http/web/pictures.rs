//! A picture chosen in a web form (an avatar, a header, an event's banner): sent as a file,
//! kept from a form shown again, or removed.

use super::forms::Submitted;
use crate::{
    db::models::Actor,
    error::{AppError, AppResult},
    service::{self, media::Upload},
    state::AppState,
};

/// What a form chose for one picture.
#[derive(Default)]
pub struct ChosenPicture {
    /// As services take it: `None` keeps the picture, `[]` removes it, `[id]` shows an upload.
    pub ids: Option<Vec<i64>>,
    /// The upload to keep in the form if it is shown again.
    pub kept: Option<i64>,
}

/// Reads the picture of field `name`: a file sent there is kept first (as the uploads API
/// keeps it; a refused one is named as that field's problem), else `remove_{name}`, else an
/// upload kept from before (`{name}_media_id`).
pub async fn chosen(
    state: &AppState,
    owner: &Actor,
    sent: &mut Submitted,
    name: &'static str,
) -> AppResult<ChosenPicture> {
    let position = sent.files.iter().position(|file| file.field == name);
    if let Some(file) = position.map(|at| sent.files.remove(at)) {
        let description = sent.form.one(&format!("{name}_description"));
        let file_name = file.file_name.clone();
        let kept = service::media::upload(state, owner, Upload::of(file, &description))
            .await
            .map_err(|e| AppError::invalid(name, format!("{file_name}: {}", e.message)))?;
        return Ok(ChosenPicture { ids: Some(vec![kept.id]), kept: Some(kept.id) });
    }
    if !sent.form.one(&format!("remove_{name}")).is_empty() {
        return Ok(ChosenPicture { ids: Some(Vec::new()), kept: None });
    }
    let kept = sent.form.one(&format!("{name}_media_id")).parse::<i64>().ok();
    Ok(ChosenPicture { ids: kept.map(|id| vec![id]), kept })
}
