//! `/oidc/auth` and the sign-in page a person uses (Logto's experience app stands here).

use std::collections::HashMap;

use axum::{
    extract::{Query, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{Html, IntoResponse, Redirect, Response},
    Form,
};
use url::Url;

use crate::{
    ctx::{
        AuthCode, AuthRequest, BrowserSession, Ctx, Interaction, AUTH_CODE_TTL, GRANT_TTL,
        INTERACTION_TTL, SESSION_TTL,
    },
    html, ids,
    model::{now_ms, now_secs, Grant, User},
    password,
};

pub const SESSION_COOKIE: &str = "_session";
const SUPPORTED_SCOPES: &[&str] = &[
    "openid",
    "offline_access",
    "profile",
    "email",
    "phone",
    "address",
    "custom_data",
    "identities",
    "roles",
    "urn:logto:scope:organizations",
    "urn:logto:scope:organization_roles",
];

type Params = HashMap<String, String>;

pub async fn start(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    Query(params): Query<Params>,
) -> Response {
    authorize(&ctx, &headers, params)
}

pub async fn start_form(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    Form(params): Form<Params>,
) -> Response {
    authorize(&ctx, &headers, params)
}

fn authorize(ctx: &Ctx, headers: &HeaderMap, params: Params) -> Response {
    // Until client and redirect URI are known to be good, errors are shown, never redirected.
    let Some(client_id) = params.get("client_id") else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "missing required parameter 'client_id'",
        );
    };
    let Some(app) = ctx.application(client_id) else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_client",
            "client is invalid",
        );
    };
    let Some(redirect_uri) = params.get("redirect_uri") else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "missing required parameter 'redirect_uri'",
        );
    };
    if !app.redirect_uris.iter().any(|u| u == redirect_uri) {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_redirect_uri",
            "redirect_uri did not match any of the client's registered redirect_uris",
        );
    }
    let state = params.get("state").cloned();
    let fail = |error: &str, description: &str| {
        redirect_with(
            ctx,
            redirect_uri,
            &[("error", error), ("error_description", description)],
            state.as_deref(),
        )
    };

    match params.get("response_type").map(String::as_str) {
        None => {
            return fail(
                "invalid_request",
                "missing required parameter 'response_type'",
            )
        }
        Some("code") => {}
        Some(_) => {
            return fail(
                "unsupported_response_type",
                "unsupported response_type requested",
            )
        }
    }
    if let Some(mode) = params.get("response_mode") {
        if mode != "query" {
            return fail(
                "invalid_request",
                "only response_mode=query is supported by the emulator",
            );
        }
    }
    let prompt: Vec<String> = params
        .get("prompt")
        .map(|p| p.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let requested: Vec<&str> = params
        .get("scope")
        .map(|s| s.split_whitespace().collect())
        .unwrap_or_default();
    if !requested.contains(&"openid") {
        return fail("invalid_scope", "openid scope must be requested");
    }
    // Unknown scopes are ignored; offline_access survives only with prompt=consent.
    let consent = prompt.iter().any(|p| p == "consent");
    let scopes: Vec<String> = requested
        .iter()
        .filter(|s| SUPPORTED_SCOPES.contains(s))
        .filter(|s| **s != "offline_access" || consent)
        .map(|s| s.to_string())
        .collect();

    let code_challenge = params.get("code_challenge").cloned();
    match params.get("code_challenge_method").map(String::as_str) {
        None | Some("S256") => {}
        Some(_) => {
            return fail(
                "invalid_request",
                "not supported value of code_challenge_method",
            )
        }
    }
    if let Some(challenge) = &code_challenge {
        let valid = (43..=128).contains(&challenge.len())
            && challenge
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b));
        if !valid {
            return fail(
                "invalid_request",
                "code_challenge must be a string with a minimum length of 43 characters",
            );
        }
        if !params.contains_key("code_challenge_method") {
            return fail("invalid_request", "plain code_challenge_method fallback disabled, code_challenge_method must be provided");
        }
    } else if app.is_public() {
        return fail(
            "invalid_request",
            "Authorization Server policy requires PKCE to be used for this request",
        );
    }

    let request = AuthRequest {
        client_id: client_id.clone(),
        redirect_uri: redirect_uri.clone(),
        scopes,
        state: state.clone(),
        nonce: params.get("nonce").cloned(),
        code_challenge,
        auth_time_claim: params.contains_key("max_age") || prompt.iter().any(|p| p == "login"),
    };

    // An existing Logto session signs the user in without a page, unless asked otherwise.
    let max_age = params.get("max_age").and_then(|v| v.parse::<i64>().ok());
    let session = current_session(ctx, headers).filter(|s| {
        !prompt.iter().any(|p| p == "login")
            && max_age.is_none_or(|max| now_secs() - s.auth_time <= max)
    });
    if let Some(session) = session {
        if ctx.user(&session.user_id).is_some_and(|u| !u.is_suspended) {
            return issue_code(ctx, request, &session);
        }
    }
    if prompt.iter().any(|p| p == "none") {
        return fail("login_required", "End-User authentication is required");
    }

    let uid = ids::token();
    ctx.ephemeral().interactions.insert(
        uid.clone(),
        Interaction {
            request,
            login_hint: params.get("login_hint").cloned(),
            expires_at: now_secs() + INTERACTION_TTL,
        },
    );
    Redirect::to(&format!("/sign-in?uid={uid}")).into_response()
}

