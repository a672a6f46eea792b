//! The tokens page: the list, a new token (shown once, to copy or download), deleting one.
//! Plain forms.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{tokens_view, TokenExpiry, TokenRow, TokensState, TOKENS_PATH};
use crate::error::AppError;
use crate::features::confirm::confirm_href;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::{text_data_url, EnhancedForms, ListRow, Loaded, Notice};

/// What the form post hands back to the page it renders: a refusal with what was typed, or the
/// token just made (its only showing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokensEcho {
    pub error: Option<AppError>,
    pub name: String,
    pub expiry: String,
    pub created: Option<NewTokenShown>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewTokenShown {
    pub name: String,
    pub value: String,
}

#[component]
pub fn TokensPage() -> impl IntoView {
    let lang = use_lang();
    let state = Resource::new_blocking(|| (), |_| tokens_view());
    let echo = use_context::<TokensEcho>();
    let deleted = use_query_map().with_untracked(|q| q.get("done")).as_deref() == Some("deleted");
    let notice = deleted.then(
        || view! { <Notice kind="success" text=i18n::TOKENS_DELETED.get(lang).to_owned() /> },
    );
    let error = echo.as_ref().and_then(|e| e.error.clone());
    // Field refusals are shown at their fields; anything else on top.
    let general = error
        .clone()
        .filter(|e| e.field_messages().is_empty())
        .map(|e| view! { <Notice kind="error" text=e.message(lang) /> });
    let created = echo.as_ref().and_then(|e| e.created.clone());
    view! {
        <Title text=i18n::TOKENS_TITLE.get(lang) />
        <div class="narrow-page">
            <h1 class="page-title">{i18n::TOKENS_TITLE.get(lang)}</h1>
            <p class="lead">{i18n::TOKENS_LEAD.get(lang)}</p>
            <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
            {notice}
            {general}
            {created.map(|token| view! { <Created token lang /> })}
            <Loaded
                data=state
                found=move |state| {
                    let echo = echo.clone();
                    view! { <Tokens state echo lang /> }
                }
            />
        </div>
    }
}

/// The new token, this once: copy (with JavaScript) or download (without too).
#[component]
fn Created(token: NewTokenShown, lang: Lang) -> impl IntoView {
    let href = text_data_url(&format!("{}\n", token.value));
    let file = format!("{}.txt", file_stem(&token.name));
    view! {
        <section class="card created-token" aria-labelledby="created-title">
            <h2 id="created-title">{i18n::TOKENS_CREATED_TITLE.get(lang)} " – " {token.name}</h2>
            <p>{i18n::TOKENS_CREATED_LEAD.get(lang)}</p>
            <p><code class="token-value" data-testid="new-token">{token.value.clone()}</code></p>
            <div class="form-actions">
                // Shown by the page's script, which does the copying.
                <button
                    type="button"
                    class="button secondary"
                    data-copy=token.value
                    data-copied=i18n::TOKENS_COPIED.get(lang)
                    hidden
                >
                    {i18n::TOKENS_COPY.get(lang)}
                </button>
                <a class="button secondary" href=href download=file>
                    {i18n::TOKENS_DOWNLOAD.get(lang)}
                </a>
            </div>
        </section>
    }
}

/// A file name from the token's name: letters, digits and dashes.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "token".to_owned()
    } else {
        format!("token-{stem}")
    }
}

#[component]
fn Tokens(state: TokensState, echo: Option<TokensEcho>, lang: Lang) -> impl IntoView {
    let TokensState {
        proved,
        tokens,
        full,
    } = state;
    let rows = tokens
        .into_iter()
        .map(|t| view! { <Token token=t proved lang /> })
        .collect_view();
    let list = if rows.is_empty() {
        view! { <p>{i18n::TOKENS_NONE.get(lang)}</p> }.into_any()
    } else {
        view! { <ul class="sessions">{rows}</ul> }.into_any()
    };
    let create = if !proved {
        view! {
            <p class="muted">
                {i18n::TOKENS_CONFIRM_FIRST.get(lang)} " "
                <a href=confirm_href(TOKENS_PATH, false)>{i18n::CONFIRM_TITLE.get(lang)}</a>
            </p>
        }
        .into_any()
    } else if full {
        view! { <p class="muted">{i18n::TOKENS_LIMIT.get(lang)}</p> }.into_any()
    } else {
        view! { <NewToken echo lang /> }.into_any()
    };
    view! {
        <section class="card" aria-labelledby="tokens-title">
            <h2 id="tokens-title">{i18n::TOKENS_TITLE.get(lang)}</h2>
            {list}
        </section>
        <section class="card" aria-labelledby="new-token-title">
            <h2 id="new-token-title">{i18n::TOKENS_NEW.get(lang)}</h2>
            {create}
        </section>
    }
}

