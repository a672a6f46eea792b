//! `/security/two-step`: the user's second steps (authenticator app, backup codes, passkeys
//! registered elsewhere), added and removed through Logto's Management API
//! (`/api/users/:id/mfa-verifications`), every change behind a fresh proof of identity.
//!
//! - `api`: what the pages show; `page`: the list, the authenticator-app setup, the new backup
//!   codes (plain forms).
//! - `service` (server only): the changes; `totp` (server only): the setup's QR code and the
//!   check of its first code; `form_post` (server only): the form posts.

mod api;
#[cfg(feature = "ssr")]
mod backup;
#[cfg(feature = "ssr")]
pub mod form_post;
mod page;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
mod totp;

pub use api::{
    backup_codes_view, totp_view, two_step_view, AtSignIn, FactorRow, TotpSetup, TwoStepState,
};
pub use page::{BackupCodesPage, TotpPage, TwoStepEcho, TwoStepPage};

pub const TWO_STEP_PATH: &str = "/security/two-step";
pub const TOTP_PATH: &str = "/security/two-step/totp";
pub const BACKUP_CODES_PATH: &str = "/security/two-step/backup-codes";
