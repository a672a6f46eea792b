//! `/oidc/token` (authorization_code, refresh_token, client_credentials) and revocation.

use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use serde_json::{json, Value};

use super::{
    claims::{self, Target},
    client_auth::{authenticate, Params},
};
use crate::{
    ctx::{Ctx, ACCESS_TOKEN_TTL, ID_TOKEN_TTL, REFRESH_TOKEN_TTL},
    error::OidcError,
    ids, keys,
    model::{now_secs, AccessGrant, AppType, Application, RefreshGrant},
};

/// Confidential clients get a new refresh token once 70% of its lifetime has passed, and none
/// after a year (`../shared/logto/CONTRACT.md` §5); public clients on every use.
const ROTATE_AFTER_FRACTION: f64 = 0.7;
const ROTATION_MAX_AGE: i64 = 365 * 24 * 3600;

pub async fn exchange(
    State(ctx): State<Ctx>,
    Query(query): Query<Params>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let raw = query.get("parse_error").is_some_and(|v| v == "false");
    let result = match parse_params(&headers, &body) {
        Ok(params) => grant(&ctx, &headers, &params),
        Err(e) => Err(e),
    };
    match result {
        Ok(body) => {
            let mut res = Json(body).into_response();
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(mut e) => {
            e.raw = raw;
            e.into_response()
        }
    }
}

/// Form-urlencoded, or JSON (Logto accepts both).
pub fn parse_params(headers: &HeaderMap, body: &Bytes) -> Result<Params, OidcError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        let value: Value = serde_json::from_slice(body)
            .map_err(|_| OidcError::invalid_request("invalid JSON body"))?;
        let Value::Object(map) = value else {
            return Err(OidcError::invalid_request("invalid JSON body"));
        };
        Ok(map
            .into_iter()
            .filter_map(|(k, v)| match v {
                Value::String(s) => Some((k, s)),
                _ => None,
            })
            .collect())
    } else {
        Ok(url::form_urlencoded::parse(body).into_owned().collect())
    }
}

fn grant(ctx: &Ctx, headers: &HeaderMap, params: &Params) -> Result<Value, OidcError> {
    let Some(grant_type) = params.get("grant_type").cloned() else {
        return Err(OidcError::invalid_request(
            "missing required parameter 'grant_type'",
        ));
    };
    let app = authenticate(ctx, headers, params)?;
    let allowed = match app.app_type {
        AppType::MachineToMachine => grant_type == "client_credentials",
        _ => matches!(grant_type.as_str(), "authorization_code" | "refresh_token"),
    };
    match grant_type.as_str() {
        "authorization_code" | "refresh_token" | "client_credentials" if !allowed => {
            Err(OidcError::new(
                400,
                "unauthorized_client",
                "requested grant type is not allowed for this client",
            ))
        }
        "authorization_code" => authorization_code(ctx, &app, params),
        "refresh_token" => refresh_token(ctx, &app, params),
        "client_credentials" => client_credentials(ctx, &app, params),
        _ => Err(OidcError::new(
            400,
            "unsupported_grant_type",
            "unsupported grant_type requested",
        )),
    }
}

