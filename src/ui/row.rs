//! One entry of a list on the account pages — a session, a linked account, a second step, an
//! account change: its name (with a badge for the one in use), a line of details, its action.

use leptos::prelude::*;

#[component]
pub fn ListRow(
    #[prop(into)] title: String,
    /// "This browser", for the entry in use (also marked `current`).
    badge: Option<&'static str>,
    meta: Option<AnyView>,
    action: Option<AnyView>,
    /// A picture before the title (an app's logo).
    #[prop(optional)]
    icon: Option<AnyView>,
) -> impl IntoView {
    let current = badge.is_some();
    view! {
        <li class="session" class:current=current>
            {icon}
            <div class="session-text">
                <p class="session-device">
                    {title}
                    {badge.map(|b| view! { <span class="badge">{b}</span> })}
                </p>
                {meta.map(|m| view! { <p class="muted small">{m}</p> })}
            </div>
            {action}
        </li>
    }
}
