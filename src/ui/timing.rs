//! Browser timing marks for the benchmark.