fn authorization_code(ctx: &Ctx, app: &Application, params: &Params) -> Result<Value, OidcError> {
    let code = params
        .get("code")
        .ok_or_else(|| OidcError::invalid_request("missing required parameter 'code'"))?;
    // Single use: taken out whatever happens next.
    let entry = ctx.ephemeral().auth_codes.remove(code);
    let entry = entry
        .filter(|c| c.expires_at > now_secs())
        .ok_or_else(|| OidcError::invalid_grant("grant request is invalid"))?;
    if entry.request.client_id != app.id {
        return Err(OidcError::invalid_grant("grant request is invalid"));
    }
    if params.get("redirect_uri") != Some(&entry.request.redirect_uri) {
        return Err(OidcError::invalid_grant("grant request is invalid"));
    }
    match (&entry.request.code_challenge, params.get("code_verifier")) {
        (Some(challenge), Some(verifier)) if keys::pkce_s256(verifier) == *challenge => {}
        (None, None) => {}
        _ => return Err(OidcError::invalid_grant("PKCE verification failed")),
    }
    if params.contains_key("resource") {
        return Err(OidcError::new(
            400,
            "invalid_target",
            "resource indicator is missing, or unknown",
        ));
    }
    let user = ctx
        .user(&entry.user_id)
        .filter(|u| !u.is_suspended)
        .ok_or_else(|| OidcError::invalid_grant("grant request is invalid"))?;

    let scopes = entry.request.scopes.clone();
    let refresh = scopes.iter().any(|s| s == "offline_access").then(|| {
        let token = ids::token();
        let now = now_secs();
        let grant = RefreshGrant {
            client_id: app.id.clone(),
            user_id: user.id.clone(),
            scopes: scopes.clone(),
            sid: entry.sid.clone(),
            grant_id: entry.grant_id.clone(),
            auth_time: entry.auth_time,
            auth_time_claim: entry.request.auth_time_claim,
            issued_at: now,
            expires_at: now + REFRESH_TOKEN_TTL,
            family_started_at: now,
        };
        ctx.store
            .write(|s| s.refresh_tokens.insert(token.clone(), grant));
        token
    });
    Ok(user_tokens(
        ctx,
        app,
        &user,
        &scopes,
        (&entry.sid, &entry.grant_id),
        entry.request.auth_time_claim.then_some(entry.auth_time),
        entry.request.nonce.as_deref(),
        refresh,
    ))
}

fn refresh_token(ctx: &Ctx, app: &Application, params: &Params) -> Result<Value, OidcError> {
    let token = params
        .get("refresh_token")
        .ok_or_else(|| OidcError::invalid_request("missing required parameter 'refresh_token'"))?;
    let now = now_secs();
    let grant = ctx
        .store
        .read(|s| s.refresh_tokens.get(token).cloned())
        .filter(|g| g.expires_at > now && g.client_id == app.id)
        .filter(|g| ctx.store.read(|s| s.grants.contains_key(&g.grant_id)))
        .ok_or_else(|| OidcError::invalid_grant("grant request is invalid"))?;
    let user = ctx
        .user(&grant.user_id)
        .filter(|u| !u.is_suspended)
        .ok_or_else(|| OidcError::invalid_grant("grant request is invalid"))?;

    let lifetime = (grant.expires_at - grant.issued_at).max(1) as f64;
    let elapsed = (now - grant.issued_at) as f64;
    let rotate = app.is_public()
        || (elapsed / lifetime >= ROTATE_AFTER_FRACTION
            && now - grant.family_started_at < ROTATION_MAX_AGE);
    let refresh = if rotate {
        let next = ids::token();
        let rotated = RefreshGrant {
            issued_at: now,
            expires_at: now + REFRESH_TOKEN_TTL,
            ..grant.clone()
        };
        ctx.store.write(|s| {
            s.refresh_tokens.remove(token);
            s.refresh_tokens.insert(next.clone(), rotated);
        });
        next
    } else {
        token.clone()
    };
    Ok(user_tokens(
        ctx,
        app,
        &user,
        &grant.scopes,
        (&grant.sid, &grant.grant_id),
        grant.auth_time_claim.then_some(grant.auth_time),
        None,
        Some(refresh),
    ))
}

