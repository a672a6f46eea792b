use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{self, use_lang};

/// Any address that is neither a page nor a file.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=i18n::NOT_FOUND_TITLE.get(lang) />
        <section class="card narrow">
            <h1>{i18n::NOT_FOUND_TITLE.get(lang)}</h1>
            <p>{i18n::NOT_FOUND_TEXT.get(lang)}</p>
            <p>
                <a class="button" href="/">
                    {i18n::NOT_FOUND_HOME.get(lang)}
                </a>
            </p>
        </section>
    }
}
