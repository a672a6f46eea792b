//! One folder per feature: its shared types and server functions, its page and islands, and its
//! server-only service. Features use `domain`, `ui`, `i18n` and (on the server) the `server`
//! plumbing; nothing there uses a feature's types.

pub mod account;
pub mod apps;
pub mod confirm;
pub mod contact;
#[cfg(feature = "ssr")]
pub mod form_post;
pub mod home;
pub mod not_found;
pub mod not_me;
pub mod passkey;
pub mod password;
pub mod photo;
pub mod profile;
pub mod security;
pub mod session;
pub mod sessions;
pub mod tokens;
pub mod two_step;

/// The features' own server routes (forms that work without JavaScript).
#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::server::AppState> {
    use axum::routing::post;
    axum::Router::new()
        .route("/profile", post(profile::form_post::post_form))
        .route(
            password::PASSWORD_PATH,
            post(password::form_post::post_form),
        )
        .merge(confirm::form_post::routes())
        .merge(contact::form_post::routes())
        .merge(security::form_post::routes())
        .merge(sessions::form_post::routes())
        .merge(two_step::form_post::routes())
        .merge(account::form_post::routes())
        .merge(apps::form_post::routes())
        .merge(tokens::form_post::routes())
        .merge(photo::form_post::routes())
        .merge(not_me::form_post::routes())
}
