"""Where things live, from the environment (the CLI's --db overrides BANWATCH_DB)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = Path("data/banwatch.duckdb")


@dataclass(frozen=True)
class Settings:
    db: Path
    data_dir: Path  # raw archive in data_dir/raw, run manifests and staging in data_dir/runs
    mirror: str | None = None  # serve every source from <mirror>/<source id>/<file name>

    @classmethod
    def from_env(cls, db: Path | str | None = None) -> Settings:
        db_path = Path(db or os.environ.get("BANWATCH_DB") or DEFAULT_DB).absolute()
        data = os.environ.get("BANWATCH_DATA_DIR")
        return cls(
            db=db_path,
            data_dir=Path(data).absolute() if data else db_path.parent,
            mirror=os.environ.get("BANWATCH_MIRROR") or None,
        )

    @property
    def raw_dir(self) -> Path:
        return self.data_dir / "raw"

    @property
    def runs_dir(self) -> Path:
        return self.data_dir / "runs"