#[component]
fn Token(token: TokenRow, proved: bool, lang: Lang) -> impl IntoView {
    let expiry = match (&token.expires, token.expired) {
        (_, true) => i18n::TOKENS_EXPIRED.get(lang).to_owned(),
        (Some(date), false) => i18n::TOKENS_EXPIRES_AT.fill(lang, &[date]),
        (None, _) => i18n::TOKENS_NEVER_EXPIRES.get(lang).to_owned(),
    };
    let meta = format!(
        "{} · {expiry}",
        i18n::TOKENS_CREATED_AT.fill(lang, &[&token.created])
    );
    let action = proved.then(|| {
        view! {
            <form method="post" action="/security/tokens/delete">
                <input type="hidden" name="name" value=token.name.clone() />
                <button type="submit" class="button secondary">
                    {i18n::TOKENS_DELETE.get(lang)}
                    <span class="visually-hidden">{format!(" – {}", token.name)}</span>
                </button>
            </form>
        }
        .into_any()
    });
    let meta = Some(view! { {meta} }.into_any());
    view! { <ListRow title=token.name badge=None meta action /> }
}

#[component]
fn NewToken(echo: Option<TokensEcho>, lang: Lang) -> impl IntoView {
    // What was typed survives a refusal; a made token clears the form.
    let kept = echo.as_ref().filter(|e| e.created.is_none());
    let typed = kept.map(|e| e.name.clone()).unwrap_or_default();
    let chosen = kept
        .map(|e| e.expiry.clone())
        .unwrap_or_else(|| TokenExpiry::CHOICES[0].value());
    let messages = echo
        .and_then(|e| e.error)
        .map(|e| {
            e.field_messages()
                .into_iter()
                .map(|(f, m)| (f.to_owned(), m.to_owned()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let message = |field: &str| {
        messages
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let name_error = message("name");
    let expiry_error = message("expiry");
    let options = TokenExpiry::CHOICES
        .into_iter()
        .map(|choice| {
            let label = match choice {
                TokenExpiry::Days(days) => i18n::TOKENS_IN_DAYS.count(lang, u64::from(days)),
                TokenExpiry::Never => i18n::TOKENS_NEVER.get(lang).to_owned(),
            };
            let value = choice.value();
            let selected = value == chosen;
            view! { <option value=value selected=selected>{label}</option> }
        })
        .collect_view();
    let name_invalid = name_error.is_some();
    let expiry_invalid = expiry_error.is_some();
    view! {
        <form method="post" action="/security/tokens/create">
            <div class="field" class:invalid=name_invalid>
                <label for="token-name">{i18n::TOKENS_NAME.get(lang)}</label>
                <input
                    id="token-name"
                    name="name"
                    type="text"
                    maxlength="64"
                    autocomplete="off"
                    required
                    value=typed
                    aria-invalid=name_invalid.to_string()
                    aria-describedby=if name_invalid { "token-name-hint token-name-error" } else { "token-name-hint" }
                />
                <p class="muted small" id="token-name-hint">{i18n::TOKENS_NAME_HINT.get(lang)}</p>
                {name_error.map(|m| view! { <p class="field-error" id="token-name-error">{m}</p> })}
            </div>
            <div class="field" class:invalid=expiry_invalid>
                <label for="token-expiry">{i18n::TOKENS_EXPIRY.get(lang)}</label>
                <select id="token-expiry" name="expiry" aria-invalid=expiry_invalid.to_string()>
                    {options}
                </select>
                {expiry_error.map(|m| view! { <p class="field-error">{m}</p> })}
            </div>
            <div class="form-actions">
                <button type="submit" class="button">{i18n::TOKENS_CREATE.get(lang)}</button>
            </div>
        </form>
    }
}
