//! A passkey's registration through the Account API, as Logto does it with SimpleWebAuthn
//! (`libraries/verification-helpers/webauthn.ts`, `experience/classes/verifications/
//! web-authn-verification.ts`): the relying party is the host the API was called on, the
//! origins accepted are Logto's own and the account center's `webauthnRelatedOrigins`, user
//! verification is required. The browser's answer is checked by `webauthn_rp`.

use axum::{
    body::Bytes,
    extract::State,
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Extension, Json,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde_json::{json, Value};
use webauthn_rp::{
    bin::{Decode, Encode},
    request::{
        register::{
            AuthenticatorSelectionCriteria, CoseAlgorithmIdentifiers, CredProtect,
            Extension as WebAuthnExtension, PublicKeyCredentialCreationOptions,
            PublicKeyCredentialUserEntity, RegistrationVerificationOptions, ResidentKeyRequirement,
            UserHandle64,
        },
        AsciiDomain, CredentialMediationRequirement, ExtensionReq, RpId,
        UserVerificationRequirement,
    },
    response::register::ser_relaxed::RegistrationRelaxed,
    RegistrationServerState,
};

use super::{field, host, insert, record_not_found, Kind, UserAuth};
use crate::{
    ctx::Ctx,
    error::ApiError,
    ids,
    management::{account_center, json_body, logto_config::sign_in_mfa, validate::Guard},
    model::{now_ms, MfaFactor, MfaVerification, User},
    LogtoVersion,
};

/// `webAuthnAuthenticationOptionsTimeout`.
const TIMEOUT_MS: u32 = 60_000;
/// `webAuthnTransportGuard`.
const TRANSPORTS: &[&str] = &[
    "usb",
    "nfc",
    "ble",
    "internal",
    "cable",
    "hybrid",
    "smart-card",
];

/// A registration: its ceremony (encoded, as a failed check leaves it for another try) and,
/// once checked, the passkey.
pub struct Registration {
    rp_id: String,
    ceremony: Vec<u8>,
    bound: Option<Bound>,
}

impl Registration {
    /// Logto has checked the browser's answer.
    pub fn is_verified(&self) -> bool {
        self.bound.is_some()
    }
}

struct Bound {
    credential_id: String,
    transports: Vec<String>,
    agent: String,
}

/// `POST /api/verifications/web-authn/registration` → 200 `{verificationRecordId,
/// registrationOptions, expiresAt}`.
pub async fn options(
    State(ctx): State<Ctx>,
    Extension(auth): Extension<UserAuth>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let user = ctx.user(&auth.user_id).ok_or_else(ApiError::not_found)?;
    let host = host(&headers);
    let rp_id = host.rsplit_once(':').map_or(host.as_str(), |(h, _)| h);
    let domain = AsciiDomain::try_from(rp_id.to_owned()).map_err(|_| ApiError::internal())?;
    let (state, challenge) = start(&RpId::Domain(domain), ctx.version)?;
    let options = creation_options(&user, rp_id, &challenge, ctx.version);
    let registration = Registration {
        rp_id: rp_id.to_owned(),
        ceremony: state.encode().map_err(|_| ApiError::internal())?,
        bound: None,
    };
    let (id, expires_at) = insert(&ctx, &user.id, Kind::WebAuthn(registration));
    Ok(Json(json!({
        "verificationRecordId": id,
        "registrationOptions": options,
        "expiresAt": expires_at,
    }))
    .into_response())
}

/// The ceremony's server half, and its challenge in base64url.
fn start(
    rp_id: &RpId,
    version: LogtoVersion,
) -> Result<(RegistrationServerState<64>, String), ApiError> {
    let handle = UserHandle64::new();
    let user = PublicKeyCredentialUserEntity {
        name: "user".try_into().map_err(|_| ApiError::internal())?,
        id: &handle,
        display_name: None,
    };
    let mut options = PublicKeyCredentialCreationOptions::passkey(rp_id, user, Vec::new());
    options.mediation = CredentialMediationRequirement::Optional;
    // The browser is told 60 s; the check, like SimpleWebAuthn's, holds as long as the record.
    options.timeout = std::num::NonZeroU32::new(10 * 60 * 1000).ok_or_else(ApiError::internal)?;
    options.pub_key_cred_params = CoseAlgorithmIdentifiers::default();
    options.authenticator_selection = if discoverable(version) {
        AuthenticatorSelectionCriteria::passkey()
    } else {
        // 1.37 asks for no discoverable credential and checks no user verification.
        AuthenticatorSelectionCriteria {
            resident_key: ResidentKeyRequirement::Discouraged,
            user_verification: UserVerificationRequirement::Preferred,
            ..AuthenticatorSelectionCriteria::passkey()
        }
    };
    options.extensions = WebAuthnExtension {
        cred_props: Some(ExtensionReq::Allow),
        cred_protect: CredProtect::None,
        min_pin_length: None,
        prf: None,
    };
    let challenge = URL_SAFE_NO_PAD.encode(options.challenge.as_data().to_le_bytes());
    let (state, _) = options.start_ceremony().map_err(|_| ApiError::internal())?;
    Ok((state, challenge))
}

/// 1.42 makes passkeys discoverable (for passkey sign-in) and requires user verification; 1.37
/// did so only with its dev features on (`routes/interaction/utils/webauthn.ts`), measured off.
fn discoverable(version: LogtoVersion) -> bool {
    version >= LogtoVersion::V1_42
}

/// SimpleWebAuthn's `generateRegistrationOptions` output for Logto's settings.
fn creation_options(user: &User, rp_id: &str, challenge: &str, version: LogtoVersion) -> Value {
    let phone = user.primary_phone.clone().map(|p| format!("+{p}"));
    let user_name = user
        .primary_email
        .clone()
        .or(phone.clone())
        .or(user.username.clone())
        .unwrap_or_else(|| "Unnamed User".into());
    let display_name = user.name.clone().unwrap_or_else(|| user_name.clone());
    let exclude: Vec<Value> = user
        .mfa_verifications
        .iter()
        .filter_map(|m| match &m.factor {
            MfaFactor::WebAuthn {
                credential_id: Some(id),
                transports,
                ..
            } => Some(json!({ "id": id, "type": "public-key", "transports": transports })),
            _ => None,
        })
        .collect();
    json!({
        "challenge": challenge,
        "rp": { "name": rp_id, "id": rp_id },
        "user": {
            "id": URL_SAFE_NO_PAD.encode(user.id.as_bytes()),
            "name": user_name,
            "displayName": display_name,
        },
        "pubKeyCredParams": [
            { "alg": -7, "type": "public-key" },
            { "alg": -257, "type": "public-key" },
        ],
        "timeout": TIMEOUT_MS,
        "attestation": "none",
        "excludeCredentials": exclude,
        "authenticatorSelection": if discoverable(version) {
            json!({ "residentKey": "required", "userVerification": "required", "requireResidentKey": true })
        } else {
            json!({ "residentKey": "discouraged", "requireResidentKey": false })
        },
        "extensions": { "credProps": true },
    })
}

/// `POST /api/verifications/web-authn/registration/verify` `{verificationRecordId, payload}` →
/// 200 `{verificationRecordId}`; a response that fails the checks → 400
/// `session.mfa.webauthn_verification_failed`.
pub async fn verify(
    State(ctx): State<Ctx>,
    Extension(auth): Extension<UserAuth>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let (record_id, payload) = verify_body(&body)?;
    let (ceremony, rp_id) = {
        let eph = ctx.ephemeral();
        let record = eph
            .verifications
            .get(&record_id)
            .filter(|r| r.user_id == auth.user_id && r.expires_at > now_ms())
            .ok_or_else(record_not_found)?;
        let Kind::WebAuthn(registration) = &record.kind else {
            return Err(record_not_found());
        };
        (registration.ceremony.clone(), registration.rp_id.clone())
    };
    let state =
        RegistrationServerState::<64>::decode(&ceremony).map_err(|_| ApiError::internal())?;
    let origins = allowed_origins(&ctx, &host(&headers));
    check(state, &rp_id, &payload, &origins)?;
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let mut eph = ctx.ephemeral();
    if let Some(Kind::WebAuthn(registration)) =
        eph.verifications.get_mut(&record_id).map(|r| &mut r.kind)
    {
        registration.bound = Some(Bound {
            credential_id: field(&payload, "id").unwrap_or_default().to_owned(),
            transports: string_list(payload.pointer("/response/transports")),
            agent,
        });
    }
    Ok(Json(json!({ "verificationRecordId": record_id })).into_response())
}

/// Logto's own origin (`ctx.origin`) and the account center's related origins.
fn allowed_origins(ctx: &Ctx, host: &str) -> Vec<String> {
    let mut origins = vec![format!("http://{host}")];
    origins.extend(account_center::related_origins(ctx));
    origins
}

fn webauthn_failed() -> ApiError {
    ApiError::new(
        400,
        "session.mfa.webauthn_verification_failed",
        "WebAuthn verification failed.",
    )
}

/// The browser's answer against the ceremony: challenge, origin, relying party, user present
/// and verified, an accepted algorithm.
fn check(
    state: RegistrationServerState<64>,
    rp_id: &str,
    payload: &Value,
    origins: &[String],
) -> Result<(), ApiError> {
    // What SimpleWebAuthn is handed: the guarded payload with `type` set back to `public-key`.
    let mut response = payload.clone();
    response["type"] = json!("public-key");
    let registration: RegistrationRelaxed =
        serde_json::from_value(response).map_err(|_| webauthn_failed())?;
    let domain = AsciiDomain::try_from(rp_id.to_owned()).map_err(|_| webauthn_failed())?;
    let options = RegistrationVerificationOptions::<String, String> {
        allowed_origins: origins,
        allowed_top_origins: None,
        error_on_unsolicited_extensions: false,
        ..RegistrationVerificationOptions::default()
    };
    state
        .verify(&RpId::Domain(domain), &registration.0, &options)
        .map(drop)
        .map_err(|e| {
            tracing::debug!(error = %e, "passkey registration refused");
            webauthn_failed()
        })
}

/// `{verificationRecordId: string, payload: bindWebAuthnPayloadGuard}`, unknown keys dropped
/// as zod does.
fn verify_body(body: &Value) -> Result<(String, Value), ApiError> {
    let mut guard = Guard::default();
    let obj = guard.object(body).cloned().unwrap_or_default();
    let id = guard.required_string(&obj, "verificationRecordId");
    let payload =
        required_object(&mut guard, &obj, "payload").map(|p| guarded_payload(&mut guard, &p));
    guard.finish()?;
    Ok((
        id.ok_or_else(ApiError::internal)?,
        payload.ok_or_else(ApiError::internal)?,
    ))
}

fn guarded_payload(guard: &mut Guard, payload: &serde_json::Map<String, Value>) -> Value {
    if payload.get("type").and_then(Value::as_str) != Some("WebAuthn") {
        guard.fail(
            "payload.type",
            "invalid_literal",
            "Invalid literal value, expected \"WebAuthn\"",
        );
    }
    let id = guard.required_string(payload, "id");
    let raw_id = guard.required_string(payload, "rawId");
    let response = required_object(guard, payload, "response").map(|r| guarded_response(guard, &r));
    let extensions = required_object(guard, payload, "clientExtensionResults");
    let mut out = json!({
        "id": id,
        "rawId": raw_id,
        "response": response,
        "clientExtensionResults": client_extension_results(extensions),
    });
    match payload
        .get("authenticatorAttachment")
        .and_then(Value::as_str)
    {
        Some(a @ ("platform" | "cross-platform")) => out["authenticatorAttachment"] = json!(a),
        Some(_) => guard.fail(
            "payload.authenticatorAttachment",
            "invalid_enum_value",
            "Invalid enum value. Expected 'cross-platform' | 'platform'",
        ),
        None => {}
    }
    out
}

fn guarded_response(guard: &mut Guard, response: &serde_json::Map<String, Value>) -> Value {
    let client_data = guard.required_string(response, "clientDataJSON");
    let attestation = guard.required_string(response, "attestationObject");
    let mut out = json!({ "clientDataJSON": client_data, "attestationObject": attestation });
    for key in ["authenticatorData", "publicKey"] {
        if let Some(v) = response.get(key).and_then(Value::as_str) {
            out[key] = json!(v);
        }
    }
    if let Some(alg) = response.get("publicKeyAlgorithm").and_then(Value::as_i64) {
        out["publicKeyAlgorithm"] = json!(alg);
    }
    if let Some(list) = response.get("transports") {
        let transports = string_list(Some(list));
        if transports.iter().any(|t| !TRANSPORTS.contains(&t.as_str())) {
            guard.fail(
                "payload.response.transports",
                "invalid_enum_value",
                "Invalid enum value",
            );
        }
        out["transports"] = json!(transports);
    }
    out
}

/// Logto's guard spells the credential-properties output `crepProps`, so the browser's
/// `credProps` is dropped before SimpleWebAuthn sees it; `appid` and `hmacCreateSecret` stay.
fn client_extension_results(given: Option<serde_json::Map<String, Value>>) -> Value {
    let mut out = serde_json::Map::new();
    for key in ["appid", "hmacCreateSecret"] {
        if let Some(v) = given
            .as_ref()
            .and_then(|g| g.get(key))
            .filter(|v| v.is_boolean())
        {
            out.insert(key.to_owned(), v.clone());
        }
    }
    Value::Object(out)
}

fn required_object(
    guard: &mut Guard,
    obj: &serde_json::Map<String, Value>,
    key: &str,
) -> Option<serde_json::Map<String, Value>> {
    if !obj.contains_key(key) {
        guard.fail(key, "invalid_type", "Required");
    }
    guard.object_field(obj, key)
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// `POST /api/my-account/mfa-verifications` `{type: "WebAuthn", newIdentifierVerificationRecordId,
/// name?}` with `logto-verification-id` → 204. Logto's order of checks: the proof (401), the
/// field's setting (400), the `identities` scope (401), the factor enabled in the sign-in
/// experience (400), the registration record (400).
pub async fn bind(
    State(ctx): State<Ctx>,
    Extension(auth): Extension<UserAuth>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body = json_body(&body)?;
    let (record_id, name) = bind_body(&body)?;
    if !auth.identity_verified {
        return Err(ApiError::new(
            401,
            "verification_record.permission_denied",
            "Permission denied, please re-authenticate.",
        ));
    }
    if !account_center::passkeys_editable(&ctx) {
        return Err(ApiError::new(
            400,
            "account_center.field_not_editable",
            "Field is not editable.",
        ));
    }
    if !auth.scopes.iter().any(|s| s == "identities") {
        return Err(ApiError::new(
            401,
            "auth.unauthorized",
            "Unauthorized. Please check credentials and its scope.",
        ));
    }
    // 1.42 also takes passkey sign-in switched on, which the emulator never has.
    let factors = mfa_factors(&ctx);
    if !factors.iter().any(|f| f == "WebAuthn") {
        return Err(ApiError::new(
            400,
            "session.mfa.mfa_factor_not_enabled",
            "MFA factor is not enabled.",
        ));
    }
    let bound = take_bound(&ctx, &record_id, &auth.user_id)?;
    let turns_mfa_on =
        ctx.version >= LogtoVersion::V1_42 && factors.iter().any(|f| f == "WebAuthn");
    ctx.store.write(|s| {
        let Some(user) = s.users.get_mut(&auth.user_id) else {
            return;
        };
        user.mfa_verifications.push(MfaVerification {
            id: ids::id(21),
            created_at: now_ms(),
            factor: MfaFactor::WebAuthn {
                agent: bound.agent,
                name,
                credential_id: Some(bound.credential_id),
                rp_id: Some(bound.rp_id),
                transports: bound.transports,
            },
        });
        if turns_mfa_on {
            crate::management::logto_config::set_mfa_enabled(user);
        }
        user.updated_at = now_ms();
    });
    Ok(StatusCode::NO_CONTENT.into_response())
}

struct BoundPasskey {
    credential_id: String,
    transports: Vec<String>,
    agent: String,
    rp_id: String,
}

/// The verified registration the record holds (records are not consumed by use in Logto).
fn take_bound(ctx: &Ctx, record_id: &str, user_id: &str) -> Result<BoundPasskey, ApiError> {
    let eph = ctx.ephemeral();
    let record = eph
        .verifications
        .get(record_id)
        .filter(|r| r.user_id == user_id && r.expires_at > now_ms())
        .ok_or_else(record_not_found)?;
    let Kind::WebAuthn(registration) = &record.kind else {
        return Err(record_not_found());
    };
    let b = registration.bound.as_ref().ok_or_else(record_not_found)?;
    Ok(BoundPasskey {
        credential_id: b.credential_id.clone(),
        transports: b.transports.clone(),
        agent: b.agent.clone(),
        rp_id: registration.rp_id.clone(),
    })
}

fn mfa_factors(ctx: &Ctx) -> Vec<String> {
    string_list(sign_in_mfa(ctx).get("factors"))
}

/// The discriminated union of the body: WebAuthn is emulated; TOTP and backup codes through
/// the Account API are not (the app sets them up through the Management API).
fn bind_body(body: &Value) -> Result<(String, Option<String>), ApiError> {
    let mut guard = Guard::default();
    let obj = guard.object(body).cloned().unwrap_or_default();
    match obj.get("type").and_then(Value::as_str) {
        Some("WebAuthn") => {}
        Some("Totp" | "BackupCode") => {
            return Err(ApiError::new(
                501,
                "emulator.not_emulated",
                "The emulator binds only passkeys through the Account API.",
            ))
        }
        _ => guard.fail(
            "type",
            "invalid_union_discriminator",
            "Invalid discriminator value. Expected 'WebAuthn' | 'Totp' | 'BackupCode'",
        ),
    }
    let id = guard.required_string(&obj, "newIdentifierVerificationRecordId");
    let name = match obj.get("name") {
        None => None,
        Some(Value::String(n)) => Some(n.clone()),
        Some(_) => {
            guard.fail("name", "invalid_type", "Expected string");
            None
        }
    };
    guard.finish()?;
    Ok((id.ok_or_else(ApiError::internal)?, name))
}
