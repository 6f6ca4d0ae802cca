//! Messages between the page and the Monte Carlo worker.
//!
//! Both sides are built from this crate, so they share these types; messages
//! travel as JSON text through `postMessage`. Decoding never panics: a message
//! that does not parse is an error the receiver reports.

use crate::scenario::{McResult, Scenario};
use serde::{Deserialize, Serialize};

/// Bumped whenever a message changes shape. The worker's files are not
/// hashed by Trunk (a worker is loaded by name), so a cached old worker can
/// meet a new page: the page checks the version the worker announces.
/// 2: results carry the platforms' shares (`McResult::shares`).
pub const PROTOCOL_VERSION: u32 = 2;

/// Samples the worker draws between two looks at its message queue.
pub const CHUNK: u32 = 20_000;

/// Runs of at least this many samples report progress after every chunk.
pub const PROGRESS_FROM: u32 = 200_000;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Run the Monte Carlo of `scenario` (samples and seed included). Any job
    /// the worker is still on is abandoned.
    Run { job: u64, scenario: Scenario },
    /// Stop `job` if the worker is still on it.
    Cancel { job: u64 },
}

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The worker is listening (sent once, first). Requests posted before it
    /// would be lost, so the page holds them until then.
    Ready { version: u32 },
    /// `done` of `total` samples drawn (runs of [`PROGRESS_FROM`] samples or more).
    Progress { job: u64, done: u32, total: u32 },
    /// The job's result; `millis` is the time from the request's arrival in
    /// the worker to its end, measured there with `performance.now()`.
    Done {
        job: u64,
        result: McResult,
        millis: f64,
    },
    /// The job did not finish: bad input, superseded by a newer job, cancelled.
    Failed { job: u64, message: String },
}

/// Why a message could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodeError {
    /// The job the message was about, when that much could be read.
    pub job: Option<u64>,
    pub message: String,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl Request {
    pub fn job(&self) -> u64 {
        match self {
            Request::Run { job, .. } | Request::Cancel { job } => *job,
        }
    }

    pub fn encode(&self) -> String {
        encode(self)
    }

    pub fn decode(text: &str) -> Result<Request, DecodeError> {
        decode(text)
    }
}

impl Response {
    /// The job this is about (`None` for `Ready`).
    pub fn job(&self) -> Option<u64> {
        match self {
            Response::Ready { .. } => None,
            Response::Progress { job, .. }
            | Response::Done { job, .. }
            | Response::Failed { job, .. } => Some(*job),
        }
    }

    /// True for the last message of a job (`Done` or `Failed`).
    pub fn is_final(&self) -> bool {
        matches!(self, Response::Done { .. } | Response::Failed { .. })
    }

    pub fn encode(&self) -> String {
        encode(self)
    }

    pub fn decode(text: &str) -> Result<Response, DecodeError> {
        decode(text)
    }
}

fn encode<T: Serialize>(value: &T) -> String {
    // Plain data (no maps with non-string keys): serialising cannot fail.
    // Non-finite floats would become `null`; the worker checks results first.
    serde_json::to_string(value).unwrap_or_default()
}

fn decode<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError {
        job: job_of(text),
        message: format!("unreadable worker message: {e}"),
    })
}

/// The `job` field of `{"Variant": {"job": N, ...}}`, if the text has one.
fn job_of(text: &str) -> Option<u64> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.as_object()?.values().next()?.get("job")?.as_u64()
}

/// Whether every number in the result is finite (JSON has no NaN or infinity).
pub fn is_finite(result: &McResult) -> bool {
    result.level.is_finite()
        && result.series.iter().all(|s| {
            s.quantiles.iter().flatten().all(|v| v.is_finite())
                && s.p_cross.iter().all(|v| v.is_finite())
        })
        && result
            .shares
            .iter()
            .all(|s| s.quantiles.iter().flatten().all(|v| v.is_finite()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{SeriesBands, SeriesId, ShareBands};

    fn result() -> McResult {
        McResult {
            samples: 1000,
            seed: u64::MAX,
            level: 1000.0,
            years: vec![2019, 2020],
            series: vec![SeriesBands {
                id: SeriesId::Industry,
                quantiles: vec![[1.0, 2.0, 3.0, 4.0, 5.0], [0.1, 0.2, 1e300, 4.5, 5.25]],
                p_cross: vec![0.0, 0.5],
            }],
            // A share above 1 (a platform larger than the industry) travels as is.
            shares: vec![ShareBands {
                id: SeriesId::Kuaishou,
                quantiles: vec![[0.5; 5], [0.25, 0.5, 1.0375, 1.5, 2.0]],
            }],
        }
    }

    #[test]
    fn responses_round_trip() {
        for r in [
            Response::Ready {
                version: PROTOCOL_VERSION,
            },
            Response::Progress {
                job: 3,
                done: 20_000,
                total: 1_000_000,
            },
            Response::Done {
                job: 4,
                result: result(),
                millis: 12.375,
            },
            Response::Failed {
                job: 5,
                message: "no \"samples\"".into(),
            },
        ] {
            assert_eq!(Response::decode(&r.encode()), Ok(r));
        }
    }

    #[test]
    fn cancel_round_trips() {
        let r = Request::Cancel { job: u64::MAX };
        assert_eq!(Request::decode(&r.encode()), Ok(r));
    }

    #[test]
    fn bad_messages_are_errors_with_the_job_when_known() {
        let e = Request::decode(r#"{"Run":{"job":7,"scenario":null}}"#).unwrap_err();
        assert_eq!(e.job, Some(7));
        let e = Response::decode("not json").unwrap_err();
        assert_eq!(e.job, None);
        assert!(Response::decode(r#"{"Nope":{}}"#).is_err());
    }

    #[test]
    fn finiteness() {
        let mut r = result();
        assert!(is_finite(&r));
        r.series[0].p_cross[1] = f64::NAN;
        assert!(!is_finite(&r));
        let mut r = result();
        r.shares[0].quantiles[1][4] = f64::INFINITY;
        assert!(!is_finite(&r));
    }
}
