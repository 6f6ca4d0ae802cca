//! The tornado's bar labels in the reader's language, written from the
//! bar's fields (series, phase years, growth range) rather than by parsing
//! the English label.

use crate::locale::Locale;
use crate::scenario::TornadoBar;

/// A tornado bar's label: "Industry growth 2021–2022 (×1.15–1.6)",
/// "行业2021–2022年增长（×1.15–1.6）".
pub fn swing_label(l: &Locale, b: &TornadoBar) -> String {
    l.trf(
        "{} growth {} ({})",
        &[&l.tr(b.series_name()), &b.years(), &b.range()],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;
    use crate::scenario::SeriesId;

    fn bar(series: SeriesId, first: i32, last: i32) -> TornadoBar {
        TornadoBar {
            label: String::new(),
            series,
            first,
            last,
            growth_low: 1.15,
            growth_high: 1.6,
            at_low: 1.0,
            at_high: 2.0,
        }
    }

    #[test]
    fn labels_come_from_the_fields() {
        let zh = Locale {
            lang: Lang::Zh,
            ..Locale::default()
        };
        let b = bar(SeriesId::Industry, 2021, 2022);
        assert_eq!(
            swing_label(&Locale::en(), &b),
            "Industry growth 2021–2022 (×1.15–1.6)"
        );
        assert_eq!(swing_label(&zh, &b), "行业2021–2022年增长（×1.15–1.6）");
        let b = bar(SeriesId::DouyinLive, 2020, 2020);
        assert_eq!(swing_label(&zh, &b), "抖音直播2020年增长（×1.15–1.6）");
    }

    #[test]
    fn the_english_label_is_the_engines() {
        let Ok(ds) = crate::data::Dataset::embedded() else {
            panic!("embedded dataset");
        };
        let s = crate::scenario::Scenario::preset(
            ds,
            crate::scenario::Preset::ArticleLow,
            crate::data::Reading::Corrected,
        );
        let (_, bars) = crate::scenario::tornado(&s, SeriesId::DouyinLive, 2030);
        assert!(!bars.is_empty());
        for b in &bars {
            assert_eq!(swing_label(&Locale::en(), b), b.label);
        }
    }
}
