//! A message about the whole page.

use leptos::prelude::*;

/// A message about the whole page: `kind` is `success`, `error` or `warn`.
#[component]
pub fn Notice(kind: &'static str, text: String) -> impl IntoView {
    let role = if kind == "error" { "alert" } else { "status" };
    view! {
        <p class=format!("notice {kind}") role=role>
            {text}
        </p>
    }
}
