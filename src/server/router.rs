//! The axum application: routes, static assets, middleware, and the server loop.

use std::{future::Future, path::PathBuf, sync::Arc, time::Duration};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::{
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};

use tower_sessions::{
    cookie::{time, SameSite},
    Expiry, Session, SessionManagerLayer,
};

use super::{
    auth, client_ip, compression, forms, health, language, push,
    security::{self, CspExtras},
    server_fns, telemetry, AppState, Viewer,
};
use crate::app::{shell, App as LeptosApp};

/// Hashed file names change with their content, so browsers may keep them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Unhashed public files (robots.txt) may change between releases.
const SHORT_CACHE: &str = "public, max-age=3600";

/// A hashed file is never asked for again nor in parts: its date and range support only weigh
/// on every download.
fn without_revalidation<B>(mut res: axum::http::Response<B>) -> axum::http::Response<B> {
    res.headers_mut().remove(header::LAST_MODIFIED);
    res.headers_mut().remove(header::ACCEPT_RANGES);
    res
}

/// A hashed file served well needs no trace (its request is still logged with its id); the
/// header only weighs on the page's every download.
async fn without_request_id_on_assets(mut res: Response) -> Response {
    let immutable = res
        .headers()
        .get(header::CACHE_CONTROL)
        .is_some_and(|v| v == IMMUTABLE);
    if immutable && res.status().is_success() {
        res.headers_mut().remove("x-request-id");
    }
    res
}

pub struct App;

impl App {
    /// Builds the whole application router around a ready state.
    pub fn router(state: AppState) -> Router {
        let options = state.leptos_options.clone();
        let routes = generate_route_list(LeptosApp);
        let site_root = PathBuf::from(options.site_root.as_ref());
        let pkg_dir = site_root.join(options.site_pkg_dir.as_ref());

        let pkg = ServiceBuilder::new()
            .map_response(without_revalidation)
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(IMMUTABLE),
            ))
            .service(
                ServeDir::new(pkg_dir)
                    .precompressed_br()
                    .precompressed_gzip(),
            );
        let public = ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CACHE_CONTROL,
                HeaderValue::from_static(SHORT_CACHE),
            ))
            .service(
                ServeDir::new(site_root)
                    .precompressed_br()
                    .precompressed_gzip()
                    .fallback(axum::routing::any(not_found).with_state(state.clone())),
            );

        let csp = CspExtras {
            connect_src: dev_reload_source(&options),
            form_action: state.upstream.logto.endpoint.origin().ascii_serialization(),
            hsts: is_https(&state),
        };

        let sessions = SessionManagerLayer::new(state.sessions.clone())
            .with_name(session_cookie_name(&state))
            .with_http_only(true)
            .with_same_site(SameSite::Lax)
            .with_secure(is_https(&state))
            .with_path("/")
            .with_expiry(Expiry::OnInactivity(time::Duration::seconds(
                state.config.sessions.idle_timeout.as_secs() as i64,
            )));
        let origin: Arc<str> = state
            .config
            .public_url
            .origin()
            .ascii_serialization()
            .into();

        Router::new()
            .merge(auth::routes())
            .route("/healthz", get(health::healthz))
            .route("/readyz", get(health::readyz))
            .route("/scripts/{file}", get(script))
            .route("/api/{*fn_name}", post(server_fns::handle))
            .route("/language", post(language::set))
            .merge(feature_routes())
            .leptos_routes_with_handler(routes, get(render_page))
            .nest_service(&format!("/{}", options.site_pkg_dir), pkg)
            .fallback_service(public)
            .layer(axum::Extension(forms::PageRenderer(render_for_form)))
            // Inside the session layer: marks use, so the idle timeout slides.
            .layer(middleware::from_fn_with_state(state.clone(), auth::slide))
            .layer(middleware::from_fn_with_state(
                state.clone(),
                auth::remember_ended,
            ))
            .layer(sessions)
            .layer(middleware::from_fn_with_state(
                state.clone(),
                client_ip::tag,
            ))
            .layer(middleware::from_fn(forms::background_redirects))
            .layer(middleware::from_fn(move |req, next| {
                auth::csrf::guard(origin.clone(), req, next)
            }))
            // Logto's calls: no browser, so outside the session and the browser guard above.
            .merge(push::routes())
            .layer(middleware::from_fn(move |req, next| {
                security::headers(csp.clone(), req, next)
            }))
            .layer(middleware::from_fn(compression::compress))
            .layer(
                ServiceBuilder::new()
                    .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                    .layer(TraceLayer::new_for_http().make_span_with(telemetry::request_span))
                    .layer(PropagateRequestIdLayer::x_request_id()),
            )
            .layer(axum::middleware::map_response(without_request_id_on_assets))
            .with_state(state)
    }
}