pub async fn page(State(ctx): State<Ctx>, Query(params): Query<Params>) -> Response {
    let uid = params.get("uid").cloned().unwrap_or_default();
    let interaction = ctx.ephemeral().interactions.get(&uid).cloned();
    match interaction.filter(|i| i.expires_at > now_secs()) {
        Some(i) => sign_in_page(
            StatusCode::OK,
            &uid,
            i.login_hint.as_deref().unwrap_or(""),
            None,
        ),
        None => expired_interaction(),
    }
}

pub async fn submit(
    State(ctx): State<Ctx>,
    headers: HeaderMap,
    peer: Option<axum::Extension<crate::server::Peer>>,
    Form(form): Form<Params>,
) -> Response {
    let uid = form.get("uid").cloned().unwrap_or_default();
    let identifier = form
        .get("identifier")
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let interaction = ctx.ephemeral().interactions.get(&uid).cloned();
    let Some(interaction) = interaction.filter(|i| i.expires_at > now_secs()) else {
        return expired_interaction();
    };
    if identifier.is_empty() || password.is_empty() {
        return sign_in_page(
            StatusCode::BAD_REQUEST,
            &uid,
            &identifier,
            Some("Enter your username or email and your password."),
        );
    }

    let user = find_by_identifier(&ctx, &identifier);
    let matched = password::verify(
        &password,
        user.as_ref().and_then(|u| u.password_digest.as_deref()),
    );
    let user = match user {
        Some(user) if matched => user,
        _ => {
            return sign_in_page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &uid,
                &identifier,
                Some("Incorrect username, email or password."),
            )
        }
    };
    if user.is_suspended {
        return sign_in_page(
            StatusCode::FORBIDDEN,
            &uid,
            &identifier,
            Some("This account is suspended."),
        );
    }

    ctx.ephemeral().interactions.remove(&uid);
    let now = now_ms();
    let client_id = interaction.request.client_id.clone();
    ctx.store.write(|s| {
        if let Some(u) = s.users.get_mut(&user.id) {
            u.last_sign_in_at = Some(now);
            if u.application_id.is_none() {
                u.application_id = Some(client_id);
            }
        }
    });
    let session = BrowserSession {
        jti: ids::token(),
        uid: ids::token(),
        user_id: user.id.clone(),
        clients: Vec::new(),
        auth_time: now_secs(),
        expires_at: now_secs() + SESSION_TTL,
    };
    ctx.ephemeral()
        .sessions
        .insert(session.jti.clone(), session.clone());
    let agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok());
    let ip = peer.map(|p| p.ip()).unwrap_or_default();
    post_sign_in(
        &ctx,
        &uid,
        &interaction.request.client_id,
        &user.id,
        agent,
        &ip,
    );
    let mut res = issue_code(&ctx, interaction.request, &session);
    let cookie = format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax",
        session.jti
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
}

/// `PostSignIn`, as `triggerInteractionHooks` sends it once a sign-in is submitted.
fn post_sign_in(
    ctx: &Ctx,
    interaction: &str,
    client_id: &str,
    user_id: &str,
    agent: Option<&str>,
    ip: &str,
) {
    let mut payload = serde_json::Map::new();
    payload.insert("event".into(), "PostSignIn".into());
    payload.insert("interactionEvent".into(), "SignIn".into());
    payload.insert("createdAt".into(), crate::hooks::iso_now().into());
    payload.insert("sessionId".into(), interaction.into());
    if let Some(agent) = agent {
        payload.insert("userAgent".into(), agent.into());
    }
    payload.insert("userId".into(), user_id.into());
    payload.insert("userIp".into(), ip.into());
    if let Some(user) = ctx.user(user_id) {
        payload.insert("user".into(), crate::hooks::user_info(&user));
    }
    if let Some(app) = ctx.application(client_id) {
        let app = app.to_api();
        payload.insert(
            "application".into(),
            serde_json::json!({
                "id": app["id"], "type": app["type"], "name": app["name"],
                "description": app["description"],
            }),
        );
    }
    crate::hooks::trigger(ctx, "PostSignIn", payload);
}

