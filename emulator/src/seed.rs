//! What the emulator starts with: applications (re-applied on every start, so redirect URIs
//! follow the app's port) and users (created only if their username is free, so edits survive).

use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::model::{AppType, Object};

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Seed {
    #[serde(default)]
    pub applications: Vec<SeedApp>,
    #[serde(default)]
    pub users: Vec<SeedUser>,
    /// Webhooks, re-applied on every start (one per URL).
    #[serde(default)]
    pub hooks: Vec<SeedHook>,
}

/// A webhook as an administrator would create it, with its signing key given.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeedHook {
    pub url: String,
    pub events: Vec<String>,
    pub signing_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeedApp {
    pub id: String,
    pub name: String,
    pub secret: String,
    /// `Traditional`, `SPA`, `Native` or `MachineToMachine`.
    #[serde(rename = "type")]
    pub app_type: AppType,
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    /// Holds the "Logto Management API access" role (scope `all` of the Management API).
    #[serde(default)]
    pub management_api_access: bool,
    /// OpenID Connect back-channel logout (`oidcClientMetadata.backchannelLogoutUri`); with
    /// `backchannelLogoutSessionRequired` the ID tokens carry `sid`.
    #[serde(default)]
    pub backchannel_logout_uri: Option<String>,
    #[serde(default)]
    pub backchannel_logout_session_required: bool,
    #[serde(default)]
    pub is_third_party: bool,
    #[serde(default)]
    pub logo_uri: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SeedUser {
    pub username: String,
    pub password: Option<String>,
    pub name: Option<String>,
    pub primary_email: Option<String>,
    pub primary_phone: Option<String>,
    #[serde(default)]
    pub profile: Object,
    #[serde(default)]
    pub custom_data: Object,
    /// Linked social accounts, Logto's `identities` shape (`{"github": {"userId", "details"}}`).
    #[serde(default)]
    pub identities: Object,
    /// Passkeys registered through Logto's own pages, by the user agent that made them.
    #[serde(default)]
    pub passkeys: Vec<String>,
}

pub const DEMO_WEB_APP_ID: &str = "profile-web";
pub const DEMO_M2M_APP_ID: &str = "profile-m2m";
pub const DEMO_THIRD_PARTY_APP_ID: &str = "acme-notes";

impl Seed {
    /// A Traditional web app for the profile app on port 3000, a third-party app, an M2M app
    /// with Management API access, and two users.
    pub fn demo() -> Seed {
        let origins = ["http://127.0.0.1:3000", "http://localhost:3000"];
        Seed {
            applications: vec![
                SeedApp {
                    id: DEMO_WEB_APP_ID.into(),
                    name: "Profile (web)".into(),
                    secret: "profile-web-dev-secret".into(),
                    app_type: AppType::Traditional,
                    redirect_uris: origins.iter().map(|o| format!("{o}/callback")).collect(),
                    post_logout_redirect_uris: origins.iter().map(|o| format!("{o}/")).collect(),
                    management_api_access: false,
                    backchannel_logout_uri: None,
                    backchannel_logout_session_required: false,
                    is_third_party: false,
                    logo_uri: None,
                },
                // A third-party app (another company's) the demo user may authorise.
                SeedApp {
                    id: DEMO_THIRD_PARTY_APP_ID.into(),
                    name: "Acme Notes".into(),
                    secret: "acme-notes-dev-secret".into(),
                    app_type: AppType::Traditional,
                    redirect_uris: vec!["http://127.0.0.1:3900/callback".into()],
                    post_logout_redirect_uris: vec![],
                    management_api_access: false,
                    backchannel_logout_uri: None,
                    backchannel_logout_session_required: false,
                    is_third_party: true,
                    logo_uri: None,
                },
                SeedApp {
                    id: DEMO_M2M_APP_ID.into(),
                    name: "Profile (management)".into(),
                    secret: "profile-m2m-dev-secret".into(),
                    app_type: AppType::MachineToMachine,
                    redirect_uris: vec![],
                    post_logout_redirect_uris: vec![],
                    management_api_access: true,
                    backchannel_logout_uri: None,
                    backchannel_logout_session_required: false,
                    is_third_party: false,
                    logo_uri: None,
                },
            ],
            users: vec![
                SeedUser {
                    username: "demo".into(),
                    password: Some("Profile-demo-2026".into()),
                    name: Some("Dana Demo".into()),
                    primary_email: Some("dana@example.com".into()),
                    primary_phone: Some("14155550100".into()),
                    profile: object(
                        json!({ "givenName": "Dana", "familyName": "Demo", "locale": "en-US" }),
                    ),
                    custom_data: Object::new(),
                    identities: object(json!({
                        "github": {
                            "userId": "4021337",
                            "details": {
                                "id": "4021337",
                                "name": "Dana Demo",
                                "email": "dana.demo@users.noreply.github.com",
                                "avatar": "https://avatars.githubusercontent.com/u/4021337"
                            }
                        }
                    })),
                    passkeys: vec![
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 \
                         (KHTML, like Gecko) Version/17.4 Safari/605.1.15"
                            .into(),
                    ],
                },
                SeedUser {
                    username: "alex".into(),
                    password: Some("Profile-alex-2026".into()),
                    name: Some("Alex Rivera".into()),
                    primary_email: Some("alex@example.com".into()),
                    primary_phone: None,
                    profile: Object::new(),
                    custom_data: Object::new(),
                    identities: Object::new(),
                    passkeys: Vec::new(),
                },
            ],
            hooks: Vec::new(),
        }
    }

    /// Adds a web app origin (e.g. `http://127.0.0.1:41000`) to every Traditional/SPA app:
    /// `{origin}/callback` as redirect URI and `{origin}/` as post-logout URI.
    pub fn allow_origin(&mut self, origin: &str) {
        let origin = origin.trim_end_matches('/');
        for app in &mut self.applications {
            if matches!(app.app_type, AppType::Traditional | AppType::SPA) {
                let redirect = format!("{origin}/callback");
                let logout = format!("{origin}/");
                if !app.redirect_uris.contains(&redirect) {
                    app.redirect_uris.push(redirect);
                }
                if !app.post_logout_redirect_uris.contains(&logout) {
                    app.post_logout_redirect_uris.push(logout);
                }
            }
        }
    }

    /// Has the web apps announce their back-channel logout URI (`{origin}{path}`), with `sid`
    /// in their ID tokens, and a webhook for `events` at `hook_url` signed with `signing_key`.
    pub fn push_to(
        &mut self,
        logout_uri: &str,
        hook_url: &str,
        events: &[&str],
        signing_key: &str,
    ) {
        for app in &mut self.applications {
            if matches!(app.app_type, AppType::Traditional) {
                app.backchannel_logout_uri = Some(logout_uri.to_owned());
                app.backchannel_logout_session_required = true;
            }
        }
        self.hooks.push(SeedHook {
            url: hook_url.to_owned(),
            events: events.iter().map(|e| (*e).to_owned()).collect(),
            signing_key: signing_key.to_owned(),
        });
    }

    pub fn app(&self, app_type: AppType) -> Option<&SeedApp> {
        self.applications.iter().find(|a| a.app_type == app_type)
    }

    pub fn banner(&self, endpoint: &str) -> String {
        let mut out = format!("Logto emulator at {endpoint} (issuer {endpoint}/oidc)\n");
        for app in &self.applications {
            out.push_str(&format!(
                "  app {:<18} {:?}: id {} secret {}\n",
                app.name, app.app_type, app.id, app.secret
            ));
        }
        for user in &self.users {
            out.push_str(&format!(
                "  sign in as {} / {}\n",
                user.username,
                user.password.as_deref().unwrap_or("(no password)")
            ));
        }
        out.push_str(&format!("  dev mailbox: {endpoint}/__emulator/mailbox\n"));
        out
    }
}

fn object(value: serde_json::Value) -> Object {
    match value {
        serde_json::Value::Object(map) => map,
        _ => Object::new(),
    }
}
