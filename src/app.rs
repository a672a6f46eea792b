use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::components::SiteHeader;
use crate::pages::{HomePage, NotFound, ProfilePage, SignInFailed};

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_request_nonce();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <AutoReload options=options.clone() />
                <HydrationScripts options=options.clone() islands=true />
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

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();

    view! {
        <Title formatter=|page: String| format!("{page} · Logto profile") />
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Router>
            <div class="app">
                <a class="skip-link" href="#main">
                    "Skip to content"
                </a>
                <SiteHeader />
                <main id="main" class="main">
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=HomePage ssr=SsrMode::InOrder />
                        <Route path=path!("/sign-in/failed") view=SignInFailed />
                        <Route
                            path=path!("/profile")
                            view=ProfilePage
                            ssr=SsrMode::InOrder
                        />
                    </Routes>
                </main>
            </div>
        </Router>
    }
}