#[allow(clippy::too_many_arguments)]
fn user_tokens(
    ctx: &Ctx,
    app: &Application,
    user: &crate::model::User,
    scopes: &[String],
    (sid, grant_id): (&str, &str),
    auth_time: Option<i64>,
    nonce: Option<&str>,
    refresh: Option<String>,
) -> Value {
    let now = now_secs();
    let access_token = ids::token();
    ctx.store.write(|s| {
        s.access_tokens.retain(|_, g| g.expires_at > now);
        s.access_tokens.insert(
            access_token.clone(),
            AccessGrant {
                client_id: app.id.clone(),
                user_id: user.id.clone(),
                grant_id: grant_id.to_owned(),
                scopes: scopes.to_vec(),
                expires_at: now + ACCESS_TOKEN_TTL,
            },
        );
    });

    let mut id_claims = claims::for_scopes(user, scopes, Target::IdToken);
    id_claims.insert("iss".into(), json!(ctx.issuer));
    id_claims.insert("aud".into(), json!(app.id));
    id_claims.insert("iat".into(), json!(now));
    id_claims.insert("exp".into(), json!(now + ID_TOKEN_TTL));
    if let Some(auth_time) = auth_time {
        id_claims.insert("auth_time".into(), json!(auth_time));
    }
    id_claims.insert("at_hash".into(), json!(keys::at_hash(&access_token)));
    if app.includes_sid() {
        id_claims.insert("sid".into(), json!(sid));
    }
    if let Some(nonce) = nonce {
        id_claims.insert("nonce".into(), json!(nonce));
    }
    let id_token = ctx.keys.sign("JWT", &Value::Object(id_claims));

    let mut body = json!({
        "access_token": access_token,
        "expires_in": ACCESS_TOKEN_TTL,
        "id_token": id_token,
        "scope": scopes.join(" "),
        "token_type": "Bearer",
    });
    if let Some(refresh) = refresh {
        body["refresh_token"] = json!(refresh);
    }
    body
}

fn client_credentials(ctx: &Ctx, app: &Application, params: &Params) -> Result<Value, OidcError> {
    let invalid_target = || {
        OidcError::new(
            400,
            "invalid_target",
            "resource indicator is missing, or unknown",
        )
    };
    let resource = params.get("resource").ok_or_else(invalid_target)?;
    if *resource != ctx.management_resource {
        return Err(invalid_target());
    }
    // Scopes the app's roles do not grant are dropped silently (`../shared/logto/CONTRACT.md` §2 gotcha).
    let assigned = app
        .resource_scopes
        .get(resource)
        .cloned()
        .unwrap_or_default();
    let scope: Vec<&str> = params
        .get("scope")
        .map(|s| {
            s.split_whitespace()
                .filter(|s| assigned.iter().any(|a| a == s))
                .collect()
        })
        .unwrap_or_default();
    let scope = scope.join(" ");
    // Right after the "expire issued tokens" fault (`jwt_not_before`, whole seconds), a token
    // issued within the same second counts from the next one, so it is not refused with them.
    let now = now_secs().max(ctx.store.read(|s| s.jwt_not_before));
    let claims = json!({
        "jti": ids::token(),
        "sub": app.id,
        "iat": now,
        "exp": now + ACCESS_TOKEN_TTL,
        "scope": scope,
        "client_id": app.id,
        "iss": ctx.issuer,
        "aud": resource,
    });
    let token = ctx.keys.sign("at+jwt", &claims);
    let mut body = json!({
        "access_token": token,
        "expires_in": ACCESS_TOKEN_TTL,
        "token_type": "Bearer",
    });
    if !scope.is_empty() {
        body["scope"] = json!(scope);
    }
    Ok(body)
}

/// RFC 7009: always 200 for a known client, whether or not the token existed.
pub async fn revoke(State(ctx): State<Ctx>, headers: HeaderMap, body: Bytes) -> Response {
    let params = match parse_params(&headers, &body) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let app = match authenticate(&ctx, &headers, &params) {
        Ok(app) => app,
        Err(e) => return e.into_response(),
    };
    let Some(token) = params.get("token") else {
        return OidcError::invalid_request("missing required parameter 'token'").into_response();
    };
    ctx.store.write(|s| {
        if s.refresh_tokens
            .get(token)
            .is_some_and(|g| g.client_id == app.id)
        {
            s.refresh_tokens.remove(token);
        }
        if s.access_tokens
            .get(token)
            .is_some_and(|g| g.client_id == app.id)
        {
            s.access_tokens.remove(token);
        }
    });
    StatusCode::OK.into_response()
}
