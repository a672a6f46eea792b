use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// Where a refused sign-in lands: what happened, in words, and a way forward.
#[component]
pub fn SignInFailed() -> impl IntoView {
    let query = use_query_map();
    let message = move || {
        match query.read().get("reason").as_deref() {
            Some("expired") => "Your sign-in took too long, or was started in another browser or tab. Please try again.",
            Some("state") => "The answer from the sign-in service did not match the request this page sent, so it was refused to protect your account. Please try again.",
            Some("denied") => "Sign-in was cancelled or refused by the sign-in service.",
            Some("exchange") => "The sign-in service did not confirm your sign-in. Please try again.",
            Some("id_token") => "We could not verify the identity the sign-in service returned, so it was refused to protect your account. Please try again.",
            Some("unavailable") => "The sign-in service is unavailable right now. Please try again in a moment.",
            _ => "Sign-in did not complete. Please try again.",
        }
    };
    view! {
        <Title text="Sign-in failed" />
        <section class="card narrow" aria-labelledby="failed-title">
            <h1 id="failed-title">"Sign-in failed"</h1>
            <p role="alert">{message}</p>
            <p>
                <a class="button" href="/sign-in" rel="external">
                    "Try again"
                </a>
            </p>
        </section>
    }
}
