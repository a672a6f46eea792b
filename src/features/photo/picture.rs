//! From an uploaded file to the two square JPEGs the app keeps. The `image` crate decodes (the
//! format is read from the bytes, never the name or the browser's content type); only pixels
//! are re-encoded, so no metadata of the original survives.

use std::io::Cursor;

use image::{
    codecs::jpeg::JpegEncoder, imageops::FilterType, DynamicImage, ImageDecoder, ImageFormat,
    ImageReader, Limits, RgbImage,
};

use super::crop::Crop;
use crate::i18n::{self, Text};

/// The sizes kept, in pixels (the larger first).
pub const SIZES: [u32; 2] = [256, 64];
/// No side longer than this is decoded, so a small file cannot ask for gigabytes of pixels.
const MAX_SIDE: u32 = 6000;
const MAX_ALLOC: u64 = 160 * 1024 * 1024;
const QUALITY: u8 = 85;

/// Why a file was not taken, in words for the person who chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PictureError {
    #[error("empty file")]
    Empty,
    #[error("file too large")]
    TooLarge,
    #[error("not an image")]
    NotAnImage,
    #[error("image format not taken")]
    Unsupported,
    #[error("too many pixels")]
    TooManyPixels,
    #[error("damaged image")]
    Damaged,
}

impl PictureError {
    pub fn message(self) -> Text {
        match self {
            PictureError::Empty => i18n::PHOTO_EMPTY,
            PictureError::TooLarge => i18n::PHOTO_TOO_LARGE,
            PictureError::NotAnImage => i18n::PHOTO_NOT_IMAGE,
            PictureError::Unsupported => i18n::PHOTO_UNSUPPORTED,
            PictureError::TooManyPixels => i18n::PHOTO_TOO_MANY_PIXELS,
            PictureError::Damaged => i18n::PHOTO_DAMAGED,
        }
    }
}

/// The photo in each of [`SIZES`], as JPEG bytes: the square the user framed, or the largest
/// centred one.
pub fn prepare(bytes: &[u8], crop: Option<Crop>) -> Result<Vec<Vec<u8>>, PictureError> {
    if bytes.is_empty() {
        return Err(PictureError::Empty);
    }
    if bytes.len() > super::PHOTO_MAX_BYTES {
        return Err(PictureError::TooLarge);
    }
    let image = square(decode(bytes)?, crop);
    SIZES
        .iter()
        .map(|&size| encode(&image.resize_exact(size, size, FilterType::CatmullRom)))
        .collect()
}

fn decode(bytes: &[u8]) -> Result<DynamicImage, PictureError> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PictureError::NotAnImage)?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif) => {}
        Some(_) => return Err(PictureError::Unsupported),
        None => return Err(PictureError::NotAnImage),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refused)?;
    // Phones store photos sideways and say so in EXIF: turn them as the camera meant.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(refused)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

fn refused(e: image::ImageError) -> PictureError {
    match e {
        image::ImageError::Limits(_) => PictureError::TooManyPixels,
        image::ImageError::Unsupported(_) => PictureError::Unsupported,
        _ => PictureError::Damaged,
    }
}

fn square(image: DynamicImage, crop: Option<Crop>) -> DynamicImage {
    let (w, h) = (image.width(), image.height());
    let (left, top, side) = match crop {
        Some(crop) => crop.pixels(w, h),
        None => {
            let side = w.min(h);
            ((w - side) / 2, (h - side) / 2, side)
        }
    };
    image.crop_imm(left, top, side, side)
}

