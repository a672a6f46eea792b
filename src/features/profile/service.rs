//! The profile on the server: read from the session's claims (instant) or from Logto (fresh),
//! and saved to Logto with only the changed fields.

use serde_json::{json, Map, Value};

use super::declared;
use super::fields::{Field, Storage, PROFILE_FIELDS};
use super::{form::ProfileEcho, ProfileForm, ProfileView};
use crate::features::confirm::Channel;
use crate::features::contact::service::display;
use crate::i18n::{self, Text};
use crate::server::{
    auth::AuthSession,
    context::RequestCtx,
    error::{FieldProblem, ServerError},
    logto::{self, LogtoError, LogtoUser, UserPatch, Userinfo},
    AppState,
};

fn view_from_claims(claims: &Map<String, Value>, fresh: bool) -> ProfileView {
    let text = |k: &str| claims.get(k).and_then(Value::as_str).map(String::from);
    ProfileView {
        form: ProfileForm::from_claims(claims),
        email: text("email"),
        // As people read it (`+1 415-555-0100`), as the phone page shows it, not Logto's digits.
        phone: text("phone_number").map(|p| display(Channel::Phone, &p)),
        created_at: claims.get("created_at").and_then(Value::as_i64),
        last_sign_in_at: None,
        fresh,
        custom: Default::default(),
        hidden: Vec::new(),
        zone_option: None,
    }
}

pub async fn cached() -> Result<ProfileView, ServerError> {
    let ctx = RequestCtx::get().await?;
    let mut auth = ctx.user().await?;
    let mut view = view_from_claims(&auth.claims, false);
    // Logto's customData is not among the ID token's claims: kept in the session once read
    // (here on the first view, then by every refresh and save).
    let custom_data = match auth.claims.get(CUSTOM_DATA) {
        Some(Value::Object(data)) => data.clone(),
        _ if !has_logto_fields(&ctx.state) => Map::new(),
        // Logto unreachable: the page still paints from the claims (these fields empty, and
        // a save of one is checked against Logto first, so nothing is overwritten blindly).
        _ => match ctx.state.management.custom_data(&auth.user_id).await {
            Ok(data) => {
                auth.claims
                    .insert(CUSTOM_DATA.into(), Value::Object(data.clone()));
                ctx.save_user(&auth).await?;
                data
            }
            Err(e) => {
                tracing::warn!(error = %e, "custom data unavailable for the first paint");
                Map::new()
            }
        },
    };
    add_custom(&ctx, &auth.user_id, &custom_data, &mut view).await?;
    Ok(view)
}

/// Where the session keeps the user's last known `customData`.
const CUSTOM_DATA: &str = "custom_data";

fn has_logto_fields(state: &AppState) -> bool {
    state
        .fields
        .fields
        .iter()
        .any(|f| f.store == declared::Store::Logto)
}

/// The declared fields: what the page draws, and the user's values in the form.
async fn add_custom(
    ctx: &RequestCtx,
    user_id: &str,
    custom_data: &Map<String, Value>,
    view: &mut ProfileView,
) -> Result<(), ServerError> {
    view.custom = declared::service::specs(&ctx.state, ctx.lang);
    view.hidden = view.custom.hidden.clone();
    for (key, declared) in declared::service::entries(&ctx.state, user_id, custom_data).await? {
        view.form.put_declared(key, declared);
    }
    Ok(())
}

pub async fn fresh() -> Result<ProfileView, ServerError> {
    let ctx = RequestCtx::get().await?;
    let auth = ctx.fresh_user().await?;
    let state = &ctx.state;
    // Logto's webhook keeps a copy of the user true: no call to Logto at all.
    if let Some(user) = state.pushed.trusted(&auth.user_id).await? {
        return view_from_user(&ctx, &auth, &user).await;
    }
    let user = async { Ok(state.management.get_user_json(&auth.user_id).await?) };
    let claims = async {
        match userinfo(state, &auth.access_token).await {
            // Logto refused a token we thought valid: refresh once and ask again.
            Err(ServerError::Unauthenticated) => {
                let renewed = state.auth.refresh(&ctx.session, &auth).await?;
                userinfo(state, &renewed.access_token).await
            }
            other => other,
        }
    };
    let (claims, user_json) = tokio::try_join!(claims, user)?;
    if state.upstream.logto.webhook_signing_key.is_some() {
        state.pushed.store_read(&user_json).await?;
    }
    let user: LogtoUser = serde_json::from_value(user_json)
        .map_err(|e| ServerError::Logto(LogtoError::InvalidResponse(e.to_string())))?;
    let mut view = view_from_claims(&claims, true);
    view.last_sign_in_at = user.last_sign_in_at;
    view.created_at = Some(user.created_at);
    add_custom(&ctx, &auth.user_id, &user.custom_data, &mut view).await?;
    keep_custom_data(&ctx, &auth, user.custom_data).await?;
    Ok(view)
}

