//! A save of the form, through the `SaveProfile` server function's endpoint.

use leptos::prelude::*;

use crate::error::AppError;
use crate::features::profile::ProfileForm;

/// A save of the form through the `SaveProfile` server function's endpoint: whether one is under
/// way, the last outcome, and how many were made. A plain `fetch` rather than Leptos's server
/// function client, which brings its streaming and encoding machinery to the WASM.
#[derive(Clone, Copy)]
pub struct Save {
    pub pending: RwSignal<bool>,
    pub outcome: RwSignal<Option<Result<ProfileForm, AppError>>>,
    pub count: RwSignal<u32>,
}

impl Save {
    pub fn new() -> Save {
        Save {
            pending: RwSignal::new(false),
            outcome: RwSignal::new(None),
            count: RwSignal::new(0),
        }
    }

    pub fn dispatch(self, original: ProfileForm, edited: ProfileForm) {
        self.pending.set(true);
        self.count.update(|n| *n += 1);
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let outcome = post_save(&original, &edited).await;
            self.outcome.set(Some(outcome));
            self.pending.set(false);
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (original, edited);
    }
}

/// The server function's endpoint (`api::save_profile`), called as its client would: JSON in,
/// the saved form or the refusal (`AppError`, with its status) out.
#[cfg(feature = "hydrate")]
async fn post_save(original: &ProfileForm, edited: &ProfileForm) -> Result<ProfileForm, AppError> {
    #[derive(serde::Serialize)]
    struct Body<'a> {
        original: &'a ProfileForm,
        edited: &'a ProfileForm,
    }
    let body = serde_json::to_string(&Body { original, edited }).map_err(|_| AppError::Internal)?;
    let (ok, text) = fetch_json(SAVE_URL, &body)
        .await
        .map_err(|_| AppError::Network)?;
    match ok {
        true => serde_json::from_str(&text).map_err(|_| AppError::Network),
        false => Err(serde_json::from_str(&text).unwrap_or(AppError::Network)),
    }
}

/// Where `api::save_profile` answers.
#[cfg(feature = "hydrate")]
const SAVE_URL: &str = "/api/profile/save";

/// POSTs JSON; whether the answer was a success, and its text.
#[cfg(feature = "hydrate")]
async fn fetch_json(url: &str, body: &str) -> Result<(bool, String), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let headers = web_sys::Headers::new()?;
    headers.set("content-type", "application/json")?;
    headers.set("accept", "application/json")?;
    init.set_headers(&headers);
    let res: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    let text = JsFuture::from(res.text()?)
        .await?
        .as_string()
        .unwrap_or_default();
    Ok((res.ok(), text))
}
