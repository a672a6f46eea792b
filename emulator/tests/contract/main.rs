//! Logto's Management API and M2M contract (`../shared/logto/CONTRACT.md` §1–§4, check-password).
//! Runs against the emulator by default, or a real Logto: see `support/mod.rs`.

#[path = "../support/mod.rs"]
mod support;

mod codes;
mod factors;
mod m2m;
mod sessions;
mod users;
