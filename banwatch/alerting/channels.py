"""Delivery channels: signed webhook, Slack-compatible webhook, e-mail (SMTP), JSON lines.

`deliver(alert, channel, secrets)` sends one alert (a row of
warehouse.alerts.pending_alerts) or raises DeliveryError with a message safe to
store: no secrets, no webhook URLs (Slack's URL is itself a secret). Secrets come
from the environment or, inside Airflow, from connections (`Secrets(airflow=True)`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from typing import Any

import httpx

from banwatch.alerting.rules import Channel, EmailChannel, FileChannel, SlackChannel, WebhookChannel
from extractors.http import parse_retry_after, safe_url

log = logging.getLogger(__name__)
USER_AGENT = "banwatch-alerts/0.1"
SIGNATURE_HEADER = "X-Banwatch-Signature"
MAX_RETRY_AFTER = 60.0


class DeliveryError(Exception):
    """A channel could not deliver an alert; the message names no secret.

    `channel_down`: the channel itself is unusable now (unreachable, 5xx, missing
    settings), as opposed to this one alert being refused (a 4xx, say)."""

    def __init__(self, message: str, *, channel_down: bool = True) -> None:
        super().__init__(message)
        self.channel_down = channel_down


# --- secrets ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionInfo:
    host: str | None = None
    port: int | None = None
    login: str | None = None
    password: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Secrets:
    """Environment variables, and Airflow connections first when `airflow` is set
    (a missing connection falls back to the environment)."""

    def __init__(self, *, airflow: bool = False) -> None:
        self.airflow = airflow

    def env(self, name: str | None) -> str | None:
        return (os.environ.get(name) or None) if name else None

    def connection(self, conn_id: str | None) -> ConnectionInfo | None:
        if not (self.airflow and conn_id):
            return None
        try:
            from airflow.sdk import BaseHook

            conn = BaseHook.get_connection(conn_id)
        except Exception as exc:  # not found, or not inside a task
            log.warning(
                "Airflow connection %r unavailable (%s); using the environment",
                conn_id,
                type(exc).__name__,
            )
            return None
        return ConnectionInfo(
            host=conn.host or None,
            port=conn.port or None,
            login=conn.login or None,
            password=conn.password or None,
            extra=dict(conn.extra_dejson or {}),
        )


# --- messages --------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def alert_text(alert: dict[str, Any]) -> str:
    """One line for humans (Slack, e-mail subject and body)."""
    p = alert["payload"]
    if alert["kind"] == "source_health":
        text = f"{alert['source']}: {p.get('event')}"
        if p.get("error"):
            text += f": {p['error']}"
    else:
        text = f"{alert['source']}: {alert['change']} {alert['record_id']} {p.get('name')!r}"
        if p.get("fields"):
            text += f" (fields: {', '.join(p['fields'])})"
        if m := p.get("matched"):
            text += f"; watched {m['watched']!r} ~ {m['name']!r} ({m['score']:.2f})"
    return f"[banwatch] {text} [rule {alert['rule']}]"


def alert_message(alert: dict[str, Any]) -> dict[str, Any]:
    """The JSON document webhooks and the file channel receive."""
    keys = (
        "alert_id", "rule", "kind", "source", "record_id", "change", "snapshot_id",
        "snapshot_sha256", "run_id", "created_at",
    )  # fmt: skip
    message = {k: alert.get(k) for k in keys}
    return {**message, "text": alert_text(alert), "details": alert["payload"]}


def _body(obj: Any) -> bytes:
    return json.dumps(obj, default=_json_default, ensure_ascii=False, sort_keys=True).encode()


def sign(body: bytes, secret: str) -> str:
    """The X-Banwatch-Signature value: sha256=<hex HMAC-SHA256 of the body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# --- HTTP ------------------------------------------------------------------------------

_SECRET_URLS: set[str] = set()  # never logged (Slack and webhook URLs can carry tokens)


def _is_secret_url(value: object) -> bool:
    # Another filter (the extractor's) may already have turned the URL into a string
    # without its query: match both forms.
    if not isinstance(value, str | httpx.URL):
        return False
    text = str(value)
    return any(text in (url, safe_url(url)) for url in _SECRET_URLS)


class _RedactSecretURLs(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple("<alert webhook>" if _is_secret_url(a) else a for a in record.args)
        return True


_httpx_log = logging.getLogger("httpx")
if not any(isinstance(f, _RedactSecretURLs) for f in _httpx_log.filters):
    _httpx_log.addFilter(_RedactSecretURLs())


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After (delta-seconds or HTTP-date, as the extractor reads it), capped."""
    wait = parse_retry_after(response.headers.get("Retry-After"))
    return None if wait is None else min(wait, MAX_RETRY_AFTER)


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    timeout: float,
    retries: int,
    backoff: float,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """POST with retries (exponential backoff, Retry-After honoured) on connect errors,
    timeouts, 5xx and 429; other 4xx fail at once. Raises DeliveryError."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https"):
        raise DeliveryError("invalid URL (not shown: it may hold a token)")
    _SECRET_URLS.add(str(parsed))
    problem = ""
    with httpx.Client(timeout=httpx.Timeout(timeout), headers={"User-Agent": USER_AGENT}) as client:
        for attempt in range(retries + 1):
            wait = None
            try:
                response = client.post(url, content=body, headers=headers)
            except httpx.TimeoutException as exc:
                problem = f"timed out ({type(exc).__name__})"
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            else:
                status = response.status_code
                if status < 300:
                    return
                if status != 429 and status < 500:
                    raise DeliveryError(f"HTTP {status} (not retried)", channel_down=False)
                problem, wait = f"HTTP {status}", _retry_after(response)
            if attempt < retries:
                sleep(max(backoff * 2**attempt, wait or 0.0))
    raise DeliveryError(f"{problem} after {retries + 1} attempt(s)")


