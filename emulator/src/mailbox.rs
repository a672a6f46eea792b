//! The dev mailbox: every email or SMS the emulator "sends", for people (HTML) and tests (JSON).

use std::sync::Mutex;

use axum::{
    extract::{Query, State},
    response::{Html, IntoResponse},
    Json,
};
use serde::{Deserialize, Serialize};

use crate::{ctx::Ctx, html, ids, model::now_ms};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Message {
    pub id: String,
    /// `email` or `sms`.
    pub channel: &'static str,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub code: String,
    /// The connector template usage type (`Notice` for mail that came in over SMTP).
    #[serde(rename = "type")]
    pub usage: &'static str,
    pub sent_at: i64,
    /// Mail that came in over SMTP: its sender and the whole message as sent (headers, MIME).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub from: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub raw: String,
}

#[derive(Default)]
pub struct Mailbox {
    messages: Mutex<Vec<Message>>,
}

const KEEP: usize = 500;

impl Mailbox {
    pub fn send_code(&self, channel: &'static str, to: &str, code: &str) {
        let (subject, body) = if channel == "email" {
            (
                "Your verification code".to_owned(),
                format!("Your verification code is {code}. It expires in 10 minutes."),
            )
        } else {
            (
                String::new(),
                format!("Your verification code is {code}. It expires in 10 minutes."),
            )
        };
        self.keep(Message {
            id: ids::id(12),
            channel,
            to: to.to_owned(),
            subject,
            body,
            code: code.to_owned(),
            usage: "Generic",
            sent_at: now_ms(),
            from: String::new(),
            raw: String::new(),
        });
    }

    /// A message that came in over SMTP (`crate::smtp`).
    pub fn deliver(&self, from: &str, to: &str, raw: &str) {
        self.keep(Message {
            id: ids::id(12),
            channel: "email",
            to: to.to_owned(),
            subject: crate::mime::subject(raw),
            body: crate::mime::plain_text(raw),
            code: String::new(),
            usage: "Notice",
            sent_at: now_ms(),
            from: from.to_owned(),
            raw: raw.to_owned(),
        });
    }

    fn keep(&self, message: Message) {
        let mut messages = self.messages.lock().unwrap_or_else(|e| e.into_inner());
        messages.push(message);
        let excess = messages.len().saturating_sub(KEEP);
        messages.drain(..excess);
    }

    /// Newest first, optionally only those sent to `to` (case-insensitive).
    pub fn list(&self, to: Option<&str>) -> Vec<Message> {
        let messages = self.messages.lock().unwrap_or_else(|e| e.into_inner());
        messages
            .iter()
            .rev()
            .filter(|m| to.is_none_or(|to| m.to.eq_ignore_ascii_case(to)))
            .cloned()
            .collect()
    }

    pub fn clear(&self) {
        self.messages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }
}

#[derive(Deserialize)]
pub struct Filter {
    to: Option<String>,
}

pub async fn json(State(ctx): State<Ctx>, Query(filter): Query<Filter>) -> impl IntoResponse {
    Json(ctx.mailbox.list(filter.to.as_deref()))
}

pub async fn clear(State(ctx): State<Ctx>) -> impl IntoResponse {
    ctx.mailbox.clear();
    axum::http::StatusCode::NO_CONTENT
}

pub async fn page(State(ctx): State<Ctx>) -> Html<String> {
    let messages = ctx.mailbox.list(None);
    let mut rows = String::new();
    for m in &messages {
        rows.push_str(&format!(
            "<li class=\"msg\"><div class=\"meta\"><span class=\"tag\">{channel}</span> to <strong>{to}</strong> · {when}</div>\
             <div class=\"subject\">{subject}</div><p>{body}</p><p class=\"code\" aria-label=\"code\">{code}</p></li>",
            channel = m.channel,
            to = html::escape(&m.to),
            when = html::escape(&html::time(m.sent_at)),
            subject = html::escape(&m.subject),
            body = html::escape(&m.body),
            code = html::escape(&m.code),
        ));
    }
    if messages.is_empty() {
        rows.push_str("<li class=\"empty\">No messages yet. Codes sent to any email address or phone number show up here.</li>");
    }
    Html(html::page(
        "Dev mailbox",
        &format!(
            "<h1>Dev mailbox</h1><p class=\"muted\">Every email and SMS the emulator sends. \
             <a href=\"\">Refresh</a> · <a href=\"/__emulator/mailbox.json\">JSON</a></p><ul class=\"mailbox\">{rows}</ul>"
        ),
    ))
}
