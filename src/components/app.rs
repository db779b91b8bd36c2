//! The page: reads the URL once into the state signal, writes it back on every change, and
//! lays out controls, read-outs and plots — in full, embed (`embed=1`) or presentation
//! (`present=1`) mode.

use super::beyond::{BeyondControls, BeyondReadouts};
use super::coefficients::CustomCoefficients;
use super::controls::{ComputeControl, LawPicker, ModelControl};
use super::curves::CurvesReadouts;
use super::dom::{
    browser_language, location_search, now_ms, page_url, prefers_dark, replace_query, scroll_to_fragment,
    set_document_title, set_root_attribute, watch_dark,
};
use super::emergence::{EmergenceControls, EmergenceReadouts};
use super::explain::Explain;
use super::export::{CsvExport, PlotExport};
use super::fit::FitSection;
use super::keyboard;
use super::notice::Notice;
use super::planner::Planner;
use super::plot_canvas::PlotCanvas;
use super::readouts::{OptimumTable, UserModel};
use super::settled::settled;
use super::throttle::{throttled, Readouts};
use super::toolbar::{LangSwitch, PresentButtons, SharePanel, ThemeSwitch};
use super::tour::{Tour, TourButton, TourCard};
use super::visible::{seen, while_seen};
use crate::i18n::{Key, Lang};
use crate::plots::scenes::{Beyond, BeyondKey, Frontier, FrontierKey};
use crate::plots::Theme;
use crate::state::query::{parse_query, to_query};
use crate::state::url_sync::{Due, UrlSchedule, MAX_WAIT_MS};
use crate::state::view::{PlotKind, ThemeChoice};
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// Presentation mode: the large plot's zoom is the window height over this many CSS pixels,
/// within [`PRESENT_ZOOM_RANGE`]: at 1080 px, 2× (12 px tick labels become 24 px); at 720 px,
/// 1.33×.
const PRESENT_ZOOM_HEIGHT: f64 = 540.0;
const PRESENT_ZOOM_RANGE: (f64, f64) = (1.25, 2.5);
/// Presentation mode: the thumbnails' zoom (small type: a thumbnail is for picking a plot).
const THUMB_ZOOM: f64 = 0.6;

/// The full page's sections, each with its own plots.
#[derive(Clone, Copy, PartialEq)]
enum Section {
    ComputeOptimal,
    Landscape,
    Curves,
    Beyond,
    Emergence,
}

impl Section {
    fn of(kind: PlotKind) -> Section {
        match kind {
            PlotKind::Nd => Section::Landscape,
            PlotKind::Curves => Section::Curves,
            PlotKind::Overhead => Section::Beyond,
            PlotKind::Emergence => Section::Emergence,
            _ => Section::ComputeOptimal,
        }
    }
}

fn window_height() -> f64 {
    web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(720.0)
}

