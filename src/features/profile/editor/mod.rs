//! The form and everything live on the page: the only part of the site that runs as WASM.
//!
//! - `edits`: the rules (what is edited, which fresh values are taken, what a submit refuses),
//!   pure and tested; `save`: the save call; `dom` (browser only): the declared fields, whose
//!   controls the server draws; `view`: the form.

mod dom;
mod edits;
mod save;
mod view;

use leptos::{ev::SubmitEvent, prelude::*};

use super::form::ProfileEcho;
use super::saved_user::show_saved_user;
use super::{Field, ProfileForm, ProfileView};
use crate::error::AppError;
use crate::i18n::Lang;
use edits::FieldErrors;
use save::Save;

/// The element holding Logto's fresh profile as JSON, streamed last (`page::FreshProfile`): in
/// the page before the editor runs, which takes it once.
pub const FRESH_ID: &str = "profile-fresh";

/// Where a save that needs a proof of identity goes (and comes back from, with the edit).
pub const CONFIRM_FOR_PROFILE: &str = "/confirm?return_to=%2Fprofile";

#[island]
pub fn ProfileEditor(
    initial: ProfileView,
    echo: Option<ProfileEcho>,
    saved: bool,
    lang: Lang,
) -> impl IntoView {
    let (original, edited) = match &echo {
        Some(echo) => (echo.original.clone(), echo.edited.clone()),
        None => (initial.form.clone(), initial.form.clone()),
    };
    let declared_html = view::declared_html(&initial, echo.as_ref(), &original, &edited, lang);
    let editor = Editor::new(&initial, original, edited, echo.and_then(|e| e.error), lang);
    Effect::new(move |_| {
        if let Some(view) = fresh_from_page() {
            editor.take_fresh(view);
        }
    });
    Effect::new(move |_| {
        if let Some(outcome) = editor.save.outcome.get() {
            editor.saved(outcome);
        }
    });
    view::editor(editor, &initial.hidden, declared_html, saved)
}

/// The editor's state: what the page showed (the baseline), what is typed, the refusals, the
/// fields touched, the facts beside the form, and the save.
#[derive(Clone, Copy)]
pub struct Editor {
    pub original: RwSignal<ProfileForm>,
    pub edited: RwSignal<ProfileForm>,
    pub errors: RwSignal<FieldErrors>,
    /// Fields the user edited: they keep their values when Logto's fresh ones arrive.
    pub touched: RwSignal<Vec<String>>,
    pub facts: RwSignal<ProfileView>,
    /// A refusal that names no field, shown above the form.
    pub server_error: RwSignal<Option<AppError>>,
    pub save: Save,
    pub lang: Lang,
}

impl Editor {
    fn new(
        initial: &ProfileView,
        original: ProfileForm,
        edited: ProfileForm,
        refusal: Option<AppError>,
        lang: Lang,
    ) -> Editor {
        let mut errors = FieldErrors::new();
        if let Some(err) = &refusal {
            edits::put_refusal(&mut errors, err);
        }
        Editor {
            touched: RwSignal::new(edits::touched_at_start(&original, &edited)),
            original: RwSignal::new(original),
            edited: RwSignal::new(edited),
            errors: RwSignal::new(errors),
            facts: RwSignal::new(initial.clone()),
            server_error: RwSignal::new(refusal),
            save: Save::new(),
            lang,
        }
    }

    /// Logto's fresh values, for every field the user has not touched (one update per signal:
    /// every field input reads both forms).
    fn take_fresh(self, view: ProfileView) {
        if let Some(code) = &view.zone_option {
            dom::name_option("zoneinfo", code, view.form.get("zoneinfo"));
        }
        let keys = self
            .touched
            .with_untracked(|t| edits::untouched(&view.form, t));
        for form in [self.original, self.edited] {
            form.update(|form| edits::take_fresh(form, &view.form, &keys));
        }
        self.facts.set(view);
    }

    /// A finished save: the saved values become the new baseline, or the refusal is shown.
    fn saved(self, outcome: Result<ProfileForm, AppError>) {
        match outcome {
            Ok(saved) => {
                show_saved_user(&saved, self.lang);
                self.original.set(saved.clone());
                self.edited.set(saved);
                self.touched.set(Vec::new());
                self.errors.set(FieldErrors::new());
                self.server_error.set(None);
            }
            // A username change waits for "confirm it's you": the server kept the edit for after.
            Err(AppError::ProofNeeded) => {
                let _ = window().location().set_href(CONFIRM_FOR_PROFILE);
            }
            // Changed elsewhere: what holds now becomes the baseline; the typed values stay.
            Err(err) => {
                self.original.update(|o| edits::rebase(o, &err));
                self.errors.update(|e| edits::put_refusal(e, &err));
                self.server_error.set(Some(err));
            }
        }
    }

    fn touch(self, key: &str) {
        self.touched.update(|t| {
            if !t.iter().any(|k| k == key) {
                t.push(key.to_owned());
            }
        });
    }

    /// A built-in field typed into: checked as typed.
    fn input(self, field: &'static Field, value: String) {
        self.touch(field.key);
        let message = edits::refused_as_typed(field, &value, self.lang);
        self.errors
            .update(|e| edits::put_error(e, field.key, message));
        self.edited.update(|f| f.set(field.key, value));
    }

    /// Saves, unless a changed field is refused here already (built-in and declared alike).
    fn submit(self, ev: SubmitEvent, form: NodeRef<leptos::html::Form>) {
        ev.prevent_default();
        let edited = self.edited.get_untracked();
        let base = self.original.get_untracked();
        let mut refused = edits::refused_before_save(&edited, &base, self.lang);
        refused.extend(dom::declared_refusals(form, &base, &edited, self.lang));
        if !refused.is_empty() {
            self.errors.set(refused);
            return;
        }
        self.server_error.set(None);
        self.save.dispatch(base, edited);
    }

    fn dirty(self) -> bool {
        self.edited
            .with(|e| self.original.with(|o| edits::dirty(o, e)))
    }
}

#[cfg(feature = "hydrate")]
fn fresh_from_page() -> Option<ProfileView> {
    let text = document().get_element_by_id(FRESH_ID)?.text_content()?;
    serde_json::from_str(&text).ok()
}

#[cfg(not(feature = "hydrate"))]
fn fresh_from_page() -> Option<ProfileView> {
    None
}
