//! The block every page repeats around its data: nothing while it loads (pages render in order
//! on the server, so the browser never sees that state), the page's content once found, a
//! "nothing here" view where the data may be missing, and the error's words otherwise.

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

use super::Notice;
use crate::error::AppError;
use crate::i18n::use_lang;

/// Draws `found` with the loaded value, or the error as the page's notice.
#[component]
pub fn Loaded<T, F, V>(data: Resource<Result<T, AppError>>, found: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let found = found.clone();
                data.get()
                    .map(move |result| match result {
                        Ok(value) => found(value).into_any(),
                        Err(err) => view! { <Notice kind="error" text=err.message(lang) /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// Like [`Loaded`], for data that may be gone (a set-up finished elsewhere): `missing` then.
#[component]
pub fn LoadedOrGone<T, F, V, M, W>(
    data: Resource<Result<Option<T>, AppError>>,
    found: F,
    missing: M,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
    M: Fn() -> W + Clone + Send + Sync + 'static,
    W: IntoView + 'static,
{
    let either = move |value: Option<T>| match value {
        Some(value) => found(value).into_any(),
        None => missing().into_any(),
    };
    view! { <Loaded data found=either /> }
}
