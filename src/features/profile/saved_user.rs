//! The header after a save.

use crate::i18n::Lang;
#[cfg(feature = "hydrate")]
use leptos::prelude::document;

/// After a save without a page load, the server-rendered header shows the saved name (and
/// avatar) at once. The header is not an island, so this touches its DOM directly.
#[cfg(feature = "hydrate")]
pub fn show_saved_user(saved: &super::ProfileForm, lang: Lang) {
    let text = |key: &str| Some(saved.get(key).trim().to_owned()).filter(|s| !s.is_empty());
    let user = crate::features::session::SessionUser {
        name: text("name"),
        username: text("username"),
        picture: crate::domain::AvatarUrl::parse(saved.get("avatar"))
            .ok()
            .map(|url| url.as_str().to_owned()),
        email: None,
    };
    let document = document();
    let find = |selector: &str| document.query_selector(selector).ok().flatten();
    if let Some(name) = find(".user-menu .user-name") {
        name.set_text_content(Some(&user.display_name(lang)));
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
pub fn show_saved_user(_saved: &super::ProfileForm, _lang: Lang) {}
