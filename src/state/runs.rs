//! A user's training runs, pasted or uploaded as a table (issue 20): header names matched
//! case-insensitively, comma, tab or semicolon separated, numbers in every form the page
//! reads ([`parse_quantity`]: `70B`, `1.4T`, `5.76e23`, `700억`). Bad cells are reported with
//! their line and column and their row is skipped; good rows are kept. The work is bounded:
//! at most [`MAX_BYTES`] of text and [`MAX_ROWS`] rows are read, and at most [`MAX_ERRORS`]
//! errors are listed (the rest counted).

use super::quantity::{clip_user_text, parse_quantity, QuantityError, QuantityKind};
use crate::laws::fit::Run;
use crate::laws::units::tokens_for_budget;

/// Text read at most, bytes (the rest is ignored, and the result says so).
pub const MAX_BYTES: usize = 1_000_000;
/// Data rows read at most.
pub const MAX_ROWS: usize = 100_000;
/// Errors listed at most.
pub const MAX_ERRORS: usize = 20;
/// Runs a fit needs: five coefficients, and at least one run more.
pub const MIN_RUNS: usize = 6;

/// A column the fit reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Parameters N.
    Params,
    /// Training tokens D.
    Tokens,
    /// Training compute C (D = C/(6N) when there is no D column).
    Compute,
    Loss,
    /// An iso-FLOP group label (`budget`/`group`), for Approach 2.
    Group,
}

impl Column {
    /// The column a header names, if any (trimmed, quotes removed, case and `_`/`-` ignored).
    pub fn from_header(header: &str) -> Option<Column> {
        let h: String = header
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .chars()
            .map(|c| if c == '_' || c == '-' { ' ' } else { c.to_ascii_lowercase() })
            .collect();
        let h = h.split_whitespace().collect::<Vec<_>>().join(" ");
        match h.as_str() {
            // The Korean names the page itself uses (파라미터, 토큰, 연산량, 손실, 예산, 그룹) too.
            "n" | "params" | "parameters" | "model size" | "model params" | "num params" | "n params" | "size"
            | "파라미터" | "파라미터 수" | "모델 크기" => Some(Column::Params),
            "d" | "tokens" | "data" | "training tokens" | "dataset size" | "num tokens" | "n tokens" | "토큰"
            | "토큰 수" | "학습 토큰" | "데이터" => Some(Column::Tokens),
            "c" | "flops" | "flop" | "compute" | "training flop" | "training flops" | "training compute" | "연산량"
            | "학습 연산량" => Some(Column::Compute),
            "loss" | "l" | "final loss" | "eval loss" | "val loss" | "validation loss" | "손실" | "최종 손실" => {
                Some(Column::Loss)
            }
            "budget" | "group" | "예산" | "그룹" => Some(Column::Group),
            _ => None,
        }
    }
}

/// What is wrong with one cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellProblem {
    /// Empty, or the row ends before this column.
    Missing,
    NotANumber(String),
    /// NaN or ±∞.
    NotFinite,
    /// Zero or negative.
    NotPositive,
}

/// One problem with the input, for the message list.
#[derive(Clone, Debug, PartialEq)]
pub enum RunError {
    /// A cell, at a 1-based line and column.
    Cell { line: usize, column: usize, problem: CellProblem },
    /// The header names no column of this kind (and, for tokens, no compute column either).
    MissingColumn(Column),
    /// No header line at all.
    Empty,
    /// Fewer usable rows than [`MIN_RUNS`].
    TooFewRuns { found: usize, needed: usize },
    /// Text past [`MAX_BYTES`] was not read.
    TooLarge { limit: usize },
    /// Rows past [`MAX_ROWS`] were not read.
    TooManyRows { limit: usize },
}

/// The runs read from a table and what was wrong with it.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ParsedRuns {
    pub runs: Vec<Run>,
    /// At most [`MAX_ERRORS`], in line order (the size limits and "too few runs" come last).
    pub errors: Vec<RunError>,
    /// Cell errors beyond those listed.
    pub more_errors: usize,
    /// Whether D came from a compute column (D = C/(6N)).
    pub tokens_from_compute: bool,
}

impl ParsedRuns {
    /// Whether there are enough runs to fit.
    pub fn can_fit(&self) -> bool {
        self.runs.len() >= MIN_RUNS
    }
}

