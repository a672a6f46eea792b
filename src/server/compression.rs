//! Pages and JSON go out compressed when the browser asks, chunk by chunk as they stream.
//!
//! Not tower-http's `CompressionLayer`: it opens every brotli stream with brotli's default 4 MiB
//! window, and allocating and clearing that ring buffer per response was half the CPU of a
//! signed-in `/profile` under load (perf: `RingBufferInitBuffer`, page faults). Our responses are
//! all far smaller than the 256 KiB window used here, so the output is byte for byte as small.
//! Precompressed assets (`/pkg`, served with their own `Content-Encoding`) are left alone.

use std::io;

use async_compression::{
    brotli::EncoderParams,
    tokio::bufread::{BrotliEncoder, GzipEncoder},
    Level,
};
use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::Response,
};
use futures_util::TryStreamExt;
use tokio_util::io::{ReaderStream, StreamReader};

/// 2^18 bytes: larger than any page, a sixteenth of the default.
const BROTLI_WINDOW: i32 = 18;
/// Quality 5: /profile's 42 KB of HTML in under 1 ms to 9.0 KB (4 gives 9.6 KB, 11 takes 100 ms).
const BROTLI_QUALITY: i32 = 5;
const GZIP_LEVEL: i32 = 5;
/// Below this a compressed body is no smaller (tower-http's threshold).
const MIN_SIZE: u64 = 32;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Coding {
    Brotli,
    Gzip,
}

pub async fn compress(req: Request, next: Next) -> Response {
    let coding = preferred(req.headers());
    let head = req.method() == Method::HEAD;
    let mut res = next.run(req).await;
    if !compressible(&res) {
        return res;
    }
    res.headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-encoding"));
    let Some(coding) = coding.filter(|_| !head) else {
        return res;
    };
    let (mut parts, body) = res.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::ACCEPT_RANGES);
    let name = match coding {
        Coding::Brotli => "br",
        Coding::Gzip => "gzip",
    };
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
    let reader = StreamReader::new(body.into_data_stream().map_err(io::Error::other));
    // The encoders flush whenever the page's stream waits, so streamed parts still arrive as
    // soon as they are rendered.
    let body = match coding {
        Coding::Brotli => {
            let params = EncoderParams::default()
                .quality(Level::Precise(BROTLI_QUALITY))
                .window_size(BROTLI_WINDOW)
                .text_mode();
            Body::from_stream(ReaderStream::new(BrotliEncoder::with_params(
                reader, params,
            )))
        }
        Coding::Gzip => Body::from_stream(ReaderStream::new(GzipEncoder::with_quality(
            reader,
            Level::Precise(GZIP_LEVEL),
        ))),
    };
    Response::from_parts(parts, body)
}

/// Text that is not yet encoded: pages, JSON, and unprecompressed text files.
fn compressible(res: &Response) -> bool {
    let headers = res.headers();
    if headers.contains_key(header::CONTENT_ENCODING)
        || matches!(
            res.status(),
            StatusCode::NO_CONTENT | StatusCode::NOT_MODIFIED
        )
        || res.status().is_informational()
    {
        return false;
    }
    let length = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if length.is_some_and(|n| n < MIN_SIZE) {
        return false;
    }
    let kind = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = kind.split(';').next().unwrap_or("").trim();
    (essence.starts_with("text/") && essence != "text/event-stream")
        || matches!(
            essence,
            "application/json" | "application/javascript" | "image/svg+xml"
        )
        || essence.ends_with("+json")
}

/// The browser's choice from `Accept-Encoding`: the highest weight wins, brotli on a tie.
fn preferred(headers: &HeaderMap) -> Option<Coding> {
    let (mut br, mut gzip, mut any) = (None, None, None);
    for value in headers.get_all(header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(str::to_owned))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            match name.as_str() {
                "br" => br = Some(weight),
                "gzip" | "x-gzip" => gzip = Some(weight),
                "*" => any = Some(weight),
                _ => {}
            }
        }
    }
    let br = br.or(any).unwrap_or(0.0);
    let gzip = gzip.or(any).unwrap_or(0.0);
    if br > 0.0 && br >= gzip {
        Some(Coding::Brotli)
    } else if gzip > 0.0 {
        Some(Coding::Gzip)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(value: &str) -> Option<Coding> {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, value.parse().unwrap());
        preferred(&headers)
    }

    #[test]
    fn the_browsers_weights_decide() {
        assert_eq!(choice("gzip, deflate, br, zstd"), Some(Coding::Brotli));
        assert_eq!(choice("gzip"), Some(Coding::Gzip));
        assert_eq!(choice("br;q=0.5, gzip"), Some(Coding::Gzip));
        assert_eq!(choice("br;q=0, gzip;q=0"), None);
        assert_eq!(choice("identity"), None);
        assert_eq!(choice("*"), Some(Coding::Brotli));
        assert_eq!(choice("*;q=0.1, br;q=0"), Some(Coding::Gzip));
        assert_eq!(choice("GZIP;q=0.8"), Some(Coding::Gzip));
        assert_eq!(choice("br;q=nonsense"), None);
        assert_eq!(preferred(&HeaderMap::new()), None);
    }
}
