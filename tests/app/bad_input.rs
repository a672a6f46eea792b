//! Bad input over every route and server function: each answer is a clean 4xx (or the page
//! itself), never a 5xx, never a dropped connection.
//!
//! The targets are found, not listed (`TestApp::targets`). `BAD_INPUT_CASES` sets the corpus size (default 600 in the test command;
//! `scripts/bad-input.sh` runs 12,000).

use reqwest::{header, Method};

use crate::common::{browser::Browser, spawn_app};

/// A small, seeded generator: the same corpus every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

fn junk_text(rng: &mut Rng) -> String {
    match rng.next() % 8 {
        0 => "x".repeat(70_000),
        1 => "\u{0}\u{7}\n\r\t\u{1b}[31m".repeat(50),
        2 => "../../etc/passwd%00".into(),
        3 => "<script>alert(1)</script>\"'".into(),
        4 => "é".repeat(300),
        5 => String::new(),
        6 => "%ff%fe%00".into(),
        _ => "9".repeat(40),
    }
}

fn body(rng: &mut Rng) -> (Vec<u8>, &'static str) {
    let text = junk_text(rng);
    let json_text = serde_json::to_string(&text).unwrap();
    let content_type = *rng.pick(&[
        "application/json",
        "application/x-www-form-urlencoded",
        "text/plain",
        "multipart/form-data; boundary=x",
        "application/octet-stream",
    ]);
    let body: Vec<u8> = match rng.next() % 16 {
        0 => b"{bad json".to_vec(),
        1 => b"\xff\xfe\x00{\"a\":\"\xc3\x28\"}".to_vec(),
        2 => format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
        3 => format!("{{\"original\":{json_text},\"edited\":{json_text}}}").into_bytes(),
        4 => format!("{{\"original\":{{\"name\":{json_text}}},\"edited\":{{\"name\":5}}}}")
            .into_bytes(),
        5 => b"null".to_vec(),
        6 => b"[1,2,3]".to_vec(),
        7 => format!("{{\"edited\":{{\"username\":{json_text}}}}}").into_bytes(),
        8 => format!("lang={}&return_to={}", urlencode(&text), urlencode(&text)).into_bytes(),
        9 => format!("original.name={0}&name={0}&username={0}", urlencode(&text)).into_bytes(),
        10 => vec![b'a'; 3 << 20],
        11 => Vec::new(),
        12 => {
            format!("{{\"extra\":{json_text},\"original\":{{}},\"edited\":{{}},\"more\":[{{}}]}}")
                .into_bytes()
        }
        // The declared fields (`profile-fields.toml`): values, row versions, removals.
        13 => format!(
            "{{\"original\":{{\"custom.gender\":{json_text},\"version.tax_id\":{json_text}}},\
             \"edited\":{{\"custom.tax_id\":{json_text},\"custom.interests\":{json_text},\
             \"forget.tax_id\":{json_text},\"custom.date_of_birth\":{json_text}}}}}"
        )
        .into_bytes(),
        14 => {
            let t = urlencode(&text);
            format!(
                "original.custom.gender={t}&custom.gender={t}&custom.interests=events&custom.interests={t}\
                 &original.version.tax_id={t}&custom.tax_id={t}&forget.tax_id={t}&custom.newsletter={t}"
            )
            .into_bytes()
        }
        _ => text.into_bytes(),
    };
    (body, content_type)
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn query(rng: &mut Rng) -> String {
    // URIs stay under 64 KB: longer ones the HTTP client itself refuses to send.
    let text: String = urlencode(&junk_text(rng)).chars().take(6000).collect();
    match rng.next() % 6 {
        0 => String::new(),
        1 => format!("?return_to={text}"),
        2 => format!("?code={text}&state={text}&error={text}"),
        3 => format!("?reason={text}&saved={text}"),
        4 => "?%zz=%G1&&&=".into(),
        _ => format!("?{text}"),
    }
}

#[tokio::test]
async fn bad_input_never_gets_a_5xx() {
    let cases: usize = std::env::var("BAD_INPUT_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(600);
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/").await;
    let targets = app.targets(&browser).await;
    for required in [
        "/api/profile/save",
        "/profile",
        "/language",
        "/sign-out",
        "/sign-in",
    ] {
        assert!(
            targets.iter().any(|(_, p)| p == required),
            "{required} not found: {targets:?}"
        );
    }
    let anonymous = Browser::new();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    let mut sent = 0;
    while sent < cases {
        let mut batch = Vec::new();
        for _ in 0..16 {
            let (method, path) = rng.pick(&targets).clone();
            let who = if rng.next().is_multiple_of(2) {
                &browser
            } else {
                &anonymous
            };
            let url = app.url(&format!("{path}{}", query(&mut rng)));
            let method = Method::from_bytes(method.as_bytes()).unwrap();
            let mut req = who
                .http
                .request(method.clone(), &url)
                .header(header::ORIGIN, app.origin())
                .header(
                    header::ACCEPT_LANGUAGE,
                    junk_text(&mut rng)
                        .chars()
                        .filter(|c| c.is_ascii_graphic() || *c == ' ')
                        .take(200)
                        .collect::<String>(),
                );
            if method == Method::POST {
                let (body, content_type) = body(&mut rng);
                req = req.header(header::CONTENT_TYPE, content_type).body(body);
            }
            batch.push(tokio::spawn(async move {
                let short = |u: &str| u.chars().take(120).collect::<String>();
                let res = req
                    .send()
                    .await
                    .map_err(|e| format!("{}: {e}", short(&url)))?;
                Ok::<_, String>((res.status(), url))
            }));
        }
        for handle in batch {
            let (status, url) = handle.await.unwrap().expect("no dropped connection");
            assert!(
                !status.is_server_error(),
                "{status} for {}",
                &url[..url.len().min(200)]
            );
            *statuses.entry(status.as_u16()).or_default() += 1;
            sent += 1;
        }
    }
    eprintln!(
        "bad input: {sent} requests over {} targets, 5xx: 0, by status: {statuses:?}",
        targets.len()
    );
    assert!(
        statuses.keys().any(|s| *s >= 400),
        "the corpus is refused somewhere"
    );
}
