//! Logto's `koaManagementApiHooks`: after a successful Management API call on a registered
//! route (`managementApiHooksRegistration`), the hooks that subscribe to its event get
//! `{event, createdAt, userAgent, ip, path, method, status, params, matchedRoute, data}` with
//! the response body as `data`. `DELETE /users/:userId` sends the user as it was, picked to
//! `userInfoSelectFields` (Logto triggers `User.Deleted` by hand there).

use axum::{
    body::Body,
    extract::{MatchedPath, Request, State},
    http::{header, Method},
    middleware::Next,
    response::Response,
};
use serde_json::{Map, Value};

use crate::{ctx::Ctx, hooks, server::Peer};

/// Bodies the emulator answers are small; a larger one is not hooked.
const BODY_LIMIT: usize = 1 << 20;

/// The event of a registered `METHOD /route`, with Logto's route and its parameter's name.
fn registered(method: &Method, route: &str) -> Option<(&'static str, &'static str)> {
    Some(match (method.as_str(), route) {
        ("POST", "/api/users") => ("User.Created", "/users"),
        ("PATCH", "/api/users/{id}") => ("User.Data.Updated", "/users/:userId"),
        ("PATCH", "/api/users/{id}/custom-data") => {
            ("User.Data.Updated", "/users/:userId/custom-data")
        }
        ("PATCH", "/api/users/{id}/profile") => ("User.Data.Updated", "/users/:userId/profile"),
        ("PATCH", "/api/users/{id}/password") => ("User.Data.Updated", "/users/:userId/password"),
        ("PATCH", "/api/users/{id}/is-suspended") => (
            "User.SuspensionStatus.Updated",
            "/users/:userId/is-suspended",
        ),
        ("DELETE", "/api/users/{id}") => ("User.Deleted", "/users/:userId"),
        _ => return None,
    })
}

pub async fn trigger(State(ctx): State<Ctx>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let Some((event, logto_route)) = route.as_deref().and_then(|r| registered(req.method(), r))
    else {
        return next.run(req).await;
    };
    let method = req.method().clone();
    let path = req.uri().path().trim_start_matches("/api").to_owned();
    let user_id = path.split('/').nth(2).unwrap_or_default().to_owned();
    let agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let ip = req
        .extensions()
        .get::<Peer>()
        .map(Peer::ip)
        .unwrap_or_default();
    // The user as it was: a deleted user is gone once the handler has run.
    let before = (method == Method::DELETE)
        .then(|| ctx.user(&user_id))
        .flatten();
    let res = next.run(req).await;
    if !res.status().is_success() {
        return res;
    }
    let status = res.status().as_u16();
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let data = match &before {
        Some(user) => hooks::user_info(user),
        None => serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    };
    let mut payload = hooks::data_payload(event, agent.as_deref(), &ip);
    payload.insert("path".into(), path.clone().into());
    payload.insert("method".into(), method.as_str().into());
    payload.insert("status".into(), status.into());
    let mut params = Map::new();
    if logto_route.contains(":userId") {
        params.insert("userId".into(), user_id.into());
    }
    payload.insert("params".into(), Value::Object(params));
    payload.insert("matchedRoute".into(), logto_route.into());
    if method != Method::DELETE || before.is_some() {
        payload.insert("data".into(), data);
    }
    hooks::trigger(&ctx, event, payload);
    Response::from_parts(parts, Body::from(bytes))
}
