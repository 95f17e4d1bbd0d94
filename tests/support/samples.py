"""Where the shared real-format samples live (../shared/samples), for conformance tests.

Tests that read them use `sample(...)`, which skips the test cleanly when the folder
(or the file) is absent, e.g. on a machine that only has the repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SAMPLES = Path(
    os.environ.get("BANWATCH_SAMPLES") or Path(__file__).resolve().parents[3] / "shared" / "samples"
)


def sample(*parts: str) -> Path:
    """The path of a sample file or folder; skips the calling test when it is absent."""
    path = SAMPLES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"sample {path} not available")
    return path
