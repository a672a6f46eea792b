//! Just enough MIME to show a received notice in the dev mailbox: the `Subject` (RFC 2047
//! encoded words, folded lines) and the `text/plain` part (quoted-printable or base64).

use base64::{engine::general_purpose::STANDARD, Engine};

/// The unfolded headers and the body of a message (or of a part).
fn split(raw: &str) -> (Vec<(String, String)>, &str) {
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .or_else(|| raw.split_once("\n\n"))
        .unwrap_or((raw, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim_start());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    (headers, body)
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

pub fn subject(raw: &str) -> String {
    let (headers, _) = split(raw);
    header(&headers, "subject")
        .map(decode_words)
        .unwrap_or_default()
}

/// `=?utf-8?b?…?=` and `=?utf-8?q?…?=` words decoded; the space between two words dropped.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut previous_was_word = false;
    for (i, token) in value.split_whitespace().enumerate() {
        let decoded = decode_word(token);
        if i > 0 && !(previous_was_word && decoded.is_some()) {
            out.push(' ');
        }
        previous_was_word = decoded.is_some();
        out.push_str(&decoded.unwrap_or_else(|| token.to_owned()));
    }
    out
}

fn decode_word(token: &str) -> Option<String> {
    let inner = token.strip_prefix("=?")?.strip_suffix("?=")?;
    let mut parts = inner.splitn(3, '?');
    let (_charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
    let bytes = match encoding.to_ascii_lowercase().as_str() {
        "b" => STANDARD.decode(text).ok()?,
        "q" => quoted_printable(&text.replace('_', " ")),
        _ => return None,
    };
    String::from_utf8(bytes).ok()
}

/// The first `text/plain` part, decoded.
pub fn plain_text(raw: &str) -> String {
    let (headers, body) = split(raw);
    let kind = header(&headers, "content-type").unwrap_or("text/plain");
    if let Some(boundary) = kind
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"'))
    {
        let marker = format!("--{boundary}");
        return body
            .split(marker.as_str())
            .skip(1)
            .map(plain_text)
            .find(|t| !t.is_empty())
            .unwrap_or_default();
    }
    if !kind.to_ascii_lowercase().starts_with("text/plain") {
        return String::new();
    }
    let bytes = match header(&headers, "content-transfer-encoding").map(str::to_ascii_lowercase) {
        Some(e) if e == "base64" => STANDARD
            .decode(body.split_whitespace().collect::<String>())
            .unwrap_or_default(),
        Some(e) if e == "quoted-printable" => quoted_printable(body),
        _ => body.as_bytes().to_vec(),
    };
    String::from_utf8_lossy(&bytes)
        .replace("\r\n", "\n")
        .trim()
        .to_owned()
}

fn quoted_printable(text: &str) -> Vec<u8> {
    let text = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_and_plain_text_parts_are_decoded() {
        let raw = "From: a@b\r\nSubject: Sicherheitshinweis: Passwort\r\n =?utf-8?b?Z2XDpG5kZXJ0?=\r\n\
                   Content-Type: multipart/alternative;\r\n boundary=\"XX\"\r\n\r\n--XX\r\n\
                   Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                   Hallo, =C3=A4nderung=\r\n fertig\r\n--XX\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--XX--\r\n";
        assert_eq!(subject(raw), "Sicherheitshinweis: Passwort geändert");
        assert_eq!(plain_text(raw), "Hallo, änderung fertig");
    }
}
