//! Results of a suite run: the per-category summary table, baselines and the JSON report.
//!
//! A baseline (`tests/conformance/<suite>-baseline.json`, committed) is the sorted set of case
//! ids that passed when it was last blessed. A run regresses when a case in the baseline was
//! run and is no longer identical; oracle failures are reported but never count as krait
//! regressions. Blessing with a filter only replaces the entries the filter selected.

use crate::compare::Status;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Clone, Debug, Serialize)]
pub struct CaseResult {
    pub id: String,
    pub category: String,
    pub status: Status,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
    /// In the baseline but no longer passing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub regressed: bool,
    /// Passing but not in the baseline.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub newly_passing: bool,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Baseline {
    pub suite: String,
    pub oracle: String,
    #[serde(default)]
    pub note: String,
    pub passing: BTreeSet<String>,
}

pub fn load_baseline(path: &Path) -> Result<Baseline, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Baseline::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Writes the new baseline: the previous one with every case that was run replaced by
/// this run's verdict (so a filtered bless leaves other entries alone, and an unfiltered
/// one drops ids that no longer exist).
pub fn bless(
    path: &Path,
    suite: &str,
    previous: &Baseline,
    results: &[CaseResult],
    filtered: bool,
) -> Result<usize, String> {
    let run: BTreeSet<&str> = results.iter().map(|r| r.id.as_str()).collect();
    let mut passing: BTreeSet<String> = if filtered {
        previous.passing.iter().filter(|id| !run.contains(id.as_str())).cloned().collect()
    } else {
        BTreeSet::new()
    };
    passing.extend(results.iter().filter(|r| r.status == Status::Identical).map(|r| r.id.clone()));
    let baseline = Baseline {
        suite: suite.to_string(),
        oracle: krait_oracle::ORACLE_VERSION.to_string(),
        note: format!(
            "Cases that pass. Regenerate with `cargo run -p krait_conformance --bin conformance -- {suite} --bless`."
        ),
        passing,
    };
    let count = baseline.passing.len();
    let text = serde_json::to_string_pretty(&baseline).map_err(|e| e.to_string())?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(count)
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Row {
    pub total: usize,
    pub identical: usize,
    pub differ: usize,
    pub oracle_error: usize,
    pub corpus_bug: usize,
    pub regressed: usize,
    pub newly_passing: usize,
}

impl Row {
    fn add(&mut self, r: &CaseResult) {
        self.total += 1;
        match r.status {
            Status::Identical => self.identical += 1,
            Status::Differ => self.differ += 1,
            Status::OracleError => self.oracle_error += 1,
            Status::CorpusBug => self.corpus_bug += 1,
        }
        self.regressed += usize::from(r.regressed);
        self.newly_passing += usize::from(r.newly_passing);
    }
}

pub fn summarise(results: &[CaseResult]) -> (BTreeMap<String, Row>, Row) {
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let mut total = Row::default();
    for r in results {
        rows.entry(r.category.clone()).or_default().add(r);
        total.add(r);
    }
    (rows, total)
}

/// The summary table as text.
pub fn table(suite: &str, rows: &BTreeMap<String, Row>, total: &Row) -> String {
    let width = rows.keys().map(String::len).max().unwrap_or(5).max(8);
    let mut s = format!(
        "conformance {suite}: per category\n{:<width$} {:>6} {:>9} {:>6} {:>9} {:>10} {:>9} {:>9}\n",
        "category", "total", "identical", "differ", "oracle_err", "corpus_bug", "regressed", "new_pass"
    );
    let line = |name: &str, r: &Row| {
        format!(
            "{:<width$} {:>6} {:>9} {:>6} {:>9} {:>10} {:>9} {:>9}\n",
            name, r.total, r.identical, r.differ, r.oracle_error, r.corpus_bug, r.regressed, r.newly_passing
        )
    };
    for (name, r) in rows {
        s.push_str(&line(name, r));
    }
    s.push_str(&line("TOTAL", total));
    s
}

#[derive(Serialize)]
pub struct Report<'a> {
    pub suite: &'a str,
    pub oracle: &'a str,
    pub filter: Option<&'a str>,
    pub summary: &'a BTreeMap<String, Row>,
    pub total: &'a Row,
    pub results: &'a [CaseResult],
}

pub fn write_report(path: &Path, report: &Report<'_>) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let text = serde_json::to_string_pretty(report).map_err(|e| e.to_string())?;
    std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// The end of every suite's run: the differences (regressions first, at most `diffs` of
/// them) on stdout, then the full results as JSON under `target/conformance/`.
pub fn finish(report: &Report<'_>, diffs: usize, root: &Path) -> Result<(), String> {
    let mut differing: Vec<&CaseResult> = report.results.iter().filter(|r| r.status == Status::Differ).collect();
    differing.sort_by_key(|r| !r.regressed);
    if !differing.is_empty() && diffs > 0 {
        println!("\nfirst {} of {} differences:", diffs.min(differing.len()), differing.len());
        for r in differing.iter().take(diffs) {
            let mark = if r.regressed { " (REGRESSION)" } else { "" };
            println!("-- {}{mark}\n  {}", r.id, r.detail.replace('\n', "\n  "));
        }
    }
    let report_path = root.join("target").join("conformance").join(format!("{}.json", report.suite));
    write_report(&report_path, report)?;
    println!("\nfull results: {}", report_path.display());
    Ok(())
}
