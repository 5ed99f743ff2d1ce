//! The node's decision matrix: read at start, reloaded when the admin asks or the file changes,
//! and never replaced by a broken file.

use crate::{
    domain::finance::{DEFAULT_MATRIX, Matrix, MatrixError},
    error::{AppError, AppResult},
};
use cairn_templates::i18n::{self, Language};
use std::{
    path::PathBuf,
    sync::{Arc, RwLock},
    time::SystemTime,
};

pub struct MatrixSource {
    /// The admin's file, or none for the built-in matrix.
    path: Option<PathBuf>,
    state: RwLock<Loaded>,
}

struct Loaded {
    /// The matrix as each interface language reads it, in the order of `Language::ALL`.
    versions: Vec<Arc<Matrix>>,
    /// Modification time of the file the matrix came from, to notice edits.
    modified: Option<SystemTime>,
    /// The last reload that failed, shown to the admin until a good file is read.
    error: Option<MatrixError>,
}

/// What the admin page shows about the matrix.
pub struct MatrixStatus {
    pub source: String,
    pub options: usize,
    pub error: Option<MatrixError>,
}

fn per_language(matrix: Matrix) -> Vec<Arc<Matrix>> {
    Language::ALL.into_iter().map(|language| Arc::new(matrix.in_language(language))).collect()
}

impl MatrixSource {
    /// Reads the configured file; a broken one at start falls back to the built-in matrix and
    /// keeps the error for the admin to see.
    pub fn open(path: &str) -> MatrixSource {
        let builtin =
            per_language(Matrix::parse(DEFAULT_MATRIX).expect("the built-in matrix is valid (a unit test checks)"));
        let path = (!path.trim().is_empty()).then(|| PathBuf::from(path.trim()));
        let source =
            MatrixSource { path, state: RwLock::new(Loaded { versions: builtin, modified: None, error: None }) };
        if let Err(error) = source.reload() {
            tracing::warn!("finance matrix: {error}; using the built-in matrix");
        }
        source
    }

    /// The matrix in use, in the language being written, re-read first if its file changed
    /// since it was loaded.
    pub fn current(&self) -> Arc<Matrix> {
        if let Some(path) = &self.path {
            let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
            let known = self.state.read().expect("matrix lock").modified;
            if modified.is_some()
                && modified != known
                && let Err(error) = self.reload()
            {
                tracing::warn!("finance matrix: {error}; keeping the last good matrix");
            }
        }
        self.state.read().expect("matrix lock").versions[i18n::current().index()].clone()
    }

    /// Reads the file again; on error the last good matrix stays and the error is kept.
    pub fn reload(&self) -> Result<usize, MatrixError> {
        let Some(path) = &self.path else {
            return Ok(self.state.read().expect("matrix lock").versions[0].options.len());
        };
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let read = std::fs::read_to_string(path)
            .map_err(|e| MatrixError { location: path.display().to_string(), message: format!("cannot read: {e}") })
            .and_then(|text| Matrix::parse(&text));
        let mut state = self.state.write().expect("matrix lock");
        state.modified = modified;
        match read {
            Ok(matrix) => {
                let options = matrix.options.len();
                state.versions = per_language(matrix);
                state.error = None;
                tracing::info!("finance matrix loaded from {} ({options} options)", path.display());
                Ok(options)
            }
            Err(error) => {
                state.error = Some(error.clone());
                Err(error)
            }
        }
    }

    pub fn status(&self) -> MatrixStatus {
        let state = self.state.read().expect("matrix lock");
        MatrixStatus {
            source: self.path.as_ref().map_or_else(|| "built in".to_string(), |p| p.display().to_string()),
            options: state.versions[0].options.len(),
            error: state.error.clone(),
        }
    }
}

/// A reload asked for by an admin (`by`): a broken file is a 422 that says where it is broken.
pub async fn reload(state: &crate::state::AppState, by: &str) -> AppResult<usize> {
    let options = state.finance.reload().map_err(|error| {
        AppError::invalid(
            "matrix",
            format!("the matrix file was not loaded ({error}); the last good matrix stays in use"),
        )
    })?;
    super::moderation::audit(state, by, "finance.reload", "finance matrix", &format!("{options} options")).await?;
    Ok(options)
}
