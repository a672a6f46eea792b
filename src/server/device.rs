//! A browser's user agent in words: "Firefox on Linux". Parsed with `woothee` (Project Woothee's
//! patterns, no network, no data files), which knows the browsers and systems people use.

use crate::i18n::{self, Lang};

pub fn describe(user_agent: &str, lang: Lang) -> String {
    let known = |s: &str| !s.is_empty() && s != "UNKNOWN";
    // Tools and crawlers ("HTTP Library") are not browsers people would recognise.
    let browser =
        |category: &str| matches!(category, "pc" | "smartphone" | "mobilephone" | "appliance");
    match woothee::parser::Parser::new()
        .parse(user_agent)
        .filter(|ua| browser(ua.category))
    {
        Some(ua) if known(ua.name) && known(ua.os) => {
            i18n::SESSION_DEVICE.fill(lang, &[ua.name, &os_name(ua.os)])
        }
        Some(ua) if known(ua.name) => ua.name.to_owned(),
        _ => i18n::SESSION_UNKNOWN_DEVICE.get(lang).to_owned(),
    }
}

/// Woothee's older spellings as people know them now.
fn os_name(os: &str) -> String {
    match os {
        "Mac OSX" => "macOS".to_owned(),
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_and_systems_in_words() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(describe(firefox, Lang::En), "Firefox on Linux");
        let safari = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
        assert_eq!(describe(safari, Lang::De), "Safari auf macOS");
        assert_eq!(describe("", Lang::En), "Unknown browser");
        assert_eq!(describe("curl/8.5.0", Lang::En), "Unknown browser");
    }
}
