"""Performance figures (printed, not asserted): `make bench`.

For every source with a generator in `benchmarks/sources/<id>.py` (full-size synthetic
files in the real format), and for the real OFAC SDN 2021 CSV set from
../shared/samples when present: records/s of parse, of parse + load into a fresh
warehouse, peak memory, the ratio to a bare csv/lxml pass over the same files, and the
cost of re-ingesting unchanged content (fetch + hash only, answered 304).
Each phase runs in its own process, so its peak RSS is its own.
"""

from __future__ import annotations

import importlib.util
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
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLES = Path(os.environ.get("BANWATCH_SAMPLES") or ROOT.parent / "shared" / "samples")
SDN_2021 = SAMPLES / "ofac" / "sdn_csv_full_2021"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _generator(source_id: str) -> ModuleType:
    path = ROOT / "benchmarks" / "sources" / f"{source_id}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{source_id}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _files(folder: str) -> dict[str, Path]:
    return {p.name: p for p in sorted(Path(folder).iterdir()) if p.is_file()}


def phase_bare(source_id: str, folder: str) -> dict[str, Any]:
    files = _files(folder)
    start = time.perf_counter()
    if source_id == "us_ofac_sdn" and not (ROOT / "benchmarks/sources/us_ofac_sdn.py").exists():
        import csv

        rows = sum(1 for p in files.values() for _ in csv.reader(p.open(errors="replace")))
    else:
        rows = _generator(source_id).bare_pass(files)
    return {"seconds": time.perf_counter() - start, "rows": rows, "peak_mb": _peak_mb()}


def phase_parse(source_id: str, folder: str) -> dict[str, Any]:
    from transforms.base import ParseContext
    from transforms.registry import get_source

    start = time.perf_counter()
    ctx = ParseContext(source=source_id)
    count = sum(1 for _ in get_source(source_id).parser()(_files(folder), ctx))
    return {"seconds": time.perf_counter() - start, "records": count, "peak_mb": _peak_mb()}


def phase_ingest(source_id: str, folder: str, data_dir: str) -> dict[str, Any]:
    from banwatch import pipeline
    from banwatch.demo import serve
    from banwatch.settings import Settings
    from transforms.registry import get_source

    config = get_source(source_id)
    www = Path(data_dir) / "www" / source_id
    if not www.exists():  # serve every file; a lone file also under the declared name
        www.mkdir(parents=True)
        files = _files(folder)
        for name, path in files.items():
            shutil.copy(path, www / name)
        for declared in config.files:
            if declared.name not in files and len(files) == 1:
                shutil.copy(next(iter(files.values())), www / declared.name)
    with serve(www.parent) as server:
        settings = Settings(
            db=Path(data_dir) / "b.duckdb", data_dir=Path(data_dir), mirror=server.url
        )
        start = time.perf_counter()
        result = pipeline.ingest(source_id, settings)
    return {
        "seconds": time.perf_counter() - start,
        "records": result.record_count,
        "status": result.status,
        "peak_mb": _peak_mb(),
    }


PHASES: dict[str, Callable[..., dict[str, Any]]] = {
    "bare": phase_bare,
    "parse": phase_parse,
    "ingest": phase_ingest,
}


def run_phase(*args: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench(source_id: str, folder: Path, label: str) -> None:
    size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    print(f"\n{source_id}: {label} ({size:.1f} MB)")
    bare = run_phase("bare", source_id, str(folder))
    parse = run_phase("parse", source_id, str(folder))
    with tempfile.TemporaryDirectory() as tmp:
        first = run_phase("ingest", source_id, str(folder), tmp)
        again = run_phase("ingest", source_id, str(folder), tmp)
    n = parse["records"]
    print(
        f"  bare pass            {bare['seconds']:7.3f}s  {bare['rows']:>8} rows/elements"
        f"  peak {bare['peak_mb']:4.0f} MB"
    )
    print(
        f"  parse                {parse['seconds']:7.3f}s  {n / parse['seconds']:>8,.0f} rec/s"
        f"  peak {parse['peak_mb']:4.0f} MB  {parse['seconds'] / bare['seconds']:5.1f}x bare"
    )
    print(
        f"  fetch+parse+load     {first['seconds']:7.3f}s  {n / first['seconds']:>8,.0f} rec/s"
        f"  peak {first['peak_mb']:4.0f} MB  {first['seconds'] / bare['seconds']:5.1f}x bare"
        f"  ({first['status']}, {first['records']} records)"
    )
    print(f"  re-ingest unchanged  {again['seconds']:7.3f}s  ({again['status']}: 304, no parse)")


def main() -> None:
    only = set(sys.argv[1:])
    failed: list[str] = []
    if SDN_2021.is_dir() and (not only or "us_ofac_sdn" in only):
        bench("us_ofac_sdn", SDN_2021, f"real 2021 CSV set from {SDN_2021}")
    for gen in sorted((ROOT / "benchmarks" / "sources").glob("*.py")):
        sid = gen.stem
        if only and sid not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            files = _generator(sid).generate_full(Path(tmp))
            folder = Path(next(iter(files.values()))).parent
            try:
                bench(sid, folder, "full-size synthetic files")
            except subprocess.CalledProcessError as exc:
                failed.append(sid)
                print(f"  FAILED: {exc.stderr.strip().splitlines()[-1]}")
    if failed:
        raise SystemExit(f"benchmark failed for: {', '.join(failed)}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in PHASES:
        print(json.dumps(PHASES[sys.argv[1]](*sys.argv[2:])))
    else:
        main()
