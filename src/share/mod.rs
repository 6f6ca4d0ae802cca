//! Share links: the whole view as a compact, versioned URL query.
//!
//! Pure core (no browser types): the UI reads `location.search` into
//! [`decode`] and writes [`encode`]'s result back to the address bar, so the
//! same code is tested natively. The format is documented in README.md
//! ("Share links (URL format)"); `tests/fixtures/share/links-v1.txt` holds
//! links of every released version, which must keep opening the same way.
//! Besides the assumptions and tabs, a link holds how the page is written
//! (`lang`, `cur`, `rate`) and whether one chart is embedded alone
//! (`embed`); none of them changes what is assumed.
//!
//! ```text
//! ?v=1&preset=custom&reading=corrected&n=200000&industry=433.8,2,1.2-1.5u,1.05-1.35&tab.gmv=table
//! ```

mod query;
mod value;

pub use query::{
    Decoded, EMBEDS, MAX_QUERY, MAX_VALUE, Notice, PANELS, Tab, VERSION, ViewState, decode, encode,
};
