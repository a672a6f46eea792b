//! The email and phone pages: the current address, a new one with its code, removal. Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{contact_path, contact_view, ContactState, RegionChoice};
use crate::error::AppError;
use crate::features::confirm::{confirm_href, Channel};
use crate::i18n::{self, use_lang, Lang, Text};
use crate::ui::{CodeField, EnhancedForms, Loaded, Notice, ResendButton};

/// A refused step, for the page rendered again by the form post (with the address as typed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactEcho {
    pub error: AppError,
    pub typed: String,
    /// The country chosen for a phone number.
    pub region: String,
}

#[component]
pub fn EmailPage() -> impl IntoView {
    view! { <ContactPage channel=Channel::Email /> }
}

#[component]
pub fn PhonePage() -> impl IntoView {
    view! { <ContactPage channel=Channel::Phone /> }
}

struct Words {
    title: Text,
    new: Text,
    changed: Text,
    input_type: &'static str,
    autocomplete: &'static str,
}

fn words(channel: Channel) -> Words {
    match channel {
        Channel::Email => Words {
            title: i18n::CONTACT_EMAIL_TITLE,
            new: i18n::CONTACT_NEW_EMAIL,
            changed: i18n::CONTACT_EMAIL_CHANGED,
            input_type: "email",
            autocomplete: "email",
        },
        Channel::Phone => Words {
            title: i18n::CONTACT_PHONE_TITLE,
            new: i18n::CONTACT_NEW_PHONE,
            changed: i18n::CONTACT_PHONE_CHANGED,
            input_type: "tel",
            autocomplete: "tel",
        },
    }
}

#[component]
fn ContactPage(channel: Channel) -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(move || (), move |_| contact_view(channel));
    let echo = use_context::<ContactEcho>();
    let w = words(channel);
    view! {
        <Title text=w.title.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{w.title.get(lang)}</h1>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            <Loaded
                data=state
                found=move |state| {
                    let echo = echo.clone();
                    view! { <Contact channel state echo lang /> }
                }
            />
        </div>
    }
}

#[component]
fn Contact(
    channel: Channel,
    state: ContactState,
    echo: Option<ContactEcho>,
    lang: Lang,
) -> impl IntoView {
    let w = words(channel);
    let path = contact_path(channel);
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let notice = match done.as_deref() {
        Some("changed") => Some(w.changed),
        Some("removed") => Some(i18n::CONTACT_REMOVED),
        _ => None,
    }
    .map(|text| view! { <Notice kind="success" text=text.get(lang).to_owned() /> });
    let current = match &state.current {
        Some(address) => i18n::CONTACT_CURRENT.fill(lang, &[address]),
        None => i18n::CONTACT_NONE.get(lang).to_owned(),
    };
    let (error, typed, region) = match echo {
        Some(echo) => (Some(echo.error), echo.typed, Some(echo.region)),
        None => (None, String::new(), state.region.clone()),
    };
    let regions = Regions {
        choices: state.regions.clone(),
        chosen: region.unwrap_or_default(),
    };
    let message = |field: &str| {
        error.as_ref().and_then(|e| {
            e.field_messages()
                .into_iter()
                .find(|(f, _)| *f == field)
                .map(|(_, m)| m.to_owned())
        })
    };
    let general = error
        .as_ref()
        .filter(|e| e.field().is_none())
        .map(|e| view! { <Notice kind="error" text=e.message(lang) /> });
    let address_error = message("address").or_else(|| message("channel"));
    let code_error = message("code");

    let body = if !state.proved {
        view! {
            <Notice kind="warn" text=i18n::ERROR_PROOF_NEEDED.get(lang).to_owned() />
            <p>
                <a class="button" href=confirm_href(path, false)>
                    {i18n::CONFIRM_TITLE.get(lang)}
                </a>
            </p>
        }
        .into_any()
    } else if let Some(pending) = state.pending {
        view! {
            <section class="card">
                <p role="status">{i18n::CODE_SENT.fill(lang, &[&pending.to])}</p>
                <form method="post" action=format!("{path}/verify")>
                    <CodeField id="contact-code" error=code_error mailbox=state.mailbox lang />
                    <div class="form-actions">
                        <button type="submit" class="button">{i18n::CONTACT_SAVE.get(lang)}</button>
                    </div>
                </form>
                <form method="post" action=format!("{path}/send") class="resend">
                    <input type="hidden" name="address" value=pending.to.clone() />
                    <ResendButton wait=pending.resend_in lang />
                </form>
                <AddressForm
                    channel
                    typed=String::new()
                    regions=regions
                    error=None
                    lang
                    label=i18n::CONTACT_OTHER
                />
            </section>
        }
        .into_any()
    } else {
        let remove = state.current.is_some().then(|| {
            view! {
                <form method="post" action=format!("{path}/remove")>
                    <button type="submit" class="button secondary">{i18n::CONTACT_REMOVE.get(lang)}</button>
                </form>
            }
        });
        // A code refused when nothing waits for one (used, expired, or from another session).
        let stale = code_error.map(|m| view! { <Notice kind="error" text=m /> });
        view! {
            {stale}
            <section class="card">
                <p class="muted">{i18n::CONTACT_LEAD.get(lang)}</p>
                <AddressForm channel typed regions error=address_error lang label=w.new />
                {remove}
            </section>
        }
        .into_any()
    };
    view! {
        {notice}
        <p>{current}</p>
        {general}
        {body}
    }
}

/// The countries a phone number may be typed for (none for email), and the one chosen.
struct Regions {
    choices: Vec<RegionChoice>,
    chosen: String,
}

#[component]
fn AddressForm(
    channel: Channel,
    typed: String,
    regions: Regions,
    error: Option<String>,
    lang: Lang,
    label: Text,
) -> impl IntoView {
    let w = words(channel);
    let path = contact_path(channel);
    let invalid = error.is_some();
    let phone = channel == Channel::Phone;
    let region = phone.then(|| {
        let chosen = regions.chosen;
        view! {
            <div class="field">
                <label for="contact-region">{i18n::CONTACT_REGION.get(lang)}</label>
                <select id="contact-region" name="region" autocomplete="country">
                    <option value="" selected=chosen.is_empty()>
                        {i18n::CONTACT_REGION_NONE.get(lang)}
                    </option>
                    {regions
                        .choices
                        .into_iter()
                        .map(|c| {
                            let selected = c.code == chosen;
                            view! { <option value=c.code selected=selected>{c.label}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    });
    let hint = phone.then(|| {
        view! { <p class="muted small" id="contact-address-hint">{i18n::CONTACT_PHONE_HINT.get(lang)}</p> }
    });
    let described = [
        invalid.then_some("contact-address-error"),
        phone.then_some("contact-address-hint"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <form method="post" action=format!("{path}/send")>
            {region}
            <div class="field" class:invalid=invalid>
                <label for="contact-address">{label.get(lang)}</label>
                <input
                    id="contact-address"
                    name="address"
                    type=w.input_type
                    autocomplete=w.autocomplete
                    value=typed
                    required
                    aria-invalid=invalid.to_string()
                    aria-describedby=(!described.is_empty()).then_some(described)
                />
                {hint}
                {error.map(|m| view! { <p class="field-error" id="contact-address-error">{m}</p> })}
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{i18n::CODE_SEND.get(lang)}</button>
            </div>
        </form>
    }
}
