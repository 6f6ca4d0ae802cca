//! The worker's job loop, without the browser: what to answer to each
//! request, and one chunk of samples at a time. The worker (the app's `main`
//! in a worker scope, via [`super::host`]) calls [`Runner::handle`] for
//! each message and [`Runner::tick`] whenever its event loop is free, so a
//! newer request is read between two chunks.

use super::protocol::{CHUNK, PROGRESS_FROM, Request, Response, is_finite};
use crate::scenario::{MonteCarlo, Scenario};

/// The job being computed.
struct Job {
    id: u64,
    mc: MonteCarlo,
    /// `performance.now()` when the request arrived.
    started: f64,
}

/// At most one job at a time: a newer `Run` replaces the current one.
pub struct Runner {
    job: Option<Job>,
    chunk: u32,
}

impl Default for Runner {
    fn default() -> Runner {
        Runner::new()
    }
}

impl Runner {
    pub fn new() -> Runner {
        Runner::with_chunk(CHUNK)
    }

    /// A runner that draws `chunk` samples per tick (tests use small chunks).
    pub fn with_chunk(chunk: u32) -> Runner {
        Runner {
            job: None,
            chunk: chunk.max(1),
        }
    }

    /// Whether a job is waiting for more ticks.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// The current job's id.
    pub fn current(&self) -> Option<u64> {
        self.job.as_ref().map(|j| j.id)
    }

    /// Answers a request; `now` is the worker's clock in milliseconds. A
    /// `Run` only starts the job: the samples are drawn by [`Runner::tick`].
    pub fn handle(&mut self, request: Request, now: f64) -> Vec<Response> {
        let mut out = Vec::new();
        match request {
            Request::Run { job, scenario } => {
                if let Some(old) = self.job.take() {
                    out.push(Response::Failed {
                        job: old.id,
                        message: format!("superseded by job {job}"),
                    });
                }
                match start(scenario) {
                    Ok(mc) => {
                        self.job = Some(Job {
                            id: job,
                            mc,
                            started: now,
                        })
                    }
                    Err(message) => out.push(Response::Failed { job, message }),
                }
            }
            Request::Cancel { job } => {
                if self.current() == Some(job) {
                    self.job = None;
                    out.push(Response::Failed {
                        job,
                        message: "cancelled".to_owned(),
                    });
                }
            }
        }
        out
    }

    /// Draws one chunk of the current job. Returns `Done` or `Failed` when the
    /// job ends, `Progress` after each chunk of a large run, else nothing.
    pub fn tick(&mut self, now: impl Fn() -> f64) -> Option<Response> {
        let job = self.job.as_mut()?;
        let before = job.mc.done();
        job.mc.run(self.chunk);
        let (done, total) = (job.mc.done(), job.mc.total());
        if done < total && done > before {
            return (total >= PROGRESS_FROM).then_some(Response::Progress {
                job: job.id,
                done,
                total,
            });
        }
        let job = self.job.take()?;
        if done < total {
            return Some(Response::Failed {
                job: job.id,
                message: format!("the Monte Carlo stopped at {done} of {total} samples"),
            });
        }
        let result = job.mc.finish();
        Some(if is_finite(&result) {
            Response::Done {
                job: job.id,
                result,
                millis: (now() - job.started).max(0.0),
            }
        } else {
            Response::Failed {
                job: job.id,
                message: "the Monte Carlo gave a number that is not finite".to_owned(),
            }
        })
    }
}

