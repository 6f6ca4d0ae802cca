//! A sentence for the reader kept as a template and its arguments, not as
//! finished text, so that it can be written in whichever language the page
//! is in when it is shown: the notices of a share link, the notes of the
//! bounds checks and of the session.
//!
//! `Display` writes the English (what tests and logs compare); [`Note::text`]
//! writes it in a locale's language. An argument is text kept as it is (a
//! number, a value quoted from a link), a word or phrase translated like a
//! template ([`Arg::Word`]: "Douyin live", "The seed"), or another note.

use std::fmt;

use super::Locale;

/// One argument of a [`Note`].
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Written as it is in every language: numbers, quoted values, slugs.
    Text(String),
    /// A word or phrase translated with [`Locale::tr`] (English if the
    /// catalogues lack it).
    Word(&'static str),
    /// A sentence of its own, written in the same language.
    Note(Box<Note>),
    /// A sentence used as a clause of another: written in the same
    /// language without its final full stop ("." or "。"), so that the
    /// sentence around it stays one sentence.
    Clause(Box<Note>),
    /// A name from the data (a firm, a platform), translated with
    /// [`Locale::tr_any`] when a catalogue has it.
    Name(String),
    /// An amount in billion yuan, written in the reader's unit and currency
    /// (any size, NaN too: [`Locale::money_any`]).
    Money(f64, f64),
    /// A figure's low and high in its own unit, written as
    /// [`Locale::quantity`] does ("110 million yuan", "1.1亿元").
    Quantity(f64, f64, crate::data::Unit),
}

impl Arg {
    /// A word or phrase to translate.
    pub fn word(en: &'static str) -> Arg {
        Arg::Word(en)
    }

    /// Anything written as it is (numbers, quoted values).
    pub fn text(v: impl fmt::Display) -> Arg {
        Arg::Text(v.to_string())
    }

    /// The argument as it appears in a note in `l`'s language.
    pub fn write(&self, l: &Locale) -> String {
        match self {
            Arg::Text(s) => s.clone(),
            Arg::Word(w) => l.tr(w).to_string(),
            Arg::Note(n) => n.text(l),
            Arg::Clause(n) => clause(&n.text(l)).to_string(),
            Arg::Name(s) => l.tr_any(s).to_string(),
            // NaN too, which is not equal to itself.
            Arg::Money(low, high) if low.to_bits() == high.to_bits() || low == high => {
                l.money_any(*low)
            }
            Arg::Money(low, high) if [low, high].iter().all(|v| v.abs() < 1e9) => {
                l.money_range(*low, *high)
            }
            Arg::Money(low, high) => format!("{}–{}", l.money_any(*low), l.money_any(*high)),
            Arg::Quantity(low, high, unit) => l.quantity(*low, *high, *unit),
        }
    }
}

/// `text` without its final full stop, as a clause of another sentence.
pub fn clause(text: &str) -> &str {
    text.trim().trim_end_matches(['.', '。']).trim_end()
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<Note> for Arg {
    fn from(n: Note) -> Arg {
        Arg::Note(Box::new(n))
    }
}

/// A translatable sentence: an English template (a catalogue key, with `{}`
/// or `{0}` holes as [`Locale::trf`] reads them) and its arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    template: &'static str,
    args: Vec<Arg>,
}

impl Note {
    /// `template` with `args`. Every template passed here must have a
    /// Chinese entry (`tests/locale.rs` checks the literals).
    pub fn new(template: &'static str, args: impl IntoIterator<Item = Arg>) -> Note {
        Note {
            template,
            args: args.into_iter().collect(),
        }
    }

    /// Text that is already written in the reader's language (or has no
    /// translation): shown as it is.
    pub fn plain(text: impl Into<String>) -> Note {
        Note {
            template: "{}",
            args: vec![Arg::Text(text.into())],
        }
    }

    /// The English template.
    pub fn template(&self) -> &'static str {
        self.template
    }

    /// The note in `l`'s language.
    pub fn text(&self, l: &Locale) -> String {
        let args: Vec<String> = self.args.iter().map(|a| a.write(l)).collect();
        let refs: Vec<&dyn fmt::Display> = args.iter().map(|a| a as &dyn fmt::Display).collect();
        l.trf(self.template, &refs)
    }

    /// The note as a clause of another sentence (its full stop dropped).
    pub fn clause(self) -> Arg {
        Arg::Clause(Box::new(self))
    }

    /// The note as a sentence: ending in a full stop ("。" in Chinese)
    /// unless it already ends in one.
    pub fn sentence(self) -> Note {
        if self.to_string().ends_with('.') {
            self
        } else {
            Note::new("{}.", [Arg::from(self)])
        }
    }
}

impl fmt::Display for Note {
    /// The English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(&Locale::en()))
    }
}
