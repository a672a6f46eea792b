//! The declared fields (`profile-fields.toml`): saved to Logto's `customData` and the own
//! database, sensitive values encrypted and masked, no lost updates, a broken declaration
//! refused at start. Run on SQLite, and on Postgres by the test command (`TEST_DATABASE_URL`).

use std::time::Instant;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::common::{browser::Browser, spawn_app, try_spawn_app, with, TestApp};

async fn view(app: &TestApp, browser: &Browser) -> Value {
    let (status, view) = app.call(browser, "profile/cached", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    view
}

async fn save(
    app: &TestApp,
    browser: &Browser,
    original: &Value,
    edited: &Value,
) -> (StatusCode, Value) {
    app.call(
        browser,
        "profile/save",
        json!({ "original": original, "edited": edited }),
    )
    .await
}

async fn custom_data(app: &TestApp, user_id: &str) -> Value {
    let path = format!("/users/{user_id}/custom-data");
    app.management(Method::GET, &path, None).await.1
}

/// The user's rows in the own database: field, stored value, version.
async fn rows(app: &TestApp, user_id: &str) -> Vec<(String, String, i64)> {
    let url = &app.database_url;
    let select =
        "select field, value, version from profile_values where user_id = $1 order by field";
    if url.starts_with("postgres") {
        let pool = sqlx::PgPool::connect(url).await.unwrap();
        sqlx::query_as(select)
            .bind(user_id)
            .fetch_all(&pool)
            .await
            .unwrap()
    } else {
        let pool = sqlx::SqlitePool::connect(url).await.unwrap();
        sqlx::query_as(select)
            .bind(user_id)
            .fetch_all(&pool)
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn declared_fields_are_saved_where_declared_and_others_keys_survive() {
    let app = spawn_app(&[]).await;
    let id = app.user_id("demo").await;
    // Another client's key, written before and kept after.
    let path = format!("/users/{id}/custom-data");
    app.management(
        Method::PATCH,
        &path,
        Some(json!({ "customData": { "plan": "pro" } })),
    )
    .await;
    let browser = app.signed_in("/profile").await;
    let page = view(&app, &browser).await;
    // Drawn by the server, in declared order, in their cards; the browser gets no declaration.
    let html = browser.page(&app, "/profile").await;
    let at = |key: &str| {
        html.find(&format!("data-field=\"{key}\""))
            .unwrap_or_else(|| panic!("{key} drawn"))
    };
    let order = [
        "date_of_birth",
        "gender",
        "mailing_address",
        "newsletter",
        "interests",
        "tax_id",
        "emergency_contact_phone",
    ];
    assert!(
        order.windows(2).all(|w| at(w[0]) < at(w[1])),
        "declared order"
    );
    assert!(html.contains("<h2 id=\"more-title\">More about you</h2>"));
    assert!(
        html.contains(r#"name="custom.tax_id" type="text""#),
        "{html}"
    );
    assert!(
        !html.contains("name=\"birthdate\""),
        "the hidden built-in field is not drawn"
    );
    assert_eq!(page["custom"], Value::Null);
    assert_eq!(page["hidden"], json!(["gender", "birthdate"]));
    let form = page["form"].clone();
    let edited = with(
        &form,
        &[
            ("custom.date_of_birth", "1990-04-23"),
            ("custom.gender", "non-binary"),
            ("custom.mailing_address", "PO Box 12\n1000 AA Amsterdam"),
            ("custom.newsletter", "true"),
            ("custom.interests", "research,product"),
            ("custom.tax_id", "DE 123456789"),
            ("custom.emergency_contact_phone", "+31 20 123 4567"),
        ],
    );
    let (status, saved) = save(&app, &browser, &form, &edited).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    // The page gets the stored forms back: choices in declared order, the secret only masked.
    assert_eq!(saved["custom.interests"], "product,research");
    assert_eq!(saved["custom.tax_id"], "");
    assert_eq!(saved["mask.tax_id"], "••••6789");
    assert_eq!(saved["version.tax_id"], "1");

    let data = custom_data(&app, &id).await;
    assert_eq!(
        data,
        json!({
            "plan": "pro",
            "date_of_birth": "1990-04-23",
            "gender": "non-binary",
            "mailing_address": "PO Box 12\n1000 AA Amsterdam",
            "newsletter": true,
            "interests": ["product", "research"],
        })
    );
    let stored = rows(&app, &id).await;
    assert_eq!(stored.len(), 2);
    assert_eq!(stored[0].0, "emergency_contact_phone");
    assert_eq!(stored[0].1, "+31 20 123 4567");
    assert_eq!(stored[1].0, "tax_id");
    assert!(stored[1].1.starts_with("enc2:"), "sealed: {}", stored[1].1);
    assert!(!stored[1].1.contains("123456789"));
    // Nor anywhere in the SQLite file (or its write-ahead log) as plain text.
    if let Some(file) = app.database_url.strip_prefix("sqlite://") {
        for path in [file.to_owned(), format!("{file}-wal")] {
            let bytes = std::fs::read(&path).unwrap_or_default();
            let plain = b"123456789";
            assert!(
                !bytes.windows(plain.len()).any(|w| w == plain),
                "{path} holds the tax id"
            );
        }
        let phone = b"+31 20 123 4567";
        let main = std::fs::read(file).unwrap();
        let wal = std::fs::read(format!("{file}-wal")).unwrap_or_default();
        assert!(
            [main, wal]
                .iter()
                .any(|b| b.windows(phone.len()).any(|w| w == phone)),
            "the scan can see what is stored in plain text"
        );
    }

    // Read back: the page shows the values, and the tax id only by its end.
    let again = view(&app, &browser).await;
    assert_eq!(again["form"]["custom.gender"], "non-binary");
    assert_eq!(again["form"]["custom.newsletter"], "true");
    assert_eq!(again["form"]["mask.tax_id"], "••••6789");
    assert_eq!(again["form"]["custom.tax_id"], Value::Null, "never sent");
    let html = browser.page(&app, "/profile").await;
    assert!(html.contains("••••6789"));
    assert!(
        !html.contains("123456789") && !html.contains("DE 12345"),
        "no full tax id in the page"
    );

    // A save of one other field leaves every declared value as it was.
    let (status, _) = save(
        &app,
        &browser,
        &again["form"],
        &with(&again["form"], &[("name", "Dana D.")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(custom_data(&app, &id).await["newsletter"], true);
    assert_eq!(
        rows(&app, &id).await[1].2,
        1,
        "the tax id row was not written again"
    );

    // Unticking and clearing: `false` and `null` at Logto; the secret removed on request.
    let form = view(&app, &browser).await["form"].clone();
    let edited = with(
        &form,
        &[
            ("custom.newsletter", ""),
            ("custom.mailing_address", ""),
            ("forget.tax_id", "true"),
        ],
    );
    let (status, saved) = save(&app, &browser, &form, &edited).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let data = custom_data(&app, &id).await;
    assert_eq!(data["newsletter"], false);
    assert_eq!(data["mailing_address"], Value::Null);
    assert_eq!(data["plan"], "pro");
    assert_eq!(saved["mask.tax_id"], "");
    assert_eq!(rows(&app, &id).await[1].1, "");
}

#[tokio::test]
async fn every_check_runs_on_the_server_too() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let form = view(&app, &browser).await["form"].clone();
    let edited = with(
        &form,
        &[
            ("custom.date_of_birth", "2099-01-01"),
            ("custom.gender", "dragon"),
            ("custom.interests", "product,gossip"),
            ("custom.newsletter", "maybe"),
            ("custom.tax_id", "DE_1<script>"),
            ("custom.emergency_contact_phone", "call my mum"),
        ],
    );
    let (status, err) = save(&app, &browser, &form, &edited).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
    let mut fields: Vec<(String, String)> = vec![(
        err["field"].as_str().unwrap().to_owned(),
        err["message"].as_str().unwrap().to_owned(),
    )];
    for other in err["others"].as_array().unwrap() {
        fields.push((
            other["field"].as_str().unwrap().to_owned(),
            other["message"].as_str().unwrap().to_owned(),
        ));
    }
    let message = |key: &str| {
        fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, m)| m.as_str())
            .unwrap_or_else(|| panic!("{key} not refused: {fields:?}"))
    };
    assert!(
        message("custom.date_of_birth").starts_with("Choose 20"),
        "{fields:?}"
    );
    assert_eq!(message("custom.gender"), "Choose from the list.");
    assert_eq!(message("custom.interests"), "Choose from the list.");
    assert_eq!(message("custom.newsletter"), "Choose from the list.");
    assert_eq!(
        message("custom.tax_id"),
        "Use letters, digits, spaces and hyphens."
    );
    assert_eq!(
        message("custom.emergency_contact_phone"),
        "Enter a phone number: digits, spaces and + ( ) - only."
    );
    let id = app.user_id("demo").await;
    assert_eq!(custom_data(&app, &id).await, json!({}), "nothing written");
    assert!(rows(&app, &id).await.is_empty());
}

#[tokio::test]
async fn the_same_field_changed_in_two_tabs_is_reported_not_overwritten() {
    let app = spawn_app(&[]).await;
    let browser = app.signed_in("/profile").await;
    let id = app.user_id("demo").await;
    let shown = view(&app, &browser).await["form"].clone();
    // Tab A saves first.
    let (status, err) = save(
        &app,
        &browser,
        &shown,
        &with(
            &shown,
            &[
                ("custom.gender", "female"),
                ("custom.emergency_contact_phone", "0612345678"),
            ],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{err}");
    // Tab B, opened before, saves the same fields.
    let tab_b = with(
        &shown,
        &[
            ("custom.gender", "male"),
            ("custom.emergency_contact_phone", "911 000"),
        ],
    );
    let (status, err) = save(&app, &browser, &shown, &tab_b).await;
    assert_eq!(status, StatusCode::CONFLICT, "{err}");
    assert_eq!(err["kind"], "changed");
    let others = err["others"].as_array().unwrap();
    assert_eq!(others[0]["field"], "custom.gender");
    assert!(
        others[0]["message"].as_str().unwrap().contains("Female"),
        "{err}"
    );
    assert_eq!(others[1]["field"], "custom.emergency_contact_phone");
    let current: Vec<(&str, &str)> = err["current"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["field"].as_str().unwrap(), c["message"].as_str().unwrap()))
        .collect();
    assert!(
        current.contains(&("custom.gender", "female")),
        "{current:?}"
    );
    assert!(
        current.contains(&("version.emergency_contact_phone", "1")),
        "{current:?}"
    );
    assert_eq!(
        custom_data(&app, &id).await["gender"],
        "female",
        "nothing overwritten"
    );
    assert_eq!(rows(&app, &id).await[0].1, "0612345678");

    // Saving again from what holds now replaces it, knowingly.
    let mut seen = shown.clone();
    for (key, value) in &current {
        seen[*key] = json!(value);
    }
    let (status, _) = save(&app, &browser, &seen, &tab_b).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(custom_data(&app, &id).await["gender"], "male");
    assert_eq!(
        rows(&app, &id).await[0],
        ("emergency_contact_phone".into(), "911 000".into(), 2)
    );

    // Without JavaScript: the page comes back with the message, the typed value and the new
    // baseline in its hidden fields.
    let stale = [
        ("original.custom.gender", "female"),
        ("custom.gender", "unspecified"),
        ("name", "Dana Demo"),
        ("original.name", "Dana Demo"),
        ("username", "demo"),
        ("original.username", "demo"),
    ];
    let (status, _, body) = app.post_form(&browser, "/profile", &stale).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        body.contains("Changed elsewhere since this page was opened: it is now “Male”"),
        "{body}"
    );
    assert!(body.contains(r#"name="original.custom.gender" value="male""#));
    assert!(body.contains(r#"<option value="unspecified" selected"#));
}

#[tokio::test]
async fn concurrent_saves_of_different_fields_lose_nothing() {
    // Twenty fields, half in Logto and half in the own database; each of twenty tasks ("tabs")
    // saves its own field ten times, all at once.
    let mut toml = String::new();
    for i in 0..20 {
        let storage = if i % 2 == 0 { "logto" } else { "database" };
        toml.push_str(&format!(
            "[[field]]\nkey = \"f{i}\"\nlabel = \"F{i}\"\ntype = \"text\"\nsection = \"personal\"\nstorage = \"{storage}\"\n\n"
        ));
    }
    let file = std::env::temp_dir().join(format!("fields-{}.toml", std::process::id()));
    std::fs::write(&file, toml).unwrap();
    let app = spawn_app(&[("PROFILE_FIELDS_FILE", file.to_str().unwrap())]).await;
    let id = app.user_id("demo").await;
    let path = format!("/users/{id}/custom-data");
    app.management(
        Method::PATCH,
        &path,
        Some(json!({ "customData": { "plan": "pro" } })),
    )
    .await;
    let browser = std::sync::Arc::new(app.signed_in("/profile").await);
    let app = std::sync::Arc::new(app);
    let start = Instant::now();
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (app, browser) = (app.clone(), browser.clone());
            tokio::spawn(async move {
                let mut shown = view(&app, &browser).await["form"].clone();
                for n in 0..10 {
                    let key = format!("custom.f{i}");
                    let edited = with(&shown, &[(key.as_str(), &format!("task {i} save {n}"))]);
                    let (status, saved) = save(&app, &browser, &shown, &edited).await;
                    assert_eq!(status, StatusCode::OK, "task {i} save {n}: {saved}");
                    // The tab keeps its own page: only its field's entries move on.
                    shown[&key] = saved[&key].clone();
                    let version = format!("version.f{i}");
                    if !saved[&version].is_null() {
                        shown[&version] = saved[&version].clone();
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    let took = start.elapsed();
    let data = custom_data(&app, &id).await;
    let stored = rows(&app, &id).await;
    let mut lost = 0;
    for i in 0..20 {
        let want = format!("task {i} save 9");
        let have = if i % 2 == 0 {
            data[format!("f{i}")].as_str().map(String::from)
        } else {
            stored
                .iter()
                .find(|r| r.0 == format!("f{i}"))
                .map(|r| r.1.clone())
        };
        if have.as_deref() != Some(want.as_str()) {
            lost += 1;
        }
    }
    assert_eq!(data["plan"], "pro");
    assert!(
        stored.iter().all(|r| r.2 == 10),
        "ten versions per row: {stored:?}"
    );
    println!(
        "200 saves from 20 tasks in {:.2} s ({:.0} saves/s): {lost} of 20 fields lost",
        took.as_secs_f64(),
        200.0 / took.as_secs_f64()
    );
    assert_eq!(lost, 0);
    let _ = std::fs::remove_file(file);
}

#[tokio::test]
async fn a_broken_declaration_stops_the_start_with_its_line() {
    let file = std::env::temp_dir().join(format!("broken-{}.toml", std::process::id()));
    std::fs::write(
        &file,
        "[[field]]\nkey = \"tax\"\nlabel = \"Tax\"\ntype = \"text\"\nsection = \"personal\"\n\
         storage = \"logto\"\nsensitive = true\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let Err(message) = try_spawn_app(&[("PROFILE_FIELDS_FILE", path)]).await else {
        panic!("started with a broken declaration");
    };
    assert_eq!(
        message,
        format!(
            "the profile fields declaration: {path}:1: field `tax`: sensitive values are encrypted in the app's database: use storage = \"database\""
        )
    );
    std::fs::write(&file, "[[field]]\nkey = \"x\"\nlabel = \"X\"\ntype = \"text\"\nsection = \"personal\"\nstorage = \"elsewhere\"\n").unwrap();
    let message = try_spawn_app(&[("PROFILE_FIELDS_FILE", path)])
        .await
        .err()
        .unwrap();
    assert!(
        message.contains(&format!("{path}:6: unknown variant `elsewhere`")),
        "{message}"
    );
    let missing = try_spawn_app(&[("PROFILE_FIELDS_FILE", "/nonexistent/fields.toml")]).await;
    assert!(missing
        .err()
        .unwrap()
        .contains("/nonexistent/fields.toml:0:"));
    let _ = std::fs::remove_file(file);
}

#[tokio::test]
async fn migrations_run_on_an_empty_database_and_twice_in_a_row() {
    let url = match std::env::var("TEST_DATABASE_URL") {
        Ok(url) => url,
        Err(_) => {
            let file = std::env::temp_dir().join(format!("empty-{}.db", std::process::id()));
            let _ = std::fs::remove_file(&file);
            format!("sqlite://{}", file.display())
        }
    };
    use logto_profile::server::db::Db;
    Db::connect(&url).await.expect("an empty database");
    Db::connect(&url).await.expect("the same database again");
}

#[tokio::test]
async fn values_sealed_with_a_rotated_key_are_read_and_sealed_again_on_write() {
    use base64::{engine::general_purpose::STANDARD, Engine};
    use logto_profile::server::crypto::{Keys, Purpose};
    use secrecy::SecretString;

    let old = STANDARD.encode([7u8; 32]);
    let new = STANDARD.encode([9u8; 32]);
    let vars = [
        ("FIELD_ENCRYPTION_KEY", new.as_str()),
        ("FIELD_ENCRYPTION_OLD_KEYS", old.as_str()),
    ];
    let app = spawn_app(&vars).await;
    let id = app.user_id("demo").await;
    // A row written before the rotation, under the old key, by a release from before
    // per-purpose keys (`enc1:`, the key itself).
    let old_sealer = Keys::from_base64(&SecretString::from(old.clone()))
        .unwrap()
        .legacy_sealer();
    let sealed = old_sealer.seal_for(b"NL-98765432", &format!("{id}/tax_id"));
    let insert = "insert into profile_values (user_id, field, value, version, updated_at) values ($1, 'tax_id', $2, 1, 0)";
    app.db_execute(insert, &[&id, &sealed]).await;
    let browser = app.signed_in("/profile").await;
    let form = view(&app, &browser).await["form"].clone();
    assert_eq!(form["mask.tax_id"], "••••5432", "read with the old key");
    // Any save of the user's database fields seals it again with the new key.
    let edited = with(&form, &[("custom.emergency_contact_phone", "0612345678")]);
    let (status, _) = save(&app, &browser, &form, &edited).await;
    assert_eq!(status, StatusCode::OK);
    let row = rows(&app, &id)
        .await
        .into_iter()
        .find(|r| r.0 == "tax_id")
        .unwrap();
    assert_ne!(row.1, sealed);
    assert_eq!(row.2, 1, "the value did not change");
    let new_sealer = Keys::from_base64(&SecretString::from(new))
        .unwrap()
        .sealer(Purpose::Fields);
    assert_eq!(
        new_sealer
            .open_for(&row.1, &format!("{id}/tax_id"))
            .unwrap(),
        b"NL-98765432"
    );
    assert!(old_sealer
        .open_for(&row.1, &format!("{id}/tax_id"))
        .is_none());
    // The download has it in plain text, for its owner.
    app.prove(&browser).await;
    let res = browser
        .http
        .post(app.url("/account/export"))
        .header(reqwest::header::ORIGIN, app.origin())
        .send()
        .await
        .unwrap();
    let export: Value = res.json().await.unwrap();
    assert_eq!(export["thisApp"]["profileFields"]["tax_id"], "NL-98765432");
}

#[tokio::test]
async fn numbers_countries_and_read_only_fields_keep_their_shapes() {
    let toml = r#"
[[field]]
key = "plan"
label = "Plan"
type = "single-choice"
section = "personal"
storage = "logto"
editable = false
choices = [{ value = "free", label = "Free" }, { value = "pro", label = "Pro" }]

[[field]]
key = "shoe_size"
label = { en = "Shoe size", de = "Schuhgröße" }
type = "number"
section = "personal"
storage = "logto"
min = 15
max = 60

[[field]]
key = "home_country"
label = "Home country"
type = "country"
section = "address"
storage = "database"
"#;
    let file = std::env::temp_dir().join(format!("shapes-{}.toml", std::process::id()));
    std::fs::write(&file, toml).unwrap();
    let app = spawn_app(&[("PROFILE_FIELDS_FILE", file.to_str().unwrap())]).await;
    let id = app.user_id("demo").await;
    let path = format!("/users/{id}/custom-data");
    app.management(
        Method::PATCH,
        &path,
        Some(json!({ "customData": { "plan": "pro" } })),
    )
    .await;
    let browser = app.signed_in("/profile").await;
    let html = browser.page(&app, "/profile").await;
    // Shown, not offered for editing; posted back as shown by a plain form.
    let plan = html.split(r#"data-field="plan""#).nth(1).unwrap();
    assert!(plan.contains(r#"class="readonly-value">Pro</p>"#), "{plan}");
    assert!(
        !plan[..plan.find("</label>").unwrap()].contains("for="),
        "no control to label"
    );
    assert!(html.contains(r#"<option value=NL>Netherlands<"#));

    let form = view(&app, &browser).await["form"].clone();
    assert_eq!(form["custom.plan"], "pro");
    for (field, value, message) in [
        ("custom.plan", "free", "This field cannot be changed here."),
        ("custom.shoe_size", "61", "Enter 60 or less."),
        ("custom.home_country", "XX", "Choose from the list."),
    ] {
        let (status, err) = save(&app, &browser, &form, &with(&form, &[(field, value)])).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        assert_eq!(err["field"], field);
        assert_eq!(err["message"], message);
    }

    let edited = with(
        &form,
        &[("custom.shoe_size", "42,5"), ("custom.home_country", "NL")],
    );
    let (status, saved) = save(&app, &browser, &form, &edited).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["custom.shoe_size"], "42.5");
    let data = custom_data(&app, &id).await;
    assert_eq!(
        data,
        json!({ "plan": "pro", "shoe_size": 42.5 }),
        "a number, the read-only key kept"
    );
    let (status, _) = save(
        &app,
        &browser,
        &saved,
        &with(&saved, &[("custom.shoe_size", "44")]),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(custom_data(&app, &id).await["shoe_size"], 44);
    assert_eq!(
        view(&app, &browser).await["form"]["custom.home_country"],
        "NL"
    );
    let _ = std::fs::remove_file(file);
}

/// `logto-profile reseal` after a rotation: every value under an old key (here in the format from
/// before per-purpose keys) is sealed again with the current one, and values no key opens are
/// named, so the old key goes only when nothing needs it.
#[tokio::test]
async fn reseal_seals_every_old_value_again_and_names_what_no_key_opens() {
    use base64::{engine::general_purpose::STANDARD, Engine};
    use logto_profile::features::profile::declared::service::reseal_everything;
    use logto_profile::server::{
        crypto::{Keys, Purpose, Sealer},
        db::Db,
    };
    use secrecy::SecretString;

    let key = |byte: u8| SecretString::from(STANDARD.encode([byte; 32]));
    let app = spawn_app(&[]).await;
    let id = app.user_id("demo").await;
    let old = Keys::from_base64(&key(7)).unwrap().legacy_sealer();
    let lost = Keys::from_base64(&key(8)).unwrap().sealer(Purpose::Fields);
    let insert = "insert into profile_values (user_id, field, value, version, updated_at) values ($1, $2, $3, 1, 0)";
    let old_value = old.seal_for(b"NL-98765432", &format!("{id}/tax_id"));
    let lost_value = lost.seal_for(b"x", &format!("{id}/retired"));
    app.db_execute(insert, &[&id, "tax_id", &old_value]).await;
    app.db_execute(insert, &[&id, "retired", &lost_value]).await;
    app.db_execute(insert, &[&id, "plain_one", "not sealed"])
        .await;

    let current = Keys::from_base64(&key(9))
        .unwrap()
        .with_old_keys(&key(7))
        .unwrap()
        .sealer(Purpose::Fields);
    let db = Db::connect(&app.database_url).await.unwrap();
    let report = reseal_everything(&db, &current).await.unwrap();
    // (A Postgres test database holds other tests' users too: only this user's rows count.)
    let mine = |places: &[String]| -> Vec<String> {
        places
            .iter()
            .filter(|p| p.starts_with(&format!("{id}/")))
            .cloned()
            .collect()
    };
    assert!(report.resealed >= 1);
    assert_eq!(mine(&report.unreadable), [format!("{id}/retired")]);
    let row = rows(&app, &id)
        .await
        .into_iter()
        .find(|r| r.0 == "tax_id")
        .unwrap();
    assert!(current.is_current(&row.1) && Sealer::is_sealed(&row.1));
    let only_new = Keys::from_base64(&key(9)).unwrap().sealer(Purpose::Fields);
    assert_eq!(
        only_new.open_for(&row.1, &format!("{id}/tax_id")).unwrap(),
        b"NL-98765432",
        "the old key is no longer needed for it"
    );
    // Run again: the row is left as it is.
    let again = reseal_everything(&db, &current).await.unwrap();
    assert_eq!(mine(&again.unreadable), [format!("{id}/retired")]);
    let after = rows(&app, &id).await;
    assert!(
        after.iter().any(|r| r.0 == "tax_id" && r.1 == row.1),
        "not sealed again"
    );
}