/// Checks and sanitises a scenario and sets up its Monte Carlo.
fn start(mut scenario: Scenario) -> Result<MonteCarlo, String> {
    // What sanitising changed is the page's business (it sanitises before
    // sending); here it only makes sure the engine gets sound input.
    let _changed = scenario.sanitize();
    if scenario.samples == 0 || scenario.series.is_empty() {
        return Err("the scenario asks for no samples".to_owned());
    }
    Ok(MonteCarlo::new(&scenario))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Dataset, Reading};
    use crate::scenario::Preset;

    fn scenario(samples: u32) -> Scenario {
        let ds = Dataset::embedded().expect("the embedded dataset");
        let mut s = Scenario::preset(ds, Preset::ArticleLow, Reading::AsPrinted);
        s.samples = samples;
        s
    }

    fn run(job: u64, samples: u32) -> Request {
        Request::Run {
            job,
            scenario: scenario(samples),
        }
    }

    /// Ticks until the runner is idle; returns everything it said.
    fn drain(r: &mut Runner) -> Vec<Response> {
        let mut out = Vec::new();
        while r.busy() {
            out.extend(r.tick(|| 10.0));
        }
        out
    }

    #[test]
    fn a_small_run_ends_in_one_done_without_progress() {
        let mut r = Runner::with_chunk(1000);
        assert!(r.handle(run(1, 3000), 4.0).is_empty());
        assert!(r.busy());
        let out = drain(&mut r);
        assert_eq!(out.len(), 1, "{out:?}");
        let Response::Done {
            job,
            result,
            millis,
        } = &out[0]
        else {
            panic!("{out:?}")
        };
        assert_eq!((*job, result.samples, *millis), (1, 3000, 6.0));
    }

    #[test]
    fn a_large_run_reports_progress_after_each_chunk() {
        let mut r = Runner::with_chunk(100_000);
        r.handle(run(2, PROGRESS_FROM), 0.0);
        let out = drain(&mut r);
        assert_eq!(
            out[0],
            Response::Progress {
                job: 2,
                done: 100_000,
                total: PROGRESS_FROM
            }
        );
        assert!(matches!(out[1], Response::Done { job: 2, .. }), "{out:?}");
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn a_newer_run_supersedes_the_current_one() {
        let mut r = Runner::with_chunk(1000);
        r.handle(run(1, 5000), 0.0);
        r.tick(|| 1.0);
        let out = r.handle(run(2, 2000), 1.0);
        assert_eq!(
            out,
            vec![Response::Failed {
                job: 1,
                message: "superseded by job 2".into()
            }]
        );
        let out = drain(&mut r);
        assert!(
            matches!(&out[..], [Response::Done { job: 2, result, .. }] if result.samples == 2000),
            "{out:?}"
        );
    }

    #[test]
    fn cancel_stops_only_the_current_job() {
        let mut r = Runner::with_chunk(1000);
        r.handle(run(1, 5000), 0.0);
        assert!(r.handle(Request::Cancel { job: 9 }, 0.0).is_empty());
        assert!(r.busy());
        let out = r.handle(Request::Cancel { job: 1 }, 0.0);
        assert!(matches!(&out[..], [Response::Failed { job: 1, .. }]));
        assert!(!r.busy());
        assert_eq!(r.tick(|| 0.0), None);
    }

    #[test]
    fn odd_scenarios_never_panic() {
        let mut r = Runner::with_chunk(1000);
        let mut s = scenario(0);
        s.level = f64::NAN;
        for a in &mut s.series {
            a.base = -1.0;
            for p in &mut a.phases {
                p.growth.low = f64::INFINITY;
                p.growth.high = -3.0;
            }
        }
        r.handle(
            Request::Run {
                job: 1,
                scenario: s,
            },
            0.0,
        );
        let out = drain(&mut r);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].is_final());

        let mut empty = scenario(u32::MAX);
        empty.series.clear();
        empty.seed = u64::MAX;
        r.handle(
            Request::Run {
                job: 2,
                scenario: empty,
            },
            0.0,
        );
        assert_eq!(r.current(), Some(2));
        // Sanitising caps the samples; stop after two chunks.
        r.tick(|| 0.0);
        r.tick(|| 0.0);
        let out = r.handle(Request::Cancel { job: 2 }, 0.0);
        assert!(
            matches!(&out[..], [Response::Failed { job: 2, .. }]),
            "{out:?}"
        );
        assert!(!r.busy());
    }
}
