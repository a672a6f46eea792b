//! The profile photo: an upload is re-encoded on the server (square, 256 and 64 px, JPEG, no
//! metadata), kept in the app's database, served with long caching, and set as Logto's
//! `avatar`; bad files are refused with their reason and leave nothing behind.

use reqwest::{header, StatusCode};

use crate::common::{browser::Browser, spawn_app, TestApp};

const WIDE_PNG: &[u8] = include_bytes!("../fixtures/wide.png");
const GPS_JPEG: &[u8] = include_bytes!("../fixtures/gps.jpg");
const PIXEL_BOMB: &[u8] = include_bytes!("../fixtures/bomb.png");

async fn upload(
    app: &TestApp,
    browser: &Browser,
    name: &str,
    mime: &str,
    bytes: Vec<u8>,
) -> (StatusCode, Option<String>, String) {
    upload_framed(app, browser, name, mime, bytes, &[]).await
}

/// An upload with the framing fields the page's script writes.
async fn upload_framed(
    app: &TestApp,
    browser: &Browser,
    name: &str,
    mime: &str,
    bytes: Vec<u8>,
    fields: &[(&'static str, &'static str)],
) -> (StatusCode, Option<String>, String) {
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_owned())
        .mime_str(mime)
        .unwrap();
    let mut form = reqwest::multipart::Form::new();
    for (key, value) in fields {
        form = form.text(*key, *value);
    }
    let form = form.part("photo", part);
    let res = browser
        .http
        .post(app.url("/profile/photo"))
        .header(header::ORIGIN, app.origin())
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let location = res
        .headers()
        .get(header::LOCATION)
        .map(|l| l.to_str().unwrap().to_owned());
    (status, location, res.text().await.unwrap_or_default())
}

async fn avatar(app: &TestApp, username: &str) -> Option<String> {
    app.logto_user(username).await["avatar"]
        .as_str()
        .map(String::from)
}

/// The demo user's stored photo files (the Postgres run shares one database between tests; each
/// test's emulator has its own demo user).
async fn stored_photos(app: &TestApp) -> i64 {
    let id = app.user_id("demo").await;
    let sql = format!("select count(*) from photos where user_id = '{id}'");
    app.db_count(&sql).await
}

