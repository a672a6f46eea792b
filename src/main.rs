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
    if std::env::args().nth(1).as_deref() == Some("reseal") {
        return reseal(&config).await;
    }
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

/// `logto-profile reseal`: after a key rotation, seals every stored field value again with the
/// current key, and says when the old key may go (sessions reseal themselves as they are written,
/// and the oldest ends within the absolute session lifetime).
async fn reseal(config: &config::Config) -> Result<(), Box<dyn std::error::Error>> {
    use logto_profile::features::profile::declared::service::reseal_everything;
    use logto_profile::server::{crypto::Purpose, db::Db};
    let sealer = logto_profile::server::keys(config)?.sealer(Purpose::Fields);
    let db = Db::connect(&config.database_url).await?;
    let report = reseal_everything(&db, &sealer).await?;
    let lifetime = config.sessions.absolute_lifetime;
    let until = std::time::SystemTime::now() + lifetime;
    let until =
        logto_profile::ui::utc_iso(until.duration_since(std::time::UNIX_EPOCH)?.as_millis() as i64);
    println!(
        "{} stored values sealed again with the current key.",
        report.resealed
    );
    if report.unreadable.is_empty() {
        println!(
            "Every stored value is sealed with the current key. Sessions sealed with an older \
             key end by {until} (SESSION_ABSOLUTE_MINUTES from now): after that, the old key may \
             be removed from FIELD_ENCRYPTION_OLD_KEYS."
        );
        Ok(())
    } else {
        println!(
            "{} stored values open with no configured key (user/field): {}. Keep every old key \
             until they are dealt with.",
            report.unreadable.len(),
            report.unreadable.join(", ")
        );
        Err("some values could not be opened".into())
    }
}
