//! The password form, rendered on the server (a plain form post, with or without JavaScript).
//! With JavaScript, `password.js` ticks the policy's rules live while typing and can show the
//! passwords (no WASM: the page carries only its HTML, CSS and that small script).

use leptos::prelude::*;

use super::rules::{local_rules, Policy};
use super::PASSWORD_PATH;
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, Lang, Text};
use crate::ui::{scripts, Notice, Script};

#[component]
pub fn PasswordForm(
    needs_current: bool,
    first: bool,
    policy: Policy,
    user_words: Vec<String>,
    sign_out_others: bool,
    error: Option<AppError>,
    lang: Lang,
) -> impl IntoView {
    let all = error.as_ref().map(|e| {
        e.field_messages()
            .into_iter()
            .map(|(f, m)| (f.to_owned(), m.to_owned()))
            .collect::<Vec<_>>()
    });
    let messages = move |field: &str| -> Vec<String> {
        all.iter()
            .flatten()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
            .collect()
    };
    // A refusal that belongs to no field (Logto unavailable, proof expired, throttled).
    let general = error.as_ref().filter(|e| e.field().is_none()).map(|e| {
        let confirm = (*e == AppError::ProofNeeded).then(|| {
            view! {
                <p>
                    <a href=confirm_href(PASSWORD_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
                </p>
            }
        });
        view! {
            <Notice kind="error" text=e.message(lang) />
            {confirm}
        }
    });
    let new_errors = messages("new");
    let repeat_errors = messages("repeat");
    let submit = if first {
        i18n::PASSWORD_SUBMIT_SET
    } else {
        i18n::PASSWORD_SUBMIT_CHANGE
    };
    view! {
        // The policy and the user's words for password.js's live checklist.
        <form
            method="post"
            action=PASSWORD_PATH
            class="password-form"
            data-policy=serde_json::to_string(&policy).unwrap_or_default()
            data-words=serde_json::to_string(&user_words).unwrap_or_default()
        >
            {general}
            {needs_current
                .then(|| {
                    view! {
                        <PasswordInput
                            name="current"
                            label=i18n::PASSWORD_CURRENT
                            autocomplete="current-password"
                            errors=messages("current")
                            lang
                        />
                    }
                })}
            <PasswordInput
                name="new"
                label=i18n::PASSWORD_NEW
                autocomplete="new-password"
                errors=new_errors
                lang
            />
            <div class="rules" id="password-rules">
                <p class="small">{i18n::PASSWORD_RULES.get(lang)}</p>
                <ul>
                    {local_rules(&policy)
                        .into_iter()
                        .map(|rule| {
                            view! {
                                <li id=format!("rule-{}", rule.key()) data-rule=rule.key()>
                                    {rule.describe(&policy, lang)}
                                    <span class="visually-hidden rule-met">
                                        {i18n::RULE_MET.get(lang)}
                                    </span>
                                    <span class="visually-hidden rule-not-met">
                                        {i18n::RULE_NOT_MET.get(lang)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
            <PasswordInput
                name="repeat"
                label=i18n::PASSWORD_REPEAT
                autocomplete="new-password"
                errors=repeat_errors
                lang
            />
            // Shown by password.js: it needs the browser side to work.
            <label class="choice" id="show-passwords" hidden>
                <input type="checkbox" id="show-passwords-input" />
                {i18n::PASSWORD_SHOW.get(lang)}
            </label>
            <Script script=scripts::PASSWORD />
            <label class="choice">
                <input type="checkbox" name="sign_out_others" value="on" checked=sign_out_others />
                {i18n::PASSWORD_SIGN_OUT_OTHERS.get(lang)}
            </label>
            <p class="small muted">{i18n::PASSWORD_SIGN_OUT_OTHERS_HINT.get(lang)}</p>
            <div class="form-actions">
                <button type="submit" class="button">
                    {submit.get(lang)}
                </button>
            </div>
        </form>
    }
}

#[component]
fn PasswordInput(
    name: &'static str,
    label: Text,
    autocomplete: &'static str,
    errors: Vec<String>,
    lang: Lang,
) -> impl IntoView {
    let id = format!("password-{name}");
    let error_id = format!("{id}-error");
    let invalid = !errors.is_empty();
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{label.get(lang)}</label>
            <input
                id=id
                name=name
                type="password"
                autocomplete=autocomplete
                required
                aria-invalid=invalid.to_string()
                aria-describedby=invalid.then(|| error_id.clone())
            />
            <FieldErrors id=error_id errors />
        </div>
    }
}

/// A field's refusal: the first message, and a list when there are more (a password's failed
/// rules).
#[component]
fn FieldErrors(#[prop(into)] id: String, errors: Vec<String>) -> impl IntoView {
    let mut items = errors.into_iter();
    items.next().map(|first| {
        let rest: Vec<String> = items.collect();
        view! {
            <div class="field-error" id=id>
                <p>{first}</p>
                {(!rest.is_empty())
                    .then(|| {
                        view! { <ul>{rest.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul> }
                    })}
            </div>
        }
    })
}
