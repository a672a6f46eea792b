//! The square the user framed before uploading (with JavaScript: `photo.js` writes it into the
//! form), read back by the server, which crops by it. Without it the server takes the largest
//! centred square.

/// Its top-left corner as fractions of the upright image's width and height, its side as a
/// fraction of the image's shorter side. The form carries each in millionths, as an integer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crop {
    pub x: f64,
    pub y: f64,
    pub side: f64,
}

/// Fields that are not a square inside the image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CropOutside;

const MILLION: f64 = 1_000_000.0;

/// The smallest side taken: zoomed in four times at most.
pub const MIN_SIDE: f64 = 0.25;

impl Crop {
    /// The form's three fields (millionths): all empty is no crop; anything else must be a
    /// square inside the image.
    pub fn parse(x: &str, y: &str, side: &str) -> Result<Option<Crop>, CropOutside> {
        if [x, y, side].iter().all(|v| v.trim().is_empty()) {
            return Ok(None);
        }
        let number = |v: &str| v.trim().parse::<u32>().ok().map(|n| f64::from(n) / MILLION);
        let (Some(x), Some(y), Some(side)) = (number(x), number(y), number(side)) else {
            return Err(CropOutside);
        };
        let inside = |v: f64| (0.0..=1.0).contains(&v);
        if inside(x) && inside(y) && (MIN_SIDE..=1.0).contains(&side) {
            Ok(Some(Crop { x, y, side }))
        } else {
            Err(CropOutside)
        }
    }

    /// The square in pixels of a `width` × `height` image: `(left, top, side)`, kept inside it.
    pub fn pixels(self, width: u32, height: u32) -> (u32, u32, u32) {
        let shorter = width.min(height);
        let side = ((self.side * f64::from(shorter)).round() as u32).clamp(1, shorter);
        let left = ((self.x * f64::from(width)).round() as u32).min(width - side);
        let top = ((self.y * f64::from(height)).round() as u32).min(height - side);
        (left, top, side)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_are_a_square_inside_the_image_or_nothing() {
        assert_eq!(Crop::parse("", " ", ""), Ok(None));
        let crop = Crop::parse("100000", "0", "500000").unwrap().unwrap();
        assert_eq!(
            crop,
            Crop {
                x: 0.1,
                y: 0.0,
                side: 0.5
            }
        );
        for bad in [
            ("100000", "", "500000"),
            ("x", "0", "500000"),
            ("0.5", "0", "1000000"),
            ("-1", "0", "1000000"),
            ("0", "1500000", "1000000"),
            ("0", "0", "100000"),
            ("0", "0", "2000000"),
        ] {
            assert_eq!(
                Crop::parse(bad.0, bad.1, bad.2),
                Err(CropOutside),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn the_square_stays_inside_the_image() {
        let crop = Crop {
            x: 0.5,
            y: 0.0,
            side: 1.0,
        };
        assert_eq!(crop.pixels(300, 100), (150, 0, 100));
        let past_the_edge = Crop {
            x: 0.9,
            y: 0.9,
            side: 0.5,
        };
        assert_eq!(past_the_edge.pixels(300, 100), (250, 50, 50));
    }
}
