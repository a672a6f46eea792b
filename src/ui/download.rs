//! A file the page already holds, offered for download without a second request (and without
//! JavaScript): a `data:` URL for an `<a download>`.

/// `data:text/plain` with the text percent-encoded (all but unreserved characters).
pub fn text_data_url(text: &str) -> String {
    let encoded: String = text
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("data:text/plain;charset=utf-8,{encoded}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_is_percent_encoded() {
        assert_eq!(
            super::text_data_url("a b\nü"),
            "data:text/plain;charset=utf-8,a%20b%0A%C3%BC"
        );
    }
}
