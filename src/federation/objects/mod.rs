pub mod actor;
pub mod comment;
pub mod event;
pub mod journey;
pub mod post;
pub mod resource;
pub mod versions;
