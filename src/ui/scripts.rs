//! The pages' small scripts (`scripts/*.js`): plain JavaScript for what only adds listeners —
//! posting forms in the background, the password checklist, framing a photo, adding a passkey —
//! so a page without the profile editor loads no WASM. Served from the binary under a name that
//! carries a hash of their content (`/scripts/enhance.1f2e….js`), so browsers keep them for a
//! year and a release never meets a stale copy.

use leptos::prelude::*;

/// One script: its name and its text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    pub name: &'static str,
    pub text: &'static str,
}

pub const ENHANCE: Source = Source {
    name: "enhance",
    text: include_str!("scripts/enhance.js"),
};
pub const PASSWORD: Source = Source {
    name: "password",
    text: include_str!("scripts/password.js"),
};
pub const PHOTO: Source = Source {
    name: "photo",
    text: include_str!("scripts/photo.js"),
};
pub const PASSKEY: Source = Source {
    name: "passkey",
    text: include_str!("scripts/passkey.js"),
};

pub const ALL: [Source; 4] = [ENHANCE, PASSWORD, PHOTO, PASSKEY];

impl Source {
    /// Where the page loads it from.
    pub fn path(self) -> String {
        format!(
            "/scripts/{}.{:016x}.js",
            self.name,
            fnv1a(self.text.as_bytes())
        )
    }

    /// The script a path names (its current hash only).
    pub fn at(path: &str) -> Option<Source> {
        ALL.into_iter().find(|s| s.path() == path)
    }
}

/// FNV-1a: a content fingerprint for cache busting, not a security check.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Loads a script as a module (deferred: it runs once the page is parsed).
#[component]
pub fn Script(script: Source) -> impl IntoView {
    view! { <script type="module" src=script.path()></script> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_has_its_own_path_that_changes_with_its_text() {
        let changed = Source {
            text: "// another release",
            ..ENHANCE
        };
        assert_ne!(changed.path(), ENHANCE.path());
        assert_eq!(Source::at(&ENHANCE.path()), Some(ENHANCE));
        assert_eq!(Source::at("/scripts/enhance.0000000000000000.js"), None);
        let paths: std::collections::HashSet<_> = ALL.iter().map(|s| s.path()).collect();
        assert_eq!(paths.len(), ALL.len());
    }
}
