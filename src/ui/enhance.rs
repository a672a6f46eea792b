//! Forms that post without a reload, for the pages made of plain forms (email, phone, "confirm
//! it's you"). The pages stay ordinary form posts: `enhance.js` only changes how the browser
//! sends them (see there).

use leptos::prelude::*;

use super::scripts::{self, Script};

/// Put once on a page whose forms may post in the background: the message shown when the server
/// cannot be reached (what was typed stays in the form), and the script.
#[component]
pub fn EnhancedForms(offline: String) -> impl IntoView {
    view! {
        <p id="enhance-offline" class="notice error" role="alert" hidden>
            {offline}
        </p>
        <Script script=scripts::ENHANCE />
    }
}

/// The request header that marks a background post, and the response header that carries its
/// redirect instead (`server::forms::background_redirects`); enhance.js names them too.
pub const HEADER: &str = "x-enhanced";
pub const REDIRECT: &str = "x-redirect-to";
