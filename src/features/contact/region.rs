//! The country a phone number is typed for: the choices (libphonenumber's regions, named in the
//! interface language, with their calling code) and the one preselected.

use std::str::FromStr;

use phonenumber::{country, metadata::DATABASE};

use super::RegionChoice;
use crate::domain::REGIONS;
use crate::i18n::Lang;

/// The regions libphonenumber knows, by name in `lang`: "Germany (+49)".
pub fn choices(lang: Lang) -> Vec<RegionChoice> {
    let mut choices: Vec<RegionChoice> = REGIONS
        .iter()
        .filter_map(|(code, name)| {
            let calling = DATABASE.by_id(*code)?.country_code();
            Some(RegionChoice {
                code: (*code).to_owned(),
                label: format!("{} (+{calling})", name.get(lang)),
            })
        })
        .collect();
    choices.sort_by_cached_key(|c| sort_key(&c.label));
    choices
}

/// Names sort as people expect: "Österreich" with the O's, "Åland" with the A's.
fn sort_key(label: &str) -> String {
    label
        .chars()
        .map(|c| match c {
            'Ä' | 'Å' | 'Á' | 'À' | 'Â' => 'A',
            'É' | 'È' | 'Ê' => 'E',
            'Î' | 'Í' => 'I',
            'Ö' | 'Ó' | 'Ô' => 'O',
            'Ü' | 'Ú' => 'U',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A known region code (`US`), or none.
pub fn parse(code: &str) -> Option<country::Id> {
    let code = code.trim().to_ascii_uppercase();
    DATABASE.by_id(&code)?;
    country::Id::from_str(&code).ok()
}

/// The region preselected: that of the user's current phone, else the first region the browser
/// names in `Accept-Language` (`de-AT` → AT), else none (then a number starts with +).
pub fn preselected(current_digits: Option<&str>, accept_language: Option<&str>) -> Option<String> {
    let from_phone = current_digits
        .and_then(|digits| phonenumber::parse(None, format!("+{digits}")).ok())
        .and_then(|number| number.country().id())
        .map(|id| id.as_ref().to_owned());
    from_phone.or_else(|| {
        accept_language?
            .split(',')
            .filter_map(|tag| tag.split(';').next()?.trim().split('-').nth(1))
            .find_map(|region| parse(region).map(|id| id.as_ref().to_owned()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_offered_region_parses_and_names_carry_the_calling_code() {
        let english = choices(Lang::En);
        assert!(english.len() > 200, "{}", english.len());
        assert!(english.iter().all(|c| parse(&c.code).is_some()));
        let us = english.iter().find(|c| c.code == "US").unwrap();
        assert_eq!(us.label, "United States (+1)");
        let de = choices(Lang::De);
        let at = de.iter().position(|c| c.code == "AT").unwrap();
        let om = de.iter().position(|c| c.code == "OM").unwrap();
        assert!(at > om, "Österreich sorts with the O's");
    }

    #[test]
    fn the_preselected_region_comes_from_the_phone_then_the_browser() {
        assert_eq!(
            preselected(Some("442079460958"), Some("de-DE")).as_deref(),
            Some("GB")
        );
        assert_eq!(
            preselected(None, Some("de, de-AT;q=0.9")).as_deref(),
            Some("AT")
        );
        assert_eq!(preselected(None, Some("en")), None);
        assert_eq!(preselected(None, Some("en-XX")), None);
    }
}
