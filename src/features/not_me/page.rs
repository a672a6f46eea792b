use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{not_me_view, LinkState, NOT_ME_PATH};
use crate::i18n::{self, use_lang, Lang};

/// What the posts did, each step in words, and the new-password form while it is open (given to
/// the page by the post that renders it).
#[derive(Debug, Clone, Default)]
pub struct NotMeOutcome {
    pub done: Vec<String>,
    pub failed: Vec<String>,
    /// The link, for the new-password form (shown while a code waits).
    pub password_form: Option<String>,
    /// A refusal of the new-password form.
    pub error: Option<String>,
}

#[component]
pub fn NotMePage() -> impl IntoView {
    let lang = use_lang();
    let token = use_query_map().with_untracked(|q| q.get("t").unwrap_or_default());
    let outcome = use_context::<NotMeOutcome>();
    let title = i18n::NOT_ME_TITLE.get(lang);
    let body = match outcome {
        Some(outcome) => view! { <Outcome outcome lang /> }.into_any(),
        None => {
            let view = Resource::new_blocking(move || token.clone(), not_me_view);
            view! {
                <Suspense>
                    {move || {
                        view.get()
                            .map(|v| match v {
                                Ok(LinkState::Valid { what, restore_email }) => {
                                    let token = use_query_map()
                                        .with_untracked(|q| q.get("t").unwrap_or_default());
                                    view! { <Offer what restore_email token lang /> }.into_any()
                                }
                                _ => view! { <p role="alert">{i18n::NOT_ME_INVALID.get(lang)}</p> }.into_any(),
                            })
                    }}
                </Suspense>
            }
            .into_any()
        }
    };
    view! {
        <Title text=title />
        <section class="card narrow" aria-labelledby="not-me-title">
            <h1 id="not-me-title" class="page-title">{title}</h1>
            {body}
        </section>
    }
}

#[component]
fn Offer(what: String, restore_email: Option<String>, token: String, lang: Lang) -> impl IntoView {
    view! {
        <p>{i18n::NOT_ME_ABOUT.get(lang)}</p>
        <p><strong>{what}</strong></p>
        <p>{i18n::NOT_ME_LEAD.get(lang)}</p>
        <ul>
            <li>{i18n::NOT_ME_WILL_SIGN_OUT.get(lang)}</li>
            {restore_email.map(|old| view! { <li>{i18n::NOT_ME_WILL_RESTORE.fill(lang, &[&old])}</li> })}
            <li>{i18n::NOT_ME_WILL_SEND_CODE.get(lang)}</li>
        </ul>
        <form method="post" action=NOT_ME_PATH>
            <input type="hidden" name="t" value=token />
            <button type="submit" class="button danger">{i18n::NOT_ME_BUTTON.get(lang)}</button>
        </form>
    }
}

#[component]
fn Outcome(outcome: NotMeOutcome, lang: Lang) -> impl IntoView {
    let NotMeOutcome {
        done,
        failed,
        password_form,
        error,
    } = outcome;
    view! {
        {(!done.is_empty())
            .then(|| {
                view! {
                    <h2>{i18n::NOT_ME_DONE_TITLE.get(lang)}</h2>
                    <div role="status">
                        <ul>{done.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                    </div>
                }
            })}
        {(!failed.is_empty())
            .then(|| view! { <div role="alert">{failed.into_iter().map(|f| view! { <p>{f}</p> }).collect_view()}</div> })}
        {password_form.map(|token| view! { <PasswordForm token error lang /> })}
    }
}

#[component]
fn PasswordForm(token: String, error: Option<String>, lang: Lang) -> impl IntoView {
    view! {
        <h2>{i18n::NOT_ME_PASSWORD_TITLE.get(lang)}</h2>
        {error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
        <form method="post" action=format!("{NOT_ME_PATH}/password")>
            <input type="hidden" name="t" value=token />
            <crate::ui::CodeField id="not-me-code" error=None mailbox=None lang />
            <div class="field">
                <label for="not-me-new">{i18n::PASSWORD_NEW.get(lang)}</label>
                <input id="not-me-new" name="new" type="password" autocomplete="new-password" required />
            </div>
            <div class="field">
                <label for="not-me-repeat">{i18n::PASSWORD_REPEAT.get(lang)}</label>
                <input id="not-me-repeat" name="repeat" type="password" autocomplete="new-password" required />
            </div>
            <button type="submit" class="button">{i18n::NOT_ME_PASSWORD_SAVE.get(lang)}</button>
        </form>
    }
}
