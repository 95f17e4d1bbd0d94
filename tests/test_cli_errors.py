"""A user's common mistakes get one clear line and a non-zero exit, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from banwatch.cli import main as cli
from warehouse.db import connect


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    with connect(path):
        pass
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sql", ""], "the query is empty"),
        (["search", " "], "the name is empty"),
        (["changes", "--source", "xx_nope_list"], "unknown source 'xx_nope_list'"),
        (["as-of", "2024-01-01", "--source", "xx_nope_list"], "unknown source"),
        (["links", "--source", "xx_nope_list"], "unknown source"),
        (["changes", "--since", "yesterday"], "is not YYYY-MM-DD"),
        (["sql", "SELECT * FROM no_such_table"], "no_such_table"),
    ],
)
def test_mistakes_are_one_clear_line(db: Path, args: list[str], message: str) -> None:
    res = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert res.exit_code != 0
    assert message in res.output
    assert "Traceback" not in res.output


def test_missing_warehouse_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    res = CliRunner().invoke(cli, ["changes", "--db", str(missing)])
    assert res.exit_code != 0 and f"no warehouse at {missing}" in res.output
    res = CliRunner().invoke(cli, ["sources", "--json", "--db", str(missing)])
    assert res.exit_code == 0 and "no warehouse at" in res.stderr


def test_extract_rejects_binary_files(tmp_path: Path) -> None:
    blob = tmp_path / "x.bin"
    blob.write_bytes(b"\x00\x01DUCK" * 100)
    res = CliRunner().invoke(cli, ["extract", str(blob), "--published", "2024-07-18"])
    assert res.exit_code != 0 and "not a text or HTML file" in res.output
