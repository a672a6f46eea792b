//! Forms that post without a reload, for the pages made of plain forms (email, phone, "confirm
//! it's you"). The pages stay ordinary form posts: this only changes how the browser sends them.

use leptos::prelude::*;

/// Put once on a page whose forms may post in the background. Without JavaScript, or before
/// the WASM arrives, they are plain posts. With it: a post marks its form busy (spinner,
/// buttons disabled, `aria-busy`), the server's answer replaces the page in place, the address
/// bar follows redirects, a complete 6-digit code submits itself, and `data-copy` buttons copy
/// their text. It renders only the
/// message shown when the server cannot be reached (what was typed stays in the form), and
/// adds listeners: no reactive code, so it costs the WASM little.
#[island]
pub fn EnhancedForms(offline: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    wire::start();
    view! {
        <p id="enhance-offline" class="notice error" role="alert" hidden>
            {offline}
        </p>
    }
}

/// The request header that marks a background post, and the response header that carries its
/// redirect instead (`server::forms::background_redirects`).
pub const HEADER: &str = "x-enhanced";
pub const REDIRECT: &str = "x-redirect-to";

#[cfg(feature = "hydrate")]
mod wire {
    use leptos::prelude::{document, window};
    use leptos::task::spawn_local;
    use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{
        Document, DomParser, Element, Event, FormData, Headers, HtmlElement, HtmlFormElement,
        HtmlInputElement, RequestInit, Response, SupportedType, Url, UrlSearchParams,
    };

    use super::{HEADER, REDIRECT};

    /// A code this long submits its form by itself.
    const CODE_DIGITS: usize = 6;

