//! A small SMTP server for the dev mailbox (not part of Logto): the app's security notices go
//! out through its real SMTP code path and land where the codes do. Plain SMTP (no TLS, no
//! AUTH), one message per `DATA`; an admin switch (`/__emulator/smtp`) makes it refuse
//! connections, as a mail server that is down does.

use std::sync::atomic::Ordering;

use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpStream},
};

use crate::ctx::Ctx;

/// A message larger than this is refused (552).
const MAX_MESSAGE: usize = 1 << 20;

pub async fn serve(listener: TcpListener, ctx: Ctx) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let ctx = ctx.clone();
        tokio::spawn(async move {
            if let Err(e) = session(stream, &ctx).await {
                tracing::debug!(error = %e, "smtp session ended");
            }
        });
    }
}

async fn session(stream: TcpStream, ctx: &Ctx) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    if ctx.smtp_down.load(Ordering::Relaxed) {
        write.write_all(b"421 Service not available\r\n").await?;
        return Ok(());
    }
    write.write_all(b"220 logto-emulator ESMTP\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::<String>::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" => b"250-logto-emulator\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
            "HELO" | "NOOP" => b"250 OK\r\n",
            "RSET" => {
                (from, to) = (String::new(), Vec::new());
                b"250 OK\r\n"
            }
            "MAIL" => {
                from = address(&command);
                b"250 OK\r\n"
            }
            "RCPT" => {
                to.push(address(&command));
                b"250 OK\r\n"
            }
            "DATA" if to.is_empty() => b"503 No recipients\r\n",
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                match message(&mut lines).await? {
                    Some(raw) => {
                        for rcpt in &to {
                            ctx.mailbox.deliver(&from, rcpt, &raw);
                        }
                        (from, to) = (String::new(), Vec::new());
                        b"250 Queued\r\n"
                    }
                    None => b"552 Message too large\r\n",
                }
            }
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n",
        };
        write.write_all(reply).await?;
    }
}

/// `MAIL FROM:<a@b> SIZE=1` → `a@b`.
fn address(command: &str) -> String {
    command
        .split_once('<')
        .and_then(|(_, rest)| rest.split_once('>'))
        .map(|(addr, _)| addr.to_owned())
        .unwrap_or_default()
}

/// The message up to the lone `.`, dot-stuffing undone; `None` when over the limit.
async fn message<R: tokio::io::AsyncBufRead + Unpin>(
    lines: &mut R,
) -> std::io::Result<Option<String>> {
    let (mut raw, mut line, mut too_big) = (String::new(), String::new(), false);
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(None);
        }
        let content = line.trim_end_matches(['\r', '\n']);
        if content == "." {
            return Ok((!too_big).then_some(raw));
        }
        let content = content.strip_prefix('.').unwrap_or(content);
        if raw.len() + content.len() > MAX_MESSAGE {
            too_big = true;
            continue;
        }
        raw.push_str(content);
        raw.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_come_out_of_their_brackets() {
        assert_eq!(address("MAIL FROM:<a@b.example> SIZE=10"), "a@b.example");
        assert_eq!(address("RCPT TO:<c@d.example>"), "c@d.example");
        assert_eq!(address("RCPT TO:nobody"), "");
    }
}
