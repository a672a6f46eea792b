use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

use super::{check_status, LogtoState, LogtoStatus, ServiceStatus};
use crate::error::AppError;
use crate::i18n::{self, use_lang, Lang};
use crate::ui::EnhancedForms;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    // Read on the server while rendering; the browser only re-checks.
    let first = Resource::new_blocking(|| (), |_| check_status());
    view! {
        <Title text=i18n::HOME_TITLE.get(lang) />
        <EnhancedForms offline=i18n::ERROR_NETWORK.get(lang).to_owned() />
        <section class="hero">
            <h1>{i18n::HOME_HEADLINE.get(lang)}</h1>
            <p class="lead">{i18n::HOME_LEAD.get(lang)}</p>
        </section>
        <Suspense fallback=|| ()>
            {move || first.get().map(|initial| view! { <StatusCard initial lang /> })}
        </Suspense>
    }
}

/// Shows whether this service can reach Logto; "Check again" asks anew. The form reloads the
/// page (which checks again); with JavaScript `ui::EnhancedForms` fetches the page and swaps it
/// in without a reload (no island of its own: the page costs the WASM nothing).
#[component]
fn StatusCard(initial: Result<ServiceStatus, AppError>, lang: Lang) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="status-title">
            <h2 id="status-title">{i18n::STATUS_TITLE.get(lang)}</h2>
            <div class="status" aria-live="polite">
                <StatusReport result=initial lang />
            </div>
            <form method="get" action="/" data-refresh>
                <button type="submit" class="button">
                    {i18n::STATUS_CHECK_AGAIN.get(lang)}
                </button>
            </form>
        </section>
    }
}

#[component]
fn StatusReport(result: Result<ServiceStatus, AppError>, lang: Lang) -> impl IntoView {
    match result {
        Ok(status) => {
            let LogtoStatus {
                state,
                latency_ms,
                embedded,
            } = &status.logto;
            let (class, text) = match state {
                LogtoState::Reachable => {
                    let which = match embedded {
                        true => i18n::STATUS_EMULATOR,
                        false => i18n::STATUS_LOGTO,
                    };
                    let latency = latency_ms.unwrap_or_default().to_string();
                    (
                        "ok",
                        i18n::STATUS_CONNECTED.fill(lang, &[which.get(lang), &latency]),
                    )
                }
                LogtoState::Unreachable => {
                    let which = match embedded {
                        true => i18n::STATUS_EMULATOR_SUBJECT,
                        false => i18n::STATUS_LOGTO,
                    };
                    (
                        "bad",
                        i18n::STATUS_UNREACHABLE.fill(lang, &[which.get(lang)]),
                    )
                }
            };
            let uptime = human_duration(status.uptime_secs, lang);
            Either::Left(view! {
                <p class=format!("status-line {class}") data-checked-at=status.checked_at_ms>
                    <span class="dot" aria-hidden="true"></span>
                    {text}
                </p>
                <p class="muted small">
                    {i18n::STATUS_UPTIME.fill(lang, &[&uptime])}
                </p>
            })
        }
        Err(err) => Either::Right(view! {
            <p class="status-line bad" role="alert">{err.message(lang)}</p>
        }),
    }
}

fn human_duration(secs: u64, lang: Lang) -> String {
    let n = |v: u64| v.to_string();
    match secs {
        0..=59 => i18n::DURATION_SECONDS.fill(lang, &[&n(secs)]),
        60..=3599 => i18n::DURATION_MINUTES.fill(lang, &[&n(secs / 60)]),
        3600..=86_399 => i18n::DURATION_HOURS.fill(lang, &[&n(secs / 3600), &n(secs % 3600 / 60)]),
        _ => i18n::DURATION_DAYS.fill(lang, &[&n(secs / 86_400), &n(secs % 86_400 / 3600)]),
    }
}

#[cfg(test)]
mod tests {
    use super::{human_duration, Lang};

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_duration(5, Lang::En), "5 s");
        assert_eq!(human_duration(125, Lang::En), "2 min");
        assert_eq!(human_duration(3 * 3600 + 120, Lang::En), "3 h 2 min");
        assert_eq!(human_duration(2 * 86_400 + 3600, Lang::En), "2 d 1 h");
        assert_eq!(human_duration(2 * 86_400 + 3600, Lang::De), "2 T 1 h");
    }
}