    pub fn start() {
        // On <html>, which outlives every swap: tells tests (and the curious) the forms are live.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-enhanced", "true");
        }
        // On the document, not the forms: they are replaced with every answer.
        listen("submit", |ev| {
            let Some(form) = target::<HtmlFormElement>(&ev) else {
                return;
            };
            // A `data-refresh` form asks for its page again (the home page's "Check again"):
            // fetched and swapped in, where the focus was.
            if form.method() == "get" && form.has_attribute("data-refresh") {
                ev.prevent_default();
                spawn_local(async move {
                    busy(&form, true);
                    let page = match fetch(&form.action(), &RequestInit::new()).await {
                        Ok(page) => parse(&page).await,
                        Err(e) => Err(e),
                    };
                    match page {
                        Ok(page) => show(&page, false),
                        Err(_) => offline(&form),
                    }
                });
                return;
            }
            // The page's own forms only: the header's (sign out, language) leave the page, and
            // a `data-plain` form's answer is not a page (a download).
            if form.method() != "post"
                || form.closest("main").ok().flatten().is_none()
                || form.has_attribute("data-plain")
            {
                return;
            }
            ev.prevent_default();
            if form.get_attribute("aria-busy").as_deref() != Some("true") {
                spawn_local(post(form));
            }
        });
        listen("input", |ev| {
            let Some(input) = target::<HtmlInputElement>(&ev) else {
                return;
            };
            let digits = input.value().chars().filter(char::is_ascii_digit).count();
            if input.get_attribute("autocomplete").as_deref() == Some("one-time-code")
                && digits == CODE_DIGITS
            {
                if let Some(form) = input.form() {
                    let _ = form.request_submit();
                }
            }
        });
        // Buttons that copy text (`data-copy`): shown only where a script can copy.
        reveal_copy_buttons();
        listen("click", |ev| {
            let Some(button) =
                target::<Element>(&ev).and_then(|t| t.closest("[data-copy]").ok().flatten())
            else {
                return;
            };
            let text = button.get_attribute("data-copy").unwrap_or_default();
            let done = button.get_attribute("data-copied").unwrap_or_default();
            spawn_local(async move {
                let copied = window().navigator().clipboard().write_text(&text);
                if JsFuture::from(copied).await.is_ok() {
                    button.set_text_content(Some(&done));
                }
            });
        });
        // The entries pushed for redirects have no content of their own: load it.
        let back = Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        window().set_onpopstate(Some(back.as_ref().unchecked_ref()));
        back.forget();
    }

    fn reveal_copy_buttons() {
        if let Ok(buttons) = document().query_selector_all("[data-copy]") {
            for i in 0..buttons.length() {
                if let Some(button) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = button.remove_attribute("hidden");
                }
            }
        }
    }

    fn listen(event: &str, f: impl Fn(Event) + 'static) {
        let f = Closure::<dyn Fn(Event)>::new(f);
        let _ = document().add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
        f.forget();
    }

    fn target<T: JsCast>(ev: &Event) -> Option<T> {
        ev.target()?.dyn_into().ok()
    }

    async fn post(form: HtmlFormElement) {
        busy(&form, true);
        if send(&form).await.is_err() {
            offline(&form);
        }
    }

    /// Nothing reached the server, or its answer did not arrive: the input stays, and the page
    /// says so.
    fn offline(form: &HtmlFormElement) {
        busy(form, false);
        if let Some(offline) = document().get_element_by_id("enhance-offline") {
            let _ = offline.remove_attribute("hidden");
        }
    }

    fn busy(form: &HtmlFormElement, on: bool) {
        let _ = form.set_attribute("aria-busy", if on { "true" } else { "false" });
        if let Ok(buttons) = form.query_selector_all("button") {
            for i in 0..buttons.length() {
                if let Some(button) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = if on {
                        button.set_attribute("disabled", "")
                    } else {
                        button.remove_attribute("disabled")
                    };
                }
            }
        }
    }

    async fn send(form: &HtmlFormElement) -> Result<(), JsValue> {
        let fields: JsValue = FormData::new_with_form(form)?.into();
        let init = RequestInit::new();
        init.set_method("POST");
        let body: JsValue = UrlSearchParams::new_with_str_sequence_sequence(&fields)?.into();
        init.set_body(&body);
        let headers = Headers::new()?;
        headers.set(HEADER, "1")?;
        init.set_headers(&headers);
        let answer = fetch(&form.action(), &init).await?;
        // A redirect comes as a header (the server does not let `fetch` follow it): the same
        // page is fetched and swapped in; another page is loaded, its islands and all.
        if let Some(to) = answer.headers().get(REDIRECT)? {
            let here = window().location();
            let target = Url::new_with_base(&to, &here.href()?)?;
            if target.pathname() != here.pathname()? {
                return here.assign(&target.href());
            }
            let page = fetch(&target.href(), &RequestInit::new()).await?;
            show(&parse(&page).await?, true);
            if target.href() != here.href()? {
                window().history()?.push_state_with_url(
                    &JsValue::NULL,
                    "",
                    Some(&target.href()),
                )?;
            }
            return Ok(());
        }
        let html = answer
            .headers()
            .get("content-type")?
            .is_some_and(|t| t.starts_with("text/html"));
        if !html {
            // Not a page (a refusal from a layer before the app): let the browser post it.
            return form.submit();
        }
        show(&parse(&answer).await?, true);
        Ok(())
    }

    async fn fetch(url: &str, init: &RequestInit) -> Result<Response, JsValue> {
        JsFuture::from(window().fetch_with_str_and_init(url, init))
            .await?
            .dyn_into()
    }

    async fn parse(answer: &Response) -> Result<Document, JsValue> {
        let html = JsFuture::from(answer.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)
    }

    /// The answer's page in place of this one, and (`focus`) the focus where the user goes on.
    fn show(page: &Document, focus: bool) {
        let here = document();
        here.set_title(&page.title());
        if let (Some(body), Some(new)) = (here.body(), page.body()) {
            body.set_inner_html(&new.inner_html());
        }
        reveal_copy_buttons();
        if !focus {
            return;
        }
        let next = [
            "[aria-invalid=true]",
            "input[autocomplete=one-time-code]",
            "h1",
        ]
        .into_iter()
        .find_map(|selector| here.query_selector(selector).ok().flatten());
        if let Some(next) = next.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            if next.tag_name() == "H1" {
                let _ = next.set_attribute("tabindex", "-1");
            }
            let _ = next.focus();
        }
    }
}
