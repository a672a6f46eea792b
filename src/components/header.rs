use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::{current_user, SessionUser};

#[component]
pub fn SiteHeader() -> impl IntoView {
    // Blocking: read from the session, no upstream call, and needed without JavaScript.
    let user = Resource::new_blocking(|| (), |_| current_user());
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">
                    "◐"
                </span>
                <span>"Profile"</span>
            </a>
            <Suspense fallback=|| ()>
                {move || {
                    user.get()
                        .map(|result| match result {
                            Ok(Some(user)) => view! { <UserMenu user /> }.into_any(),
                            _ => view! { <SignInLink /> }.into_any(),
                        })
                }}
            </Suspense>
        </header>
    }
}

#[component]
fn UserMenu(user: SessionUser) -> impl IntoView {
    let name = user.display_name();
    let avatar = match user.picture.clone() {
        Some(src) => {
            view! { <img class="avatar" src=src alt="" width="32" height="32" /> }.into_any()
        }
        None => view! { <span class="avatar initials" aria-hidden="true">{user.initials()}</span> }
            .into_any(),
    };
    view! {
        <div class="user-menu">
            <a class="nav-link" href="/profile">
                "Profile"
            </a>
            {avatar}
            <span class="user-name" data-testid="user-name">{name}</span>
            <form method="post" action="/sign-out">
                <button type="submit" class="button secondary">"Sign out"</button>
            </form>
        </div>
    }
}

#[component]
fn SignInLink() -> impl IntoView {
    let location = use_location();
    let href = move || {
        let here = format!("{}{}", location.pathname.get(), location.search.get());
        let back = if here.starts_with("/sign-in") {
            "/".to_owned()
        } else {
            here
        };
        format!("/sign-in?return_to={}", urlencode(&back))
    };
    view! {
        <a class="button" href=href rel="external">
            "Sign in"
        </a>
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// After a save without a page load, the server-rendered header shows the saved name (and
/// avatar) at once. The header is not an island, so this touches its DOM directly.
#[cfg(feature = "hydrate")]
pub fn show_saved_user(saved: &crate::domain::ProfileForm) {
    let text = |key: &str| Some(saved.get(key).trim().to_owned()).filter(|s| !s.is_empty());
    let user = SessionUser {
        name: text("name"),
        username: text("username"),
        picture: crate::domain::AvatarUrl::parse(saved.get("avatar"))
            .ok()
            .map(|url| url.as_str().to_owned()),
    };
    let document = document();
    let find = |selector: &str| document.query_selector(selector).ok().flatten();
    if let Some(name) = find(".user-menu .user-name") {
        name.set_text_content(Some(&user.display_name()));
    }
    if let Some(initials) = find(".user-menu .avatar.initials") {
        // The browser's toUpperCase: Rust's would add its Unicode case tables to the WASM.
        let upper: String = js_sys::JsString::from(user.initial_letters())
            .to_upper_case()
            .into();
        initials.set_text_content(Some(&upper));
    }
    if let (Some(img), Some(src)) = (find(".user-menu img.avatar"), &user.picture) {
        let _ = img.set_attribute("src", src);
    }
}

#[cfg(not(feature = "hydrate"))]
pub fn show_saved_user(_saved: &crate::domain::ProfileForm) {}
