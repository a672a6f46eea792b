//! Runs the Logto emulator on its own.
//!
//! ```text
//! logto-emulator [--port 3001] [--host 127.0.0.1] [--data-dir data/emulator | --memory]
//!                [--seed seed.json] [--allow-origin http://127.0.0.1:3000] [--admin] [--no-connectors]
//!                [--logto-version 1.42|1.37] [--breach-check-offline]
//! ```

use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use logto_emulator::{Emulator, EmulatorConfig, Seed};

const USAGE: &str = "usage: logto-emulator [--port N] [--host IP] [--data-dir DIR | --memory] \
[--seed FILE] [--allow-origin URL]... [--admin] [--no-connectors] [--logto-version 1.42|1.37] [--breach-check-offline]";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let config = match parse(std::env::args().skip(1).collect()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let emulator = match Emulator::start(config).await {
        Ok(e) => e,
        Err(e) => {
            eprintln!("could not start the emulator: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", emulator.banner());
    let _ = tokio::signal::ctrl_c().await;
    emulator.stop().await;
    ExitCode::SUCCESS
}

fn parse(args: Vec<String>) -> Result<EmulatorConfig, String> {
    let mut config = EmulatorConfig {
        data_dir: Some(PathBuf::from("data/emulator")),
        ..EmulatorConfig::default()
    };
    let mut host = "127.0.0.1".to_owned();
    let mut port = 3001u16;
    let mut origins = Vec::new();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--port" => {
                port = value("--port")?
                    .parse()
                    .map_err(|e| format!("--port: {e}"))?
            }
            "--host" => host = value("--host")?,
            "--data-dir" => config.data_dir = Some(PathBuf::from(value("--data-dir")?)),
            "--memory" => config.data_dir = None,
            "--seed" => {
                let path = value("--seed")?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                config.seed =
                    serde_json::from_str::<Seed>(&text).map_err(|e| format!("{path}: {e}"))?;
            }
            "--allow-origin" => origins.push(value("--allow-origin")?),
            "--admin" => config.admin = true,
            "--no-connectors" => config.connectors = false,
            "--breach-check-offline" => config.breach_check_offline = true,
            "--logto-version" => config.version = value("--logto-version")?.parse()?,
            "-h" | "--help" => return Err("Runs a Logto emulator.".into()),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    for origin in origins {
        config.seed.allow_origin(&origin);
    }
    config.addr = format!("{host}:{port}")
        .parse::<SocketAddr>()
        .map_err(|e| format!("--host/--port: {e}"))?;
    Ok(config)
}
