//! The link-preview image (`og:image`, 1200 × 630 PNG): the headline chart
//! (the industry's road to a trillion) with its title, legend, units and
//! source, drawn by the app's own chart code (`charts::draw_export`, as the
//! PNG download) to SVG and rasterised by resvg with a system font, so the
//! image follows the data and never goes stale. Labels are laid out by that
//! font's own advance widths, so what resvg draws is what the layout
//! measured.

use anyhow::{Context, Result, anyhow, bail};
use live_commerce_explorer::charts::{self, View};
use live_commerce_explorer::data::Dataset;
use live_commerce_explorer::export;
use live_commerce_explorer::locale::Locale;
use live_commerce_explorer::panels::PanelId;
use live_commerce_explorer::scenario::Assumptions;
use live_commerce_explorer::views;
use plotters::prelude::*;
use resvg::{tiny_skia, usvg};
use std::path::Path;
use std::sync::Arc;

/// The size unfurlers (Open Graph, X's large card) show without cropping.
pub const SIZE: (u32, u32) = (1200, 630);

/// The file the build writes, beside index.html.
pub const FILE: &str = "og-image.png";

/// Sans-serif families to draw with, the first one installed: Debian's
/// `fonts-dejavu-core` or `fonts-liberation` (Chromium's), else Noto.
const FAMILIES: [&str; 3] = ["DejaVu Sans", "Liberation Sans", "Noto Sans"];

/// A font's advance widths, per character, in ems.
pub(crate) struct Metrics {
    advances: std::collections::HashMap<char, f64>,
    /// For a character the font lacks (resvg falls back to another font).
    fallback: f64,
}

impl Metrics {
    fn load(db: &usvg::fontdb::Database, family: &str) -> Option<Metrics> {
        let query = usvg::fontdb::Query {
            families: &[usvg::fontdb::Family::Name(family)],
            ..Default::default()
        };
        let id = db.query(&query)?;
        db.with_face_data(id, |data, index| {
            let face = ttf_parser::Face::parse(data, index).ok()?;
            let em = f64::from(face.units_per_em());
            let mut advances = std::collections::HashMap::new();
            // Every printable character of the Latin-1 range and the few
            // typographic ones the charts write (– — × “ ” ’ …).
            for c in (' '..='~')
                .chain('\u{a0}'..='\u{ff}')
                .chain("–—×“”’…·→≈≥≤".chars())
            {
                if let Some(g) = face.glyph_index(c) {
                    let adv = face.glyph_hor_advance(g).map_or(0.6 * em, f64::from);
                    advances.insert(c, adv / em);
                }
            }
            Some(Metrics {
                advances,
                fallback: 0.6,
            })
        })?
    }

    /// The width of `text` at `size` px.
    pub(crate) fn width(&self, text: &str, size: f64) -> f64 {
        text.chars()
            .map(|c| {
                self.advances.get(&c).copied().unwrap_or(if c > '\u{2e7f}' {
                    1.0
                } else {
                    self.fallback
                })
            })
            .sum::<f64>()
            * size
    }
}

/// An SVG backend that measures text with the font's own widths (rounded
/// up, so a label never overruns the room laid out for it).
fn measured<'a>(buf: &'a mut String, metrics: &'a Metrics) -> impl DrawingBackend + 'a {
    charts::TextWidths {
        inner: SVGBackend::with_string(buf, SIZE),
        width: move |text: &str, size: f64| metrics.width(text, size).ceil(),
    }
}

/// The system's fonts with `sans-serif` set to the first of [`FAMILIES`]
/// installed, and that family's name.
fn fonts() -> Result<(usvg::fontdb::Database, &'static str)> {
    let mut db = usvg::fontdb::Database::new();
    db.load_system_fonts();
    let family = FAMILIES
        .into_iter()
        .find(|f| {
            db.faces()
                .any(|face| face.families.iter().any(|(name, _)| name == f))
        })
        .ok_or_else(|| {
            anyhow!(
                "no sans-serif font to draw the link-preview image with (one of {}); \
                 install one: apt-get install fonts-dejavu-core",
                FAMILIES.join(", ")
            )
        })?;
    db.set_sans_serif_family(family);
    Ok((db, family))
}

