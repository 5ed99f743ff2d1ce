pub mod actor;
pub mod comment;
pub mod resource;
