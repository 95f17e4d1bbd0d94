"""`banwatch extract` and `banwatch eval`: announcement text -> ban records, and the
extractor's score on the gold set.

The commands are plain click commands; `banwatch.cli` registers them on the main group.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from transforms.announcements.evaluate import evaluate, format_report
from transforms.announcements.extract import extract_any

GOLD_DIR = Path(__file__).resolve().parents[1] / "transforms" / "announcements" / "gold"
THRESHOLD = 0.9


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--published") from exc


@click.command("extract")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", required=True, help="Publication date of the text (YYYY-MM-DD).")
@click.option("--url", default=None, help="Where the text was published.")
@click.option("--json", "as_json", is_flag=True, help="Compact JSON on one line.")
def extract_command(path: Path, published: str, url: str | None, as_json: bool) -> None:
    """Read an announcement (text or HTML, told apart by content) and print the ban
    records it announces as {"records": [...]}."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise click.ClickException(f"{path}: not a text or HTML file")
    records = extract_any(data, _published(published), url)
    if as_json:
        click.echo(json.dumps({"records": records}, ensure_ascii=False, separators=(",", ":")))
    else:
        click.echo(json.dumps({"records": records}, ensure_ascii=False, indent=2))


@click.command("eval")
@click.option(
    "--gold",
    "gold",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help=(
        "Gold folder (default: transforms/announcements/gold; the held-out batch is "
        "transforms/announcements/heldout)."
    ),
)
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
def eval_command(gold: Path | None, as_json: bool) -> None:
    """Score the extractor on the gold set: per-field precision / recall / F1 and exact
    matches. Exits 1 when a field's F1 is below 0.9."""
    report = evaluate(gold or GOLD_DIR)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, THRESHOLD))
    if report.failing_fields(THRESHOLD):
        sys.exit(1)
