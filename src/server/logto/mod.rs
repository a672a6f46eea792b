//! The typed client for every Logto call the app makes (server only).
//!
//! - [`Management`]: the Management API with an M2M token ([`M2mTokens`]).
//! - [`LogtoError`]: what went wrong upstream, with Logto's status and `code`.

mod account;
mod assets;
mod directory;
mod error;
mod m2m;
mod management;
mod sign_in;
mod types;
mod userinfo;

pub use account::{AccountApi, PasskeyOptions};
pub use directory::{AppEntry, Grant, NewToken, Organization, TokenInfo};
pub use error::LogtoError;
pub use m2m::M2mTokens;
pub use management::{Management, Recipient};
pub use sign_in::{AccountCenter, SignInSettings, UserSignInConfig};
pub use types::{
    LogtoSession, LogtoSessionRef, LogtoUser, MfaFactor, PasswordIssue, PasswordPolicy, UserPatch,
    WayIn,
};
pub use userinfo::{claims_from_user, userinfo, Userinfo, USER_CLAIMS};
