"""Performance figures (printed, not asserted): `make bench`.

OFAC SDN: parse + load of the full 2021 CSV set (from ../shared/samples, or
BANWATCH_SAMPLES), records/s, peak memory, the ratio to a bare csv.reader pass over
the same files, and the cost of re-ingesting unchanged content (fetch + hash only).
Each phase runs in its own process so its peak RSS is its own.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = Path(os.environ.get("BANWATCH_SAMPLES") or ROOT.parent / "shared" / "samples")
SDN_FULL = SAMPLES / "ofac" / "sdn_csv_full_2021"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def phase_bare(folder: str) -> dict[str, Any]:
    start = time.perf_counter()
    rows = 0
    for path in sorted(Path(folder).iterdir()):
        text = path.read_bytes().decode("utf-8", errors="replace")
        rows += sum(1 for _ in csv.reader(io.StringIO(text)))
    return {"seconds": time.perf_counter() - start, "rows": rows, "peak_mb": _peak_mb()}


def phase_parse(folder: str) -> dict[str, Any]:
    from transforms.base import ParseContext
    from transforms.registry import get_source

    files = {p.name: p for p in Path(folder).iterdir()}
    start = time.perf_counter()
    ctx = ParseContext(source="us_ofac_sdn")
    count = sum(1 for _ in get_source("us_ofac_sdn").parser()(files, ctx))
    return {"seconds": time.perf_counter() - start, "records": count, "peak_mb": _peak_mb()}


def phase_ingest(folder: str, data_dir: str) -> dict[str, Any]:
    from banwatch import pipeline
    from banwatch.demo import serve
    from banwatch.settings import Settings

    www = Path(data_dir) / "www" / "us_ofac_sdn"
    if not www.exists():
        shutil.copytree(folder, www)
    with serve(www.parent) as server:
        settings = Settings(
            db=Path(data_dir) / "b.duckdb", data_dir=Path(data_dir), mirror=server.url
        )
        start = time.perf_counter()
        result = pipeline.ingest("us_ofac_sdn", settings)
    return {
        "seconds": time.perf_counter() - start,
        "records": result.record_count,
        "status": result.status,
        "peak_mb": _peak_mb(),
    }


def run_phase(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    if not SDN_FULL.is_dir():
        print(f"skipped: {SDN_FULL} not found (set BANWATCH_SAMPLES)")
        return
    size = sum(p.stat().st_size for p in SDN_FULL.iterdir()) / 1e6
    print(f"OFAC SDN full 2021 CSV set ({size:.1f} MB, {SDN_FULL})")
    bare = run_phase("bare", str(SDN_FULL))
    parse = run_phase("parse", str(SDN_FULL))
    with tempfile.TemporaryDirectory() as tmp:
        first = run_phase("ingest", str(SDN_FULL), tmp)
        again = run_phase("ingest", str(SDN_FULL), tmp)
    n = parse["records"]
    print(
        f"  bare csv.reader pass   {bare['seconds']:.3f}s  ({bare['rows']:.0f} rows)"
        f"  peak {bare['peak_mb']:.0f} MB"
    )
    print(
        f"  parse only             {parse['seconds']:.3f}s  {n / parse['seconds']:,.0f} rec/s"
        f"  peak {parse['peak_mb']:.0f} MB  ratio to bare {parse['seconds'] / bare['seconds']:.1f}x"
    )
    print(
        f"  fetch+parse+load       {first['seconds']:.3f}s  {n / first['seconds']:,.0f} rec/s"
        f"  peak {first['peak_mb']:.0f} MB  ratio to bare {first['seconds'] / bare['seconds']:.1f}x"
        f"  ({first['status']})"
    )
    print(f"  re-ingest unchanged    {again['seconds']:.3f}s  ({again['status']}: 304, no parse)")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        phases: dict[str, Callable[..., dict[str, Any]]] = {
            "bare": phase_bare,
            "parse": phase_parse,
            "ingest": phase_ingest,
        }
        phase = phases[sys.argv[1]]
        print(json.dumps(phase(*sys.argv[2:])))
    else:
        main()
