"""`banwatch alerts`: list alerts; `banwatch alerts send`: generate and deliver them."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click
import duckdb
from rich.console import Console
from rich.table import Table

from banwatch.alerting import deliver
from banwatch.alerting.rules import AlertRulesError, load_rules, rules_path
from banwatch.settings import Settings
from transforms.registry import all_sources
from warehouse.alerts import list_alerts
from warehouse.db import WarehouseError, connect

console = Console(stderr=True)
out = Console()

_DB_HELP = "Warehouse file (default: $BANWATCH_DB, else data/banwatch.duckdb)."


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _fmt_time(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ") if value else "-"


@click.group(
    "alerts",
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option("--pending", is_flag=True, help="Only alerts not yet delivered.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per alert.")
@click.option("--db", type=click.Path(path_type=Path), default=None, help=_DB_HELP)
@click.pass_context
def alerts_group(ctx: click.Context, pending: bool, as_json: bool, db: Path | None) -> None:
    """Alerts matched by the rules in alerts.yml (list them, or `send`)."""
    if ctx.invoked_subcommand is not None:
        return
    settings = Settings.from_env(db)
    try:
        with connect(settings.db, read_only=True) as con:
            rows = list_alerts(con, pending_only=pending)
    except WarehouseError as exc:
        raise click.ClickException(str(exc)) from exc
    except duckdb.CatalogException as exc:
        raise click.ClickException(
            f"{settings.db} has no alerts yet: run `banwatch alerts send` first"
        ) from exc
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, default=_json_default, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} {'pending ' if pending else ''}alerts ({settings.db})")
    for col in ("id", "created", "rule", "source", "event", "record", "status", "tries", "error"):
        table.add_column(col)
    for row in rows:
        colour = {"delivered": "green", "pending": "yellow"}.get(row["status"], "red")
        record = f"{row['record_id']} {row['payload'].get('name', '')}" if row["record_id"] else ""
        table.add_row(
            str(row["alert_id"]),
            _fmt_time(row["created_at"]),
            row["rule"],
            row["source"],
            row["change"],
            record,
            f"[{colour}]{row['status']}[/{colour}]",
            str(row["attempts"]),
            row["last_error"] or "",
        )
    out.print(table)


@alerts_group.command("send")
@click.option(
    "--rules",
    "rules",
    type=click.Path(path_type=Path),
    default=None,
    help="Alert rules file (default: $BANWATCH_ALERTS).",
)
@click.option("--db", type=click.Path(path_type=Path), default=None, help=_DB_HELP)
@click.pass_context
def send(ctx: click.Context, rules: Path | None, db: Path | None) -> None:
    """Generate alerts for new changes and source health, then deliver pending ones.

    Exits 1 when a delivery failed (the alert stays pending for the next send)."""
    parent_db = ctx.parent.params.get("db") if ctx.parent else None
    settings = Settings.from_env(db or parent_db)
    try:
        config = load_rules(rules_path(rules), known_sources=all_sources())
        generated = deliver.generate(settings.db, config)
        result = deliver.send_pending(settings.db, config)
    except (AlertRulesError, WarehouseError) as exc:
        raise click.ClickException(str(exc)) from exc
    except duckdb.IOException as exc:  # e.g. the file is locked by a running load
        raise click.ClickException(f"cannot open {settings.db}: {exc}") from exc
    click.echo(
        f"generated {generated}; delivered {result.delivered}, failed {result.failed},"
        f" skipped {result.skipped}; pending {result.pending}"
    )
    if result.failed:
        sys.exit(1)
