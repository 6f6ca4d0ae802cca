//! Dated events marked on the industry chart: the star live stream of
//! 1 April 2020 that the article describes, and the 618 shopping festival.

use super::tips::ARTICLE_SOURCE;
use crate::charts::{Annotation, Tip};
use crate::data::{Dataset, Reading};
use crate::locale::Locale;

/// The figure that dates the star live stream: the article's "3 hours 47
/// million people watched the turnover of 110 million yuan", which the
/// dataset dates 2020-04-01 (Luo Yonghao's Douyin debut, per later reporting).
pub const STAR_STREAM_SALES: &str = "livestream-2020-04-01-sales";
/// Viewers of the same stream.
pub const STAR_STREAM_VIEWERS: &str = "livestream-2020-04-01-viewers";
/// How long the same stream lasted, as the article prints it ("3 hours").
pub const STAR_STREAM_HOURS: &str = "livestream-2020-04-01-hours";

/// The star stream's date and who gives it: the article dates the stream
/// nowhere; the dataset dates its figures by the later report of the same
/// stream (Luo Yonghao's Douyin debut), so the date is stated with that
/// report's firm ("Douyin data"). `None` when no later figure has the
/// article figure's date.
pub fn star_stream_date(ds: &Dataset) -> Option<((i32, u32, u32), &str)> {
    let sales = ds.figure(STAR_STREAM_SALES)?;
    let date = parse_date(&sales.period)?;
    let by = ds.later.iter().find(|f| f.period == sales.period)?;
    Some((date, super::later::firm(&by.publisher)))
}
/// The article's own 618: Beibeitu's sales "during the 618 period last
/// year" (2019), whose note says the festival peaks on 18 June.
pub const FESTIVAL_618_FIGURE: &str = "beibeitu-618-sales";

/// The 618 festival of 2020. Not a date the article prints: it mentions only
/// the 2019 festival (`beibeitu-618-sales`). 618 is named after its peak day,
/// 18 June (JD.com's anniversary), the same every year; the chart marks the
/// 2020 one, the first after Douyin's push into live commerce.
pub const FESTIVAL_618_2020: (i32, u32, u32) = (2020, 6, 18);

/// A calendar date as a fractional year: the year plus the share of it gone
/// by at the start of that day. `None` for a date that does not exist.
pub fn fractional_year(year: i32, month: u32, day: u32) -> Option<f64> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let lengths = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let m = usize::try_from(month).ok()?.checked_sub(1)?;
    let days_in_month = *lengths.get(m)?;
    if day == 0 || day > days_in_month {
        return None;
    }
    let before: u32 = lengths[..m].iter().sum::<u32>() + day - 1;
    let total: u32 = lengths.iter().sum();
    Some(f64::from(year) + f64::from(before) / f64::from(total))
}

/// "2020-04-01" as (2020, 4, 1).
pub fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    fractional_year(y, m, d).map(|_| (y, m, d))
}

/// The events on the industry chart, dated from the dataset where it dates
/// them; an event whose figure is missing is left out.
pub fn industry_events(ds: &Dataset, r: Reading, l: &Locale) -> Vec<Annotation> {
    let mut out = Vec::new();
    if let Some(sales) = ds.figure(STAR_STREAM_SALES)
        && let Some((y, m, d)) = parse_date(&sales.period)
        && let Some(at) = fractional_year(y, m, d)
    {
        let viewers = ds
            .figure(STAR_STREAM_VIEWERS)
            .map(|f| {
                let n = l.count(f.value(r).0, f.unit);
                format!("{}{}", l.trf("{} viewers", &[&n]), l.phrase_sep())
            })
            .unwrap_or_default();
        let (sold, _) = sales.value(r);
        out.push(Annotation {
            at,
            label: l.trf("{}: star stream", &[&l.month_day(m, d)]),
            tip: Tip {
                title: l.tr("A star's first Douyin live stream").to_string(),
                value: format!(
                    "{viewers}{}",
                    l.trf(
                        "{} of sales in 3 hours",
                        &[&l.quantity(sold, sold, sales.unit)]
                    )
                ),
                period: sales.period.clone(),
                source: l.trf(
                    "{}; the date and the streamer (Luo Yonghao) per later reporting",
                    &[&l.tr(ARTICLE_SOURCE)],
                ),
            },
        });
    }
    let (y, m, d) = FESTIVAL_618_2020;
    if let Some(at) = fractional_year(y, m, d) {
        let source = if ds.figure(FESTIVAL_618_FIGURE).is_some() {
            l.tr("The article mentions the 2019 festival (Beibeitu's 12 million yuan); 618 peaks on 18 June every year")
        } else {
            l.tr("618 peaks on 18 June every year")
        };
        out.push(Annotation {
            at,
            label: l.trf("{}: 618 festival", &[&l.month_day(m, d)]),
            tip: Tip {
                title: l.tr("The 618 shopping festival").to_string(),
                value: l
                    .tr("China's mid-year online shopping festival, at its peak")
                    .to_string(),
                period: format!("{y}-{m:02}-{d:02}"),
                source: source.to_string(),
            },
        });
    }
    out
}

/// The dataset figures the events cite.
pub fn source_ids(ds: &Dataset) -> Vec<String> {
    [STAR_STREAM_SALES, FESTIVAL_618_FIGURE]
        .iter()
        .filter(|id| ds.figure(id).is_some())
        .map(|id| id.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_fractional_years() {
        assert_eq!(fractional_year(2020, 1, 1), Some(2020.0));
        let april = fractional_year(2020, 4, 1).unwrap_or(f64::NAN);
        assert!((april - (2020.0 + 91.0 / 366.0)).abs() < 1e-12, "{april}");
        assert!((april - 2020.25).abs() < 0.01);
        let june = fractional_year(2020, 6, 18).unwrap_or(f64::NAN);
        assert!((june - (2020.0 + 169.0 / 366.0)).abs() < 1e-12, "{june}");
        assert_eq!(fractional_year(2019, 2, 29), None);
        assert_eq!(fractional_year(2020, 13, 1), None);
        assert_eq!(fractional_year(2020, 0, 1), None);
        assert_eq!(parse_date("2020-04-01"), Some((2020, 4, 1)));
        assert_eq!(parse_date("2019-618"), None);
        assert_eq!(parse_date("after 2019"), None);
    }

    #[test]
    fn the_star_stream_is_dated_by_the_dataset() {
        let Ok(ds) = Dataset::embedded() else {
            panic!("embedded dataset");
        };
        let en = Locale::en();
        let events = industry_events(ds, Reading::AsPrinted, &en);
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].label, "1 Apr: star stream");
        assert_eq!(events[0].tip.period, "2020-04-01");
        assert!(events[0].tip.value.starts_with("47 million viewers"));
        let corrected = industry_events(ds, Reading::Corrected, &en);
        assert!(corrected[0].tip.value.starts_with("48 million viewers"));
        assert_eq!(events[1].label, "18 Jun: 618 festival");
        assert!(events[0].at < events[1].at);
    }
}
