//! Minimal HTML pages for people: the sign-in page, the mailbox, errors.

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// UTC time of an epoch-milliseconds timestamp, `YYYY-MM-DD HH:MM:SS UTC`.
pub fn time(ms: i64) -> String {
    let (y, m, d, hh, mm, ss) = civil(ms);
    format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02} UTC")
}

/// JavaScript's `Date.toISOString()` of an epoch-milliseconds timestamp, as Logto's JSON has it.
pub fn iso(ms: i64) -> String {
    let (y, m, d, hh, mm, ss) = civil(ms);
    format!(
        "{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{:03}Z",
        ms.rem_euclid(1000)
    )
}

fn civil(ms: i64) -> (i64, i64, i64, i64, i64, i64) {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
}

const STYLE: &str = "
:root{color-scheme:light dark;--bg:#f6f7fb;--card:#fff;--text:#1b1d29;--muted:#5a5f73;--border:#dcdfea;--accent:#5d34f2;--bad:#b3261e}
@media (prefers-color-scheme:dark){:root{--bg:#12131a;--card:#1b1d27;--text:#eceef5;--muted:#a6abbe;--border:#33374a;--accent:#a78bfa;--bad:#ff8a80}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,sans-serif}
main{max-width:28rem;margin:8vh auto;padding:0 1rem}main.wide{max-width:48rem}
.card{background:var(--card);border:1px solid var(--border);border-radius:12px;padding:1.5rem}
h1{font-size:1.4rem;margin:0 0 .25rem}.muted{color:var(--muted)}.brand{color:var(--accent);font-weight:700;letter-spacing:.02em}
label{display:block;font-weight:600;margin:1rem 0 .3rem}
input{width:100%;padding:.65rem .75rem;border:1px solid var(--border);border-radius:8px;background:transparent;color:inherit;font:inherit}
button{margin-top:1.25rem;width:100%;padding:.7rem;border:0;border-radius:999px;background:var(--accent);color:#fff;font:inherit;font-weight:600;cursor:pointer}
:focus-visible{outline:3px solid #2f6feb;outline-offset:2px}
.error{color:var(--bad);border:1px solid var(--bad);border-radius:8px;padding:.5rem .75rem;margin:1rem 0 0}
.mailbox{list-style:none;padding:0}.msg{background:var(--card);border:1px solid var(--border);border-radius:12px;padding:1rem;margin:.75rem 0}
.tag{text-transform:uppercase;font-size:.75rem;font-weight:700;color:var(--accent)}.code{font:700 1.6rem/1 ui-monospace,monospace;letter-spacing:.2em}
";

pub fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · Logto emulator</title><style>{STYLE}</style></head>\
         <body><main class=\"{class}\">{body}</main></body></html>",
        title = escape(title),
        class = if title == "Dev mailbox" { "wide" } else { "" },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn formats_utc_times() {
        assert_eq!(time(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(time(1_735_689_600_000), "2025-01-01 00:00:00 UTC");
        assert_eq!(iso(1_735_689_600_123), "2025-01-01T00:00:00.123Z");
    }
}