#[tokio::test]
async fn an_uploaded_photo_is_squared_stripped_served_and_set_as_the_avatar() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/profile").await;
    let page = mine.page(&app, "/profile").await;
    assert!(!page.contains("Avatar URL"), "no URL field any more");
    assert!(page.contains("href=\"/profile/photo\""), "{page}");

    // A JPEG with GPS tags, named and typed as something else.
    let (status, location, body) =
        upload(&app, &mine, "holiday.gif", "image/gif", GPS_JPEG.to_vec()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    assert_eq!(location.as_deref(), Some("/profile/photo?done=saved"));
    let url = avatar(&app, "demo").await.expect("avatar set");
    let prefix = app.url("/photos/");
    assert!(url.starts_with(&prefix) && url.ends_with("/256"), "{url}");
    for size in ["256", "64"] {
        let at = format!("{}{size}", url.trim_end_matches("256"));
        let res = reqwest::get(&at).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let headers = res.headers().clone();
        assert_eq!(headers[header::CONTENT_TYPE], "image/jpeg");
        assert_eq!(
            headers[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let bytes = res.bytes().await.unwrap();
        let image = image::load_from_memory(&bytes).unwrap();
        let side: u32 = size.parse().unwrap();
        assert_eq!((image.width(), image.height()), (side, side));
        assert!(
            !bytes.windows(6).any(|w| w == b"Exif\0\0"),
            "no EXIF block in the stored bytes"
        );
        assert!(
            !bytes.windows(2).any(|w| w == [0xFF, 0xE1]),
            "no APP1 segment"
        );
    }
    assert!(
        GPS_JPEG.windows(6).any(|w| w == b"Exif\0\0"),
        "the upload had one"
    );
    // The header shows it at once (the session's claims follow).
    let page = mine.page(&app, "/profile/photo?done=saved").await;
    assert!(page.contains("Your new photo is saved."), "{page}");
    assert!(page.contains(&format!("src=\"{url}\"")), "{page}");

    // A new photo replaces the old one, which is deleted.
    let (status, _, _) = upload(&app, &mine, "wide.png", "image/png", WIDE_PNG.to_vec()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let second = avatar(&app, "demo").await.unwrap();
    assert_ne!(second, url);
    assert_eq!(
        reqwest::get(&url).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(stored_photos(&app).await, 2, "one photo in two sizes");

    let (status, location, _) = app.post_form(&mine, "/profile/photo/remove", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/profile/photo?done=removed"));
    assert_eq!(avatar(&app, "demo").await, None);
    assert_eq!(stored_photos(&app).await, 0);
    let page = mine.page(&app, "/account").await;
    assert!(
        page.contains("Profile photo changed") && page.contains("Profile photo removed"),
        "{page}"
    );
}

#[tokio::test]
async fn bad_files_are_refused_with_their_reason_and_nothing_is_stored() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/profile").await;
    let text = b"not a picture at all, whatever the name says".to_vec();
    let cases: [(&str, &str, Vec<u8>, &str); 4] = [
        ("empty.jpg", "image/jpeg", Vec::new(), "That file is empty."),
        (
            "photo.jpg",
            "image/jpeg",
            text,
            "That file is not an image.",
        ),
        (
            "bomb.png",
            "image/png",
            PIXEL_BOMB.to_vec(),
            "That image is too large (more than 6000 pixels",
        ),
        (
            "big.jpg",
            "image/jpeg",
            vec![0xFF; 50 * 1024 * 1024],
            "That file is larger than 10 MB.",
        ),
    ];
    for (name, mime, bytes, message) in cases {
        let (status, _, page) = upload(&app, &mine, name, mime, bytes).await;
        assert!(status.is_client_error(), "{name}: {status}");
        assert!(page.contains(message), "{name}: {page}");
        assert!(page.contains("aria-invalid=\"true\""), "{name}");
    }
    assert_eq!(stored_photos(&app).await, 0);
    assert_eq!(avatar(&app, "demo").await, None);
    // Made-up names and sizes are simply not there.
    for path in [
        "/photos/0123456789abcdef0123456789abcdef/256",
        "/photos/x/256",
        "/photos/0123456789abcdef0123456789abcdef/100",
    ] {
        assert_eq!(
            reqwest::get(app.url(path)).await.unwrap().status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}

/// Red on the left half, blue on the right, 300 × 100.
fn two_halves() -> Vec<u8> {
    let img = image::RgbImage::from_fn(300, 100, |x, _| {
        if x < 150 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([20, 20, 220])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// The middle pixel of the stored 256 px photo.
async fn middle_of_avatar(app: &TestApp) -> [u8; 3] {
    let url = avatar(app, "demo").await.expect("avatar set");
    let bytes = reqwest::get(&url).await.unwrap().bytes().await.unwrap();
    image::load_from_memory(&bytes)
        .unwrap()
        .to_rgb8()
        .get_pixel(128, 128)
        .0
}

/// The square framed in the browser is the one kept; a framing that is not a square inside the
/// image is refused with its reason and nothing stored.
#[tokio::test]
async fn the_framed_square_is_kept_and_a_bad_framing_refused() {
    let app = spawn_app(&[]).await;
    let mine = app.signed_in("/profile").await;
    let page = mine.page(&app, "/profile/photo").await;
    assert!(page.contains("id=\"photo-crop\""), "{page}");
    assert!(page.contains("name=\"crop_side\""), "{page}");

    let right = [
        ("crop_x", "666667"),
        ("crop_y", "0"),
        ("crop_side", "1000000"),
    ];
    let (status, _, body) =
        upload_framed(&app, &mine, "halves.png", "image/png", two_halves(), &right).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let [r, _, b] = middle_of_avatar(&app).await;
    assert!(b > 150 && r < 80, "the blue right third: {r} {b}");

    let left = [("crop_x", "0"), ("crop_y", "0"), ("crop_side", "1000000")];
    upload_framed(&app, &mine, "halves.png", "image/png", two_halves(), &left).await;
    let [r, _, b] = middle_of_avatar(&app).await;
    assert!(r > 150 && b < 80, "the red left third: {r} {b}");

    let before = stored_photos(&app).await;
    for bad in [
        [
            ("crop_x", "2000000"),
            ("crop_y", "0"),
            ("crop_side", "1000000"),
        ],
        [("crop_x", "0"), ("crop_y", "0"), ("crop_side", "10000")],
        [("crop_x", "0"), ("crop_y", "0.5"), ("crop_side", "1000000")],
    ] {
        let (status, _, page) =
            upload_framed(&app, &mine, "halves.png", "image/png", two_halves(), &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad:?}");
        assert!(page.contains("That framing could not be used"), "{page}");
    }
    assert_eq!(stored_photos(&app).await, before, "nothing stored");
}

/// The folders of photos kept in `PHOTO_DIR`.
fn folders(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| entries.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn with_photo_dir_the_photo_is_kept_in_that_directory() {
    let dir = std::env::temp_dir().join(format!("photos-{}", uuid::Uuid::new_v4().simple()));
    let app = spawn_app(&[("PHOTO_DIR", dir.to_str().unwrap())]).await;
    let mine = app.signed_in("/profile").await;
    let (status, _, body) = upload(&app, &mine, "gps.jpg", "image/jpeg", GPS_JPEG.to_vec()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let url = avatar(&app, "demo").await.expect("avatar set");
    assert!(url.starts_with(&app.url("/photos/")), "{url}");
    assert_eq!(stored_photos(&app).await, 0, "nothing in the database");
    let kept = folders(&dir);
    assert_eq!(kept.len(), 1, "{kept:?}");
    let on_disk = std::fs::read(kept[0].join("256.jpg")).unwrap();
    assert!(
        !on_disk.windows(6).any(|w| w == b"Exif\0\0"),
        "no EXIF block on disk"
    );
    let served = reqwest::get(&url).await.unwrap();
    assert_eq!(served.headers()[header::CONTENT_TYPE], "image/jpeg");
    assert_eq!(served.bytes().await.unwrap().as_ref(), on_disk.as_slice());

    let (status, _, _) = upload(&app, &mine, "wide.png", "image/png", WIDE_PNG.to_vec()).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(folders(&dir).len(), 1, "the old photo's folder went");
    assert_eq!(
        reqwest::get(&url).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let (status, _, _) = app.post_form(&mine, "/profile/photo/remove", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(folders(&dir).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn where_logto_has_a_storage_provider_the_photo_goes_there() {
    let app = spawn_app(&[]).await;
    let status = reqwest::Client::new()
        .post(app.logto_url("/__emulator/storage"))
        .json(&serde_json::json!({ "ready": true }))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, StatusCode::NO_CONTENT);
    let mine = app.signed_in("/profile").await;
    let (status, _, body) = upload(&app, &mine, "gps.jpg", "image/jpeg", GPS_JPEG.to_vec()).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let url = avatar(&app, "demo").await.expect("avatar set");
    assert!(
        url.starts_with(&app.logto_url("/__emulator/assets/")),
        "Logto's URL: {url}"
    );
    assert!(url.ends_with("/photo.jpg"), "{url}");
    assert_eq!(stored_photos(&app).await, 0, "nothing kept by the app");
    let res = reqwest::get(&url).await.unwrap();
    assert_eq!(res.headers()[header::CONTENT_TYPE], "image/jpeg");
    let bytes = res.bytes().await.unwrap();
    let image = image::load_from_memory(&bytes).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (256, 256),
        "the largest size"
    );
    assert!(
        !bytes.windows(6).any(|w| w == b"Exif\0\0"),
        "no EXIF block at Logto either"
    );

    let (status, _, _) = app.post_form(&mine, "/profile/photo/remove", &[]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(avatar(&app, "demo").await, None);
}
