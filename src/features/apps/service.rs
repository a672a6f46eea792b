//! The authorised apps and taking an app's access away. Revoking needs a fresh proof of identity
//! and reaches only the signed-in user's own grants.

use super::{AppRow, AppsState};
use crate::i18n;
use crate::server::{
    context::RequestCtx,
    crypto::short_digest,
    error::ServerError,
    logto::{AppEntry, Grant},
};

/// Two upstream calls at most: the grants, and the applications' directory (kept five minutes).
pub async fn view(ctx: &RequestCtx) -> Result<AppsState, ServerError> {
    let auth = ctx.user().await?;
    let management = &ctx.state.management;
    let Some(grants) = management.grants(&auth.user_id).await? else {
        return Ok(AppsState {
            proved: ctx.state.auth.has_fresh_proof(&auth),
            apps: None,
        });
    };
    let directory = management.app_directory().await?;
    let own = ctx.state.auth.oidc.client_id();
    Ok(AppsState {
        proved: ctx.state.auth.has_fresh_proof(&auth),
        apps: Some(rows(&grants, &directory, own, ctx.now(), ctx.lang)),
    })
}

/// One row per application, the most recently authorised first.
fn rows(
    grants: &[Grant],
    directory: &[AppEntry],
    own: &str,
    now: i64,
    lang: i18n::Lang,
) -> Vec<AppRow> {
    let mut apps: Vec<(i64, i64, AppRow)> = Vec::new();
    for grant in grants {
        let id = &grant.application.id;
        if let Some((first, last, _)) = apps.iter_mut().find(|(_, _, r)| r.handle == handle(id)) {
            *first = (*first).min(grant.payload.iat);
            *last = (*last).max(grant.payload.iat);
            continue;
        }
        let entry = directory.iter().find(|a| &a.id == id);
        let row = AppRow {
            handle: handle(id),
            name: entry.map_or_else(|| grant.application.name.clone(), |a| a.name.clone()),
            logo: entry
                .and_then(|a| a.oidc_client_metadata.logo_uri.clone())
                .filter(|uri| uri.starts_with("https://")),
            third_party: entry.is_some_and(|a| a.is_third_party),
            since: String::new(),
            this_app: id == own,
        };
        apps.push((grant.payload.iat, grant.payload.iat, row));
    }
    apps.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.2.name.cmp(&b.2.name)));
    apps.into_iter()
        .map(|(first, _, mut row)| {
            row.since = i18n::time_ago(lang, now - first);
            row
        })
        .collect()
}

fn handle(application_id: &str) -> String {
    short_digest(application_id)
}

/// Takes an app's access away: every grant of the user for it, with the tokens issued through
/// them. Not this account page's own (signing out ends that).
pub async fn revoke(ctx: &RequestCtx, app: &str) -> Result<String, ServerError> {
    let auth = ctx.proven().await?;
    let management = &ctx.state.management;
    let own = ctx.state.auth.oidc.client_id();
    let grants: Vec<Grant> = management
        .grants(&auth.user_id)
        .await?
        .unwrap_or_default()
        .into_iter()
        .filter(|g| handle(&g.application.id) == app && g.application.id != own)
        .collect();
    let Some(first) = grants.first() else {
        return Err(ServerError::NotFound("no such authorised app of this user"));
    };
    let name = first.application.name.clone();
    for grant in &grants {
        match management.revoke_grant(&auth.user_id, &grant.id).await {
            Ok(()) => {}
            // Revoked meanwhile (another tab, or it expired): what the user wanted.
            Err(e) if e.status() == Some(404) => {}
            Err(e) => return Err(e.into()),
        }
    }
    tracing::info!(grants = grants.len(), "an app's access was revoked");
    ctx.record(&auth, "app.revoked", &[&name]).await;
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::logto::{AppEntry, Grant};
    use serde_json::json;

    fn grant(app: &str, iat: i64) -> Grant {
        serde_json::from_value(json!({
            "id": format!("g-{app}-{iat}"),
            "payload": { "iat": iat, "exp": iat + 100, "clientId": app },
            "application": { "id": app, "name": format!("{app} (grant)") },
        }))
        .unwrap()
    }

    fn entry(app: &str, third: bool, logo: Option<&str>) -> AppEntry {
        serde_json::from_value(json!({
            "id": app, "name": app, "isThirdParty": third,
            "oidcClientMetadata": { "logoUri": logo },
        }))
        .unwrap()
    }

    #[test]
    fn one_row_per_app_newest_first_with_party_and_only_https_logos() {
        let grants = [
            grant("notes", 100),
            grant("self", 300),
            grant("notes", 200),
            grant("gone", 50),
        ];
        let directory = [
            entry("notes", true, Some("https://cdn.example/notes.png")),
            entry("self", false, Some("http://insecure.example/x.png")),
        ];
        let rows = rows(&grants, &directory, "self", 1000, i18n::Lang::En);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["self", "notes", "gone (grant)"]);
        assert!(rows[0].this_app && !rows[0].third_party && rows[0].logo.is_none());
        assert!(rows[1].third_party);
        assert_eq!(
            rows[1].logo.as_deref(),
            Some("https://cdn.example/notes.png")
        );
        assert_eq!(
            rows[1].since,
            i18n::time_ago(i18n::Lang::En, 900),
            "the first grant"
        );
        assert!(
            !rows[2].third_party,
            "an app the directory lacks counts as first-party"
        );
    }
}
