//! HTML written by hand (the pickers' option lists, the notices' emails): text escaped so no
//! value reads as markup.

/// `text` with `&`, `<`, `>` and `"` escaped, fit for text and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// As [`escape`], appended to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            super::escape("Trinidad & \"Tobago\" <x>"),
            "Trinidad &amp; &quot;Tobago&quot; &lt;x&gt;"
        );
    }
}
