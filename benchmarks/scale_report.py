"""The scale benchmark's report: the table of every measure by corpus size, with its ratio to the
baseline, its growth and its target, and the notes and machine line that go with it.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

from benchmarks.scale_dask import dask_notes, dask_rows
from benchmarks.scale_measures import PAGES, RERUNS, STORIES_PAGE


def _rows(results: list[dict]) -> list[dict]:
    """Table rows: name, values per size, whether it is compared to the baseline, targets."""
    def pick(getter):
        return [getter(r) for r in results]

    rows = [
        {"name": "Baseline: read + `jieba.lcut` every file (s)", "values": pick(lambda r: r["baseline"]["seconds"])},
        {"name": "Cold ingest, empty cache, process pool (s)", "values": pick(lambda r: r["cold"]["seconds"]),
         "ratio": True, "target": ("ratio", 0.5), "growth": "ingest"},
        *dask_rows(results),
        {"name": "Warm ingest from the parse cache (s)", "values": pick(lambda r: r["warm"]["seconds"]),
         "ratio": True, "target": ("max", 3.0), "growth": "ingest"},
        {"name": "Incremental ingest, 1 article added (s)", "values": pick(lambda r: r["incremental"]["seconds"]),
         "ratio": True, "growth": "ingest"},
        {"name": "Incremental: articles parsed", "values": pick(_parsed_count), "target": ("equal", 1)},
        {"name": "Peak memory, cold ingest: parent + largest worker (MB)",
         "values": pick(lambda r: r["cold"]["rss_mb"]), "target": ("max", 2048)},
    ]
    if not all("pages" in r for r in results):  # --ingest-only
        return [*rows, {"name": "Dashboard (AppTest): first run, page reruns, peak memory",
                        "values": [None] * len(results), "missing": "not measured (--ingest-only)"}]
    rows += [
        {"name": "Peak memory, dashboard process before the Stories page (AppTest) (MB)",
         "values": pick(lambda r: r["pages"]["before_stories"]["rss_mb"]), "target": ("max", 2048)},
        {"name": "Peak memory, dashboard process, every page (AppTest) (MB)",
         "values": pick(lambda r: r["pages"]["rss_mb"]), "target": ("max", 2048)},
        {"name": "Dashboard first run on the warm cache (s)", "values": pick(lambda r: r["pages"]["first_run_seconds"]),
         "growth": "info"},
    ]
    for page in PAGES:
        entries = [r["pages"]["pages"].get(page) for r in results]
        name = f"Rerun after a company-filter change: {Path(page).stem} (s)"
        if any(e is None for e in entries):
            rows.append({"name": name, "values": [None] * len(results), "missing": "page not written yet",
                         "target_text": "≤ 1 s"})
            continue
        rows.append({"name": name, "values": [e["rerun_seconds"] for e in entries], "target": ("max", 1.0),
                     "growth": "page", "errors": any(e["errors"] for e in entries)})
    return rows


def _parsed_count(result: dict) -> int:
    measured = result["incremental"]
    # Count calls made in-process and rows the cache gained; both must agree for "exactly 1".
    return max(measured["parsed_calls"], measured["new_cache_rows"])


def render_table(results: list[dict]) -> str:
    sizes = [r["n"] for r in results]
    scale = sizes[-1] / sizes[0] if len(sizes) > 1 else 1.0
    growth_limits = {"ingest": 1.1 * scale, "page": 0.3 * scale}
    baseline = [r["baseline"]["seconds"] for r in results]
    header = ["Measure", *[f"N={n:,}" for n in sizes], "× baseline", f"growth {_short(sizes[-1])}/{_short(sizes[0])}",
              f"target (at N={sizes[-1]:,})", "met?"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in _rows(results):
        values = row["values"]
        if row.get("missing"):
            lines.append("| " + " | ".join([row["name"], *[row["missing"]] * len(sizes), "", "",
                                            row.get("target_text", ""), "not measured"]) + " |")
            continue
        cells = [row["name"], *[_fmt(v) for v in values]]
        cells.append(" / ".join(f"{v / b:.2f}×" for v, b in zip(values, baseline, strict=True))
                     if row.get("ratio") else "")
        growth = values[-1] / values[0] if len(values) > 1 and values[0] else None
        cells.append(f"{growth:.1f}×" if growth is not None and row.get("growth") else "")
        target_text, verdicts = _target(row, values[-1], baseline[-1])
        if row.get("growth") in growth_limits and growth is not None:
            limit = growth_limits[row["growth"]]
            target_text += ("; " if target_text else "") + f"growth ≤ {limit:.1f}×"
            verdicts.append("growth" if growth > limit else "")
        if row.get("errors"):
            verdicts.append("page raised an error")
        missed = [v for v in verdicts if v]
        cells += [target_text or "—", ("NO: " + ", ".join(missed)) if missed else ("yes" if verdicts else "—")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _target(row: dict, value: float, baseline: float) -> tuple[str, list[str]]:
    if "target" not in row:
        return "", []
    kind, limit = row["target"]
    if kind == "ratio":
        return f"≤ {limit}× baseline", ["value" if value > limit * baseline else ""]
    if kind == "equal":
        return f"= {limit}", ["value" if value != limit else ""]
    unit = " MB" if limit > 100 else " s"
    return f"≤ {limit:g}{unit}", ["value" if value > limit else ""]


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"


def _runs(measured: dict) -> str:
    return ", ".join(f"{seconds:.1f}" for seconds in measured["runs"]) + " s"


def _short(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _load_range(results: list[dict]) -> str:
    loads = [m[key] for r in results for m in r.values() if isinstance(m, dict)
             for key in ("load_before", "load_after") if key in m]
    return f"{min(loads):.1f} to {max(loads):.1f}" if loads else "unknown"


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
    import jieba
    import pandas
    import streamlit
    return (f"Machine: {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {cpu}, "
            f"{mem_kb / 1024 / 1024:.1f} GB RAM; Python {platform.python_version()}, "
            f"pandas {pandas.__version__}, streamlit {streamlit.__version__}, jieba {jieba.__version__}")


def notes(results: list[dict]) -> str:
    last = results[-1]
    cold, pages = last["cold"], last.get("pages")
    lines = [
        f"Corpus at N={last['n']:,}: {cold['documents']:,} documents, {cold['mentions']:,} mentions, "
        f"{cold['events']:,} events, {cold['terms']:,} term rows; generated in {last['generate_seconds']:.1f} s.",
        f"Machine load (1-min load average) during the measurements: {_load_range(results)}; "
        f"with {os.cpu_count()} cores, a load above {os.cpu_count()} means other work stretched these wall times.",
        f"Baseline includes jieba's dictionary load ({last['baseline']['dictionary_seconds']:.1f} s), once.",
        "Baseline and cold ingest: the fastest of " + str(len(cold["runs"])) + " runs each, taken in turn "
        f"(at N={last['n']:,}: baseline {_runs(last['baseline'])}; cold {_runs(cold)}).",
        f"Cold-ingest memory: parent {cold['rss_self_mb']:,.0f} MB + largest worker {cold['rss_children_mb']:,.0f} MB "
        f"({cold['workers']} workers run at once, so the simultaneous peak can approach parent + "
        f"{cold['workers']} × worker).",
    ]
    # CPU seconds change much less than wall times when other work shares the cores.
    lines.append(f"CPU seconds of the kept runs at N={last['n']:,}: baseline "
                 f"{last['baseline']['process_cpu_seconds']:.1f}, cold ingest {cold['process_cpu_seconds']:.1f} "
                 "(parent and workers).")
    lines.append(f"Warm ingest: {last['warm']['seconds']:.2f} s, peak memory {last['warm']['rss_mb']:,.0f} MB.")
    lines += dask_notes(last)
    incremental = last["incremental"]
    lines.append(f"Incremental check: parse_document called {incremental['parsed_calls']}×, "
                 f"{incremental['new_cache_rows']} new parse-cache row(s).")
    lines += _page_notes(pages, cold) if pages else ["Dashboard not measured (--ingest-only)."]
    return "\n".join(f"- {line}" for line in lines)


def _page_notes(pages: dict, cold: dict) -> list[str]:
    lines = [f"Page reruns: median of {RERUNS} reruns after selecting company {pages['company']!r} and of "
             f"{RERUNS} after clearing it again; the slower of the two medians is shown."]
    stories = pages["pages"].get(STORIES_PAGE)
    encoder = {True: "loaded", False: "not loaded"}
    lines.append(f"Sentence encoder after the first run (Overview): {encoder[pages['encoder_loaded_first_run']]}; "
                 f"before the Stories page: {encoder[pages['before_stories']['encoder_loaded']]}"
                 + (f"; the Stories page's first visit (grouping {cold['events']:,} events) took "
                    f"{stories['first_visit_seconds']:.1f} s." if stories else "."))
    for page, entry in pages["pages"].items():
        if entry and entry["errors"]:
            lines.append(f"{page} showed errors: {entry['errors'][:2]}")
    if pages["first_run_errors"]:
        lines.append(f"First run showed errors: {pages['first_run_errors'][:2]}")
    return lines
