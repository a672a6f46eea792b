//! Two app instances on one state: sessions and throttles in Redis, the app's database in
//! Postgres, Debian's haproxy in front (round robin, health checks), the emulator as its own
//! process. Checks that a sign-in on one instance holds on the other, that throttles count across
//! both, that declared fields saved through one are read through the other, and that killing one
//! during 30 s of load signs nobody out and loses no acknowledged edit; the only errors allowed
//! are requests in flight to the killed instance (counted).
//!
//! `scripts/cluster.sh` starts the throwaway Redis and Postgres and runs this (`--hold` keeps the
//! cluster running for a look instead). Env: `CLUSTER_REDIS_URL`, `CLUSTER_DATABASE_URL`,
//! `CLUSTER_EDITORS` (20), `CLUSTER_SECS` (30).

use std::{process::Command, time::Instant};

use logto_profile_bench::{
    app_command, external_logto, free_port,
    load::{
        all, call, deadline, edit, editors, env_or, lost_edits, m2m_token, print_table, PASSWORD,
    },
    sign_in, start_emulator, wait_ready, Process, Site, TempDir,
};
use reqwest::{header, Client, StatusCode};
use serde_json::{json, Value};

struct Instance {
    process: Process,
    base: String,
    _data: TempDir,
}

#[tokio::main]
async fn main() {
    let redis = std::env::var("CLUSTER_REDIS_URL").expect("CLUSTER_REDIS_URL");
    let database = std::env::var("CLUSTER_DATABASE_URL").expect("CLUSTER_DATABASE_URL");
    let front_port = free_port();
    let front = format!("http://127.0.0.1:{front_port}");
    let (_emulator, emulator) = start_emulator(&[&front]).await;

    let mut instances = Vec::new();
    for name in ["a", "b"] {
        let port = free_port();
        let data = TempDir::new(&format!("profile-cluster-{name}"));
        let process = Process::spawn(
            external_logto(&mut app_command(port), &emulator)
                .env("APP_PUBLIC_URL", &front)
                .env("TRUST_FORWARDED_FOR", "1")
                .env("SESSION_STORE_URL", &redis)
                .env("DATABASE_URL", &database)
                .env("APP_DATA_DIR", &data.0),
        );
        let base = format!("http://127.0.0.1:{port}");
        wait_ready(&Client::new(), &base).await;
        instances.push(Instance {
            process,
            base,
            _data: data,
        });
    }
    let balancer = TempDir::new("profile-haproxy");
    std::fs::create_dir_all(&balancer.0).unwrap();
    let config = balancer.0.join("haproxy.cfg");
    std::fs::write(&config, haproxy_config(front_port, &instances)).unwrap();
    let _haproxy = Process::spawn(Command::new("haproxy").arg("-db").arg("-f").arg(&config));
    wait_ready(&Client::new(), &front).await;
    let site = Site {
        base: front.clone(),
        emulator: emulator.clone(),
    };
    println!(
        "haproxy {front} → instance a {} and b {}; Logto (emulator) {emulator}",
        instances[0].base, instances[1].base
    );
    if std::env::args().any(|a| a == "--hold") {
        println!(
            "signed-in demo user: demo / {}; Ctrl-C stops everything",
            logto_profile_bench::DEMO_PASSWORD
        );
        let _ = tokio::signal::ctrl_c().await;
        return;
    }

    let token = m2m_token(&site).await;
    let (a, b) = (
        Site {
            base: instances[0].base.clone(),
            emulator: emulator.clone(),
        },
        Site {
            base: instances[1].base.clone(),
            emulator: emulator.clone(),
        },
    );
    signed_in_on_both(&site, &token, &a, &b).await;
    throttles_count_across(&site, &token, &a, &b).await;
    fields_saved_on_one_are_read_on_the_other(&site, &token, &a, &b).await;
    one_instance_killed_under_load(&site, &token, &mut instances[1].process).await;
    println!("\ntwo instances on one state: all checks passed");
}

fn haproxy_config(port: u16, instances: &[Instance]) -> String {
    let servers: String = instances
        .iter()
        .enumerate()
        .map(|(i, instance)| {
            format!(
                "  server app{i} {} check inter 500ms fall 1 rise 2\n",
                instance.base.trim_start_matches("http://")
            )
        })
        .collect();
    format!(
        "global\n  maxconn 4096\n\
         defaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n\
         \x20 option forwardfor\n  retries 3\n  option redispatch\n\
         \x20 option http-server-close\n\
         frontend web\n  bind 127.0.0.1:{port}\n  default_backend apps\n\
         backend apps\n  balance roundrobin\n  option httpchk GET /readyz\n\
         \x20 http-response set-header X-Served-By %s\n{servers}"
    )
}

