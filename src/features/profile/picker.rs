//! The options of the time zone, language and country pickers (server only: hydration leaves the
//! server's options in place, so the lists stay out of the WASM).
//!
//! The lists (420 time zones, 72 languages, 250 countries) are rendered once per language and
//! kept: rendering them was most of a `/profile` view's rendering. A view copies its list and
//! marks the chosen option.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::fields::Picker;
use crate::domain::{TimeZone, REGIONS, TIME_ZONES, ZONE_CITIES, ZONE_REGIONS};
use crate::i18n::{Lang, LANGUAGES};
use crate::ui::html::escape_into;

/// The `<option>`s of a picker, as HTML for the `<select>`'s `inner_html`.
pub fn picker_options(picker: Picker, current: &str, lang: Lang) -> String {
    let listed = match picker {
        Picker::TimeZone => TimeZone::parse(current).is_ok(),
        Picker::Locale => LANGUAGES.iter().any(|(tag, _)| *tag == current),
    };
    // A saved value the list lacks (set through the API, say) is kept as the first choice, so
    // opening the page never changes it.
    let kept = (!listed && !current.is_empty()).then(|| {
        let label = current.to_owned();
        view! { <option value=current.to_owned() selected>{label}</option> }
    });
    let head = (
        view! {
            <option value="" selected=current.is_empty()>
                {crate::i18n::NOT_SET.get(lang)}
            </option>
        },
        kept,
    )
        .to_html();
    head + &match picker {
        // The list writes zones as codes (`TimeZone::code`); the chosen one keeps its name.
        Picker::TimeZone => {
            let list = cached(&ZONE_LISTS, lang, zone_list);
            match TimeZone::parse(current) {
                Ok(zone) => with_chosen(list, Some(&zone.code()), zone.as_str()),
                Err(_) => list.to_owned(),
            }
        }
        Picker::Locale => {
            let list = cached(&LANGUAGE_LISTS, lang, language_list);
            with_selected(list, listed.then_some(current))
        }
    }
}

/// The `<option>`s of a country field (ISO code, named in `lang`, by name), as HTML for the
/// `<select>`'s `inner_html` like the pickers above.
pub fn country_options(current: &str, lang: Lang) -> String {
    let head = view! {
        <option value="" selected=current.is_empty()>
            {crate::i18n::CUSTOM_CHOOSE.get(lang)}
        </option>
    }
    .to_html();
    let listed = REGIONS.iter().any(|(code, _)| *code == current);
    let list = cached(&COUNTRY_LISTS, lang, country_list);
    head + &with_selected(list, listed.then_some(current))
}

type Lists = [OnceLock<String>; Lang::ALL.len()];
static ZONE_LISTS: Lists = [const { OnceLock::new() }; Lang::ALL.len()];
static LANGUAGE_LISTS: Lists = [const { OnceLock::new() }; Lang::ALL.len()];
static COUNTRY_LISTS: Lists = [const { OnceLock::new() }; Lang::ALL.len()];

