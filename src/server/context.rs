//! The one way into a request for server functions and page renders: the app state, the session
//! and the signed-in user, and the request's language.

use tower_sessions::Session;

use super::{
    activity::Activity,
    auth::{session_handle, AuthSession},
    client_ip::Client,
    error::ServerError,
    logto::{self, Userinfo},
    AppState,
};
use crate::i18n::{use_lang, Lang};

pub struct RequestCtx {
    pub state: AppState,
    pub session: Session,
    pub lang: Lang,
    /// Where this request comes from (its own address and browser).
    pub client: Client,
}

impl RequestCtx {
    /// Now, in seconds, by the app's clock.
    pub fn now(&self) -> i64 {
        self.state.clock.now_secs()
    }
    /// Keeps `value` in the session, sealed: what waits there (keys being set up, codes, proofs
    /// of Logto's) is never stored readable.
    pub async fn put_sealed<T: serde::Serialize>(
        &self,
        key: &str,
        value: &T,
    ) -> Result<(), ServerError> {
        let json =
            serde_json::to_vec(value).map_err(|_| ServerError::Internal("unserializable"))?;
        self.session
            .insert(key, self.state.auth.sealer.seal(&json))
            .await?;
        Ok(())
    }

    /// What [`Self::put_sealed`] kept; `None` when absent or sealed with a key no longer held.
    pub async fn get_sealed<T: serde::de::DeserializeOwned>(
        &self,
        key: &str,
    ) -> Result<Option<T>, ServerError> {
        let sealed: Option<String> = self.session.get(key).await?;
        Ok(sealed
            .and_then(|s| self.state.auth.sealer.open(&s))
            .and_then(|json| serde_json::from_slice(&json).ok()))
    }

    /// From the Leptos context the router provides to every render and server function.
    pub async fn get() -> Result<RequestCtx, ServerError> {
        let state = leptos::prelude::use_context::<AppState>().ok_or(ServerError::Internal(
            "the app state is missing from the request",
        ))?;
        let session: Session = leptos_axum::extract()
            .await
            .map_err(|_| ServerError::Internal("the session layer is missing"))?;
        let client = leptos_axum::extract::<Option<axum::Extension<Client>>>()
            .await
            .ok()
            .flatten()
            .map(|axum::Extension(client)| client)
            .unwrap_or_default();
        Ok(RequestCtx {
            state,
            session,
            lang: use_lang(),
            client,
        })
    }

    /// For an axum handler (a plain form post), which has these at hand (`client` from the
    /// request's extensions).
    pub fn new(
        state: AppState,
        session: Session,
        lang: Lang,
        client: Option<&Client>,
    ) -> RequestCtx {
        RequestCtx {
            state,
            session,
            lang,
            client: client.cloned().unwrap_or_default(),
        }
    }

    /// The signed-in user (from the session; no upstream call).
    pub async fn user(&self) -> Result<AuthSession, ServerError> {
        self.state
            .auth
            .user(&self.session)
            .await
            .ok_or(ServerError::Unauthenticated)
    }

    /// The signed-in user with a proof of identity from the last 10 minutes, or the "confirm
    /// it's you" step: what every sensitive change needs.
    pub async fn proven(&self) -> Result<AuthSession, ServerError> {
        let auth = self.user().await?;
        if !self.state.auth.has_fresh_proof(&auth) {
            return Err(ServerError::ProofNeeded);
        }
        self.still_in_good_standing(&auth).await?;
        Ok(auth)
    }

    /// Logto still stands behind this session: the user is not suspended, and Logto still
    /// honours the user's own token (a grant revoked or a session ended at Logto). The admin
    /// token would act for a suspended user all the same, so the session ends here instead, and
    /// the user is told why. Two calls, side by side; only before sensitive actions.
    pub async fn still_in_good_standing(&self, auth: &AuthSession) -> Result<(), ServerError> {
        let state = &self.state;
        let honoured = async {
            let auth = self.fresh_user().await?;
            let endpoint = &state.upstream.logto.endpoint;
            match logto::userinfo(&state.http, endpoint, &auth.access_token).await {
                Ok(Userinfo::Claims(_)) => Ok(()),
                // Refused before its expiry: one refresh says whether the grant still stands
                // (a failed refresh ends the session).
                Ok(Userinfo::Refused) => state.auth.refresh(&self.session, &auth).await.map(drop),
                Err(e) => Err(ServerError::Userinfo(e)),
            }
        };
        let user = state.management.get_user(&auth.user_id);
        let (honoured, user) = tokio::join!(honoured, user);
        // Suspension first: it is what the user needs to hear (Logto refuses their token too).
        if user?.is_suspended {
            state.auth.end_here(&self.session, &auth.user_id).await;
            return Err(ServerError::Suspended);
        }
        honoured
    }

    /// The signed-in user with an access token valid for at least a minute.
    pub async fn fresh_user(&self) -> Result<AuthSession, ServerError> {
        self.state.auth.fresh(&self.session).await
    }

    /// Stores the user's session data back (after its cached claims changed); saved with the
    /// response.
    pub async fn save_user(&self, auth: &AuthSession) -> Result<(), ServerError> {
        Ok(self.state.auth.store(&self.session, auth).await?)
    }

    /// The same, written at once: for an answer that is an error (the session layer saves
    /// nothing on a 5xx), when what the session holds has changed all the same.
    pub async fn save_user_now(&self, auth: &AuthSession) -> Result<(), ServerError> {
        self.state.auth.store(&self.session, auth).await?;
        Ok(self.session.save().await?)
    }

    /// Notes an account change in the activity log: what (`action`, field names — never values),
    /// from which session, and this request's address and browser (not the sign-in's: an action
    /// taken with a stolen cookie must show where it came from). A log that cannot be written
    /// does not undo the change: it is logged instead.
    pub async fn record(&self, auth: &AuthSession, action: &str, fields: &[&str]) {
        self.record_change(auth, action, fields, None).await
    }

    /// Records the change in the activity log and, where it is one the user is told about, sends
    /// the notice (to `old_email` as well, for an email change).
    pub async fn record_change(
        &self,
        auth: &AuthSession,
        action: &str,
        fields: &[&str],
        old_email: Option<&str>,
    ) {
        let activity = Activity {
            at: self.now(),
            action: action.to_owned(),
            fields: fields.iter().map(|f| (*f).to_owned()).collect(),
            session: self
                .session
                .id()
                .map(|id| session_handle(&id))
                .unwrap_or_default(),
            ip: self.client.ip_text(),
            user_agent: self.client.user_agent.clone(),
        };
        if let Err(e) = self.state.db.record(&auth.user_id, &activity).await {
            tracing::warn!(error = %e, action, "could not write the activity log");
        }
        let change = crate::server::notices::Change {
            old_email,
            ..crate::server::notices::Change::of_session(
                auth,
                action,
                activity.at,
                &activity.user_agent,
                &activity.ip,
                self.lang,
            )
        };
        self.state.notices.notify(&change).await;
    }
}
