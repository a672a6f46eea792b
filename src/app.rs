use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::features::session::SiteHeader;
use crate::features::{
    account::{AccountPage, GoodbyePage},
    apps::AppsPage,
    confirm::ConfirmPage,
    contact::{EmailPage, PhonePage},
    home::HomePage,
    not_found::NotFound,
    not_me::NotMePage,
    password::PasswordPage,
    photo::PhotoPage,
    profile::ProfilePage,
    security::SecurityPage,
    session::SignInFailed,
    sessions::SessionsPage,
    tokens::TokensPage,
    two_step::{BackupCodesPage, TotpPage, TwoStepPage},
};
use crate::i18n::{self, use_lang};

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_request_nonce();
    // Islands mode: nothing outside an island hydrates, so no resource is serialized into the
    // page. (The scripts themselves come with the pages that have islands: `ui::IslandScripts`.)
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let lang = use_lang();
    view! {
        <!DOCTYPE html>
        <html lang=lang.tag() dir=lang.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <AutoReload options=options.clone() />
                <HashedStylesheet options id="leptos" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Hands the request's CSP nonce (set by the security middleware) to Leptos, so the scripts it
/// writes into the page carry it.
#[cfg(feature = "ssr")]
fn provide_request_nonce() {
    use crate::server::CspNonce;
    use leptos::nonce::Nonce;
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        if let Some(nonce) = parts.extensions.get::<CspNonce>() {
            provide_context(Nonce::from_value(nonce.0.clone()));
        }
    }
}

/// The routes, each with who may see it: `SignedIn` pages send everyone else to sign in.
/// The icon inside the page: a request and its headers fewer on every page (~0.7 KB on the wire).
const FAVICON: &str = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' \
    viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='14' fill='%235d34f2'/%3E%3Cpath \
    d='M16 2a14 14 0 0 1 0 28z' fill='%23b9a8ff'/%3E%3C/svg%3E";

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = use_lang();
    let suffix = i18n::TITLE_SUFFIX.get(lang);

    view! {
        <Title formatter=move |page: String| format!("{page} · {suffix}") />
        <Link rel="icon" href=FAVICON type_="image/svg+xml" />
        <Router>
            <div class="app">
                <a class="skip-link" href="#main">
                    {i18n::SKIP_TO_CONTENT.get(lang)}
                </a>
                <SiteHeader />
                <main id="main" class="main">
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::InOrder />
                        <Route path=path!("/sign-in/failed") view=SignInFailed />
                        <Route
                            path=path!("/profile")
                            view=|| view! { <SignedIn><ProfilePage /></SignedIn> }
                            ssr=SsrMode::InOrder
                        />
                        <Route
                            path=path!("/profile/photo")
                            view=|| view! { <SignedIn><PhotoPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/account")
                            view=|| view! { <SignedIn><AccountPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/apps")
                            view=|| view! { <SignedIn><AppsPage /></SignedIn> }
                        />
                        <Route path=path!("/goodbye") view=GoodbyePage />
                        <Route path=path!("/not-me") view=NotMePage />
                        <Route
                            path=path!("/security")
                            view=|| view! { <SignedIn><SecurityPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/sessions")
                            view=|| view! { <SignedIn><SessionsPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/two-step")
                            view=|| view! { <SignedIn><TwoStepPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/two-step/totp")
                            view=|| view! { <SignedIn><TotpPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/two-step/backup-codes")
                            view=|| view! { <SignedIn><BackupCodesPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/tokens")
                            view=|| view! { <SignedIn><TokensPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/password")
                            view=|| view! { <SignedIn><PasswordPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/email")
                            view=|| view! { <SignedIn><EmailPage /></SignedIn> }
                        />
                        <Route
                            path=path!("/security/phone")
                            view=|| view! { <SignedIn><PhonePage /></SignedIn> }
                        />
                        <Route
                            path=path!("/confirm")
                            view=|| view! { <SignedIn><ConfirmPage /></SignedIn> }
                        />
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

/// Shows its page only to a signed-in user; anyone else is redirected to sign in and brought
/// back here afterwards. The server decides before the first byte is sent.
#[component]
fn SignedIn(children: ChildrenFn) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        let signed_in = use_context::<crate::server::Viewer>().is_some_and(|v| v.signed_in);
        if !signed_in {
            let location = leptos_router::hooks::use_location();
            let here = format!(
                "{}{}",
                location.pathname.get_untracked(),
                location.search.get_untracked()
            );
            if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
                let to = crate::features::session::sign_in_href(&here);
                if let Ok(location) = axum::http::HeaderValue::from_str(&to) {
                    res.set_status(axum::http::StatusCode::SEE_OTHER);
                    res.insert_header(axum::http::header::LOCATION, location);
                }
            }
            return None;
        }
    }
    Some(children())
}
