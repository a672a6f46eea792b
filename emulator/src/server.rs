//! The accept loop. It is hand-rolled (not `axum::serve`) so a fault can drop a connection
//! without answering, the way a crashed upstream or a broken proxy does.

use std::convert::Infallible;

use axum::{
    body::Body,
    http::{header, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Response},
    Router,
};
use hyper::body::Incoming;
use hyper_util::{
    rt::{TokioExecutor, TokioIo},
    server::conn::auto,
    service::TowerToHyperService,
};
use tokio::net::TcpListener;
use tower::ServiceExt;

use crate::{ctx::Ctx, error::ApiError};

pub async fn serve(listener: TcpListener, ctx: Ctx, mut stop: tokio::sync::oneshot::Receiver<()>) {
    let router = crate::routes(ctx.clone());
    loop {
        let stream = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    tracing::warn!(error = %e, "emulator accept failed");
                    continue;
                }
            },
        };
        let (stream, peer) = stream;
        let router = router.clone();
        let ctx = ctx.clone();
        let service = tower::service_fn(move |mut req: Request<Incoming>| {
            let router = router.clone();
            let ctx = ctx.clone();
            req.extensions_mut().insert(Peer(peer));
            async move { handle(ctx, router, req).await }
        });
        tokio::spawn(async move {
            let _ = auto::Builder::new(TokioExecutor::new())
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service))
                .await;
        });
    }
}

/// The address a request came from (Logto's `ctx.ip`, in webhooks).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub std::net::SocketAddr);

impl Peer {
    pub fn ip(&self) -> String {
        self.0.ip().to_string()
    }
}

async fn handle(
    ctx: Ctx,
    router: Router,
    req: Request<Incoming>,
) -> Result<Response, std::io::Error> {
    if !host_allowed(&ctx, &req) {
        // A page elsewhere that points a name it controls at this port (DNS rebinding) must
        // not reach an emulator that signs anyone in as the demo users.
        return Ok((StatusCode::MISDIRECTED_REQUEST, "Unknown host.").into_response());
    }
    ctx.stats.record(req.uri().path());
    let plan = ctx.faults.plan(req.method().as_str(), req.uri().path());
    if !plan.latency.is_zero() {
        tokio::time::sleep(plan.latency).await;
    }
    if plan.drop {
        // hyper closes the connection when the service fails.
        return Err(std::io::Error::other("fault injection: connection dropped"));
    }
    if let Some(status) = plan.status {
        return Ok(forced(status));
    }
    let res = router.oneshot(req.map(Body::new)).await;
    Ok(res.unwrap_or_else(|e: Infallible| match e {}))
}

/// On loopback, only this address itself (or `localhost` with its port) may be asked for.
fn host_allowed(ctx: &Ctx, req: &Request<Incoming>) -> bool {
    if !ctx.addr.ip().is_loopback() {
        return true;
    }
    let Some(host) = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
    else {
        return false;
    };
    host == ctx.addr.to_string() || host == format!("localhost:{}", ctx.addr.port())
}

fn forced(status: u16) -> Response {
    let mut res = match status {
        429 => {
            ApiError::new(429, "request.too_many_requests", "Too many requests.").into_response()
        }
        500 => ApiError::internal().into_response(),
        _ => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
            (
                status,
                axum::Json(
                    serde_json::json!({ "message": status.canonical_reason().unwrap_or("Error") }),
                ),
            )
                .into_response()
        }
    };
    if matches!(status, 429 | 503) {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    res
}