/// A page's script (`ui::scripts`), under its content-hashed name.
async fn script(
    State(state): State<AppState>,
    axum::extract::Path(file): axum::extract::Path<String>,
    req: Request,
) -> Response {
    match crate::ui::scripts::Source::at(&format!("/scripts/{file}")) {
        Some(script) => (
            [
                (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
                (header::CACHE_CONTROL, IMMUTABLE),
            ],
            script.text,
        )
            .into_response(),
        None => not_found(State(state), req).await.into_response(),
    }
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    // Pages go out in several writes; with Nagle's algorithm each later write waits for the
    // browser's delayed ACK (about 40 ms per response on a kept-alive connection).
    let listener = listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::warn!(error = %err, "could not set TCP_NODELAY");
        }
    });
    // The peer's address, for the list of a user's sessions (`client_ip`).
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
}

/// The features' own routes: their plain form posts (every page works without JavaScript) and
/// the photos they serve. Pages themselves are routed in `app.rs`.
fn feature_routes() -> Router<AppState> {
    use crate::features::*;
    Router::new()
        .route("/profile", post(profile::form_post::post_form))
        .route(
            password::PASSWORD_PATH,
            post(password::form_post::post_form),
        )
        .merge(confirm::form_post::routes())
        .merge(contact::form_post::routes())
        .merge(security::form_post::routes())
        .merge(sessions::form_post::routes())
        .merge(two_step::form_post::routes())
        .merge(account::form_post::routes())
        .merge(apps::form_post::routes())
        .merge(tokens::form_post::routes())
        .merge(photo::form_post::routes())
        .merge(not_me::form_post::routes())
}

/// [`render`] for a form post showing its page again (`forms::rerender`).
fn render_for_form(state: AppState, extra: forms::Extra, req: Request) -> forms::Rendering {
    Box::pin(render(state, move || extra(), req))
}

async fn render_page(State(state): State<AppState>, req: Request) -> Response {
    render(state, || (), req).await
}

/// Renders the app for `req`, with extra context (e.g. a failed form's values). Each render
/// knows whether someone is signed in (pages that need it redirect, see `app.rs`) and the
/// request's language.
pub async fn render(
    state: AppState,
    extra: impl Fn() + Clone + Send + Sync + 'static,
    req: Request,
) -> Response {
    let options = state.leptos_options.clone();
    let auth = match req.extensions().get::<Session>() {
        Some(session) => state.auth.user(session).await,
        None => None,
    };
    let lang = language::for_request(req.headers(), auth.as_ref());
    let viewer = Viewer {
        signed_in: auth.is_some(),
    };
    // In-order streaming: every Suspense is rendered in place on the server, so pages are
    // complete without JavaScript. Pages put slow parts last (see the profile page), so what
    // comes before them is sent at once.
    let mut res = leptos_axum::render_app_to_stream_in_order_with_context(
        move || {
            provide_context(state.leptos_options.clone());
            provide_context(state.clone());
            provide_context(lang);
            provide_context(viewer);
            extra();
        },
        move || shell(options.clone()),
    )(req)
    .await
    .into_response();
    // Pages show who is signed in and what they typed: never stored by caches.
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Any path that is neither a page nor a file: the app's own 404 page.
async fn not_found(State(state): State<AppState>, req: Request<Body>) -> Response {
    let mut res = render(state, || (), req).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = StatusCode::NOT_FOUND;
    }
    res
}

fn is_https(state: &AppState) -> bool {
    state.config.public_url.scheme() == "https"
}

/// `__Host-` binds the cookie to this exact origin, but browsers accept it only over https.
fn session_cookie_name(state: &AppState) -> &'static str {
    if is_https(state) {
        "__Host-profile_session"
    } else {
        "profile_session"
    }
}

/// `cargo leptos watch` injects a script that opens a websocket to its reload port.
fn dev_reload_source(options: &leptos::config::LeptosOptions) -> String {
    if std::env::var("LEPTOS_WATCH").is_ok() {
        let host = options.site_addr.ip();
        format!(
            "ws://{host}:{port} ws://localhost:{port}",
            port = options.reload_port
        )
    } else {
        String::new()
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}

/// How long in-flight requests get after a shutdown signal before the process exits anyway.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
