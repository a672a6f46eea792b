use std::{process::ExitCode, sync::Arc};

use leptos::config::get_configuration;
use logto_profile::server::upstream::Upstream;
use logto_profile::server::{
    config, serve, shutdown_signal, telemetry, App, AppState, SHUTDOWN_GRACE,
};
use tokio::{net::TcpListener, sync::Notify};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    telemetry::init();
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let leptos_options =
        logto_profile::server::leptos_options(get_configuration(None)?.leptos_options);
    let config = config::from_env(leptos_options.site_addr)?;
    let upstream = Upstream::from_config(&config).await?;
    let state = AppState::build(config, upstream, leptos_options).await?;

    let listener = TcpListener::bind(state.config.bind).await?;
    tracing::info!(url = %state.config.public_url, "serving the profile app");
    let router = App::router(state);

    let stop = Arc::new(Notify::new());
    let stop_server = stop.clone();
    let mut server = tokio::spawn(serve(listener, router, async move {
        stop_server.notified().await
    }));
    tokio::select! {
        result = &mut server => result??,
        _ = shutdown_signal() => {
            stop.notify_one();
            match tokio::time::timeout(SHUTDOWN_GRACE, server).await {
                Ok(result) => result??,
                Err(_) => tracing::warn!("in-flight requests still running after the grace period; exiting"),
            }
        }
    }
    Ok(())
}