/// One of the editors' users, signed in through the balancer.
async fn user(site: &Site, token: &str, prefix: &str) -> (String, Client) {
    let mut made = editors(site, token, prefix, 1).await;
    let editor = made.remove(0);
    (editor.id, editor.client)
}

async fn me(client: &Client, instance: &Site, front: &Site) -> Value {
    client
        .post(format!("{}/api/me", instance.base))
        .header(header::ORIGIN, front.base.as_str())
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap_or_default()
}

async fn signed_in_on_both(site: &Site, _token: &str, a: &Site, b: &Site) {
    let (browser, _) = sign_in(site, "demo", logto_profile_bench::DEMO_PASSWORD, true).await;
    for instance in [a, b] {
        assert_eq!(
            me(&browser, instance, site).await["name"],
            "Dana Demo",
            "signed in on {}",
            instance.base
        );
    }
    println!("signed in through the balancer: signed in on both instances");
}

async fn throttles_count_across(site: &Site, token: &str, a: &Site, b: &Site) {
    let (_, browser) = user(site, token, "cluster_throttle").await;
    let prove = |instance: &Site, password: &'static str| {
        let (browser, base, origin) = (browser.clone(), instance.base.clone(), site.base.clone());
        async move {
            browser
                .post(format!("{base}/confirm/password"))
                .header(header::ORIGIN, origin)
                .form(&[("password", password), ("return_to", "/profile")])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    for i in 0..5 {
        let instance = if i % 2 == 0 { a } else { b };
        assert_eq!(
            prove(instance, "Wrong-Guess-77").await,
            StatusCode::UNPROCESSABLE_ENTITY
        );
    }
    // Three wrong tries on a, two on b: the sixth, right or wrong, is refused on either.
    for instance in [a, b] {
        assert_eq!(
            prove(instance, PASSWORD).await,
            StatusCode::TOO_MANY_REQUESTS,
            "on {}",
            instance.base
        );
    }
    println!("throttles: 5 wrong passwords over both instances, then refused on each");
}

async fn fields_saved_on_one_are_read_on_the_other(site: &Site, token: &str, a: &Site, b: &Site) {
    let (_, browser) = user(site, token, "cluster_fields").await;
    // Calls go to an instance directly; the Origin is the balancer's, as a browser's would be.
    let on = |instance: &Site| Site {
        base: instance.base.clone(),
        emulator: site.emulator.clone(),
    };
    let (_, view) = call_as(&browser, &on(a), site, "profile/cached").await;
    let shown = view["form"].clone();
    let mut edited = shown.clone();
    edited["custom.mailing_address"] = json!("Kanalstraße 7\n10115 Berlin");
    edited["custom.emergency_contact_phone"] = json!("+49 30 1234567");
    let res = browser
        .post(format!("{}/api/profile/save", a.base))
        .header(header::ORIGIN, site.base.as_str())
        .json(&json!({ "original": shown, "edited": edited }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "saved on a");
    let (_, fresh) = call_as(&browser, &on(b), site, "profile/fresh").await;
    assert_eq!(
        fresh["form"]["custom.mailing_address"],
        "Kanalstraße 7\n10115 Berlin"
    );
    assert_eq!(
        fresh["form"]["custom.emergency_contact_phone"],
        "+49 30 1234567"
    );
    println!("declared fields saved on a (customData and the database) are read on b");
}

async fn call_as(
    browser: &Client,
    instance: &Site,
    front: &Site,
    endpoint: &str,
) -> (StatusCode, Value) {
    let res = browser
        .post(format!("{}/api/{endpoint}", instance.base))
        .header(header::ORIGIN, front.base.as_str())
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    (res.status(), res.json().await.unwrap_or_default())
}

async fn one_instance_killed_under_load(site: &Site, token: &str, victim: &mut Process) {
    let count: usize = env_or("CLUSTER_EDITORS", 20);
    let secs: u64 = env_or("CLUSTER_SECS", 30);
    let editors = editors(site, token, "cluster_load", count).await;
    let until = deadline(secs);
    let runs = tokio::spawn(all(editors
        .iter()
        .enumerate()
        .map(|(i, e)| edit(site.clone(), e.client.clone(), i, until))
        .collect()));
    tokio::time::sleep(std::time::Duration::from_secs(secs / 3)).await;
    let killed_at = Instant::now();
    victim.kill();
    let gone_at = Instant::now();
    println!(
        "instance b killed (SIGKILL) {} s into {secs} s of load by {count} editors",
        secs / 3
    );
    let runs = runs.await.unwrap();

    let requests: Vec<_> = runs.iter().flat_map(|r| r.requests.clone()).collect();
    let errors = print_table(&requests, secs as f64);
    // In flight to b: under way while it was being killed. Right after, until haproxy's next
    // health check marks b down, a connection can still be handed to the dying instance: such
    // failures carry no answer from an instance (599, or haproxy's own 502/503), and are counted
    // apart. Anything else — an answer from a live instance saying no — is a failure of the set-up.
    let ended = |r: &logto_profile_bench::load::Req| {
        r.started + std::time::Duration::from_secs_f64(r.ms / 1000.0)
    };
    let in_flight =
        |r: &&logto_profile_bench::load::Req| r.started <= gone_at && ended(r) >= killed_at;
    let handed_to_b = |r: &&logto_profile_bench::load::Req| {
        r.started > gone_at
            && r.started < gone_at + std::time::Duration::from_secs(1)
            && !r.detail.as_deref().unwrap_or("").contains(" from app")
    };
    // A save in flight to b may have been written before b died, its answer lost: the editor
    // reloads, but that read can race the dying write or fail on b too, and the editor's next
    // save of the same field (three saves later, other fields in between) then names a value
    // that no longer holds, and is refused (409) rather than written blindly over it, as long as
    // no save of that field has succeeded since. That refusal follows from the kill too (no edit
    // is lost by it).
    let after_lost_save: Vec<Instant> = runs
        .iter()
        .flat_map(|run| {
            let mut lost: Vec<&str> = Vec::new();
            let mut refused = Vec::new();
            for r in run.requests.iter().filter(|r| r.kind == "profile/save") {
                let field = r.field.unwrap_or_default();
                if r.status == 409 && lost.contains(&field) {
                    refused.push(r.started);
                }
                if in_flight(&r) && r.status >= 400 {
                    lost.push(field);
                } else if r.status < 400 {
                    lost.retain(|f| *f != field);
                }
            }
            refused
        })
        .collect();
    let refused_after_lost = |r: &&logto_profile_bench::load::Req| {
        r.kind == "profile/save" && r.status == 409 && after_lost_save.contains(&r.started)
    };
    let failed: Vec<_> = requests.iter().filter(|r| r.status >= 400).collect();
    let failed_in_flight = failed.iter().filter(|r| in_flight(r)).count();
    let failed_after = failed
        .iter()
        .filter(|r| !in_flight(r) && (handed_to_b(r) || refused_after_lost(r)))
        .count();
    let signed_out_answers = requests
        .iter()
        .filter(|r| r.kind == "GET /profile" && r.status == 303)
        .count();
    let mut signed_out = 0;
    for (e, run) in editors.iter().zip(&runs) {
        let me = call(&e.client, site, "me", json!({})).await.1;
        if me["name"].is_null() {
            signed_out += 1;
            // What that editor did around the kill, to see what ended its session.
            let at = |t: Instant| {
                if t >= killed_at {
                    (t - killed_at).as_secs_f64() * 1000.0
                } else {
                    -(killed_at - t).as_secs_f64() * 1000.0
                }
            };
            eprintln!("signed out: {}", e.id);
            for r in run
                .requests
                .iter()
                .filter(|r| (-2000.0..300.0).contains(&at(r.started)))
            {
                eprintln!(
                    "  {:+.0} ms {} {} ({:.0} ms) {}",
                    at(r.started),
                    r.kind,
                    r.status,
                    r.ms,
                    r.detail.as_deref().unwrap_or("")
                );
            }
        }
    }
    let (checked, lost) = lost_edits(site, token, &editors, &runs).await;
    println!(
        "requests {}; errors {errors}: in flight to b when it was killed {failed_in_flight}, handed \
         to b as it died (no instance answered) or a save refused after its predecessor was lost \
         that way {failed_after}, others {}; answered 'signed out' \
         {signed_out_answers}; users signed out afterwards {signed_out} of {count}; acknowledged \
         edits checked {checked}, lost {lost}",
        requests.len(),
        failed.len() - failed_in_flight - failed_after
    );
    for r in failed
        .iter()
        .filter(|r| !in_flight(r) && !handed_to_b(r) && !refused_after_lost(r))
    {
        eprintln!(
            "  error not in flight: {} {} after {:.0} ms, {:.0} ms after the kill: {}",
            r.kind,
            r.status,
            r.ms,
            r.started.saturating_duration_since(killed_at).as_secs_f64() * 1000.0,
            r.detail.as_deref().unwrap_or("")
        );
    }
    assert_eq!(
        failed.len(),
        failed_in_flight + failed_after,
        "errors only for requests going to b as it was killed"
    );
    assert_eq!(signed_out_answers + signed_out, 0, "nobody signed out");
    assert_eq!(lost, 0, "no acknowledged edit lost");
}
