//! Saved scenarios: a named library kept in localStorage, and the JSON file it is exported to and imported from.
