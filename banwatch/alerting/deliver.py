"""Generating alerts and sending the pending ones (what `banwatch alerts send` and the
`banwatch_alerts` DAG run).

Delivery is at least once per channel: an alert is recorded as delivered on a
channel right after the channel accepted it, and a failed delivery leaves it pending
(attempts + 1, last_error) to be retried by the next send. Receivers can drop
duplicates by `alert_id` (also the `X-Banwatch-Alert-Id` header).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from banwatch.alerting.channels import DeliveryError, Secrets, deliver
from banwatch.alerting.rules import AlertsConfig
from transforms.registry import all_sources
from warehouse.alerts import generate_alerts, mark_delivered, mark_failed, pending_alerts
from warehouse.db import connect

log = logging.getLogger(__name__)


@dataclass
class SendResult:
    delivered: int = 0  # alert x channel deliveries that succeeded
    failed: int = 0  # that failed (the alert stays pending)
    skipped: int = 0  # not tried: their channel already failed during this send
    pending: int = 0  # alerts still pending afterwards


def source_schedules() -> dict[str, str]:
    return {sid: config.schedule for sid, config in all_sources().items()}


def generate(
    db_path: Path,
    config: AlertsConfig,
    *,
    schedules: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> int:
    """Match the rules against new changes and source health; returns new alerts."""
    with connect(db_path) as con:
        return generate_alerts(
            con,
            config.rules,
            schedules=source_schedules() if schedules is None else schedules,
            now=now,
        )


def send_pending(
    db_path: Path,
    config: AlertsConfig,
    *,
    secrets: Secrets | None = None,
    max_attempts: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SendResult:
    """Send every pending alert on each of its channels not yet delivered.

    A channel found down (unreachable, 5xx, not configured) is not tried again for
    later alerts of the same send (they stay pending untouched), so a dead receiver
    costs one round of retries, not one per alert. An alert the channel refuses (4xx)
    does not block the others.
    """
    secrets = secrets or Secrets()
    result = SendResult()
    broken: set[str] = set()
    with connect(db_path) as con:
        for alert in pending_alerts(con):
            done = set(alert["delivered_channels"])
            for name in alert["channels"]:
                if name in done:
                    continue
                if name in broken:
                    result.skipped += 1
                    continue
                cfg = config.channel(name)
                try:
                    if cfg is None:
                        raise DeliveryError(f"channel {name!r} is not defined in {config.path}")
                    deliver(alert, cfg, secrets, sleep=sleep)
                except DeliveryError as exc:
                    log.warning("alert %s on %s failed: %s", alert["alert_id"], name, exc)
                    mark_failed(con, alert["alert_id"], name, str(exc), max_attempts=max_attempts)
                    if exc.channel_down:
                        broken.add(name)
                    result.failed += 1
                else:
                    mark_delivered(con, alert["alert_id"], name)
                    result.delivered += 1
        row = con.execute("SELECT count(*) FROM alerts WHERE status = 'pending'").fetchone()
        result.pending = int(row[0]) if row else 0
    return result
