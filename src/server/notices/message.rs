//! A notice in words: a short plain-text and HTML email in the user's language saying what
//! changed, when, from which browser and address, with a "This wasn't me" link. Never a code,
//! a password or a key: only the action and, for an email change, the two addresses.

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Lang};
use crate::server::{activity::action_text, device};
use crate::ui::html::escape;

/// One email, as kept in the outbox (sealed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// What happened, from where, for whom.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub action: &'a str,
    /// For an email change: the old and the new address.
    pub addresses: Option<(&'a str, &'a str)>,
    pub name: Option<&'a str>,
    /// Seconds since the epoch.
    pub at: i64,
    pub user_agent: &'a str,
    pub ip: &'a str,
    pub lang: Lang,
}

pub fn render(facts: &Facts, to: &str, not_me_link: &str) -> Email {
    let lang = facts.lang;
    let what = action_text(facts.action)
        .unwrap_or(i18n::ACT_OTHER)
        .get(lang)
        .to_owned();
    let hello = match facts.name.filter(|n| !n.is_empty()) {
        Some(name) => i18n::NOTICE_HELLO.fill(lang, &[name]),
        None => i18n::NOTICE_HELLO_PLAIN.get(lang).to_owned(),
    };
    let detail = facts
        .addresses
        .map(|(old, new)| i18n::NOTICE_EMAIL_FROM_TO.fill(lang, &[old, new]));
    let rows = [
        (i18n::NOTICE_WHEN.get(lang), utc(facts.at)),
        (
            i18n::NOTICE_BROWSER.get(lang),
            device::describe(facts.user_agent, lang),
        ),
        (i18n::NOTICE_ADDRESS.get(lang), facts.ip.to_owned()),
    ];
    let footer = i18n::NOTICE_FOOTER.fill(lang, &[i18n::SITE_NAME.get(lang)]);
    let parts = Parts {
        hello: &hello,
        intro: i18n::NOTICE_INTRO.get(lang),
        what: &what,
        detail: detail.as_deref(),
        rows: &rows,
        if_you: i18n::NOTICE_IF_YOU.get(lang),
        not_me: i18n::NOTICE_NOT_ME.get(lang),
        not_me_lead: i18n::NOTICE_NOT_ME_LEAD.get(lang),
        link: not_me_link,
        footer: &footer,
    };
    Email {
        to: to.to_owned(),
        subject: i18n::NOTICE_SUBJECT.fill(lang, &[&what]),
        text: parts.text(),
        html: parts.html(lang),
    }
}

struct Parts<'a> {
    hello: &'a str,
    intro: &'a str,
    what: &'a str,
    detail: Option<&'a str>,
    rows: &'a [(&'a str, String)],
    if_you: &'a str,
    not_me: &'a str,
    not_me_lead: &'a str,
    link: &'a str,
    footer: &'a str,
}

impl Parts<'_> {
    fn text(&self) -> String {
        let mut out = format!("{}\n\n{}\n\n  {}\n", self.hello, self.intro, self.what);
        if let Some(detail) = self.detail {
            out.push_str(&format!("  {detail}\n"));
        }
        out.push('\n');
        for (label, value) in self.rows {
            out.push_str(&format!("{label}: {value}\n"));
        }
        out.push_str(&format!(
            "\n{}\n\n{}: {}\n{}\n\n-- \n{}\n",
            self.if_you, self.not_me, self.link, self.not_me_lead, self.footer
        ));
        out
    }

    fn html(&self, lang: Lang) -> String {
        let e = escape;
        let detail = self
            .detail
            .map(|d| format!("<p style=\"margin:0 0 16px\">{}</p>", e(d)))
            .unwrap_or_default();
        let rows: String = self
            .rows
            .iter()
            .map(|(label, value)| {
                format!(
                    "<tr><th scope=\"row\" style=\"text-align:start;padding:2px 16px 2px 0;color:#555\">{}</th><td>{}</td></tr>",
                    e(label),
                    e(value)
                )
            })
            .collect();
        format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{what}</title></head>\
             <body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:36rem;margin:0 auto;padding:16px\">\
             <p>{hello}</p><p>{intro}</p><p style=\"font-size:1.15em;font-weight:600;margin:0 0 4px\">{what}</p>{detail}\
             <table role=\"presentation\" style=\"border-collapse:collapse;margin:0 0 16px\">{rows}</table>\
             <p>{if_you}</p><p><a href=\"{link}\" style=\"display:inline-block;padding:8px 16px;background:#b42318;color:#fff;border-radius:6px;text-decoration:none\">{not_me}</a></p>\
             <p style=\"color:#555\">{lead}</p><hr style=\"border:0;border-top:1px solid #ddd\"><p style=\"color:#555;font-size:.9em\">{footer}</p></body></html>",
            lang = lang.tag(),
            what = e(self.what),
            hello = e(self.hello),
            intro = e(self.intro),
            if_you = e(self.if_you),
            link = e(self.link),
            not_me = e(self.not_me),
            lead = e(self.not_me_lead),
            footer = e(self.footer),
        )
    }
}

/// `2026-12-06 03:40 UTC`: the same for every reader, whatever their time zone.
fn utc(secs: i64) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(secs)
        .ok()
        .and_then(|at| at.format(format).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(lang: Lang) -> Facts<'static> {
        Facts {
            action: "email.changed",
            addresses: Some(("old@example.com", "new@example.com")),
            name: Some("Dana <Demo>"),
            at: 1_796_528_400,
            user_agent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            ip: "203.0.113.7",
            lang,
        }
    }

    #[test]
    fn a_notice_says_what_when_where_and_how_to_undo_it() {
        let email = render(
            &facts(Lang::En),
            "old@example.com",
            "https://p.example/not-me?t=x",
        );
        assert_eq!(email.subject, "Security notice: Email address changed");
        assert!(email
            .text
            .contains("From old@example.com to new@example.com."));
        assert!(
            email.text.contains("When: 2026-12-06 03:40 UTC"),
            "{}",
            email.text
        );
        assert!(
            email.text.contains("Browser: Firefox on Linux"),
            "{}",
            email.text
        );
        assert!(email.text.contains("Address: 203.0.113.7"));
        assert!(email
            .text
            .contains("This wasn't me: https://p.example/not-me?t=x"));
        assert!(
            email.html.contains("Hello Dana &lt;Demo&gt;,"),
            "escaped: {}",
            email.html
        );
        assert!(email.html.contains("href=\"https://p.example/not-me?t=x\""));
        let de = render(
            &facts(Lang::De),
            "old@example.com",
            "https://p.example/not-me?t=x",
        );
        assert_eq!(de.subject, "Sicherheitshinweis: E-Mail-Adresse geändert");
        assert!(de.text.contains("Das war ich nicht"));
        assert!(de.html.starts_with("<!DOCTYPE html><html lang=\"de\">"));
    }
}
