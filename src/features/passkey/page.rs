//! The "add a passkey" section. Its form is shown and driven by `passkey.js` (`ui::scripts`) (WebAuthn is a
//! browser API); without JavaScript it stays hidden and the section says why.

use leptos::prelude::*;

use super::{Blocker, PasskeyAdding};
use crate::i18n::{self, Lang};
use crate::ui::{scripts, Script};

/// Where the script goes once the passkey is bound.
const DONE: &str = "/security/two-step?done=passkey";

#[component]
pub fn AddPasskey(adding: PasskeyAdding, lang: Lang) -> impl IntoView {
    let body = match adding {
        PasskeyAdding::Ready => view! { <PasskeyForm lang /> }.into_any(),
        PasskeyAdding::Blocked(blockers) => view! { <Blocked blockers lang /> }.into_any(),
    };
    view! {
        <section class="card" aria-labelledby="passkey-add-title">
            <h2 id="passkey-add-title">{i18n::PASSKEY_ADD_TITLE.get(lang)}</h2>
            <p>{i18n::PASSKEY_ADD_LEAD.get(lang)}</p>
            {body}
        </section>
    }
}

/// What Logto's administrator must switch on, every part.
#[component]
fn Blocked(blockers: Vec<Blocker>, lang: Lang) -> impl IntoView {
    let items = blockers
        .into_iter()
        .map(|b| {
            let text = match b {
                Blocker::AccountCenter => i18n::PASSKEY_OFF_ACCOUNT_CENTER.get(lang).to_owned(),
                Blocker::Field => i18n::PASSKEY_OFF_FIELD.get(lang).to_owned(),
                Blocker::Factor => i18n::PASSKEY_OFF_FACTOR.get(lang).to_owned(),
                Blocker::Origin(origin) => i18n::PASSKEY_OFF_ORIGIN.fill(lang, &[&origin]),
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! {
        <div class="notice warn">
            <p>{i18n::PASSKEY_OFF.get(lang)} " " {i18n::PASSKEY_OFF_ADMIN.get(lang)}</p>
            <ul class="passkey-blockers">{items}</ul>
        </div>
    }
}

#[component]
fn PasskeyForm(lang: Lang) -> impl IntoView {
    view! {
        // Taken away by the script; a `<noscript>` would not do: browsers that run no script for
        // a page (rather than having none) still hide its content.
        <p class="notice warn" id="passkey-needs-js">{i18n::PASSKEY_NEEDS_JS.get(lang)}</p>
        <form
            id="passkey-add"
            hidden
            data-start="/api/passkey/start"
            data-finish="/api/passkey/finish"
            data-done=DONE
            data-working=i18n::PASSKEY_WORKING.get(lang)
            data-cancelled=i18n::PASSKEY_CANCELLED.get(lang)
            data-failed=i18n::PASSKEY_FAILED.get(lang)
            data-unsupported=i18n::PASSKEY_NO_SUPPORT.get(lang)
            data-offline=i18n::ERROR_NETWORK.get(lang)
        >
            <div class="field">
                <label for="passkey-password">{i18n::PASSWORD_CURRENT.get(lang)}</label>
                <input
                    id="passkey-password"
                    name="password"
                    type="password"
                    autocomplete="current-password"
                    aria-describedby="passkey-password-hint"
                    required
                />
                <p class="small" id="passkey-password-hint">{i18n::PASSKEY_PASSWORD_HINT.get(lang)}</p>
            </div>
            <div class="field">
                <label for="passkey-name">{i18n::PASSKEY_NAME.get(lang)}</label>
                <input
                    id="passkey-name"
                    name="name"
                    maxlength="64"
                    autocomplete="off"
                    aria-describedby="passkey-name-hint"
                />
                <p class="small" id="passkey-name-hint">{i18n::PASSKEY_NAME_HINT.get(lang)}</p>
            </div>
            <p class="form-status" role="status" aria-live="polite"></p>
            <div class="form-actions">
                <button type="submit" class="button">{i18n::PASSKEY_ADD.get(lang)}</button>
            </div>
        </form>
        <Script script=scripts::PASSKEY />
    }
}
