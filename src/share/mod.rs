//! Share links: the whole view as a compact, versioned URL query.
