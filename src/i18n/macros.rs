//! The two macros the catalog is written with.

/// The catalog: an [`Id`](crate::i18n::Id) and a `const` [`Text`](crate::i18n::Text) per
/// message, its English words, which messages the browser is sent (`#[browser]`), which
/// say a count (`#[count]`: their words may differ by the count's plural form), and which are
/// drawn where space is short: on a button (`#[button]`) or in the page's header (`#[nav]`).
macro_rules! catalog {
    ($($(#[$flag:ident])* $name:ident = $en:expr;)*) => {
        /// A message of the catalog.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Id { $($name),* }

        /// By number: the names would weigh down the WASM.
        impl std::fmt::Debug for Id {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "message #{}", *self as u16)
            }
        }

        $(pub const $name: $crate::i18n::Text = $crate::i18n::Text::Catalog(Id::$name);)*

        /// Every message, in catalog order.
        pub const IDS: &[Id] = &[$(Id::$name),*];

        /// The English words of every message, in catalog order.
        #[cfg(not(feature = "hydrate"))]
        pub(crate) const ENGLISH: &[&str] = &[$($en),*];

        /// Whether the browser is sent each message, in catalog order.
        #[cfg(feature = "ssr")]
        pub(crate) const IN_BROWSER: &[bool] = &[$(false $(|| flag!(browser $flag))*),*];

        /// Whether each message says a count, in catalog order.
        #[cfg(test)]
        pub(crate) const COUNTED: &[bool] = &[$(false $(|| flag!(count $flag))*),*];

        /// Whether each message is a button's label, in catalog order.
        #[cfg(test)]
        pub(crate) const BUTTON: &[bool] = &[$(false $(|| flag!(button $flag))*),*];

        /// Whether each message is a header link or control, in catalog order.
        #[cfg(test)]
        pub(crate) const NAV: &[bool] = &[$(false $(|| flag!(nav $flag))*),*];

        /// Every entry with its name, for the completeness tests.
        #[cfg(test)]
        pub const ALL: &[(&str, $crate::i18n::Text)] = &[$((stringify!($name), $name)),*];
    };
}

/// Whether a flag is the one asked about.
#[allow(unused_macros)] // only the server build and the tests read the flags
macro_rules! flag {
    (browser browser) => {
        true
    };
    (count count) => {
        true
    };
    (button button) => {
        true
    };
    (nav nav) => {
        true
    };
    ($asked:ident $flag:ident) => {
        false
    };
}

#[cfg(not(feature = "hydrate"))]
/// One language's words: a `match` over every message, so a missing or unknown one is a
/// compile error.
macro_rules! words {
    ($($name:ident = $words:expr;)*) => {
        pub fn word(id: $crate::i18n::Id) -> &'static str {
            use $crate::i18n::Id;
            match id {
                $(Id::$name => $words,)*
            }
        }
    };
}
