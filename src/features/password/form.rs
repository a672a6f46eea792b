//! The password form: the only part of the page that runs in the browser. It shows the policy's
//! rules live while typing, can show the passwords, and saves without a reload, keeping what was
//! typed if the change is refused. Without JavaScript it is a plain form post.

use leptos::{ev::SubmitEvent, prelude::*};

use super::rules::{local_rules, passes, Policy};
use super::{ChangePassword, PASSWORD_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, Lang, Text};
use crate::ui::hydrated_flag;

#[island]
pub fn PasswordForm(
    needs_current: bool,
    first: bool,
    policy: Policy,
    user_words: Vec<String>,
    sign_out_others: bool,
    error: Option<AppError>,
    lang: Lang,
) -> impl IntoView {
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let others = RwSignal::new(sign_out_others);
    let error = RwSignal::new(error);
    let change = ServerAction::<ChangePassword>::new();
    let hydrated = hydrated_flag();

    Effect::new(move |_| match change.value().get() {
        Some(Ok(changed)) => {
            let _ = window().location().set_href(&changed.done_href());
        }
        Some(Err(err)) => error.set(Some(err)),
        None => {}
    });
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        change.dispatch(ChangePassword {
            current: current.get_untracked(),
            new: new.get_untracked(),
            repeat: repeat.get_untracked(),
            sign_out_others: others.get_untracked(),
        });
    };
    let messages = move |field: &'static str| {
        Signal::derive(move || {
            error.with(|e| {
                e.as_ref()
                    .map(|e| {
                        e.field_messages()
                            .into_iter()
                            .filter(|(f, _)| *f == field)
                            .map(|(_, m)| m.to_owned())
                            .collect()
                    })
                    .unwrap_or_default()
            })
        })
    };
    // A refusal that belongs to no field (Logto unavailable, proof expired, throttled).
    let general = move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| e.field().is_none())
                .map(|e| (e.message(lang), *e == AppError::ProofNeeded))
        })
    };
    let rules = local_rules(&policy)
        .into_iter()
        .map(|rule| {
            let text = rule.describe(&policy, lang);
            let policy = policy.clone();
            let words = user_words.clone();
            let met =
                Memo::new(move |_| new.with(|p| !p.is_empty() && passes(rule, &policy, p, &words)));
            view! {
                <li class:met=met>
                    {text}
                    <span class="visually-hidden">
                        {move || {
                            if met.get() { i18n::RULE_MET } else { i18n::RULE_NOT_MET }.get(lang)
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();

    view! {
        <form
            method="post"
            action=PASSWORD_PATH
            class="password-form"
            on:submit=on_submit
            data-hydrated=hydrated
        >
            {move || {
                general()
                    .map(|(text, proof)| {
                        view! {
                            <p class="notice error" role="alert">
                                {text}
                                {proof
                                    .then(|| {
                                        view! {
                                            " "
                                            <a href=confirm_href(PASSWORD_PATH, false)>
                                                {i18n::CONFIRM_TITLE.get(lang)}
                                            </a>
                                        }
                                    })}
                            </p>
                        }
                    })
            }}
            {needs_current
                .then(|| {
                    view! {
                        <PasswordInput
                            name="current"
                            label=i18n::PASSWORD_CURRENT
                            autocomplete="current-password"
                            value=current
                            show
                            errors=messages("current")
                            lang
                        />
                    }
                })}
            <PasswordInput
                name="new"
                label=i18n::PASSWORD_NEW
                autocomplete="new-password"
                value=new
                show
                errors=messages("new")
                lang
            />
            <div class="rules" id="password-rules">
                <p class="small">{i18n::PASSWORD_RULES.get(lang)}</p>
                <ul>{rules}</ul>
            </div>
            <PasswordInput
                name="repeat"
                label=i18n::PASSWORD_REPEAT
                autocomplete="new-password"
                value=repeat
                show
                errors=messages("repeat")
                lang
            />
            // Only where it works: showing the passwords needs the browser side.
            {move || {
                hydrated()
                    .map(|_| {
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || show.get()
                                    on:change=move |ev| show.set(event_target_checked(&ev))
                                />
                                {i18n::PASSWORD_SHOW.get(lang)}
                            </label>
                        }
                    })
            }}
            <label class="choice">
                <input
                    type="checkbox"
                    name="sign_out_others"
                    value="on"
                    checked=sign_out_others
                    on:change=move |ev| others.set(event_target_checked(&ev))
                />
                {i18n::PASSWORD_SIGN_OUT_OTHERS.get(lang)}
            </label>
            <p class="small muted">{i18n::PASSWORD_SIGN_OUT_OTHERS_HINT.get(lang)}</p>
            <div class="form-actions">
                <button type="submit" class="button" disabled=move || change.pending().get()>
                    {move || {
                        if change.pending().get() {
                            i18n::PASSWORD_SAVING
                        } else if first {
                            i18n::PASSWORD_SUBMIT_SET
                        } else {
                            i18n::PASSWORD_SUBMIT_CHANGE
                        }
                            .get(lang)
                    }}
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
    value: RwSignal<String>,
    show: RwSignal<bool>,
    errors: Signal<Vec<String>>,
    lang: Lang,
) -> impl IntoView {
    let id = format!("password-{name}");
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if name == "new" {
                ids.push("password-rules".to_owned());
            }
            if !errors.with(Vec::is_empty) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:invalid=move || !errors.with(Vec::is_empty)>
            <label for=id.clone()>{label.get(lang)}</label>
            <input
                id=id
                name=name
                type=move || if show.get() { "text" } else { "password" }
                autocomplete=autocomplete
                required
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || (!errors.with(Vec::is_empty)).to_string()
                aria-describedby=described
            />
            {move || {
                let errors = errors.get();
                (!errors.is_empty())
                    .then(|| {
                        let mut items = errors.into_iter();
                        let first = items.next().unwrap_or_default();
                        let rest: Vec<String> = items.collect();
                        view! {
                            <div class="field-error" id=error_id.clone()>
                                <p>{first}</p>
                                {(!rest.is_empty())
                                    .then(|| {
                                        view! {
                                            <ul>
                                                {rest
                                                    .into_iter()
                                                    .map(|m| view! { <li>{m}</li> })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })}
                            </div>
                        }
                    })
            }}
        </div>
    }
}
