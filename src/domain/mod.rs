//! Domain types shared by the browser and the server: each can only hold a valid value, and
//! both sides show the same message for the same mistake.

mod choice;
mod contact;
#[cfg(feature = "ssr")]
mod regions;
mod text;
#[cfg(feature = "ssr")]
mod zone_names;
mod zones;

pub use choice::{Locale, TimeZone};
pub use contact::EmailAddress;
#[cfg(feature = "ssr")]
pub use regions::REGIONS;
pub use text::{AvatarUrl, Birthdate, DisplayName, OptionalText, Username, Website};
#[cfg(feature = "ssr")]
pub use zone_names::{ZONE_CITIES, ZONE_REGIONS};
pub use zones::TIME_ZONES;

/// Why a value was refused, in words (every language) for the person who typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid(pub crate::i18n::Text);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.get(crate::i18n::Lang::En))
    }
}

/// Only same-site paths: `/x` but not `//evil.example` or `/\evil.example`.
pub fn safe_return_to(candidate: Option<&str>) -> String {
    match candidate {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && !path.chars().any(|c| c.is_control()) =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_return_to;

    #[test]
    fn return_paths_never_leave_the_site() {
        assert_eq!(safe_return_to(Some("/profile?tab=1")), "/profile?tab=1");
        for evil in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "profile",
            "/a\nb",
        ] {
            assert_eq!(safe_return_to(Some(evil)), "/", "{evil}");
        }
        assert_eq!(safe_return_to(None), "/");
    }
}
