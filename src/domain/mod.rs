//! Domain types shared by the browser and the server: each can only hold a valid value, and
//! both sides show the same message for the same mistake.

mod choice;
mod text;
mod zones;

pub use choice::{Locale, TimeZone};
pub use text::{AvatarUrl, Birthdate, DisplayName, OptionalText, Username, Website};
pub use zones::TIME_ZONES;

/// Why a value was refused, in words (every language) for the person who typed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid(pub crate::i18n::Text);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.en)
    }
}