/// The view from a pushed copy of the user (Logto's user object): what userinfo would say.
async fn view_from_user(
    ctx: &RequestCtx,
    auth: &AuthSession,
    user: &Value,
) -> Result<ProfileView, ServerError> {
    let mut view = view_from_claims(&logto::claims_from_user(user), true);
    view.last_sign_in_at = user["lastSignInAt"].as_i64();
    view.created_at = user["createdAt"].as_i64();
    let custom_data = user["customData"].as_object().cloned().unwrap_or_default();
    add_custom(ctx, &auth.user_id, &custom_data, &mut view).await?;
    keep_custom_data(ctx, auth, custom_data).await?;
    Ok(view)
}

/// Keeps the session's copy of `customData` in step, for the next first paint.
async fn keep_custom_data(
    ctx: &RequestCtx,
    auth: &AuthSession,
    custom_data: Map<String, Value>,
) -> Result<(), ServerError> {
    let cached = Value::Object(custom_data);
    if auth.claims.get(CUSTOM_DATA) != Some(&cached) {
        let mut auth = ctx.user().await?;
        auth.claims.insert(CUSTOM_DATA.into(), cached);
        ctx.save_user(&auth).await?;
    }
    Ok(())
}

/// The OIDC userinfo claims for a user access token (`Unauthenticated` when Logto refuses it).
async fn userinfo(state: &AppState, access_token: &str) -> Result<Map<String, Value>, ServerError> {
    let endpoint = &state.upstream.logto.endpoint;
    match logto::userinfo(&state.http, endpoint, access_token).await {
        Ok(Userinfo::Claims(claims)) => Ok(claims),
        Ok(Userinfo::Refused) => Err(ServerError::Unauthenticated),
        Err(e) => Err(ServerError::Userinfo(e)),
    }
}

/// The edit that waited for a proof of identity.
const DRAFT_KEY: &str = "profile.draft";

/// The waiting edit, once (and only once there is a fresh proof for it).
pub async fn take_draft() -> Result<Option<ProfileEcho>, ServerError> {
    let ctx = RequestCtx::get().await?;
    if !ctx.state.auth.has_fresh_proof(&ctx.user().await?) {
        return Ok(None);
    }
    Ok(ctx.session.remove(DRAFT_KEY).await?)
}

pub async fn save(original: ProfileForm, edited: ProfileForm) -> Result<ProfileForm, ServerError> {
    save_for(&RequestCtx::get().await?, original, edited).await
}

