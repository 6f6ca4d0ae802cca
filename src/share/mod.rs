//! Share links: the whole view as a compact, versioned URL query.
//!
//! Pure core (no browser types): the UI reads `location.search` into
//! [`decode`] and writes [`encode`]'s result back to the address bar, so the
//! same code is tested natively. The format is documented in README.md
//! ("Share links (URL format)"); `tests/fixtures/share/` holds links of
//! every released version (`links-v1.txt`, `links-v2.txt`), which must keep
//! opening the same way. Version 2 reads a link without `reading` as
//! corrected; a version 1 link keeps its meaning, as printed.
//! Besides the assumptions, tabs and hidden legend entries (`hide.<panel>`,
//! by slug, so a link hides the same series in any language), a link holds
//! how the page is written (`lang`, `cur`, `rate`) and whether one chart is
//! embedded alone (`embed`); none of them changes what is assumed.
//!
//! ```text
//! ?v=3&preset=custom&reading=as-printed&n=200000&industry=433.8,2,1.2-1.5u,1.05-1.35&tab.gmv=table
//! ```

mod query;
mod value;

pub use query::{
    Decoded, EMBEDS, MAX_HIDDEN, MAX_QUERY, MAX_VALUE, Notice, PANELS, Tab, VERSION, ViewState,
    decode, encode, is_default_view,
};