#[component]
pub fn App() -> impl IntoView {
    let parsed = parse_query(&location_search());
    let (state, set_state) = signal(parsed.state.clone());
    // The fit section's runs, drawn by plots N and D (never in the URL).
    provide_context(super::fit::FitRuns(RwSignal::new(None)));
    // The state as the optimum cards and the plots' text alternatives show it: at most ten
    // updates a second while a slider is dragged (`throttle`); the plots follow every step.
    let readouts = throttled(move || state.get());
    provide_context(Readouts(readouts));
    let browser_lang = Lang::from_tag(&browser_language());
    // The system's colour scheme, followed live while `theme=` does not choose one.
    let (system_dark, set_system_dark) = signal(prefers_dark());
    let scheme_watch = StoredValue::new_local(watch_dark(move |dark| set_system_dark.set(dark)));
    on_cleanup(move || drop(scheme_watch.try_update_value(Option::take)));
    // Derived values are memos: they notify only when they change, not on every slider step
    // (a derived signal would re-run every text, attribute and chart that reads it).
    // Values that nearly every element reads but no slider step changes are settled signals
    // (see `settled`): a memo of the state would still wake every reader at every step.
    let lang: Signal<Lang> = settled(move || state.with(|s| s.view.lang).unwrap_or(browser_lang)).into();
    let dark = settled(move || match state.with(|s| s.view.theme) {
        Some(choice) => choice == ThemeChoice::Dark,
        None => system_dark.get(),
    });
    let theme: Signal<Theme> = Memo::new(move |_| if dark.get() { Theme::DARK } else { Theme::LIGHT }).into();
    let (resize, set_resize) = signal(0u32);
    let present = settled(move || state.with(|s| s.view.present));
    // The large plot's zoom in presentation mode (1 elsewhere), from the window's height.
    let zoom: Signal<f64> = Memo::new(move |_| {
        resize.track();
        if present.get() {
            (window_height() / PRESENT_ZOOM_HEIGHT).clamp(PRESENT_ZOOM_RANGE.0, PRESENT_ZOOM_RANGE.1)
        } else {
            1.0
        }
    })
    .into();
    let big = settled(move || state.with(|s| s.view.big_plot()));
    let mode = settled(move || {
        state.with(|s| {
            if s.view.embed {
                "embed"
            } else if s.view.present {
                "present"
            } else {
                "full"
            }
        })
    });
    let tour = Tour::new();

    // Sync with the outside world: the URL, and <html> attributes for CSS and screen readers.
    // The URL follows the state once it has been quiet for 150 ms, and at least every second
    // while it keeps changing (`UrlSchedule`): history.replaceState costs the browser about a
    // millisecond a call, and browsers throttle pages that call it on every input event.
    let url_schedule = StoredValue::new(UrlSchedule::default());
    Effect::new(move |_| {
        state.track();
        if let Some(delay) = url_schedule.try_update_value(|s| s.changed(now_ms())).flatten() {
            write_url_when_due(state, url_schedule, delay);
        }
    });
    // Attributes of <html> restyle the whole page when set, even to the same value: one
    // effect each, run only when its memo changes.
    Effect::new(move |_| set_root_attribute("lang", lang.get().as_str()));
    Effect::new(move |_| set_document_title(lang.get().text(Key::Title)));
    Effect::new(move |_| set_root_attribute("data-theme", if dark.get() { "dark" } else { "light" }));
    Effect::new(move |_| set_root_attribute("data-mode", mode.get()));
    let handle = window_event_listener(leptos::ev::resize, move |_| set_resize.update(|n| *n = n.wrapping_add(1)));
    on_cleanup(move || handle.remove());
    keyboard::install(state, set_state, tour);

    let embed = state.with_untracked(|s| s.view.embed);
    // Re-render the plot cells only when the set of plots changes, not on every state change.
    let shown = settled(move || state.with(|s| s.view.shown_plots()));
    // The frontier curves of plots C and Split, recomputed only when the laws or the plotted
    // compute span change (not when the slider moves inside the span). Read lazily.
    let frontier_key = Memo::new(move |_| state.with(FrontierKey::of));
    let frontier = Memo::new(move |_| Frontier::new(frontier_key.get()));
    // The inference-aware and data-limited optima: once per (laws, budget, inf, u), shared by
    // the plots and the read-outs; lazy, so a page that shows none of them computes nothing.
    let beyond_key = Memo::new(move |_| state.with(BeyondKey::of));
    let beyond = Memo::new(move |_| Beyond::new(beyond_key.get()));
    // In presentation mode one plot is large and the others are thumbnails that enlarge on
    // click: the cells stay mounted, only their class and zoom change. On the full page the
    // compute-optimal plots, the learning curves, the overhead plot and the emergence plot live
    // in their own sections (`Some(section)`); embed and presentation put every shown plot together.
    let plot_cells = move |section: Option<Section>| {
        shown
            .get()
            .into_iter()
            .filter(move |kind| section.is_none_or(|s| Section::of(*kind) == s))
            .map(|kind| {
                let is_big = move || big.get() == kind;
                let thumb = move || present.get() && !is_big();
                let cell_zoom: Signal<f64> = Signal::derive(move || if thumb() { THUMB_ZOOM } else { zoom.get() });
                let enlarge = move |_| set_state.update(|s| s.view.focus = Some(kind));
                let title = move || {
                    let l = lang.get();
                    l.fill(Key::ShowLarge, &[("plot", l.text(Key::plot_title(kind)))])
                };
                view! {
                    <div class="plot-cell" class:big=move || present.get() && is_big() class:thumb=thumb>
                        <PlotCanvas kind state set_state lang theme zoom=cell_zoom resize frontier beyond/>
                        <PlotExport kind state lang theme zoom=cell_zoom/>
                        <button
                            type="button"
                            class="enlarge"
                            data-testid=format!("enlarge-{}", kind.as_str())
                            hidden=move || !thumb()
                            aria-label=title
                            title=title
                            on:click=enlarge
                        ></button>
                    </div>
                }
            })
            .collect_view()
    };
    let plots = move || plot_cells(None);
    // "Why two answers?" leads to the explanation: below on the full page, else on the full
    // page in a new tab.
    let why_href: Signal<String> = Signal::derive(move || {
        state.with(|s| {
            if s.view.embed || s.view.present {
                let mut full = s.clone();
                full.view.embed = false;
                full.view.present = false;
                format!("{}#discrepancy", page_url(&to_query(&full)))
            } else {
                "#discrepancy".to_string()
            }
        })
    });
    let plot_count = move || shown.with(Vec::len);
    let count_in = move |s: Section| shown.with(|v| v.iter().filter(|k| Section::of(**k) == s).count());
    let main_count = move || count_in(Section::ComputeOptimal);
    let curves_count = move || count_in(Section::Curves);
    let landscape_count = move || count_in(Section::Landscape);
    let beyond_count = move || count_in(Section::Beyond);
    let emergence_count = move || count_in(Section::Emergence);
    // Whether a shown law's optimum is a fit of its own rather than its surface's minimum.
    let separate_fit = Memo::new(move |_| {
        // Only laws with a loss curve (DeepSeek's has none to sit beside).
        state.with(|s| s.shown_laws().into_iter().any(|id| id.has_loss() && !s.law_for(id).optimum_minimises_surface()))
    });

    if embed {
        // The same view without embed mode: same plots (`view`), budget, laws and model.
        let full_view = move || {
            state.with(|s| {
                let mut full = s.clone();
                full.view.embed = false;
                page_url(&to_query(&full))
            })
        };
        return view! {
            <Notice parsed=parsed.clone() lang/>
            <main class="embed-layout">
                <div class="embed-bar">
                    <ComputeControl state set_state lang/>
                    <a class="open-full" data-testid="open-full" href=full_view target="_blank" rel="noopener">
                        {move || lang.get().text(Key::OpenFullView)}
                    </a>
                </div>
                <OptimumTable state=readouts lang why_href/>
                <div class="plots" data-count=plot_count>{plots}</div>
            </main>
        }
        .into_any();
    }

    // The page's top: title (with the subtitle outside presentation mode), toolbar, and the
    // notice of what the URL asked for and was not applied.
    let header = move |subtitle: bool| {
        view! {
            <header class="top">
                <h1>{move || lang.get().text(Key::Title)}</h1>
                {subtitle.then(|| view! { <p class="subtitle">{move || lang.get().text(Key::Subtitle)}</p> })}
                <nav class="toolbar">
                    <LangSwitch set_state lang/>
                    <ThemeSwitch set_state lang dark/>
                    <PresentButtons state set_state lang/>
                    <TourButton tour state set_state lang/>
                    <SharePanel state lang/>
                    <CsvExport state lang/>
                </nav>
            </header>
            <Notice parsed=parsed.clone() lang/>
        }
    };

    if state.with_untracked(|s| s.view.present) {
        // The projector view: budget, read-outs and the tour on the left; one large plot and
        // the others as thumbnails on the right; nothing below the fold.
        return view! {
            {header(false)}
            <main class="present-layout">
                <aside class="controls">
                    <ComputeControl state set_state lang/>
                    <OptimumTable state=readouts lang why_href/>
                    <p class="keys">{move || lang.get().text(Key::KeyboardHelp)}</p>
                </aside>
                // The tour card takes the thumbnails' row under the large plot while it runs, so
                // the budget and the read-outs stay on screen beside it.
                <div class="plots stage" data-count=plot_count data-big=move || big.get().as_str()>
                    {plots}
                    <TourCard tour set_state lang/>
                </div>
            </main>
        }
        .into_any();
    }

    // The sections below the first screen follow the state only while on (or near) the
    // screen: scrolled away, their read-outs keep what they showed (`while_seen`), so a
    // slider step neither recomputes them nor lays their text out again.
    let curves_ref = NodeRef::<html::Section>::new();
    let beyond_ref = NodeRef::<html::Section>::new();
    let emergence_ref = NodeRef::<html::Section>::new();
    let planner_ref = NodeRef::<html::Section>::new();
    let (curves_seen, beyond_seen) = (seen(curves_ref), seen(beyond_ref));
    let (emergence_seen, planner_seen) = (seen(emergence_ref), seen(planner_ref));
    let curves_state = while_seen(curves_seen, move || state.get());
    let beyond_state = while_seen(beyond_seen, move || state.get());
    let beyond_numbers = while_seen(beyond_seen, move || beyond.get());
    let emergence_state = while_seen(emergence_seen, move || state.get());
    let planner_state = while_seen(planner_seen, move || state.get());
    // Hook for tests: whether the section follows the state now.
    let on_screen = |seen: ReadSignal<bool>| move || if seen.get() { "true" } else { "false" };

    // A link to a section (`…/#planner`): the browser looked for it before the app rendered it.
    Effect::new(move |_| request_animation_frame(scroll_to_fragment));

    view! {
        {header(true)}
        <main class="layout">
            <aside class="controls">
                <TourCard tour set_state lang/>
                <ComputeControl state set_state lang/>
                <LawPicker state set_state lang/>
                <CustomCoefficients state set_state lang/>
                <ModelControl state set_state lang/>
                <nav class="sections" aria-label=move || lang.get().text(Key::SectionsNav)>
                    <a href="#compute-optimal">{move || lang.get().text(Key::SectionComputeOptimal)}</a>
                    " · "
                    <a href="#landscape" data-testid="landscape-link">{move || lang.get().text(Key::SectionLandscape)}" ↓"</a>
                    " · "
                    <a href="#curves" data-testid="curves-link">{move || lang.get().text(Key::SectionCurves)}" ↓"</a>
                    " · "
                    <a href="#beyond" data-testid="beyond-link">{move || lang.get().text(Key::SectionBeyond)}" ↓"</a>
                    " · "
                    <a href="#emergence" data-testid="emergence-link">{move || lang.get().text(Key::SectionEmergence)}" ↓"</a>
                    " · "
                    <a href="#planner" data-testid="planner-link">{move || lang.get().text(Key::SectionPlanner)}" ↓"</a>
                    " · "
                    <a href="#fit" data-testid="fit-link">{move || lang.get().text(Key::SectionFit)}" ↓"</a>
                </nav>
            </aside>
            <div class="content">
                <OptimumTable state=readouts lang why_href/>
                <div class="plots" id="compute-optimal" data-count=main_count hidden=move || main_count() == 0>
                    {move || plot_cells(Some(Section::ComputeOptimal))}
                </div>
                <p class="caveat">{move || lang.get().text(Key::NotComparable)}</p>
                <p class="caveat" data-testid="separate-fit" hidden=move || !separate_fit.get()>
                    {move || lang.get().text(Key::SeparateFitCaveat)}
                </p>
                <UserModel state lang/>
                <section class="landscape" id="landscape" data-testid="landscape">
                    <h2>{move || lang.get().text(Key::SectionLandscape)}</h2>
                    <p class="intro">{move || lang.get().text(Key::LandscapeIntro)}</p>
                    <div class="plots" data-count=landscape_count hidden=move || landscape_count() == 0>
                        {move || plot_cells(Some(Section::Landscape))}
                    </div>
                </section>
                <section class="curves" id="curves" data-testid="curves" node_ref=curves_ref data-on-screen=on_screen(curves_seen)>
                    <h2>{move || lang.get().text(Key::SectionCurves)}</h2>
                    <p class="intro">{move || lang.get().text(Key::CurvesIntro)}</p>
                    <div class="plots" data-count=curves_count hidden=move || curves_count() == 0>
                        {move || plot_cells(Some(Section::Curves))}
                    </div>
                    <p class="caveat" data-testid="curves-caveat">{move || lang.get().text(Key::CurvesCaveat)}</p>
                    <CurvesReadouts state=curves_state lang/>
                </section>
                <section class="beyond" id="beyond" data-testid="beyond" node_ref=beyond_ref data-on-screen=on_screen(beyond_seen)>
                    <h2>{move || lang.get().text(Key::SectionBeyond)}</h2>
                    <p class="intro">{move || lang.get().text(Key::BeyondIntro)}</p>
                    <BeyondControls state set_state lang/>
                    <div class="plots" data-count=beyond_count hidden=move || beyond_count() == 0>
                        {move || plot_cells(Some(Section::Beyond))}
                    </div>
                    <BeyondReadouts state=beyond_state lang beyond=beyond_numbers/>
                </section>
                <section class="emergence" id="emergence" data-testid="emergence" node_ref=emergence_ref data-on-screen=on_screen(emergence_seen)>
                    <h2>{move || lang.get().text(Key::SectionEmergence)}</h2>
                    <p class="intro">{move || lang.get().text(Key::EmergenceIntro)}</p>
                    <EmergenceControls state set_state lang/>
                    <div class="plots" data-count=emergence_count hidden=move || emergence_count() == 0>
                        {move || plot_cells(Some(Section::Emergence))}
                    </div>
                    <p class="caveat" data-testid="emergence-caveat">{move || lang.get().text(Key::EmergenceCaveat)}</p>
                    <EmergenceReadouts state=emergence_state lang/>
                </section>
                <section class="planner" id="planner" data-testid="planner" node_ref=planner_ref data-on-screen=on_screen(planner_seen)>
                    <h2>{move || lang.get().text(Key::SectionPlanner)}</h2>
                    <p class="intro">{move || lang.get().text(Key::PlannerIntro)}</p>
                    <Planner state=planner_state set_state lang/>
                </section>
                <FitSection state set_state lang/>
                <Explain state lang/>
            </div>
        </main>
    }
    .into_any()
}

/// Writes the URL when `schedule` says it is due: now, or after another wait.
fn write_url_when_due(state: ReadSignal<AppState>, schedule: StoredValue<UrlSchedule>, delay: f64) {
    set_timeout(
        move || match schedule.try_update_value(|s| s.fire(now_ms())) {
            Some(Due::Now) => replace_query(&state.with_untracked(to_query)),
            Some(Due::After(wait)) => write_url_when_due(state, schedule, wait),
            None => {}
        },
        std::time::Duration::from_millis(delay.clamp(0.0, MAX_WAIT_MS) as u64),
    );
}
