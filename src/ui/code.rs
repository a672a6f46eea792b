//! The one-time-code step every flow shares: the 6-digit field (and, in development, the
//! emulator's mailbox), and "send a new code" with its wait.

use leptos::prelude::*;

use crate::i18n::{self, Lang};

/// The 6-digit code field: one input, `autocomplete="one-time-code"`, a numeric keyboard,
/// spaces allowed (pasted codes often have one).
#[component]
pub fn CodeField(
    id: &'static str,
    error: Option<String>,
    /// The embedded emulator's mailbox, in development.
    mailbox: Option<String>,
    lang: Lang,
) -> impl IntoView {
    let invalid = error.is_some();
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id>{i18n::CODE_LABEL.get(lang)}</label>
            <input
                id=id
                name="code"
                class="code-input"
                inputmode="numeric"
                autocomplete="one-time-code"
                pattern="[0-9 ]{6,7}"
                maxlength="7"
                required
                aria-invalid=invalid.to_string()
                aria-describedby=invalid.then(|| error_id.clone())
            />
            {error.map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            {mailbox
                .map(|href| {
                    view! {
                        <p class="small">
                            <a href=href target="_blank" rel="noopener">
                                {i18n::CODE_MAILBOX.get(lang)}
                            </a>
                        </p>
                    }
                })}
        </div>
    }
}

/// "Send a new code" with the wait before another code may be asked for, counted down by CSS
/// (no script: the same with and without JavaScript); the server refuses earlier sends anyway.
#[component]
pub fn ResendButton(wait: u64, lang: Lang) -> impl IntoView {
    let (before, after) = i18n::CODE_RESEND_IN
        .get(lang)
        .split_once("{}")
        .unwrap_or_default();
    view! {
        <button type="submit" class="button secondary resend-button" style=format!("--wait: {wait}s")>
            {i18n::CODE_RESEND.get(lang)}
        </button>
        {(wait > 0)
            .then(|| {
                view! {
                    <span class="muted small countdown" style=format!("--wait: {wait}s; --from: {wait}")>
                        {before}
                        <span class="countdown-number" aria-hidden="true"></span>
                        <span class="visually-hidden">{wait.to_string()}</span>
                        {after}
                    </span>
                }
            })}
    }
}
