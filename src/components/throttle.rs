//! Read-outs that follow a drag at most ten times a second: [`Pace`] (pure timing, tested
//! natively), [`throttled`], a signal that follows its source at that pace, and [`Readouts`],
//! the state as the first screen's text read-outs show it.
//!
//! The optimum cards change twenty numbers on every slider step, and the browser then lays
//! out, shapes and repaints them: in `scripts/bench`'s sweep that was about a fifth of the
//! page's main-thread work per step, more than drawing two of the plots. Nobody reads digits
//! that change sixty times a second, so the cards (and the plots' text alternatives) show the
//! first change at once (a key press, a click on the slider) and, while changes keep coming,
//! the latest one every [`READOUT_MS`]: the last value always arrives, at most that long after
//! it was set. The plots, the slider's own text and the number field follow every step.

use super::dom::now_ms;
use crate::state::AppState;
use leptos::prelude::*;
use std::rc::Rc;

/// The state as the optimum cards and the plots' `aria-label`s show it: [`throttled`] from
/// the page's state (provided as a context by the app).
#[derive(Clone, Copy)]
pub(crate) struct Readouts(pub ReadSignal<AppState>);

/// The shortest time between two updates of a throttled read-out. Shorter than the URL's quiet
/// time (`state::url_sync::QUIET_MS`): once the URL has followed a change that was the last
/// for a while, so have the read-outs.
pub const READOUT_MS: f64 = 100.0;

/// What a change asks for: show it now, show the latest value after this many ms, or nothing
/// (an update is already due).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    Now,
    After(f64),
    Due,
}

/// When the read-out last changed, and whether an update is due.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pace {
    shown_at: Option<f64>,
    due: bool,
}

impl Pace {
    /// A change of the source at `now` (ms).
    pub fn changed(&mut self, now: f64) -> Step {
        if self.due {
            return Step::Due;
        }
        match self.shown_at {
            // A clock that went backwards or a time that is not finite shows at once.
            Some(at) if now >= at && now - at < READOUT_MS => {
                self.due = true;
                Step::After(at + READOUT_MS - now)
            }
            _ => {
                self.shown_at = Some(now);
                Step::Now
            }
        }
    }

    /// The timer of a due update fired at `now`: the latest value is shown.
    pub fn shown(&mut self, now: f64) {
        self.due = false;
        self.shown_at = Some(now);
    }
}

/// `source()` as a signal that follows it at the pace of [`Pace`] and notifies its readers
/// only when the value changes. The first value is computed at once.
pub(crate) fn throttled<T>(source: impl Fn() -> T + 'static) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let source: Rc<dyn Fn() -> T> = Rc::new(source);
    let (value, set_value) = signal(untrack(|| source()));
    let pace = StoredValue::new(Pace::default());
    let set = move |next: T| {
        if value.try_with_untracked(|now| *now != next) == Some(true) {
            set_value.try_set(next);
        }
    };
    Effect::new(move |_| {
        let next = source();
        match pace.try_update_value(|p| p.changed(now_ms())) {
            Some(Step::Now) => set(next),
            Some(Step::After(wait)) => {
                let source = Rc::clone(&source);
                set_timeout(
                    move || {
                        if pace.try_update_value(|p| p.shown(now_ms())).is_some() {
                            set(untrack(|| source()));
                        }
                    },
                    std::time::Duration::from_millis(wait.clamp(0.0, READOUT_MS).ceil() as u64),
                );
            }
            Some(Step::Due) | None => {}
        }
    });
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_change_shows_at_once() {
        let mut p = Pace::default();
        assert_eq!(p.changed(1000.0), Step::Now);
        assert_eq!(p.changed(1000.0 + READOUT_MS), Step::Now);
        assert_eq!(p.changed(5000.0), Step::Now);
    }

    #[test]
    fn a_drag_shows_the_first_change_then_the_latest_every_interval() {
        let mut p = Pace::default();
        assert_eq!(p.changed(0.0), Step::Now);
        // Steps every 16 ms: the first inside the interval asks for an update at 100 ms, the
        // others wait for it.
        assert_eq!(p.changed(16.0), Step::After(READOUT_MS - 16.0));
        for k in 2..6 {
            assert_eq!(p.changed(16.0 * f64::from(k)), Step::Due);
        }
        p.shown(100.0);
        assert_eq!(p.changed(112.0), Step::After(88.0));
        p.shown(200.0);
        // Quiet for an interval: the next change shows at once again.
        assert_eq!(p.changed(300.0), Step::Now);
    }

    #[test]
    fn a_clock_that_went_backwards_shows_at_once() {
        let mut p = Pace::default();
        assert_eq!(p.changed(500.0), Step::Now);
        assert_eq!(p.changed(400.0), Step::Now);
        assert_eq!(p.changed(f64::NAN), Step::Now);
    }
}
