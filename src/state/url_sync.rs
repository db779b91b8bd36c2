//! When the address bar follows the state: [`UrlSchedule`], pure timing, no web types.
//!
//! Rewriting the URL (`history.replaceState`) costs the browser about a millisecond of main
//! thread a call, and browsers throttle pages that call it on every input event. So while a
//! slider moves, the URL waits until the state has been quiet for [`QUIET_MS`], and is written
//! at least every [`MAX_WAIT_MS`] while the changes go on (a long drag still updates the link).

/// The URL is written this long after the last change.
pub const QUIET_MS: f64 = 150.0;
/// … and at the latest this long after the first change not yet written.
pub const MAX_WAIT_MS: f64 = 1000.0;

/// What to do when the timer fires: write the URL now, or look again after this many ms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Due {
    Now,
    After(f64),
}

/// The pending changes: when the first not yet written came, when the last came.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct UrlSchedule {
    pending: Option<(f64, f64)>,
}

impl UrlSchedule {
    /// Records a change at `now` (ms). Returns the delay of a timer to start, or `None` when
    /// one is running already.
    pub fn changed(&mut self, now: f64) -> Option<f64> {
        match &mut self.pending {
            Some((_, last)) => {
                *last = now.max(*last);
                None
            }
            None => {
                self.pending = Some((now, now));
                Some(QUIET_MS)
            }
        }
    }

    /// The timer fired at `now`: write now (and forget the changes), or wait longer.
    pub fn fire(&mut self, now: f64) -> Due {
        let Some((first, last)) = self.pending else {
            return Due::Now;
        };
        let wait = (last + QUIET_MS).min(first + MAX_WAIT_MS) - now;
        // A clock that went backwards, or a wait that is no longer finite, writes at once.
        if wait > 1.0 && wait.is_finite() {
            Due::After(wait)
        } else {
            self.pending = None;
            Due::Now
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_change_is_written_after_the_quiet_time() {
        let mut s = UrlSchedule::default();
        assert_eq!(s.changed(1000.0), Some(QUIET_MS));
        assert_eq!(s.fire(1000.0 + QUIET_MS), Due::Now);
        // Written: the next change starts a new timer.
        assert_eq!(s.changed(2000.0), Some(QUIET_MS));
    }

    #[test]
    fn changes_every_30_ms_wait_until_quiet_or_the_longest_wait() {
        let mut s = UrlSchedule::default();
        assert_eq!(s.changed(0.0), Some(QUIET_MS));
        for k in 1..=4 {
            assert_eq!(s.changed(30.0 * f64::from(k)), None);
        }
        // The timer fires at 150: the last change (120) was 30 ms ago.
        assert_eq!(s.fire(150.0), Due::After(120.0));
        // A drag that never stops is written once the first change is MAX_WAIT_MS old.
        let mut t = 150.0;
        let mut fired_at = None;
        while t < 3000.0 {
            t += 30.0;
            assert_eq!(s.changed(t), None);
            if let Due::Now = s.fire(t) {
                fired_at = Some(t);
                break;
            }
        }
        // Changes at 180, 210, …, 990, 1020: the first one past MAX_WAIT_MS writes.
        assert_eq!(fired_at, Some(1020.0));
    }

    #[test]
    fn a_clock_gone_wrong_writes_at_once() {
        let mut s = UrlSchedule::default();
        s.changed(f64::NAN);
        assert_eq!(s.fire(10.0), Due::Now);
        let mut s = UrlSchedule::default();
        s.changed(5000.0);
        assert_eq!(s.fire(10_000.0), Due::Now);
        // A timer with nothing pending writes (harmless: the URL is the state).
        assert_eq!(UrlSchedule::default().fire(0.0), Due::Now);
    }
}
