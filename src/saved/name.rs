//! Scenario names: cleaned once when they enter the library, so the list, the
//! file and the UI all see the same text. Markup is not touched here: a name
//! is plain text, and the UI escapes it when it shows it.

/// Longest name kept, in characters. Longer names are cut (not refused): the
/// UI's input has `maxlength` set to this, so only pasted or imported text is
/// ever cut, and the user sees the result in the list.
pub const MAX_NAME_CHARS: usize = 80;

/// The name a file's scenario gets when its name is empty after cleaning.
pub const UNTITLED: &str = "Untitled scenario";

/// Removes control characters (line breaks and tabs become spaces) and the
/// invisible bidirectional overrides that would reorder the text around the
/// name, collapses runs of spaces, trims, and cuts to [`MAX_NAME_CHARS`].
/// May return an empty string.
pub fn clean_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut count = 0;
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_invisible_format(c) {
            continue;
        }
        let extra = usize::from(space);
        if count + extra + 1 > MAX_NAME_CHARS {
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
        count += extra + 1;
    }
    out
}

fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// `name`, or `name (2)`, `name (3)`… whichever is not `taken`. A name that
/// already ends in a number counts on from it: `Base (2)` gives `Base (3)`.
pub fn unique_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(name) {
        return name.to_owned();
    }
    let (base, from) = match split_suffix(name, "") {
        Some((base, Some(n))) => (base, n + 1),
        _ => (name, 2),
    };
    (from..)
        .map(|n| fit(base, &format!(" ({n})")))
        .find(|c| !taken(c))
        .unwrap_or_default()
}

/// `name (copy)`, then `name (copy 2)`…, never copying the copy marker itself:
/// a copy of `Base (copy)` is `Base (copy 2)`.
pub fn copy_name(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = match split_suffix(name, "copy") {
        Some((base, _)) => base,
        None => name,
    };
    std::iter::once(fit(base, " (copy)"))
        .chain((2..).map(|n| fit(base, &format!(" (copy {n})"))))
        .find(|c| !taken(c))
        .unwrap_or_default()
}

/// Splits `base (word N)`, `base (word)` (when `word` is not empty) or
/// `base (N)` (when it is) into the base and the number.
fn split_suffix<'a>(name: &'a str, word: &str) -> Option<(&'a str, Option<u64>)> {
    let inner = name.strip_suffix(')')?;
    let open = inner.rfind(" (")?;
    let (base, tag) = (&inner[..open], &inner[open + 2..]);
    if base.is_empty() {
        return None;
    }
    let number = if word.is_empty() {
        tag
    } else if tag == word {
        return Some((base, None));
    } else {
        tag.strip_prefix(word)?.strip_prefix(' ')?
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    number.parse().ok().map(|n| (base, Some(n)))
}

/// `base` + `suffix`, cutting `base` so the whole stays within the limit.
fn fit(base: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let cut: String = base.chars().take(room).collect();
    format!("{}{suffix}", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(clean_name("  a\tb\r\n c \u{7}d\u{202E} "), "a b c d");
        assert_eq!(clean_name("x\u{7}y"), "xy");
        assert_eq!(clean_name("\u{0}\u{1b}"), "");
        assert_eq!(clean_name(&"é".repeat(100)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(clean_name("<b>x</b> & \"y\""), "<b>x</b> & \"y\"");
    }

    #[test]
    fn suffixes() {
        let taken = |s: &str| ["A", "A (2)", "A (copy)", "B (7)"].contains(&s);
        assert_eq!(unique_name("Z", taken), "Z");
        assert_eq!(unique_name("A", taken), "A (3)");
        assert_eq!(unique_name("A (2)", taken), "A (3)");
        assert_eq!(unique_name("B (7)", taken), "B (8)");
        assert_eq!(copy_name("A", taken), "A (copy 2)");
        assert_eq!(copy_name("A (copy)", taken), "A (copy 2)");
        assert_eq!(copy_name("B (7)", taken), "B (7) (copy)");
        let long = "x".repeat(MAX_NAME_CHARS);
        let n = unique_name(&long, |s| s == long);
        assert_eq!(n.chars().count(), MAX_NAME_CHARS);
        assert!(n.ends_with("x (2)"));
    }
}
