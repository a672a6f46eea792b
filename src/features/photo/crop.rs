//! The square the user framed before uploading (with JavaScript), shared by the page's script,
//! which writes it into the form, and the server, which reads it back and crops by it. Without
//! it the server takes the largest centred square.

/// Its top-left corner as fractions of the upright image's width and height, its side as a
/// fraction of the image's shorter side. The form carries each in millionths, as an integer:
/// the browser's bundle then needs no code to print or read decimal numbers (about 15 KB).
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

    /// A field's value as the form carries it: millionths.
    pub fn field(value: f64) -> String {
        ((value * MILLION).round().max(0.0) as u32).to_string()
    }
}

/// The framing being made in the browser: the image's size, the zoom, the square's centre (in
/// the image's pixels). Pure, so its rules are tested on the server too.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Framing {
    pub width: f64,
    pub height: f64,
    pub zoom: f64,
    pub cx: f64,
    pub cy: f64,
}

impl Framing {
    /// The largest centred square, as the server would take it.
    pub fn centred(width: f64, height: f64) -> Framing {
        Framing {
            width,
            height,
            zoom: 1.0,
            cx: width / 2.0,
            cy: height / 2.0,
        }
    }

    /// The square's side in the image's pixels.
    pub fn side(&self) -> f64 {
        self.width.min(self.height) / self.zoom
    }

    pub fn zoomed(mut self, zoom: f64) -> Framing {
        self.zoom = zoom.clamp(1.0, 1.0 / MIN_SIDE);
        self.kept_inside()
    }

    /// Moved by `dx`, `dy` image pixels (a drag moves the photo, so the square goes the other
    /// way: callers pass the negated drag).
    pub fn moved(mut self, dx: f64, dy: f64) -> Framing {
        self.cx += dx;
        self.cy += dy;
        self.kept_inside()
    }

    fn kept_inside(mut self) -> Framing {
        let half = self.side() / 2.0;
        self.cx = self.cx.clamp(half, self.width - half);
        self.cy = self.cy.clamp(half, self.height - half);
        self
    }

    pub fn crop(&self) -> Crop {
        let side = self.side();
        Crop {
            x: (self.cx - side / 2.0) / self.width,
            y: (self.cy - side / 2.0) / self.height,
            side: side / self.width.min(self.height),
        }
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
    fn a_framing_stays_inside_the_image_and_becomes_the_crop() {
        let start = Framing::centred(300.0, 100.0);
        assert_eq!(
            start.crop(),
            Crop {
                x: 1.0 / 3.0,
                y: 0.0,
                side: 1.0
            }
        );
        let far_right = start.moved(1000.0, 50.0);
        assert_eq!(
            far_right.crop(),
            Crop {
                x: 2.0 / 3.0,
                y: 0.0,
                side: 1.0
            }
        );
        let zoomed = start.zoomed(2.0).moved(-1000.0, -1000.0);
        assert_eq!(
            zoomed.crop(),
            Crop {
                x: 0.0,
                y: 0.0,
                side: 0.5
            }
        );
        assert_eq!(start.zoomed(10.0).zoom, 4.0, "at most four times");
        let crop = zoomed.crop();
        let fields = [
            Crop::field(crop.x),
            Crop::field(crop.y),
            Crop::field(crop.side),
        ];
        assert_eq!(
            Crop::parse(&fields[0], &fields[1], &fields[2]),
            Ok(Some(crop))
        );
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
        assert_eq!(Crop::field(1.0 / 3.0), "333333");
    }
}
