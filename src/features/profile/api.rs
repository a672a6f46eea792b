//! The profile's server functions: declared here for the browser's typed stubs, run on the
//! server through `service` (the user is always the session's, never a parameter).

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use serde::{Deserialize, Serialize};

use super::form::{ProfileEcho, ProfileForm};
use crate::error::AppError;
use crate::features::profile::declared::CustomSpecs;

/// What the profile page shows: the editable form and the read-only facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProfileView {
    pub form: ProfileForm,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// Epoch milliseconds.
    pub created_at: Option<i64>,
    pub last_sign_in_at: Option<i64>,
    /// `false` when built from the session's cached claims only.
    pub fresh: bool,
    /// The declared fields (`profile-fields.toml`) for the server's drawing; their values are in
    /// `form`. Not sent: the browser reads the rules from the drawn controls.
    #[serde(skip)]
    pub custom: CustomSpecs,
    /// Built-in fields the declaration hides.
    #[serde(default)]
    pub hidden: Vec<String>,
    /// In Logto's fresh values on the page: the code of the time zone's option (the list writes
    /// zones as codes, `TimeZone::code`), so the editor can show a zone changed elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_option: Option<String>,
}

/// The profile as the session's ID-token claims have it: no upstream call.
#[server(prefix = "/api", endpoint = "profile/cached", input = Json)]
pub async fn cached_profile() -> Result<ProfileView, AppError> {
    crate::server::error::run(super::service::cached()).await
}

/// The profile as Logto has it now (userinfo and the Management API, concurrently).
#[server(prefix = "/api", endpoint = "profile/fresh", input = Json)]
pub async fn fresh_profile() -> Result<ProfileView, AppError> {
    crate::server::error::run(super::service::fresh()).await
}

/// Saves what differs between `original` (what the page showed) and `edited`; returns the form
/// as saved.
#[server(prefix = "/api", endpoint = "profile/save", input = Json)]
pub async fn save_profile(
    original: ProfileForm,
    edited: ProfileForm,
) -> Result<ProfileForm, AppError> {
    crate::server::error::run(super::service::save(original, edited)).await
}

/// An edit that waited for "confirm it's you" (a username change), handed back once.
#[server(prefix = "/api", endpoint = "profile/draft", input = Json)]
pub async fn take_profile_draft() -> Result<Option<ProfileEcho>, AppError> {
    crate::server::error::run(super::service::take_draft()).await
}
