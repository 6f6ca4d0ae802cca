//! Side-by-side comparison of saved scenarios.
