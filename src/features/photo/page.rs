//! The photo page: the photo now, choosing another (a plain multipart form), removing it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{photo_view, PhotoState, PHOTO_PATH};
use crate::error::AppError;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{scripts, EnhancedForms, Loaded, Notice, Script};

/// A refused file or removal, for the page rendered again by the form post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoEcho {
    pub error: AppError,
}

#[component]
pub fn PhotoPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| photo_view());
    let echo = use_context::<PhotoEcho>();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("saved") => Some(i18n::PHOTO_SAVED),
        Some("removed") => Some(i18n::PHOTO_REMOVED),
        _ => None,
    }
    .map(|text| view! { <Notice kind="success" text=text.get(lang).to_owned() /> });
    let error = echo.map(|e| e.error);
    view! {
        <Title text=i18n::PHOTO_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::PHOTO_TITLE.get(lang)}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {notice}
            <Loaded
                data=state
                found=move |state| {
                    let error = error.clone();
                    view! { <Photo state error lang /> }
                }
            />
            <p><a href="/profile">{i18n::PHOTO_BACK.get(lang)}</a></p>
        </div>
    }
}

#[component]
fn Photo(state: PhotoState, error: Option<AppError>, lang: Lang) -> impl IntoView {
    let field_error = error.as_ref().and_then(|e| {
        e.field_messages()
            .into_iter()
            .find(|(f, _)| *f == "photo")
            .map(|(_, m)| m.to_owned())
    });
    let general = error
        .filter(|_| field_error.is_none())
        .map(|e| view! { <Notice kind="error" text=e.message(lang) /> });
    let invalid = field_error.is_some();
    let has_photo = state.current.is_some();
    let picture = match state.current {
        Some(src) => view! {
            <img class="photo-large" src=src alt=i18n::PHOTO_CURRENT_ALT.get(lang) width="128" height="128" />
        }
        .into_any(),
        None => view! {
            <span class="photo-large initials" role="img" aria-label=i18n::PHOTO_NONE.get(lang)>
                {state.initials}
            </span>
        }
        .into_any(),
    };
    let remove = has_photo.then(|| {
        view! {
            <form method="post" action="/profile/photo/remove">
                <button type="submit" class="button secondary">{i18n::PHOTO_REMOVE.get(lang)}</button>
            </form>
        }
    });
    let described = if invalid {
        "photo-hint photo-error"
    } else {
        "photo-hint"
    };
    view! {
        {general}
        <section class="card" aria-labelledby="photo-title">
            <h2 id="photo-title" class="visually-hidden">{i18n::PHOTO_TITLE.get(lang)}</h2>
            <div class="photo-now">{picture}</div>
            // A file cannot travel in the background post: this form always posts itself.
            <form method="post" action=PHOTO_PATH enctype="multipart/form-data" data-plain="">
                <div class="field" class:invalid=invalid>
                    <label for="photo">{i18n::PHOTO_CHOOSE.get(lang)}</label>
                    <input
                        id="photo"
                        name="photo"
                        type="file"
                        accept="image/jpeg,image/png,image/webp,image/gif"
                        required
                        aria-invalid=invalid.to_string()
                        aria-describedby=described
                    />
                    <p class="muted small" id="photo-hint">{i18n::PHOTO_HINT.get(lang)}</p>
                    {field_error.map(|m| view! { <p class="field-error" id="photo-error">{m}</p> })}
                </div>
                <Framing lang />
                <div class="form-actions">
                    <button type="submit" class="button">{i18n::PHOTO_UPLOAD.get(lang)}</button>
                </div>
            </form>
            {remove}
        </section>
        <Script script=scripts::PHOTO />
    }
}

/// Where the chosen photo is framed before upload; shown by the page's script once a file is
/// chosen (without JavaScript the server takes the centred square and this stays hidden).
#[component]
fn Framing(lang: Lang) -> impl IntoView {
    view! {
        <div id="photo-crop" class="photo-crop" hidden>
            <p class="muted small" id="photo-frame-hint">{i18n::PHOTO_FRAME.get(lang)}</p>
            <div
                id="photo-frame"
                class="crop-frame"
                role="group"
                tabindex="0"
                aria-label=i18n::PHOTO_FRAME.get(lang)
            >
                <img id="photo-crop-img" alt=i18n::PHOTO_PREVIEW_ALT.get(lang) draggable="false" />
            </div>
            <div class="field">
                <label for="photo-zoom">{i18n::PHOTO_ZOOM.get(lang)}</label>
                <input id="photo-zoom" type="range" min="1" max="4" step="0.05" value="1" />
            </div>
            <input type="hidden" id="crop_x" name="crop_x" value="" />
            <input type="hidden" id="crop_y" name="crop_y" value="" />
            <input type="hidden" id="crop_side" name="crop_side" value="" />
        </div>
    }
}