fn find_by_identifier(ctx: &Ctx, identifier: &str) -> Option<User> {
    ctx.store.read(|s| {
        s.users
            .values()
            .find(|u| {
                u.username.as_deref() == Some(identifier)
                    || u.primary_email
                        .as_deref()
                        .is_some_and(|e| e.eq_ignore_ascii_case(identifier))
                    || u.primary_phone.as_deref() == Some(identifier.trim_start_matches('+'))
            })
            .cloned()
    })
}

pub fn current_session(ctx: &Ctx, headers: &HeaderMap) -> Option<BrowserSession> {
    let sid = cookie(headers, SESSION_COOKIE)?;
    let session = ctx.ephemeral().sessions.get(&sid).cloned()?;
    (session.expires_at > now_secs()).then_some(session)
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

fn issue_code(ctx: &Ctx, request: AuthRequest, session: &BrowserSession) -> Response {
    let code = ids::token();
    let redirect_uri = request.redirect_uri.clone();
    let state = request.state.clone();
    let mut eph = ctx.ephemeral();
    let Some((auth, new_grant)) = eph
        .sessions
        .get_mut(&session.jti)
        .map(|s| s.authorize(&request.client_id))
    else {
        return expired_interaction();
    };
    let now = now_secs();
    let scope = request.scopes.join(" ");
    eph.auth_codes.insert(
        code.clone(),
        AuthCode {
            request,
            user_id: session.user_id.clone(),
            sid: auth.sid,
            grant_id: auth.grant_id.clone(),
            auth_time: session.auth_time,
            expires_at: now + AUTH_CODE_TTL,
        },
    );
    drop(eph);
    if new_grant {
        let grant = Grant {
            client_id: auth.client_id,
            user_id: session.user_id.clone(),
            scope,
            issued_at: now,
            expires_at: now + GRANT_TTL,
        };
        ctx.store.write(|s| s.grants.insert(auth.grant_id, grant));
    }
    redirect_with(ctx, &redirect_uri, &[("code", &code)], state.as_deref())
}

/// 303 to the client's redirect URI with `state` and `iss` added (RFC 9207).
fn redirect_with(
    ctx: &Ctx,
    redirect_uri: &str,
    pairs: &[(&str, &str)],
    state: Option<&str>,
) -> Response {
    let Ok(mut url) = Url::parse(redirect_uri) else {
        return error_page(
            StatusCode::BAD_REQUEST,
            "invalid_redirect_uri",
            "redirect_uri is not a valid URL",
        );
    };
    {
        let mut q = url.query_pairs_mut();
        for (k, v) in pairs {
            q.append_pair(k, v);
        }
        if let Some(state) = state {
            q.append_pair("state", state);
        }
        q.append_pair("iss", &ctx.issuer);
    }
    Redirect::to(url.as_str()).into_response()
}

fn sign_in_page(status: StatusCode, uid: &str, identifier: &str, error: Option<&str>) -> Response {
    let error = error
        .map(|e| {
            format!(
                "<p class=\"error\" role=\"alert\" id=\"error\">{}</p>",
                html::escape(e)
            )
        })
        .unwrap_or_default();
    let described = if error.is_empty() {
        ""
    } else {
        " aria-describedby=\"error\""
    };
    let body = format!(
        "<div class=\"card\"><p class=\"brand\">Logto · emulator</p><h1>Sign in</h1>\
         <p class=\"muted\">Use your username or email and your password.</p>{error}\
         <form method=\"post\" action=\"/sign-in\">\
         <input type=\"hidden\" name=\"uid\" value=\"{uid}\">\
         <label for=\"identifier\">Username or email</label>\
         <input id=\"identifier\" name=\"identifier\" autocomplete=\"username\" required autofocus value=\"{identifier}\"{described}>\
         <label for=\"password\">Password</label>\
         <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required{described}>\
         <button type=\"submit\">Sign in</button></form></div>",
        uid = html::escape(uid),
        identifier = html::escape(identifier),
    );
    (status, no_store(Html(html::page("Sign in", &body)))).into_response()
}

fn expired_interaction() -> Response {
    error_page(
        StatusCode::BAD_REQUEST,
        "session_not_found",
        "This sign-in link has expired. Go back to the application and start again.",
    )
}

pub fn error_page(status: StatusCode, error: &str, description: &str) -> Response {
    let body = format!(
        "<div class=\"card\"><p class=\"brand\">Logto · emulator</p><h1>Something went wrong</h1>\
         <p class=\"error\" role=\"alert\"><code>{}</code>: {}</p></div>",
        html::escape(error),
        html::escape(description)
    );
    (status, no_store(Html(html::page("Error", &body)))).into_response()
}

fn no_store(body: Html<String>) -> Response {
    let mut res = body.into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