fn cached(lists: &'static Lists, lang: Lang, render: fn(Lang) -> String) -> &'static str {
    lists[lang.index()].get_or_init(|| render(lang))
}

/// The list with `value`'s option selected. Only called with a value the list holds, whose
/// attribute is written as is (unquoted, see [`option`]).
fn with_selected(list: &str, value: Option<&str>) -> String {
    match value {
        Some(value) => with_chosen(list, Some(value), value),
        None => list.to_owned(),
    }
}

/// The list with the option whose value is `listed` selected and its value written as `value`.
fn with_chosen(list: &str, listed: Option<&str>, value: &str) -> String {
    let Some(listed) = listed else {
        return list.to_owned();
    };
    let attribute = format!("value={listed}>");
    match list.find(&attribute) {
        Some(at) => {
            let end = at + attribute.len() - 1;
            let mut html = String::with_capacity(list.len() + value.len() + 9);
            html.push_str(&list[..at]);
            html.push_str("value=");
            html.push_str(value);
            html.push_str(" selected");
            html.push_str(&list[end..]);
            html
        }
        None => list.to_owned(),
    }
}

/// One `<option>`, written short: the value unquoted (zone names, language tags and country
/// codes need no quotes) and no end tag (the next option, group or the list's end closes it).
fn option(out: &mut String, value: &str, label: &str) {
    debug_assert!(unquoted(value), "{value}");
    out.push_str("<option value=");
    out.push_str(value);
    out.push('>');
    escape_into(out, label);
}

/// Whether an attribute value may be written without quotes (HTML's unquoted attribute syntax).
fn unquoted(value: &str) -> bool {
    !value.is_empty()
        && !value
            .chars()
            .any(|c| c.is_whitespace() || "\"'=<>`&".contains(c))
}

/// Time zones grouped by region, each group and city in the reader's language; zones outside any
/// region (UTC) first, as no end tag closes the last group.
fn zone_list(lang: Lang) -> String {
    let zones = || TIME_ZONES.iter().zip(ZONE_CITIES);
    let mut out = String::new();
    let code = |zone: &str| TimeZone::parse(zone).map(|z| z.code()).unwrap_or_default();
    for (zone, city) in zones().filter(|(zone, _)| !zone.contains('/')) {
        option(&mut out, &code(zone), city.get(lang));
    }
    let mut group = None;
    for (zone, city) in zones() {
        let Some((region, _)) = zone.split_once('/') else {
            continue;
        };
        if group != Some(region) {
            let label = ZONE_REGIONS
                .iter()
                .find(|(r, _)| *r == region)
                .map_or(region, |(_, words)| words.get(lang));
            out.push_str("<optgroup label=\"");
            escape_into(&mut out, label);
            out.push_str("\">");
            group = Some(region);
        }
        option(&mut out, &code(zone), city.get(lang));
    }
    out
}

fn language_list(lang: Lang) -> String {
    let mut out = String::new();
    for (tag, name) in LANGUAGES {
        option(&mut out, tag, &format!("{} · {tag}", name.get(lang)));
    }
    out
}

fn country_list(lang: Lang) -> String {
    let mut regions: Vec<(&'static str, &'static str)> = REGIONS
        .iter()
        .map(|(code, name)| (*code, name.get(lang)))
        .collect();
    regions.sort_by(|a, b| a.1.cmp(b.1));
    let mut out = String::new();
    for (code, name) in regions {
        option(&mut out, code, name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of an option's start tag, quoted or not.
    fn value_of(tag: &str) -> &str {
        let rest = &tag[tag.find("value=").unwrap() + 6..];
        match rest.strip_prefix('"') {
            Some(quoted) => &quoted[..quoted.find('"').unwrap()],
            None => rest.split([' ', '>']).next().unwrap(),
        }
    }

    fn options(html: &str) -> Vec<&str> {
        html.match_indices("<option ")
            .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()])
            .collect()
    }

    fn selected(html: &str) -> Vec<&str> {
        options(html)
            .into_iter()
            .filter(|tag| tag.ends_with(" selected"))
            .map(value_of)
            .collect()
    }

    #[test]
    fn exactly_the_current_value_is_selected() {
        for lang in Lang::ALL {
            for (picker, current) in [
                (Picker::TimeZone, ""),
                (Picker::TimeZone, "Europe/Berlin"),
                (Picker::TimeZone, "UTC"),
                (Picker::TimeZone, "America/Argentina/Buenos_Aires"),
                (Picker::TimeZone, "Mars/Olympus"),
                (Picker::Locale, "de-DE"),
                (Picker::Locale, "zh-TW"),
                (Picker::Locale, "x-klingon"),
            ] {
                let html = picker_options(picker, current, lang);
                assert_eq!(selected(&html), [current], "{picker:?} {current}");
                // The unlisted value comes first, after "not set"; listed values are not repeated.
                let count = options(&html)
                    .into_iter()
                    .filter(|tag| value_of(tag) == current)
                    .count();
                assert_eq!(count, 1, "{current}");
            }
            for current in ["", "DE", "AX", "ZW", "Atlantis"] {
                let html = country_options(current, lang);
                let expected: &[&str] = if current == "Atlantis" {
                    &[]
                } else {
                    &[current]
                };
                assert_eq!(selected(&html), expected, "{current}");
            }
        }
    }

    /// Zones go as codes, but the chosen one by its name: a page posted unchanged sends the name.
    #[test]
    fn zones_are_listed_by_code_and_the_chosen_one_by_name() {
        let html = picker_options(Picker::TimeZone, "Europe/Berlin", Lang::Ja);
        let tags = options(&html);
        let berlin = TimeZone::parse("Europe/Berlin").unwrap().code();
        let tokyo = TimeZone::parse("Asia/Tokyo").unwrap().code();
        assert!(tags.contains(&"<option value=Europe/Berlin selected"));
        assert!(!tags.iter().any(|t| value_of(t) == berlin));
        assert!(tags.contains(&format!("<option value={tokyo}").as_str()));
        assert_eq!(tags.iter().filter(|t| value_of(t).contains('/')).count(), 1);
    }

    #[test]
    fn the_lists_are_complete_and_named_in_the_language() {
        let zones = picker_options(Picker::TimeZone, "", Lang::En);
        assert_eq!(zones.matches("<option ").count(), TIME_ZONES.len() + 1);
        assert!(zones.contains(r#"<optgroup label="America">"#));
        assert!(zones.contains(r#">Argentina / Buenos Aires<option "#));
        assert_eq!(ZONE_CITIES.len(), TIME_ZONES.len());
        let ja = picker_options(Picker::TimeZone, "", Lang::Ja);
        assert!(ja.contains(r#"<optgroup label="ヨーロッパ">"#));
        assert!(ja.contains(r#">アムステルダム<option "#));
        let fr = picker_options(Picker::TimeZone, "", Lang::Fr);
        assert!(fr.contains(r#"<optgroup label="Europe">"#));
        assert!(fr.contains(">Nouméa<"), "French city names");
        let en = picker_options(Picker::Locale, "", Lang::En);
        let de = picker_options(Picker::Locale, "", Lang::De);
        assert_eq!(en.matches("<option ").count(), LANGUAGES.len() + 1);
        assert_ne!(en, de);
        let countries = country_options("", Lang::De);
        assert_eq!(countries.matches("<option ").count(), REGIONS.len() + 1);
        assert!(countries.contains(r#"<option value=DE>Deutschland<option "#));
        let zh = country_options("", Lang::ZhCn);
        assert!(zh.contains(r#"<option value=DE>德国<option "#));
    }

    /// Every listed value may go unquoted, and the lists parse back as the browser reads them:
    /// UTC outside any group, each group's options up to the next group.
    #[test]
    fn short_markup_keeps_every_value_and_group() {
        for value in TIME_ZONES
            .iter()
            .chain(LANGUAGES.iter().map(|(tag, _)| tag))
            .chain(REGIONS.iter().map(|(code, _)| code))
        {
            assert!(unquoted(value), "{value}");
        }
        let zones = zone_list(Lang::En);
        let utc = TimeZone::parse("UTC").unwrap().code();
        assert!(zones.starts_with(&format!("<option value={utc}>UTC<optgroup")));
    }
}