/// Saves for the request's user (server function and plain form post alike): the built-in
/// fields, then the declared ones (Logto's `customData`, then the own database), and keeps the
/// session's claims in step with what Logto now has, also when only part was written.
pub async fn save_for(
    ctx: &RequestCtx,
    original: ProfileForm,
    edited: ProfileForm,
) -> Result<ProfileForm, ServerError> {
    let mut auth = ctx.user().await?;
    let state = &ctx.state;
    let changed = edited.changed_from(&original);
    // Every refusal at once, built-in and declared fields alike.
    let mut refused = refused_hidden(state, &changed);
    refused.extend(refused_values(&written(&changed), &edited));
    let today = declared::service::today(state);
    let custom = match declared::service::plan(&state.fields, ctx.lang, &original, &edited, &today)
    {
        Ok(custom) => custom,
        Err(ServerError::Invalid(more)) => {
            refused.extend(more);
            Vec::new()
        }
        Err(other) => return Err(other),
    };
    if !refused.is_empty() {
        return Err(ServerError::Invalid(refused));
    }
    if changed.iter().any(|f| f.key == "username") && !ctx.state.auth.has_fresh_proof(&auth) {
        // Kept for after the detour through "confirm it's you"; a sensitive value typed meanwhile
        // is not kept in the session (it is typed again).
        let draft = ProfileEcho {
            original,
            edited: without_secrets(state, edited),
            error: None,
        };
        ctx.session.insert(DRAFT_KEY, &draft).await?;
        return Err(ServerError::ProofNeeded);
    }
    // Nothing is written when a declared field changed elsewhere since the page showed it.
    declared::service::check_unchanged(state, ctx.lang, &auth.user_id, &custom).await?;
    let declared_labels = || custom.iter().map(|c| c.label()).collect::<Vec<_>>();
    let saved = match save_changes(state, &auth.user_id, &original, &edited).await {
        Ok(saved) => saved,
        Err(SaveError::Nothing(error)) => return Err(error),
        Err(SaveError::Partly { saved, error }) => {
            refresh_claims(&mut auth, &saved);
            ctx.save_user_now(&auth).await?;
            let keys: Vec<&str> = saved.written.iter().map(|f| f.key).collect();
            ctx.record(&auth, "profile.saved", &keys).await;
            // The declared fields were not tried: they are not saved either.
            return Err(match error {
                ServerError::PartlySaved {
                    saved,
                    mut not_saved,
                    cause,
                } => {
                    not_saved.extend(declared_labels());
                    ServerError::PartlySaved {
                        saved,
                        not_saved,
                        cause,
                    }
                }
                other => other,
            });
        }
    };
    refresh_claims(&mut auth, &saved);
    let mut written = declared::service::Written::default();
    let declared_result = async {
        declared::service::write_logto(state, &auth.user_id, &custom, &mut written).await?;
        declared::service::write_db(state, ctx.lang, &auth.user_id, &custom, &mut written).await
    }
    .await;
    if let Some(data) = written.custom_data.take() {
        auth.claims.insert(CUSTOM_DATA.into(), Value::Object(data));
    }
    let keys: Vec<&str> = saved
        .written
        .iter()
        .map(|f| f.key)
        .chain(written.keys.iter().copied())
        .collect();
    if !keys.is_empty() {
        ctx.record(&auth, "profile.saved", &keys).await;
    }
    match declared_result {
        Ok(()) => {
            ctx.save_user(&auth).await?;
            let mut form = without_secrets(state, saved.form);
            for entry in written.entries {
                form.set(&entry.field, entry.message);
            }
            Ok(form)
        }
        Err(error) => {
            ctx.save_user_now(&auth).await?;
            let done: Vec<Text> = saved
                .written
                .iter()
                .map(|f| f.label)
                .chain(written.labels.iter().copied())
                .collect();
            if done.is_empty() {
                return Err(error);
            }
            let not_saved = declared_labels()
                .into_iter()
                .filter(|l| !written.labels.contains(l))
                .collect();
            Err(ServerError::PartlySaved {
                saved: done,
                not_saved,
                cause: Box::new(error),
            })
        }
    }
}

