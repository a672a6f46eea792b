//! Which Logto the app talks to: the configured one, or an embedded emulator started in-process
//! when none is configured (so a fresh clone runs with zero configuration).

use std::{net::SocketAddr, sync::Arc};

use logto_emulator::{AppType, Emulator, EmulatorConfig, Seed};
use url::Url;

use super::config::{Config, LogtoConfig};

#[derive(Clone)]
pub struct Upstream {
    pub logto: LogtoConfig,
    /// Kept alive as long as the app runs; `None` for a real Logto.
    pub emulator: Option<Arc<Emulator>>,
    /// The embedded emulator's SMTP server (its dev mailbox), where notices go without
    /// `SMTP_URL`.
    pub dev_smtp_url: Option<String>,
}

impl Upstream {
    pub fn is_embedded(&self) -> bool {
        self.emulator.is_some()
    }

    /// Where the embedded emulator shows the codes it "sends" (development only).
    pub fn mailbox_url(&self) -> Option<String> {
        self.is_embedded().then(|| {
            format!(
                "{}/__emulator/mailbox",
                self.logto.endpoint.as_str().trim_end_matches('/')
            )
        })
    }

    /// The configured Logto, or else a freshly started emulator whose state lives under
    /// `{data_dir}/emulator`.
    pub async fn from_config(config: &Config) -> std::io::Result<Upstream> {
        match &config.logto {
            Some(logto) => Ok(Upstream {
                logto: logto.clone(),
                emulator: None,
                dev_smtp_url: None,
            }),
            None => {
                let emulator = EmulatorConfig {
                    addr: config.emulator_addr,
                    data_dir: Some(config.data_dir.join("emulator")),
                    admin: config.emulator_admin,
                    version: config.emulator_version,
                    breach_check_offline: config.emulator_breach_offline,
                    connectors: !config.emulator_no_connectors,
                    ..EmulatorConfig::default()
                };
                Upstream::embedded(&config.public_url, emulator, config.emulator_push).await
            }
        }
    }

    /// Starts an emulator (seeded with the demo data) that accepts sign-ins back to
    /// `public_url`. If its address is taken, a free port is used instead. With `push`, it
    /// sends this app its webhooks and back-channel logouts, as a Logto set up for them does.
    pub async fn embedded(
        public_url: &Url,
        config: EmulatorConfig,
        push: bool,
    ) -> std::io::Result<Upstream> {
        let mut seed = Seed::demo();
        seed.allow_origin(public_url.as_str());
        let origin = public_url.as_str().trim_end_matches('/');
        let webhook_signing_key = push.then(|| {
            let key = super::crypto::random_token();
            let mut events = crate::server::push::EVENTS.to_vec();
            events.push("PostSignIn");
            seed.push_to(
                &format!("{origin}{}", crate::server::push::BACKCHANNEL_PATH),
                &format!("{origin}{}", crate::server::push::WEBHOOK_PATH),
                &events,
                &key,
            );
            key
        });
        let addr = config.addr;
        // Reached as `localhost` when the app is: passkeys need a host name for their relying
        // party (WebAuthn takes no IP address), and Logto names it by its own host.
        let host = public_url
            .host_str()
            .filter(|h| *h == "localhost")
            .map(str::to_owned);
        let config = EmulatorConfig {
            seed,
            host,
            smtp_addr: Some(SocketAddr::new(addr.ip(), 0)),
            ..config
        };
        let emulator = match Emulator::start(config.clone()).await {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                tracing::warn!(%addr, "emulator port taken; using a free one");
                Emulator::start(EmulatorConfig {
                    addr: SocketAddr::new(addr.ip(), 0),
                    ..config
                })
                .await?
            }
            Err(e) => return Err(e),
        };
        let seed = emulator.seed();
        let app = |kind| {
            seed.app(kind)
                .cloned()
                .ok_or_else(|| std::io::Error::other("the demo seed lacks an application"))
        };
        let (web, m2m) = (app(AppType::Traditional)?, app(AppType::MachineToMachine)?);
        let endpoint = Url::parse(emulator.endpoint()).map_err(std::io::Error::other)?;
        tracing::info!(
            endpoint = %endpoint,
            logto_version = %emulator.version(),
            "no LOGTO_ENDPOINT configured: started the embedded Logto emulator"
        );
        for user in &seed.users {
            if let Some(password) = &user.password {
                tracing::info!("  sign in as {} / {}", user.username, password);
            }
        }
        tracing::info!("  dev mailbox (codes and notices): {endpoint}__emulator/mailbox");
        let dev_smtp_url = emulator.smtp_addr().map(|at| format!("smtp://{at}"));
        Ok(Upstream {
            logto: LogtoConfig {
                endpoint,
                app_id: web.id,
                app_secret: web.secret.into(),
                m2m_app_id: m2m.id,
                m2m_app_secret: m2m.secret.into(),
                management_resource: logto_emulator::MANAGEMENT_RESOURCE.into(),
                webhook_signing_key: webhook_signing_key.map(Into::into),
            },
            emulator: Some(Arc::new(emulator)),
            dev_smtp_url,
        })
    }
}
