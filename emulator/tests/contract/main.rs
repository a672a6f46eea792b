//! Logto's Management API and M2M contract (`../shared/logto/CONTRACT.md` §1–§4, check-password).
//! Runs against the emulator by default, or a real Logto: see `support/mod.rs`.

#[path = "../support/experience.rs"]
mod experience;
#[path = "../support/mod.rs"]
mod support;

mod backchannel;
#[path = "../oidc/browser.rs"]
#[allow(dead_code)]
mod browser;
mod codes;
mod factors;
mod grants;
mod hooks;
mod logto_config;
mod m2m;
mod organizations;
mod passkeys;
mod sessions;
mod tokens;
mod user_assets;
mod users;