/// The separator of a header line: tab, else semicolon, else comma (the first one present).
fn separator(header: &str) -> char {
    ['\t', ';', ','].into_iter().find(|c| header.contains(*c)).unwrap_or(',')
}

fn cell_problem(e: QuantityError) -> CellProblem {
    match e {
        QuantityError::Empty => CellProblem::Missing,
        QuantityError::NotFinite => CellProblem::NotFinite,
        QuantityError::NotPositive => CellProblem::NotPositive,
        QuantityError::NotANumber(t)
            if ["nan", "inf", "-inf", "+inf", "infinity", "-infinity"]
                .contains(&t.trim().to_ascii_lowercase().as_str()) =>
        {
            CellProblem::NotFinite
        }
        QuantityError::NotANumber(t) | QuantityError::UnitNotAllowed(t) => CellProblem::NotANumber(clip_user_text(&t)),
        QuantityError::OutOfRange { .. } => CellProblem::NotFinite,
    }
}

/// Reads a table of runs (see the module documentation). Never panics.
pub fn parse_runs(text: &str) -> ParsedRuns {
    let mut out = ParsedRuns::default();
    let mut limits = Vec::new();
    let text = if text.len() > MAX_BYTES {
        limits.push(RunError::TooLarge { limit: MAX_BYTES });
        let mut end = MAX_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        // Drop the partial last line.
        let cut = &text[..end];
        cut.rfind('\n').map_or(cut, |i| &cut[..i])
    } else {
        text
    };
    let mut lines = text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some((_, header)) = lines.next() else {
        out.errors.push(RunError::Empty);
        out.errors.push(RunError::TooFewRuns { found: 0, needed: MIN_RUNS });
        return out;
    };
    let sep = separator(header);
    let find = |col: Column| header.split(sep).position(|h| Column::from_header(h) == Some(col));
    let (n_col, d_col, c_col, l_col, g_col) =
        (find(Column::Params), find(Column::Tokens), find(Column::Compute), find(Column::Loss), find(Column::Group));
    let mut missing = Vec::new();
    if n_col.is_none() {
        missing.push(Column::Params);
    }
    if d_col.is_none() && c_col.is_none() {
        missing.push(Column::Tokens);
    }
    if l_col.is_none() {
        missing.push(Column::Loss);
    }
    if let (Some(n_col), Some(l_col), Some(size_col)) = (n_col, l_col, d_col.or(c_col)) {
        out.tokens_from_compute = d_col.is_none();
        let size_kind = if d_col.is_some() { QuantityKind::Count } else { QuantityKind::Compute };
        let mut labels: std::collections::BTreeMap<String, u32> = std::collections::BTreeMap::new();
        for (rows, (index, line)) in lines.enumerate() {
            if rows == MAX_ROWS {
                limits.push(RunError::TooManyRows { limit: MAX_ROWS });
                break;
            }
            let cells: Vec<&str> = line.split(sep).collect();
            let mut bad = false;
            let mut read = |col: usize, kind: QuantityKind, out: &mut ParsedRuns| -> f64 {
                let cell = cells.get(col).map(|c| c.trim().trim_matches('"')).unwrap_or("");
                match parse_quantity(cell, kind) {
                    Ok(x) => x,
                    Err(e) => {
                        bad = true;
                        let error = RunError::Cell { line: index + 1, column: col + 1, problem: cell_problem(e) };
                        if out.errors.len() < MAX_ERRORS {
                            out.errors.push(error);
                        } else {
                            out.more_errors += 1;
                        }
                        f64::NAN
                    }
                }
            };
            let n = read(n_col, QuantityKind::Count, &mut out);
            let size = read(size_col, size_kind, &mut out);
            let loss = read(l_col, QuantityKind::Count, &mut out);
            if bad {
                continue;
            }
            let d = if d_col.is_some() { size } else { tokens_for_budget(size, n) };
            if !(d.is_finite() && d > 0.0) {
                continue;
            }
            let group = g_col.map(|g| {
                let label = cells.get(g).map_or("", |c| c.trim().trim_matches('"'));
                let next = labels.len() as u32;
                *labels.entry(label.to_string()).or_insert(next)
            });
            out.runs.push(Run { n, d, loss, group });
        }
    }
    out.errors.extend(missing.into_iter().map(RunError::MissingColumn));
    out.errors.extend(limits);
    if out.runs.len() < MIN_RUNS {
        out.errors.push(RunError::TooFewRuns { found: out.runs.len(), needed: MIN_RUNS });
    }
    out
}
