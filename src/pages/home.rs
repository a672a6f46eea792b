use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{check_status, CheckStatus, LogtoStatus, ServiceStatus};
use crate::error::AppError;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="Welcome" />
        <section class="hero">
            <h1>"Your account, in your hands"</h1>
            <p class="lead">
                "Update your name, username and photo, change your password and keep your email and phone up to date: the account you use to sign in with Logto, managed in one place."
            </p>
        </section>
        <StatusCard />
    }
}

/// Shows whether this service can reach Logto; "Check again" asks the server anew. The form
/// also works without JavaScript (the server answers with the page itself).
#[component]
fn StatusCard() -> impl IntoView {
    let recheck = ServerAction::<CheckStatus>::new();
    let first = Resource::new_blocking(|| (), |_| check_status());
    let latest = move || recheck.value().get().or_else(|| first.get());
    let pending = recheck.pending();

    view! {
        <section class="card" aria-labelledby="status-title">
            <h2 id="status-title">"Service status"</h2>
            <div class="status" aria-live="polite" aria-busy=move || pending.get().to_string()>
                <Suspense fallback=|| {
                    view! { <p class="muted">"Checking…"</p> }
                }>{move || latest().map(|result| view! { <StatusReport result /> })}</Suspense>
            </div>
            <ActionForm action=recheck>
                <button type="submit" class="button" disabled=move || pending.get()>
                    {move || if pending.get() { "Checking…" } else { "Check again" }}
                </button>
            </ActionForm>
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
            let (class, text) = match &status.logto {
                LogtoStatus::Reachable {
                    endpoint,
                    latency_ms,
                    embedded,
                } => (
                    "ok",
                    format!(
                        "Connected to {} at {endpoint} ({latency_ms} ms).",
                        which(*embedded)
                    ),
                ),
                LogtoStatus::Unreachable { endpoint, embedded } => (
                    "bad",
                    format!(
                        "{} at {endpoint} is not answering. Sign-in and saving are unavailable.",
                        which(*embedded)
                    ),
                ),
            };
            view! {
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
            }
            .into_any()
        }
        Err(err) => {
            view! { <p class="status-line bad" role="alert">{err.to_string()}</p> }.into_any()
        }
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
