//! The QR code of a link as a module matrix and SVG path data, so the view can draw it with
//! plain `<svg><path>` elements (the CSP allows no `data:` images). The matrix comes from the
//! `qrcode` crate (no default features: no image or renderer code).

use qrcode::{Color, EcLevel, QrCode};

/// Why no QR code could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// More than a version-40 QR code holds.
    TooLong,
}

/// A square matrix of dark (`true`) and light modules, quiet zone not included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    dark: Vec<bool>,
}

/// Modules of light margin on every side (the standard's minimum).
pub const QUIET_ZONE: usize = 4;

impl QrMatrix {
    /// The QR code of `text`: error correction M (15 %), or L when M cannot hold it.
    pub fn new(text: &str) -> Result<QrMatrix, QrError> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M)
            .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
            .map_err(|_| QrError::TooLong)?;
        Ok(QrMatrix {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// Modules per side, quiet zone not included.
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the module at column `x`, row `y` is dark (outside: light).
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark.get(y * self.width + x) == Some(&true)
    }

    /// Side of the drawing in modules, quiet zone included.
    pub fn size_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// SVG path data drawing every dark module as part of a horizontal run
    /// (`M x y h n v 1 h -n z`), offset by the quiet zone. One `<path>` draws the code.
    pub fn path_data(&self) -> String {
        let mut d = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    let n = x - start;
                    d.push_str(&format!(
                        "M{} {}h{n}v1h-{n}z",
                        start + QUIET_ZONE,
                        y + QUIET_ZONE
                    ));
                } else {
                    x += 1;
                }
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn finder_at(m: &QrMatrix, x0: usize, y0: usize) -> bool {
        // A 7×7 finder: dark ring, light ring, dark 3×3 centre.
        (0..7).all(|dy| {
            (0..7).all(|dx| {
                let ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
                let centre = (2..=4).contains(&dx) && (2..=4).contains(&dy);
                m.is_dark(x0 + dx, y0 + dy) == (ring || centre)
            })
        })
    }

    #[test]
    fn a_link_gives_a_valid_looking_symbol() {
        let link = format!("https://example.org/shindan/#/r/{}", "A".repeat(60));
        let m = QrMatrix::new(&link).unwrap();
        assert_eq!((m.width() - 17) % 4, 0, "width = 17 + 4 × version");
        let w = m.width();
        assert!(finder_at(&m, 0, 0) && finder_at(&m, w - 7, 0) && finder_at(&m, 0, w - 7));
        let d = m.path_data();
        assert!(d.starts_with("M4 4h7v1h-7z"), "{}", &d[..20]);
        // Every dark module is drawn exactly once.
        let drawn: usize = d
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|n| n.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        let dark = (0..w)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .filter(|&(x, y)| m.is_dark(x, y))
            .count();
        assert_eq!(drawn, dark);
    }

    #[test]
    fn the_longest_link_still_fits_and_more_is_an_error() {
        assert!(QrMatrix::new(&"a".repeat(super::super::MAX_LINK_CHARS)).is_ok());
        assert_eq!(QrMatrix::new(&"a".repeat(4000)), Err(QrError::TooLong));
    }
}
