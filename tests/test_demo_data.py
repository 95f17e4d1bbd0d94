"""The committed demo data is exactly what demo/generate_demo.py writes."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from banwatch.demo import DEMO_DATA


def test_committed_demo_data_is_regenerated_byte_for_byte(tmp_path: Path) -> None:
    script = DEMO_DATA.parent / "generate_demo.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(DEMO_DATA) for p in DEMO_DATA.rglob("*") if p.is_file())
    assert fresh == committed
    _, mismatch, errors = filecmp.cmpfiles(tmp_path, DEMO_DATA, fresh, shallow=False)
    assert (mismatch, errors) == ([], [])
