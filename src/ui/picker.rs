//! The options of the time zone and language pickers (server only: hydration leaves the
//! server's options in place, so the lists stay out of the WASM).

use leptos::{either::Either, prelude::*};

use crate::domain::{TimeZone, TIME_ZONES};
use crate::features::profile::fields::Picker;
use crate::i18n::Lang;

/// The `<option>`s of a picker, as HTML for the `<select>`'s `inner_html`: hydration leaves
/// server-rendered inner HTML alone, so the option lists stay out of the WASM.
pub fn picker_options(picker: Picker, current: &str, lang: Lang) -> String {
    (
        view! {
            <option value="" selected=current.is_empty()>
                {crate::i18n::NOT_SET.get(lang)}
            </option>
        },
        choices(picker, current, lang),
    )
        .to_html()
}

/// The options of a picker. A saved value the list lacks (set through the API, say) is kept as
/// the first choice, so opening the page never changes it.
fn choices(picker: Picker, current: &str, lang: Lang) -> impl IntoView {
    use crate::i18n::LANGUAGES;
    let listed = match picker {
        Picker::TimeZone => TimeZone::parse(current).is_ok(),
        Picker::Locale => LANGUAGES.iter().any(|(tag, _)| *tag == current),
    };
    let kept = (!listed && !current.is_empty()).then(|| {
        let label = current.to_owned();
        view! { <option value=current.to_owned() selected>{label}</option> }
    });
    let option = |value: &'static str, label: String, current: &str| {
        view! { <option value=value selected=value == current>{label}</option> }
    };
    let list = if picker == Picker::TimeZone {
        // Grouped by region; within a group the city reads best without its prefix.
        let mut groups: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
        let mut single = Vec::new();
        for zone in TIME_ZONES {
            match zone.split_once('/') {
                Some((region, _)) => match groups.last_mut() {
                    Some((last, zones)) if *last == region => zones.push(zone),
                    _ => groups.push((region, vec![zone])),
                },
                None => single.push(option(zone, (*zone).to_owned(), current)),
            }
        }
        let grouped = groups
            .into_iter()
            .map(|(region, zones)| {
                let options = zones
                    .into_iter()
                    .map(|zone| {
                        let city = zone[region.len() + 1..]
                            .replace('_', " ")
                            .replace('/', " / ");
                        option(zone, city, current)
                    })
                    .collect_view();
                view! { <optgroup label=region>{options}</optgroup> }
            })
            .collect_view();
        Either::Left((single, grouped))
    } else {
        Either::Right(
            LANGUAGES
                .iter()
                .map(|(tag, name)| option(tag, format!("{} · {tag}", name.get(lang)), current))
                .collect_view(),
        )
    };
    (kept, list)
}

/// The `<option>`s of a country field (ISO code, named in `lang`, by name), as HTML for the
/// `<select>`'s `inner_html` like the pickers above.
pub fn country_options(current: &str, lang: Lang) -> String {
    let mut regions: Vec<(&str, &str)> = crate::domain::REGIONS
        .iter()
        .map(|(code, name)| (*code, name.get(lang)))
        .collect();
    regions.sort_by(|a, b| a.1.cmp(b.1));
    (
        view! {
            <option value="" selected=current.is_empty()>
                {crate::i18n::CUSTOM_CHOOSE.get(lang)}
            </option>
        },
        regions
            .into_iter()
            .map(|(code, name)| {
                view! { <option value=code selected=code == current>{name.to_owned()}</option> }
            })
            .collect_view(),
    )
        .to_html()
}