def _url(cfg: WebhookChannel, conn: ConnectionInfo | None, secrets: Secrets) -> str:
    url = cfg.url or (conn.host if conn else None) or secrets.env(cfg.url_env)
    if not url:
        where = f"${cfg.url_env}" if cfg.url_env else "`url`"
        raise DeliveryError(f"no URL: set {where} or the connection's host")
    return url


def send_webhook(
    alert: dict[str, Any], cfg: WebhookChannel, secrets: Secrets, sleep: Callable[[float], None]
) -> None:
    conn = secrets.connection(cfg.conn_id)
    body = _body(alert_message(alert))
    headers = {"Content-Type": "application/json", "X-Banwatch-Alert-Id": str(alert["alert_id"])}
    if cfg.sign:
        secret = (conn.password if conn else None) or secrets.env(cfg.secret_env)
        if not secret:
            raise DeliveryError(f"no signing secret: set ${cfg.secret_env} (or sign: false)")
        headers[SIGNATURE_HEADER] = sign(body, secret)
    post(
        _url(cfg, conn, secrets),
        body,
        headers,
        timeout=cfg.timeout_seconds,
        retries=cfg.retries,
        backoff=cfg.backoff_seconds,
        sleep=sleep,
    )


def send_slack(
    alert: dict[str, Any], cfg: SlackChannel, secrets: Secrets, sleep: Callable[[float], None]
) -> None:
    conn = secrets.connection(cfg.conn_id)
    url = cfg.url or (conn.password if conn else None) or secrets.env(cfg.url_env)
    if not url:
        raise DeliveryError(f"no Slack webhook URL: set ${cfg.url_env} or the connection")
    post(
        url,
        _body({"text": alert_text(alert)}),
        {"Content-Type": "application/json"},
        timeout=cfg.timeout_seconds,
        retries=cfg.retries,
        backoff=cfg.backoff_seconds,
        sleep=sleep,
    )


def send_email(alert: dict[str, Any], cfg: EmailChannel, secrets: Secrets) -> None:
    conn = secrets.connection(cfg.conn_id) or ConnectionInfo()
    extra = conn.extra
    host = cfg.host or conn.host or secrets.env("BANWATCH_SMTP_HOST")
    sender = cfg.sender or extra.get("from") or secrets.env("BANWATCH_SMTP_FROM")
    to = cfg.to or _split(extra.get("to")) or _split(secrets.env("BANWATCH_SMTP_TO"))
    if not (host and sender and to):
        raise DeliveryError("e-mail needs host, from and to (config, connection, BANWATCH_SMTP_*)")
    starttls = cfg.starttls
    if starttls is None:
        starttls = bool(extra.get("starttls")) or secrets.env("BANWATCH_SMTP_STARTTLS") in (
            "1", "true", "yes",
        )  # fmt: skip
    default_port = 465 if cfg.ssl else 587 if starttls else 25
    port = cfg.port or conn.port or int(secrets.env("BANWATCH_SMTP_PORT") or default_port)
    user = cfg.user or conn.login or secrets.env("BANWATCH_SMTP_USER")
    password = conn.password or secrets.env(cfg.password_env)

    msg = EmailMessage()
    text = alert_text(alert)
    msg["Subject"] = text if len(text) <= 200 else text[:197] + "..."
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["X-Banwatch-Alert-Id"] = str(alert["alert_id"])
    msg.set_content(
        text + "\n\n" + json.dumps(alert_message(alert), default=_json_default, indent=2)
    )
    try:
        smtp_class = smtplib.SMTP_SSL if cfg.ssl else smtplib.SMTP
        with smtp_class(host, port, timeout=cfg.timeout_seconds) as smtp:
            if starttls and not cfg.ssl:
                smtp.starttls(context=ssl.create_default_context())
            if user and password:
                smtp.login(user, password)
            smtp.send_message(msg)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
        raise DeliveryError(f"SMTP {host}:{port}: {exc}", channel_down=False) from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {host}:{port}: {type(exc).__name__}: {exc}") from exc


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [v.strip() for v in str(value or "").split(",") if v.strip()]


def send_file(alert: dict[str, Any], cfg: FileChannel) -> None:
    try:
        cfg.path.parent.mkdir(parents=True, exist_ok=True)
        with cfg.path.open("a", encoding="utf-8") as out:
            out.write(_body(alert_message(alert)).decode() + "\n")
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise DeliveryError(f"cannot write {cfg.path}: {exc}") from exc


def deliver(
    alert: dict[str, Any],
    cfg: Channel,
    secrets: Secrets,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Send one alert on one channel; raises DeliveryError."""
    if isinstance(cfg, WebhookChannel):
        send_webhook(alert, cfg, secrets, sleep)
    elif isinstance(cfg, SlackChannel):
        send_slack(alert, cfg, secrets, sleep)
    elif isinstance(cfg, EmailChannel):
        send_email(alert, cfg, secrets)
    else:
        send_file(alert, cfg)
