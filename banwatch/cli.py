"""The `banwatch` command line: the same pipeline functions the Airflow tasks call."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click
import duckdb
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from banwatch import pipeline
from banwatch.alerting.cli import alerts_group
from banwatch.announce_cli import eval_command, extract_command
from banwatch.settings import Settings
from transforms.base import ParseContext, ParseError
from transforms.registry import RegistryError, all_sources, get_source
from warehouse import queries
from warehouse.alerts import expected_interval
from warehouse.db import WarehouseError, connect

F = TypeVar("F", bound=Callable[..., Any])
console = Console(stderr=True)
out = Console()


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db",
        type=click.Path(path_type=Path),
        default=None,
        help="Warehouse file (default: $BANWATCH_DB, else data/banwatch.duckdb).",
    )(func)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _print_json(obj: Any) -> None:
    click.echo(json.dumps(obj, default=_json_default, ensure_ascii=False))


def _parse_when(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(
            f"{value!r} is not YYYY-MM-DD or an ISO timestamp", param_hint=name
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _Group(click.Group):
    """Turns warehouse errors into one clear line (exit 1) instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (WarehouseError, duckdb.Error) as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """banwatch: who is banned by whom, since when, and what changed."""


@main.command()
@click.argument("source_ids", nargs=-1)
@click.option(
    "--file",
    "file",
    type=click.Path(path_type=Path),
    default=None,
    help="Load this local file or folder as the source's snapshot (one source).",
)
@click.option(
    "--force",
    is_flag=True,
    help="After review: apply a snapshot the guards would quarantine (count assertions,"
    " mass removals) and re-parse content already loaded.",
)
@db_option
def ingest(source_ids: tuple[str, ...], file: Path | None, force: bool, db: Path | None) -> None:
    """Fetch, parse and load sources (all registered sources when none is named)."""
    settings = Settings.from_env(db)
    try:
        ids = list(source_ids) or list(all_sources())
        for sid in ids:
            get_source(sid)
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from exc
    if file is not None and len(ids) != 1:
        raise click.ClickException("--file takes exactly one SOURCE_ID")
    failures = 0
    started = time.monotonic()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=len(ids))
        for sid in ids:
            progress.update(task, description=f"ingesting {sid}")
            try:
                result = pipeline.ingest(sid, settings, file=file, force=force)
                console.print(
                    f"[green]✓[/green] {sid}: {result.status}, {result.record_count} records"
                    f" (+{result.added} added, -{result.removed} removed,"
                    f" ~{result.modified} modified, {result.relisted} relisted)"
                )
            except (pipeline.PipelineError, WarehouseError, ParseError, duckdb.Error) as exc:
                failures += 1
                console.print(f"[red]✗[/red] {exc}")
                if "quarantined" in str(exc):
                    console.print("  review it, then `banwatch ingest SOURCE --force` applies it")
            progress.advance(task)
    console.print(f"done in {time.monotonic() - started:.1f}s; warehouse: {settings.db}")
    if failures:
        sys.exit(1)


