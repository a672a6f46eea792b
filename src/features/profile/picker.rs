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
    let list = match picker {
        Picker::TimeZone => cached(&ZONE_LISTS, lang, zone_list),
        Picker::Locale => cached(&LANGUAGE_LISTS, lang, language_list),
    };
    head + &with_selected(list, listed.then_some(current))
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
/// attribute is written as is (its characters need no escaping).
fn with_selected(list: &str, value: Option<&str>) -> String {
    let Some(value) = value else {
        return list.to_owned();
    };
    let attribute = format!("value=\"{value}\"");
    match list.find(&attribute) {
        Some(at) => {
            let end = at + attribute.len();
            let mut html = String::with_capacity(list.len() + 9);
            html.push_str(&list[..end]);
            html.push_str(" selected");
            html.push_str(&list[end..]);
            html
        }
        None => list.to_owned(),
    }
}

fn option(value: &'static str, label: String) -> impl IntoView {
    view! { <option value=value>{label}</option> }
}

/// Time zones grouped by region, each group and city in the reader's language.
fn zone_list(lang: Lang) -> String {
    let mut groups: Vec<(&'static str, Vec<(&'static str, &'static str)>)> = Vec::new();
    let mut single = Vec::new();
    for (zone, city) in TIME_ZONES.iter().zip(ZONE_CITIES) {
        let city = city.get(lang);
        match zone.split_once('/') {
            Some((region, _)) => match groups.last_mut() {
                Some((last, zones)) if *last == region => zones.push((zone, city)),
                _ => groups.push((region, vec![(zone, city)])),
            },
            None => single.push(option(zone, city.to_owned())),
        }
    }
    let grouped = groups
        .into_iter()
        .map(|(region, zones)| {
            let label = ZONE_REGIONS
                .iter()
                .find(|(r, _)| *r == region)
                .map_or(region, |(_, words)| words.get(lang));
            let options = zones
                .into_iter()
                .map(|(zone, city)| option(zone, city.to_owned()))
                .collect_view();
            view! { <optgroup label=label>{options}</optgroup> }
        })
        .collect_view();
    (single, grouped).to_html()
}

fn language_list(lang: Lang) -> String {
    LANGUAGES
        .iter()
        .map(|(tag, name)| option(tag, format!("{} · {tag}", name.get(lang))))
        .collect_view()
        .to_html()
}

fn country_list(lang: Lang) -> String {
    let mut regions: Vec<(&'static str, &'static str)> = REGIONS
        .iter()
        .map(|(code, name)| (*code, name.get(lang)))
        .collect();
    regions.sort_by(|a, b| a.1.cmp(b.1));
    regions
        .into_iter()
        .map(|(code, name)| option(code, name.to_owned()))
        .collect_view()
        .to_html()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn selected(html: &str) -> Vec<&str> {
        html.match_indices("<option ")
            .map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()])
            .filter(|tag| tag.ends_with(" selected"))
            .map(|tag| tag.split('"').nth(1).unwrap())
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
                let count = html.matches(&format!("value=\"{current}\"")).count();
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

    #[test]
    fn the_lists_are_complete_and_named_in_the_language() {
        let zones = picker_options(Picker::TimeZone, "", Lang::En);
        assert_eq!(zones.matches("<option ").count(), TIME_ZONES.len() + 1);
        assert!(zones.contains(r#"<optgroup label="America">"#));
        assert!(zones.contains(
            r#"<option value="America/Argentina/Buenos_Aires">Argentina / Buenos Aires</option>"#
        ));
        assert_eq!(ZONE_CITIES.len(), TIME_ZONES.len());
        let ja = picker_options(Picker::TimeZone, "", Lang::Ja);
        assert!(ja.contains(r#"<optgroup label="ヨーロッパ">"#));
        assert!(ja.contains(r#"<option value="Europe/Amsterdam">アムステルダム</option>"#));
        let en = picker_options(Picker::Locale, "", Lang::En);
        let de = picker_options(Picker::Locale, "", Lang::De);
        assert_eq!(en.matches("<option ").count(), LANGUAGES.len() + 1);
        assert_ne!(en, de);
        let countries = country_options("", Lang::De);
        assert_eq!(countries.matches("<option ").count(), REGIONS.len() + 1);
        assert!(countries.contains(r#"<option value="DE">Deutschland</option>"#));
    }
}