/// JPEG has no transparency: transparent parts go on white (not black, as dropping alpha would).
fn encode(image: &DynamicImage) -> Result<Vec<u8>, PictureError> {
    let rgba = image.to_rgba8();
    let rgb = RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let on_white =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([on_white(r), on_white(g), on_white(b)])
    });
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode_image(&rgb)
        .map_err(|_| PictureError::Damaged)?;
    Ok(out)
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use image::{ImageEncoder, Rgba, RgbaImage};

    pub fn png(width: u32, height: u32) -> Vec<u8> {
        let img = RgbaImage::from_fn(width, height, |x, _| {
            if x < width / 2 {
                Rgba([200, 30, 30, 255])
            } else {
                Rgba([0, 0, 0, 0])
            }
        });
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(img.as_raw(), width, height, image::ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    /// A JPEG with an EXIF block holding GPS tags (latitude 52° N) inserted after its start.
    pub fn jpeg_with_gps() -> Vec<u8> {
        let img = RgbImage::from_pixel(40, 30, image::Rgb([10, 120, 200]));
        let mut jpeg = Vec::new();
        JpegEncoder::new_with_quality(&mut jpeg, 90)
            .encode_image(&img)
            .unwrap();
        // TIFF (little endian): IFD0 with one entry, the GPS IFD pointer; the GPS IFD with
        // GPSLatitudeRef "N".
        let mut tiff = b"II*\0\x08\0\0\0".to_vec();
        tiff.extend_from_slice(&[1, 0, 0x25, 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0]);
        tiff.extend_from_slice(&[1, 0, 1, 0, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0, 0, 0, 0, 0]);
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = (app1.len() + 2) as u16;
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn decoded(jpeg: &[u8]) -> DynamicImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap()
    }

    #[test]
    fn a_wide_png_becomes_two_square_jpegs_with_transparency_on_white() {
        let out = prepare(&png(300, 100), None).unwrap();
        assert_eq!(out.len(), 2);
        for (bytes, size) in out.iter().zip(SIZES) {
            assert_eq!(&bytes[..2], &[0xFF, 0xD8], "JPEG");
            let img = decoded(bytes);
            assert_eq!((img.width(), img.height()), (size, size));
        }
        let big = decoded(&out[0]).to_rgb8();
        // The centred square spans the red half and the transparent half.
        let left = big.get_pixel(20, 128).0;
        let right = big.get_pixel(236, 128).0;
        assert!(left[0] > 150 && left[1] < 80, "{left:?}");
        assert!(
            right.iter().all(|&c| c > 240),
            "white, not black: {right:?}"
        );
    }

    #[test]
    fn the_framed_square_is_taken() {
        // The right third of a 300 × 100 image that is red on its left half: transparent, so white.
        let framed = Crop {
            x: 2.0 / 3.0,
            y: 0.0,
            side: 1.0,
        };
        let out = prepare(&png(300, 100), Some(framed)).unwrap();
        let big = decoded(&out[0]).to_rgb8();
        assert!(
            big.pixels().all(|p| p.0.iter().all(|&c| c > 240)),
            "all white"
        );
        let left = Crop {
            x: 0.0,
            y: 0.0,
            side: 1.0,
        };
        let red = decoded(&prepare(&png(300, 100), Some(left)).unwrap()[0]).to_rgb8();
        assert!(red.get_pixel(200, 128).0[0] > 150, "all red");
    }

    #[test]
    fn no_exif_survives_and_the_gps_block_is_really_in_the_input() {
        let input = jpeg_with_gps();
        let has_exif = |b: &[u8]| b.windows(6).any(|w| w == b"Exif\0\0");
        assert!(has_exif(&input) && image::load_from_memory(&input).is_ok());
        for out in prepare(&input, None).unwrap() {
            assert!(!has_exif(&out));
            assert!(
                !out.windows(2).any(|w| w == [0xFF, 0xE1]),
                "no APP1 segment"
            );
        }
    }

    #[test]
    fn bad_files_are_refused_with_their_reason() {
        assert_eq!(prepare(b"", None), Err(PictureError::Empty));
        assert_eq!(
            prepare(b"just some text, named photo.jpg", None),
            Err(PictureError::NotAnImage)
        );
        assert_eq!(
            prepare(&vec![0xFF; super::super::PHOTO_MAX_BYTES + 1], None),
            Err(PictureError::TooLarge)
        );
        // A bitmap (recognised by its first bytes, whatever its name says) is not taken.
        let mut bmp = b"BM".to_vec();
        bmp.extend_from_slice(&[0; 64]);
        assert_eq!(prepare(&bmp, None), Err(PictureError::Unsupported));
        let mut cut = png(50, 50);
        cut.truncate(cut.len() / 2);
        assert_eq!(prepare(&cut, None), Err(PictureError::Damaged));
        assert_eq!(
            prepare(&pixel_bomb(), None),
            Err(PictureError::TooManyPixels)
        );
    }

    /// A valid PNG header claiming 60,000 × 60,000 pixels, in under 100 bytes.
    pub fn pixel_bomb() -> Vec<u8> {
        let mut png = png(1, 1);
        // IHDR's width and height sit at bytes 16..24; its CRC at 29..33.
        png[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        png[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32(&png[12..29]);
        png[29..33].copy_from_slice(&crc.to_be_bytes());
        png
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