/// Built-in fields the declaration hides are not changed through this app.
fn refused_hidden(state: &AppState, changed: &[&'static Field]) -> Vec<FieldProblem> {
    changed
        .iter()
        .filter(|f| state.fields.is_hidden(f.key))
        .map(|f| FieldProblem::new(f.key, i18n::CUSTOM_READ_ONLY))
        .collect()
}

/// The form without typed sensitive values (they never go back to the browser or into the
/// session) and without removal requests.
fn without_secrets(state: &AppState, mut form: ProfileForm) -> ProfileForm {
    for field in state.fields.fields.iter().filter(|f| f.sensitive) {
        if let Some(declared) = form.declared_mut(field.key) {
            declared.value = Some(String::new());
            declared.forget = false;
        }
    }
    form
}

/// A save that failed: before anything was written, or after some of it was.
enum SaveError {
    Nothing(ServerError),
    Partly { saved: Saved, error: ServerError },
}

impl From<ServerError> for SaveError {
    fn from(error: ServerError) -> SaveError {
        SaveError::Nothing(error)
    }
}

/// What a save wrote: the form as saved, and the fields Logto now has from it.
struct Saved {
    form: ProfileForm,
    written: Vec<&'static Field>,
}

/// The fields a save writes: the changed ones, and every address part when one of them changed
/// (Logto replaces the address whole, so the unchanged parts are written too).
fn written(changed: &[&'static Field]) -> Vec<&'static Field> {
    let is_address = |f: &Field| matches!(f.storage, Storage::Address { .. });
    let address = changed.iter().any(|f| is_address(f));
    PROFILE_FIELDS
        .iter()
        .filter(|f| changed.iter().any(|c| c.key == f.key) || (address && is_address(f)))
        .collect()
}

/// Every written field that fails its check, all at once.
fn refused_values(written: &[&'static Field], edited: &ProfileForm) -> Vec<FieldProblem> {
    written
        .iter()
        .filter_map(|f| {
            let invalid = f.validate(edited.get(f.key)).err()?;
            Some(FieldProblem::new(f.key, invalid.0))
        })
        .collect()
}

/// Validates and writes the changed fields: basics with `PATCH /users/:id` (`null` clears),
/// profile claims with the merge endpoint, or with a whole-profile replace when a claim is
/// cleared (the merge endpoint cannot delete).
async fn save_changes(
    state: &AppState,
    user_id: &str,
    original: &ProfileForm,
    edited: &ProfileForm,
) -> Result<Saved, SaveError> {
    let changed = edited.changed_from(original);
    let written = written(&changed);
    let refused = refused_values(&written, edited);
    if !refused.is_empty() {
        return Err(ServerError::Invalid(refused).into());
    }
    let value = |f: &Field| {
        let v = edited.get(f.key).trim();
        (!v.is_empty()).then(|| v.to_owned())
    };

    let mut patch = UserPatch::default();
    let mut merge = Map::new();
    let mut cleared = Vec::new();
    let mut address_changed = false;
    for field in &changed {
        match field.storage {
            Storage::Basic { logto, .. } => patch.set(logto, value(field)),
            Storage::Claim { logto, .. } => match value(field) {
                Some(v) => {
                    merge.insert(logto.to_owned(), json!(v));
                }
                None => cleared.push(logto),
            },
            Storage::Address { .. } => address_changed = true,
        }
    }
    if address_changed {
        // `address` is replaced whole by either endpoint: send every part.
        let parts: Map<String, Value> = PROFILE_FIELDS
            .iter()
            .filter_map(|f| match f.storage {
                Storage::Address { part } => value(f).map(|v| (part.to_owned(), json!(v))),
                _ => None,
            })
            .collect();
        if parts.is_empty() {
            cleared.push("address");
        } else {
            merge.insert("address".into(), Value::Object(parts));
        }
    }

    // Basics first: they carry the likely refusal (a taken username), and nothing else is
    // written when they fail.
    if !patch.is_empty() && cleared.is_empty() {
        state
            .management
            .update_user(user_id, &patch)
            .await
            .map_err(refusal)?;
    }
    let mut form = edited.clone();
    for field in PROFILE_FIELDS {
        form.set(field.key, edited.get(field.key).trim().to_owned());
    }
    // When the basics went through alone, say so: the claims that follow may still fail.
    let basics_saved = || Saved {
        form: form.clone(),
        written: written
            .iter()
            .copied()
            .filter(|f| matches!(f.storage, Storage::Basic { .. }))
            .collect(),
    };
    let partly = |error: ServerError| match patch.is_empty() || !cleared.is_empty() {
        true => SaveError::Nothing(error),
        false => SaveError::Partly {
            saved: basics_saved(),
            error: ServerError::PartlySaved {
                saved: basics_saved().written.iter().map(|f| f.label).collect(),
                not_saved: written
                    .iter()
                    .filter(|f| !matches!(f.storage, Storage::Basic { .. }))
                    .map(|f| f.label)
                    .collect(),
                cause: Box::new(error),
            },
        },
    };
    if !cleared.is_empty() {
        let mut profile = state
            .management
            .get_user(user_id)
            .await
            .map_err(ServerError::from)?
            .profile;
        for key in &cleared {
            profile.remove(*key);
        }
        profile.extend(merge);
        patch.profile = Some(profile);
        state
            .management
            .update_user(user_id, &patch)
            .await
            .map_err(refusal)?;
    } else if !merge.is_empty() {
        state
            .management
            .merge_profile(user_id, merge)
            .await
            .map_err(|e| partly(refusal(e)))?;
    }
    Ok(Saved { form, written })
}

/// Logto's codes that belong to a field, in words.
fn refusal(err: LogtoError) -> ServerError {
    let (field, message) = match err.code() {
        Some("user.username_already_in_use") => (Some("username"), i18n::USERNAME_TAKEN),
        Some("entity.value_too_long") => (None, i18n::VALUE_TOO_LONG),
        Some("guard.invalid_input") => (None, i18n::LOGTO_REFUSED_VALUE),
        _ => return ServerError::Logto(err),
    };
    ServerError::Refused {
        field,
        message,
        cause: err,
    }
}

/// Keeps the session's cached claims in step with what was written (and only that), so the
/// header and the next first paint show the new values.
fn refresh_claims(auth: &mut AuthSession, saved: &Saved) {
    let set = |claims: &mut Map<String, Value>, key: &str, value: &str| {
        if value.is_empty() {
            claims.remove(key);
        } else {
            claims.insert(key.to_owned(), json!(value));
        }
    };
    let mut address = Map::new();
    let mut address_written = false;
    for field in &saved.written {
        let value = saved.form.get(field.key);
        match field.storage {
            Storage::Basic { claim, .. } | Storage::Claim { claim, .. } => {
                set(&mut auth.claims, claim, value)
            }
            Storage::Address { part } => {
                address_written = true;
                if !value.is_empty() {
                    address.insert(part.to_owned(), json!(value));
                }
            }
        }
    }
    if !address_written {
        return;
    }
    if address.is_empty() {
        auth.claims.remove("address");
    } else {
        auth.claims.insert("address".into(), Value::Object(address));
    }
}