/// Whether one of [`FAMILIES`] is installed.
pub fn font_installed() -> bool {
    fonts().is_ok()
}

/// The preview as SVG, drawn at 600 × 315 CSS px and twice the pixels.
fn svg(ds: &Dataset, metrics: &Metrics, link: &str) -> Result<String> {
    let l = Locale::en();
    let v = views::build(ds, &Assumptions::article(ds), None, &l)
        .map_err(|e| anyhow!("the default view: {e}"))?;
    let id = PanelId::Industry;
    let panel = &v[id];
    let view = View::default();
    let theme = charts::Theme::for_file(2.0, l.clone());
    let caption = export::chart_caption(ds, panel, &view, &id.heading(&l), link, &l);
    let h = SIZE.1;
    let mut scratch = String::new();
    let around = charts::export_height(&measured(&mut scratch, metrics), &caption, &theme, 0);
    if around + 200 > h {
        bail!("the preview's title and notes leave no room for its chart ({around} of {h} px)");
    }
    let mut out = String::new();
    charts::draw_export(
        &panel.spec,
        measured(&mut out, metrics),
        &theme,
        &view,
        &caption,
    )
    .map_err(|e| anyhow!("drawing the preview: {e}"))?;
    Ok(out)
}

/// The advance widths of the sans-serif font the preview draws with (the
/// prerendered page's charts are laid out by them too).
pub(crate) fn metrics() -> Result<Metrics> {
    let (db, family) = fonts()?;
    Metrics::load(&db, family).with_context(|| format!("reading the widths of {family}"))
}

/// Writes the preview of `ds`'s default view into `dir` as [`FILE`];
/// `link` is the address its caption gives.
pub fn write(dir: &Path, link: &str) -> Result<()> {
    let ds = Dataset::embedded().map_err(|e| anyhow!("the dataset: {e}"))?;
    let (db, family) = fonts()?;
    let metrics =
        Metrics::load(&db, family).with_context(|| format!("reading the widths of {family}"))?;
    let svg = svg(ds, &metrics, link)?;
    let options = usvg::Options {
        fontdb: Arc::new(db),
        font_family: family.to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&svg, &options).context("reading the preview's SVG")?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE.0, SIZE.1).context("a 1200 × 630 pixel buffer")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let path = dir.join(FILE);
    pixmap
        .save_png(&path)
        .with_context(|| format!("writing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The image is 1200 × 630 and shows a chart: many pixels away from
    /// the background, in the chart's colours as well as the text's.
    #[test]
    fn the_preview_is_the_headline_chart_at_1200_by_630() {
        // `cargo xtask test` installs the font first (`setup_preview_font`).
        assert!(
            font_installed(),
            "no font to draw with: apt-get install fonts-dejavu-core"
        );
        let dir = std::env::temp_dir().join(format!("lce-preview-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        write(&dir, "https://example.org/lce/").unwrap_or_else(|e| panic!("{e:#}"));
        let png = tiny_skia::Pixmap::load_png(dir.join(FILE)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((png.width(), png.height()), SIZE);
        let px = png.pixels();
        let background = px[0];
        let inked = px.iter().filter(|p| **p != background).count();
        assert!(
            inked > px.len() / 50,
            "{inked} of {} pixels drawn",
            px.len()
        );
        // Colour, not only black text: the projection's blue line.
        let coloured = px
            .iter()
            .filter(|p| {
                let (r, g, b) = (p.red(), p.green(), p.blue());
                b > 120 && r < 100 && b > g
            })
            .count();
        assert!(coloured > 500, "{coloured} blue pixels");
        if let Ok(keep) = std::env::var("LCE_KEEP_PREVIEW") {
            let _ = std::fs::copy(dir.join(FILE), keep);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
