//! Reading what the user types into the assumption editor. Lenient about
//! form ("×1.3", "1.3", "30%", "+30 %"), strict about meaning: anything that
//! is not a number is an error message, never a panic.

use crate::locale::{Locale, read_number};
use crate::scenario::GrowthForm;
use crate::scenario::{BASE_MAX, BASE_MIN, GROWTH_MAX, GROWTH_MIN, LEVEL_MAX, LEVEL_MIN};

/// A growth value typed in `form`, as a multiplier. A trailing "%" always
/// means a rate and a leading "×"/"x" always a multiplier, whatever the form.
pub fn parse_growth(text: &str, form: GrowthForm) -> Result<f64, String> {
    parse_growth_in(&Locale::en(), text, form)
}

/// [`parse_growth`] with its messages in the reader's language; the number
/// is read by [`read_number`] (full-width "％" reads as "%").
pub fn parse_growth_in(l: &Locale, text: &str, form: GrowthForm) -> Result<f64, String> {
    let t = text.trim().replace('％', "%").replace('Ｘ', "x");
    let t = t.trim();
    let (t, rate) = if let Some(r) = t.strip_suffix('%') {
        (r, true)
    } else if let Some(m) = t.strip_prefix('×').or_else(|| t.strip_prefix(['x', 'X'])) {
        (m, false)
    } else {
        (t, form == GrowthForm::Rate)
    };
    let v = read_number(l, t).map_err(|e| e.message(l, text))?;
    Ok(if rate { 1.0 + v / 100.0 } else { v })
}

/// A base value in billion yuan.
pub fn parse_amount(text: &str) -> Result<f64, String> {
    parse_amount_in(&Locale::en(), text)
}

/// An amount typed in the reader's units ([`Locale::caption`]: billion
/// yuan, 亿元, US dollars), returned in billion yuan; messages in the
/// reader's language.
pub fn parse_amount_in(l: &Locale, text: &str) -> Result<f64, String> {
    let v = read_number(l, text).map_err(|e| e.message(l, text))?;
    if v > 0.0 {
        Ok(l.from_display(v))
    } else {
        Err(l.trf("“{}” must be above zero.", &[&text.trim()]))
    }
}

/// What a number field holds, for [`read_field`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// One end of a growth, shown in `form`, within the model's
    /// [`GROWTH_MIN`]..=[`GROWTH_MAX`].
    Growth(GrowthForm),
    /// A series' base in the reader's units, above 0, up to [`BASE_MAX`].
    Base,
    /// The level whose crossing is reported, [`LEVEL_MIN`]..=[`LEVEL_MAX`].
    Level,
    /// The Monte Carlo's seed: a whole number up to [`SEED_MAX`].
    Seed,
}

/// The largest seed a field takes: every whole number up to it is exact in
/// the `f64` a field reads (2^53 − 1).
pub const SEED_MAX: f64 = 9_007_199_254_740_991.0;

/// A seed typed in the lab: a whole number, 0 or more, read by
/// [`read_number`] ("1,000" and "１２" too); a larger one is held at
/// [`SEED_MAX`].
pub fn parse_seed(l: &Locale, text: &str) -> Result<u64, String> {
    whole(l, text).map(|v| v.min(SEED_MAX) as u64)
}

/// A whole number, 0 or more, not yet held to any bound.
fn whole(l: &Locale, text: &str) -> Result<f64, String> {
    let v = read_number(l, text).map_err(|e| e.message(l, text))?;
    if v < 0.0 || v.fract() != 0.0 {
        return Err(l.trf("“{}” is not a whole number of 0 or more.", &[&text.trim()]));
    }
    Ok(v)
}

/// What typed text became in a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Typed {
    /// The value the model will use (a multiplier, or billion yuan), as the
    /// field should now show it, and what the reader is told when that is
    /// not what they typed (held within the model's bounds).
    Used {
        value: f64,
        shown: String,
        note: Option<String>,
    },
    /// Nothing changes: why, and the value still used.
    Refused(String),
}

impl FieldKind {
    /// `v` (model units) as the field shows it.
    pub fn show(self, l: &Locale, v: f64) -> String {
        match self {
            FieldKind::Growth(form) => show_growth(v, form),
            FieldKind::Base | FieldKind::Level => plain_amount(l, v),
            FieldKind::Seed => format!("{}", v as u64),
        }
    }

    fn bounds(self) -> (f64, f64) {
        match self {
            FieldKind::Growth(_) => (GROWTH_MIN, GROWTH_MAX),
            FieldKind::Base => (BASE_MIN, BASE_MAX),
            FieldKind::Level => (LEVEL_MIN, LEVEL_MAX),
            FieldKind::Seed => (0.0, SEED_MAX),
        }
    }
}

/// An amount in the reader's units as a field shows it: "433.8", "4338".
pub fn plain_amount(l: &Locale, bn_cny: f64) -> String {
    crate::format::sig(l.display(bn_cny), 6).replace(',', "")
}

/// Reads `text` typed into a field of `kind` whose value is `current`: the
/// one place that decides what a field does with it, so every field
/// refuses, holds and says the same (see [`Typed`]).
pub fn read_field(l: &Locale, kind: FieldKind, text: &str, current: f64) -> Typed {
    let parsed = match kind {
        FieldKind::Growth(form) => parse_growth_in(l, text, form),
        FieldKind::Base | FieldKind::Level => parse_amount_in(l, text),
        FieldKind::Seed => whole(l, text),
    };
    let v = match parsed {
        Ok(v) => v,
        Err(why) => {
            return Typed::Refused(l.trf(
                "{}, so {} is still used.",
                &[&crate::locale::clause(&why), &kind.show(l, current)],
            ));
        }
    };
    let (min, max) = kind.bounds();
    let used = v.clamp(min, max);
    let shown = kind.show(l, used);
    let note = (used != v).then(|| {
        let limit = if v < min {
            l.tr("the lowest the model takes")
        } else {
            l.tr("the highest the model takes")
        };
        l.trf(
            "{} is beyond {}; using {}.",
            &[&text.trim(), &limit, &shown],
        )
    });
    Typed::Used {
        value: used,
        shown,
        note,
    }
}