@main.command()
@click.argument("source_id")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
def parse(source_id: str, path: Path) -> None:
    """Parse a local file or folder and print its records as JSON lines (no database)."""
    try:
        config = get_source(source_id)
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from exc
    paths = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    ctx = ParseContext(source=source_id, source_url=config.files[0].url)
    try:
        for record in config.parser()({p.name: p for p in paths}, ctx):
            click.echo(record.model_dump_json())
    except ParseError as exc:
        raise click.ClickException(str(exc)) from exc
    for warning in ctx.warnings:
        console.print(f"[yellow]warning[/yellow] {warning}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
@db_option
def sources(as_json: bool, db: Path | None) -> None:
    """Each source: last fetch, status, record count, last change."""
    settings = Settings.from_env(db)
    status: dict[str, dict[str, Any]] = {}
    if not settings.db.exists():
        console.print(f"no warehouse at {settings.db} yet: every source is shown as never fetched")
    else:
        with connect(settings.db, read_only=True) as con:
            status = {row["source"]: row for row in queries.source_status(con)}
    now = datetime.now(UTC)
    rows = []
    for sid, config in all_sources().items():
        s = status.get(sid, {})
        rows.append(
            {
                "source": sid,
                "title": config.title,
                "kind": config.kind,
                "schedule": config.schedule,
                "last_fetch": s.get("last_fetch"),
                "status": s.get("status", "never fetched"),
                "records": s.get("records", 0),
                "last_change": s.get("last_change"),
                "last_success": s.get("last_success"),
                "stale": _is_stale(config.schedule, s.get("last_success"), now),
                "error": s.get("error"),
            }
        )
    if as_json:
        for row in rows:
            _print_json(row)
        return
    table = Table(title=f"sources ({settings.db})")
    for col in ("source", "status", "records", "last fetch", "last change"):
        table.add_column(col)
    for row in rows:
        healthy = row["status"] in ("loaded", "unchanged") and not row["stale"]
        colour = "green" if healthy else "red"
        label = f"{row['status']}, stale" if row["stale"] else row["status"]
        table.add_row(
            row["source"],
            f"[{colour}]{label}[/{colour}]",
            str(row["records"]),
            _fmt_time(row["last_fetch"]),
            _fmt_time(row["last_change"]),
        )
    out.print(table)
    for row in rows:
        if row["error"]:
            out.print(f"[red]{row['source']}[/red]: {row['error']}")


STALE_FACTOR = 2  # stale: no success within twice the schedule's interval


def _is_stale(schedule: str, last_success: datetime | None, now: datetime) -> bool:
    if last_success is None:
        return False  # never fetched is its own status
    interval = expected_interval(schedule, last_success)
    return interval is not None and now - last_success > STALE_FACTOR * interval


def _known_source(source: str | None) -> str | None:
    if source is not None:
        try:
            get_source(source)
        except RegistryError as exc:
            raise click.BadParameter(str(exc), param_hint="--source") from exc
    return source


def _fmt_time(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ") if value else "-"


@main.command()
@click.option("--since", default=None, help="Changes detected at or after (YYYY-MM-DD or ISO).")
@click.option("--until", default=None, help="Changes detected before (YYYY-MM-DD or ISO).")
@click.option("--source", default=None, help="Only this source id.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per change.")
@db_option
def changes(
    since: str | None, until: str | None, source: str | None, as_json: bool, db: Path | None
) -> None:
    """What was added, removed, modified or relisted."""
    settings = Settings.from_env(db)
    _known_source(source)
    with connect(settings.db, read_only=True) as con:
        rows = queries.list_changes(
            con,
            since=_parse_when(since, "--since"),
            until=_parse_when(until, "--until"),
            source=source,
        )
    if as_json:
        for row in rows:
            _print_json(
                {
                    "source": row["source"],
                    "record_id": row["record_id"],
                    "change": row["change"],
                    "name": row["name"],
                    "fields": row["fields"],
                    "old_values": json.loads(row["old_values"]) if row["old_values"] else None,
                    "new_values": json.loads(row["new_values"]) if row["new_values"] else None,
                    "detected_at": row["detected_at"],
                    "snapshot": row["snapshot"],
                }
            )
        return
    table = Table(title=f"{len(rows)} changes")
    for col in ("detected", "source", "change", "record", "name", "fields"):
        table.add_column(col)
    for row in rows:
        table.add_row(
            _fmt_time(row["detected_at"]),
            row["source"],
            row["change"],
            row["record_id"],
            row["name"],
            ", ".join(row["fields"]),
        )
    out.print(table)


@main.command()
@click.argument("name")
@click.option(
    "--threshold",
    default=0.9,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Minimum Jaro-Winkler similarity of the normalised names.",
)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per match.")
@db_option
def search(name: str, threshold: float, limit: int, as_json: bool, db: Path | None) -> None:
    """Look a name up in the current records (names and aliases)."""
    if not name.strip():
        raise click.BadParameter("the name is empty", param_hint="NAME")
    settings = Settings.from_env(db)
    with connect(settings.db, read_only=True) as con:
        rows = queries.search_names(con, name, limit=limit, threshold=threshold)
    if as_json:
        for row in rows:
            _print_json(row)
        return
    more = f" (the first {limit}: see --limit)" if len(rows) == limit else ""
    table = Table(title=f"{len(rows)} matches for {name!r}{more}")
    for col in ("score", "source", "record", "name", "type", "programs", "matched"):
        table.add_column(col)
    for row in rows:
        table.add_row(
            f"{row['score']:.2f}",
            row["source"],
            row["record_id"],
            row["name"],
            row["target_type"],
            ", ".join(row["programs"]),
            row["matched"],
        )
    out.print(table)


@main.command("as-of")
@click.argument("moment")
@click.option("--source", default=None, help="Only this source id.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per record.")
@db_option
def as_of(moment: str, source: str | None, as_json: bool, db: Path | None) -> None:
    """The records banwatch knew to be listed at MOMENT (YYYY-MM-DD or ISO timestamp)."""
    settings = Settings.from_env(db)
    when = _parse_when(moment, "MOMENT")
    _known_source(source)
    with connect(settings.db, read_only=True) as con:
        rows = queries.records_as_of(con, when, source=source)
    if as_json:
        for row in rows:
            _print_json(row)
        return
    table = Table(title=f"{len(rows)} records listed as of {when}")
    for col in ("source", "record", "name", "type", "programs", "seen since"):
        table.add_column(col)
    for row in rows:
        table.add_row(
            row["source"],
            row["record_id"],
            row["name"],
            row["target_type"],
            ", ".join(row["programs"]),
            _fmt_time(row["valid_from"]),
        )
    out.print(table)


@main.command()
@click.option("--source", default=None, help="Only announcements of this feed source.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per link.")
@db_option
def links(source: str | None, as_json: bool, db: Path | None) -> None:
    """Announced bans and the list entries that concern the same target."""
    settings = Settings.from_env(db)
    _known_source(source)
    with connect(settings.db, read_only=True) as con:
        rows = queries.record_links(con, source=source)
    if as_json:
        for row in rows:
            _print_json(row)
        return
    table = Table(title=f"{len(rows)} links")
    for col in ("announced target", "announcement", "list", "list record", "list name", "score"):
        table.add_column(col)
    for row in rows:
        table.add_row(
            row["name"],
            row["announcement"] or row["announcement_id"] or "",
            row["list_source"],
            row["list_record_id"],
            row["list_name"],
            f"{row['score']:.2f}",
        )
    out.print(table)


@main.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per row.")
@db_option
def sql(query: str, as_json: bool, db: Path | None) -> None:
    """Run a read-only SQL query on the warehouse."""
    if not query.strip():
        raise click.BadParameter("the query is empty", param_hint="QUERY")
    settings = Settings.from_env(db)
    with connect(settings.db, read_only=True) as con:
        try:
            names, rows = queries.run_sql(con, query)
        except duckdb.Error as exc:
            raise click.ClickException(str(exc)) from exc
    if as_json:
        for row in rows:
            _print_json(dict(zip(names, row, strict=True)))
        return
    table = Table()
    for name in names:
        table.add_column(name)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.print(table)


main.add_command(alerts_group, "alerts")
main.add_command(extract_command, "extract")
main.add_command(eval_command, "eval")


if __name__ == "__main__":
    main()
