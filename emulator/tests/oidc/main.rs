//! The OIDC provider and the emulator's own features (state, keys, faults, mailbox). These need
//! the emulator's sign-in page, so they always run against it.

#[path = "../support/experience.rs"]
mod experience;
#[path = "../support/mod.rs"]
mod support;

mod browser;
mod emulator;
mod flow;
mod sessions;
mod standard_client;
