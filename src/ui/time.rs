//! Timestamps shown in the reader's language and time zone.
//!
//! The server cannot know how the reader's browser formats dates, so the HTML carries a neutral
//! `2026-01-31 14:05 UTC`; once the page runs in the browser, `Intl` rewrites it in the user's
//! saved locale and time zone (or the browser's own when they have none).

use leptos::prelude::*;

use crate::domain::Locale;

#[component]
pub fn LocalTime(
    /// Epoch milliseconds.
    #[prop(into)]
    at: Signal<Option<i64>>,
    /// The user's saved locale (may be empty or unusable: then the browser's).
    #[prop(into)]
    locale: Signal<String>,
    /// The user's saved IANA zone (may be empty or unusable: then the browser's).
    #[prop(into)]
    zone: Signal<String>,
) -> impl IntoView {
    let in_browser = RwSignal::new(false);
    Effect::new(move |_| in_browser.set(true));
    let text = move || {
        let ms = at.get()?;
        let local = in_browser
            .get()
            .then(|| {
                let locale = Locale::parse(&locale.get()).ok();
                let locale = locale.as_ref().map(Locale::as_str);
                // The browser judges the zone (no list in the WASM): one it rejects falls back
                // to the browser's own.
                let zone = zone.get();
                let saved = Some(zone.trim()).filter(|z| !z.is_empty());
                browser_format(ms, locale, saved).or_else(|| browser_format(ms, locale, None))
            })
            .flatten();
        Some(local.unwrap_or_else(|| utc_text(ms)))
    };
    view! {
        <time datetime=move || at.get().map(utc_iso)>
            {move || text().unwrap_or_else(|| "—".to_owned())}
        </time>
    }
}

/// `toLocaleString` through `Reflect::apply`, so a zone or locale the browser rejects
/// (a `RangeError`) falls back instead of aborting the WASM.
#[cfg(feature = "hydrate")]
fn browser_format(ms: i64, locale: Option<&str>, zone: Option<&str>) -> Option<String> {
    use js_sys::{Array, Date, Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    let date = Date::new(&JsValue::from_f64(ms as f64));
    let options = Object::new();
    Reflect::set(&options, &"dateStyle".into(), &"long".into()).ok()?;
    Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
    if let Some(zone) = zone {
        Reflect::set(&options, &"timeZone".into(), &zone.into()).ok()?;
    }
    let locales = locale.map_or(JsValue::UNDEFINED, JsValue::from_str);
    let format: Function = Reflect::get(&date, &"toLocaleString".into())
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::apply(&format, &date, &Array::of2(&locales, &options))
        .ok()?
        .as_string()
}

#[cfg(not(feature = "hydrate"))]
fn browser_format(_ms: i64, _locale: Option<&str>, _zone: Option<&str>) -> Option<String> {
    None
}

/// `2026-01-31 14:05 UTC`.
pub fn utc_text(ms: i64) -> String {
    let (y, m, d, hh, mm) = utc_parts(ms);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02} UTC")
}

/// `2026-01-31T14:05Z`, for `<time datetime>`.
pub fn utc_iso(ms: i64) -> String {
    let (y, m, d, hh, mm) = utc_parts(ms);
    format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}Z")
}

/// (year, month, day, hour, minute) in UTC; days-from-civil after Howard Hinnant.
fn utc_parts(ms: i64) -> (i64, i64, i64, i64, i64) {
    let days = ms.div_euclid(86_400_000);
    let minute_of_day = ms.rem_euclid(86_400_000) / 60_000;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, minute_of_day / 60, minute_of_day % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_fallback_is_unambiguous() {
        assert_eq!(utc_text(0), "1970-01-01 00:00 UTC");
        assert_eq!(
            utc_text(1_735_689_600_000 + 14 * 3_600_000 + 5 * 60_000),
            "2025-01-01 14:05 UTC"
        );
        assert_eq!(utc_iso(951_782_400_000), "2000-02-29T00:00Z");
        assert_eq!(utc_text(-1), "1969-12-31 23:59 UTC");
    }
}
