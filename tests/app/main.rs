//! The app's integration tests: each spawns the real app (and its embedded Logto emulator) on
//! ephemeral ports. One binary, so the shared helpers in `common` are compiled once; nextest
//! still runs every test in its own process.

mod common;

mod access;
mod account;
mod auth;
mod bad_input;
mod checkup;
mod contact;
mod csrf;
mod custom_fields;
mod faults;
mod foundation;
mod i18n;
mod idor;
mod management;
pub mod matrix;
mod not_me;
mod notices;
mod passkey;
mod password;
mod photo;
mod profile;
mod push;
mod real_logto;
mod secrets;
mod security;
mod shared_sessions;
mod throttles;
mod two_step;