/// A growth value as the editor shows it in `form`.
pub fn show_growth(m: f64, form: GrowthForm) -> String {
    match form {
        GrowthForm::Multiplier => crate::format::sig(m, 4),
        GrowthForm::Rate => format!("{}%", crate::format::sig((m - 1.0) * 100.0, 4)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_in_every_form() {
        assert_eq!(parse_growth("1.3", GrowthForm::Multiplier), Ok(1.3));
        assert_eq!(parse_growth("×2", GrowthForm::Rate), Ok(2.0));
        assert_eq!(parse_growth("x2", GrowthForm::Rate), Ok(2.0));
        assert_eq!(parse_growth("30", GrowthForm::Rate), Ok(1.3));
        assert_eq!(parse_growth(" +30 % ", GrowthForm::Multiplier), Ok(1.3));
        assert_eq!(parse_growth("−20%", GrowthForm::Multiplier), Ok(0.8));
        assert!(parse_growth("1,5", GrowthForm::Multiplier).is_err());
        assert_eq!(parse_growth("２", GrowthForm::Multiplier), Ok(2.0));
        assert_eq!(parse_growth("３０％", GrowthForm::Multiplier), Ok(1.3));
        assert!(parse_growth("", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("abc", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("inf", GrowthForm::Multiplier).is_err());
        assert!(parse_growth("NaN", GrowthForm::Rate).is_err());
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("433.8"), Ok(433.8));
        assert_eq!(parse_amount("1,000"), Ok(1000.0));
        assert!(parse_amount("0").is_err());
        assert!(parse_amount("-5").is_err());
        assert!(parse_amount("<img src=x>").is_err());
        assert!(parse_amount("433,8").is_err());
        assert_eq!(parse_amount("４３３．８"), Ok(433.8));
    }

    fn used(t: Typed) -> (f64, String, Option<String>) {
        match t {
            Typed::Used { value, shown, note } => (value, shown, note),
            Typed::Refused(m) => panic!("refused: {m}"),
        }
    }

    fn refused(t: Typed) -> String {
        match t {
            Typed::Refused(m) => m,
            other => panic!("not refused: {other:?}"),
        }
    }

    /// The inputs the issue names, in every kind of field: garbage, empty,
    /// 0, negative, 1e99, `1,5` and `433,8`.
    #[test]
    fn every_field_refuses_or_holds_and_says_so() {
        let l = Locale::en();
        let growth = FieldKind::Growth(GrowthForm::Multiplier);
        for kind in [
            growth,
            FieldKind::Growth(GrowthForm::Rate),
            FieldKind::Base,
            FieldKind::Level,
        ] {
            for bad in ["abc", "", "1,5", "433,8"] {
                let m = refused(read_field(&l, kind, bad, 2.0));
                assert!(m.contains("is still used"), "{kind:?} {bad:?}: {m}");
            }
            let (v, shown, note) = used(read_field(&l, kind, "1e99", 2.0));
            assert_eq!(v, kind.bounds().1, "{kind:?}");
            assert!(note.is_some_and(|n| n.contains(&shown)), "{kind:?}");
        }
        // A multiplier of 0 or -1 is held at the lowest growth, and says so.
        for typed in ["0", "-1"] {
            let (v, shown, note) = used(read_field(&l, growth, typed, 2.0));
            assert_eq!((v, shown.as_str()), (GROWTH_MIN, "0.05"));
            assert_eq!(
                note.as_deref(),
                Some(format!("{typed} is beyond the lowest the model takes; using 0.05.").as_str())
            );
        }
        // A seed is a whole number, 0 or more.
        for typed in ["-1", "1.5"] {
            assert!(refused(read_field(&l, FieldKind::Seed, typed, 7.0)).contains("whole number"));
        }
        assert_eq!(
            used(read_field(&l, FieldKind::Seed, "0", 7.0)),
            (0.0, "0".into(), None)
        );
        assert_eq!(parse_seed(&l, "1,000"), Ok(1000));
        // An amount must be above zero: refused, not held.
        for kind in [FieldKind::Base, FieldKind::Level] {
            for typed in ["0", "-1"] {
                assert!(refused(read_field(&l, kind, typed, 433.8)).contains("above zero"));
            }
        }
        // A rate of -100% is ×0: held at the lowest.
        assert_eq!(
            used(read_field(
                &l,
                FieldKind::Growth(GrowthForm::Rate),
                "-100",
                2.0
            ))
            .0,
            GROWTH_MIN
        );
        // What the model takes is used as typed, with nothing to say.
        assert_eq!(
            used(read_field(&l, FieldKind::Base, "433.8", 1.0)),
            (433.8, "433.8".into(), None)
        );
        assert_eq!(
            used(read_field(&l, growth, "１.５", 1.0)),
            (1.5, "1.5".into(), None)
        );
        // The refusal quotes both readings of an ambiguous comma.
        let m = refused(read_field(&l, FieldKind::Base, "433,8", 433.8));
        assert!(m.contains("433.8 or 4338"), "{m}");
    }

    #[test]
    fn shown_round_trips() {
        for form in [GrowthForm::Multiplier, GrowthForm::Rate] {
            let text = show_growth(1.15, form);
            let back = parse_growth(&text, form).unwrap_or(f64::NAN);
            assert!((back - 1.15).abs() < 1e-9, "{text} -> {back}");
        }
    }
}
