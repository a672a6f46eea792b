//! A scripted browser: a cookie jar, no automatic redirects, and the emulator's sign-in page.

use std::sync::Arc;

use reqwest::{cookie::CookieStore, header, StatusCode};
use url::Url;

use super::TestApp;

#[path = "../../../emulator/tests/support/experience.rs"]
mod experience;

pub struct Browser {
    pub http: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
}

/// The user agent every test browser sends.
pub const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

impl Browser {
    pub fn new() -> Browser {
        // As a browser would say it: the security page names sessions by it.
        Browser::with_user_agent(FIREFOX)
    }

    /// A browser that names itself otherwise (another browser of the same person).
    pub fn with_user_agent(user_agent: &str) -> Browser {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let http = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(user_agent)
            .build()
            .unwrap();
        Browser { http, jar }
    }

    /// The app's session cookie value, if any.
    pub fn session_cookie(&self, app: &TestApp) -> Option<String> {
        let url = Url::parse(&app.url("/")).unwrap();
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split("; ")
            .find_map(|c| c.strip_prefix("profile_session="))
            .map(String::from)
    }

    /// The HTML of one of the app's pages.
    pub async fn page(&self, app: &TestApp, path: &str) -> String {
        let res = self.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "GET {path}");
        res.text().await.unwrap()
    }

    /// GET, returning status and the resolved `Location`.
    pub async fn get(&self, url: &str) -> (StatusCode, Option<Url>) {
        let res = self.http.get(url).send().await.unwrap();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|l| Url::parse(url).unwrap().join(l.to_str().unwrap()).unwrap());
        (res.status(), location)
    }

    /// Starts at the app's `/sign-in`, signs in at Logto (the emulator's page, or a real
    /// Logto's Experience API), and stops at the redirect back to the app's `/callback` (not
    /// followed).
    pub async fn until_callback(
        &self,
        app: &TestApp,
        return_to: &str,
        user: &str,
        password: &str,
    ) -> Url {
        let (status, to_logto) = self
            .get(&app.url(&format!("/sign-in?return_to={return_to}")))
            .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        self.sign_in_at_logto(to_logto.unwrap(), user, password)
            .await
    }

    /// Follows Logto's authorization URL to its sign-in page and signs in there; returns the
    /// redirect back to the client.
    pub async fn sign_in_at_logto(&self, authorize: Url, user: &str, password: &str) -> Url {
        let (_, sign_in_page) = self.get(authorize.as_str()).await;
        let sign_in_page = sign_in_page.expect("Logto shows its sign-in page");
        if experience::is_experience(&sign_in_page) {
            return experience::sign_in(&self.http, &sign_in_page, user, password).await;
        }
        let uid = sign_in_page
            .query_pairs()
            .find(|(k, _)| k == "uid")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_else(|| panic!("no sign-in page but {sign_in_page}"));
        let res = self
            .http
            .post(sign_in_page.join("/sign-in").unwrap())
            .form(&[
                ("uid", uid.as_str()),
                ("identifier", user),
                ("password", password),
            ])
            .send()
            .await
            .unwrap();
        let location = res
            .headers()
            .get(header::LOCATION)
            .expect("signed in")
            .to_str()
            .unwrap();
        Url::parse(location).unwrap()
    }

    /// Where an authorization URL leads without typing anything: Logto's sign-in page
    /// (`Err`, the page) or straight back to the client (`Ok`, the callback), following Logto's
    /// own redirects (a real Logto passes through its consent route).
    pub async fn authorize_silently(&self, authorize: &Url) -> Result<Url, Url> {
        let mut at = authorize.clone();
        for _ in 0..8 {
            let next = experience::follow(&self.http, &at)
                .await
                .unwrap_or_else(|| panic!("{at} redirects nowhere"));
            if next.origin() != authorize.origin() {
                return Ok(next);
            }
            if next.path().starts_with("/sign-in") {
                return Err(next);
            }
            at = next;
        }
        panic!("Logto kept redirecting from {authorize}");
    }

    /// Opens `path` signed out, as a person would, and says whether the way back in asks for
    /// credentials at Logto (rather than signing straight back in through Logto's session).
    pub async fn asked_for_credentials(&self, app: &TestApp, path: &str) -> bool {
        let (status, to_sign_in) = self.get(&app.url(path)).await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "{path} is for signed-in users"
        );
        let (status, to_logto) = self.get(to_sign_in.unwrap().as_str()).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        self.authorize_silently(&to_logto.unwrap()).await.is_err()
    }

    /// The whole round trip; returns where the app sent the browser at the end.
    pub async fn sign_in(&self, app: &TestApp, return_to: &str) -> Url {
        let (user, password) = app.credentials();
        let callback = self.until_callback(app, return_to, &user, &password).await;
        let (status, location) = self.get(callback.as_str()).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        location.unwrap()
    }

    /// Follows Logto's end-session page as a browser without JavaScript does (its "Continue"
    /// button posts the confirmation form); returns where Logto sends the browser then.
    pub async fn end_logto_session(&self, end_session_url: &str) -> Url {
        let page = self.http.get(end_session_url).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK, "Logto's confirmation page");
        let html = page.text().await.unwrap();
        assert!(html.contains("Continue"), "{html}");
        let xsrf = html
            .split("name=\"xsrf\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the form's xsrf field")
            .to_owned();
        let confirm = Url::parse(end_session_url)
            .unwrap()
            .join("/oidc/session/end/confirm")
            .unwrap();
        let res = self
            .http
            .post(confirm)
            .form(&[("xsrf", xsrf.as_str()), ("logout", "yes")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        Url::parse(res.headers()[header::LOCATION].to_str().unwrap()).unwrap()
    }

    /// The `current_user` server function, as the page calls it.
    pub async fn current_user(&self, app: &TestApp) -> serde_json::Value {
        let res = self
            .http
            .post(app.url("/api/me"))
            .header(header::ORIGIN, app.origin())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.unwrap()
    }
}
