use leptos::{either::Either, ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::api::{check_status, CheckStatus, LogtoState, LogtoStatus, ServiceStatus};
use crate::components::hydrated_flag;
use crate::error::AppError;

#[component]
pub fn HomePage() -> impl IntoView {
    // Read on the server while rendering; the browser only re-checks.
    let first = Resource::new_blocking(|| (), |_| check_status());
    view! {
        <Title text="Welcome" />
        <section class="hero">
            <h1>"Your account, in your hands"</h1>
            <p class="lead">
                "Update your name, username and photo, change your password and keep your email and phone up to date: the account you use to sign in with Logto, managed in one place."
            </p>
        </section>
        <Suspense fallback=|| ()>
            {move || first.get().map(|initial| view! { <StatusCard initial /> })}
        </Suspense>
    }
}

/// Shows whether this service can reach Logto; "Check again" asks the server anew. Without
/// JavaScript the form simply reloads the page, which checks again.
#[island]
fn StatusCard(initial: Result<ServiceStatus, AppError>) -> impl IntoView {
    let hydrated = hydrated_flag();
    let recheck = ServerAction::<CheckStatus>::new();
    let latest = move || recheck.value().get().unwrap_or_else(|| initial.clone());
    let pending = recheck.pending();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        recheck.dispatch(CheckStatus {});
    };

    view! {
        <section class="card" aria-labelledby="status-title" data-hydrated=hydrated>
            <h2 id="status-title">"Service status"</h2>
            <div class="status" aria-live="polite" aria-busy=move || pending.get().to_string()>
                {move || view! { <StatusReport result=latest() /> }}
            </div>
            <form method="get" action="/" on:submit=on_submit>
                <button type="submit" class="button" disabled=move || pending.get()>
                    {move || if pending.get() { "Checking…" } else { "Check again" }}
                </button>
            </form>
        </section>
    }
}

#[component]
fn StatusReport(result: Result<ServiceStatus, AppError>) -> impl IntoView {
    match result {
        Ok(status) => {
            let which = |embedded: bool| {
                if embedded {
                    "the embedded Logto emulator"
                } else {
                    "Logto"
                }
            };
            let LogtoStatus {
                state,
                endpoint,
                latency_ms,
                embedded,
            } = &status.logto;
            let (class, text) = match state {
                LogtoState::Reachable => (
                    "ok",
                    format!(
                        "Connected to {} at {endpoint} ({} ms).",
                        which(*embedded),
                        latency_ms.unwrap_or_default()
                    ),
                ),
                LogtoState::Unreachable => (
                    "bad",
                    format!(
                        "{} at {endpoint} is not answering. Sign-in and saving are unavailable.",
                        which(*embedded)
                    ),
                ),
            };
            Either::Left(view! {
                <p class=format!("status-line {class}") data-checked-at=status.checked_at_ms>
                    <span class="dot" aria-hidden="true"></span>
                    {text}
                </p>
                <p class="muted small">
                    {format!(
                        "Version {} · up for {}",
                        status.version,
                        human_duration(status.uptime_secs),
                    )}
                </p>
            })
        }
        Err(err) => Either::Right(view! {
            <p class="status-line bad" role="alert">{err.to_string()}</p>
        }),
    }
}

fn human_duration(secs: u64) -> String {
    match secs {
        0..=59 => format!("{secs} s"),
        60..=3599 => format!("{} min", secs / 60),
        3600..=86_399 => format!("{} h {} min", secs / 3600, secs % 3600 / 60),
        _ => format!("{} d {} h", secs / 86_400, secs % 86_400 / 3600),
    }
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_duration(5), "5 s");
        assert_eq!(human_duration(125), "2 min");
        assert_eq!(human_duration(3 * 3600 + 120), "3 h 2 min");
        assert_eq!(human_duration(2 * 86_400 + 3600), "2 d 1 h");
    }
}
