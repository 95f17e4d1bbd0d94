"""Delivery channels against real local receivers: a webhook server on 127.0.0.1 that
checks signatures, an SMTP server (aiosmtpd), and a JSON-lines file."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from banwatch.alerting.channels import Secrets, sign
from banwatch.alerting.deliver import SendResult, send_pending
from banwatch.alerting.rules import AlertsConfig, Rule
from tests.test_alerts import DAY, DAY1, SID, T0, day2, generate, load
from warehouse.alerts import list_alerts
from warehouse.db import connect

SECRET = "hunter2-not-a-real-secret"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int


@dataclass
class Receiver:
    """A webhook receiver; replies with `statuses` in turn (the last one repeats)."""

    port: int
    statuses: list[int] = field(default_factory=lambda: [200])
    requests: list[Received] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook?token=abc"

    def start(self) -> Receiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                n = len(receiver.requests)
                status = receiver.statuses[min(n, len(receiver.statuses) - 1)]
                receiver.requests.append(
                    Received(
                        self.path, {k.lower(): v for k, v in self.headers.items()}, body, status
                    )
                )
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def ok(self) -> list[Received]:
        return [r for r in self.requests if r.status < 300]


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver(0).start()
    yield r
    r.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """us_ofac_sdn day 1 -> day 2: 5 changes (2 added, 1 removed, 2 modified)."""
    path = tmp_path / "wh.duckdb"
    load(path, tmp_path, SID, "r1", DAY1, T0)
    load(path, tmp_path, SID, "r2", day2(), T0 + DAY)
    return path


def make_config(tmp_path: Path, channels: dict[str, Any], changes: list[str]) -> AlertsConfig:
    rule = Rule(name="r", channels=list(channels), changes=changes)  # type: ignore[arg-type]
    return AlertsConfig.model_validate(
        {"path": tmp_path / "alerts.yml", "channels": channels, "rules": [rule]}
    )


def webhook(url: str, **kw: Any) -> dict[str, Any]:
    return {"type": "webhook", "url": url, "retries": 3, "backoff_seconds": 0.01, **kw}


def send(db: Path, config: AlertsConfig, **kw: Any) -> SendResult:
    generate(db, config.rules)
    return send_pending(db, config, **kw)


def alert_rows(db: Path) -> list[dict[str, Any]]:
    with connect(db) as con:
        return list_alerts(con)


def deliveries(db: Path) -> list[tuple[int, str, bool]]:
    with connect(db) as con:
        rows = con.execute(
            "SELECT alert_id, channel, ok FROM alert_deliveries ORDER BY delivery_id"
        ).fetchall()
    return [(int(a), str(c), bool(ok)) for a, c, ok in rows]


# --- webhook ----------------------------------------------------------------------------


def test_webhook_is_signed(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", SECRET)
    config = make_config(tmp_path, {"hook": webhook(receiver.url)}, ["added"])
    result = send(db, config)
    assert (result.delivered, result.failed, result.pending) == (2, 0, 0)
    assert len(receiver.requests) == 2
    for req in receiver.requests:
        expected = hmac.new(SECRET.encode(), req.body, hashlib.sha256).hexdigest()
        assert req.headers["x-banwatch-signature"] == f"sha256={expected}"
        assert req.headers["content-type"] == "application/json"
        msg = json.loads(req.body)
        assert req.headers["x-banwatch-alert-id"] == str(msg["alert_id"])
        assert (msg["rule"], msg["kind"], msg["change"], msg["source"]) == (
            "r",
            "change",
            "added",
            SID,
        )
        assert msg["snapshot_sha256"] == "sha-r2" and msg["run_id"] == "r2"
        assert msg["details"]["name"] in msg["text"]
    assert {json.loads(r.body)["record_id"] for r in receiver.requests} == {"100", "101"}
    # a wrong secret would not verify
    assert (
        sign(receiver.requests[0].body, "other")
        != receiver.requests[0].headers["x-banwatch-signature"]
    )
    # delivered alerts are never sent again
    assert send(db, config).delivered == 0
    assert len(receiver.requests) == 2


def test_receiver_failing_twice_then_accepting(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", SECRET)
    receiver.statuses = [503, 429, 200]
    config = make_config(tmp_path, {"hook": webhook(receiver.url)}, ["removed"])
    result = send(db, config)
    assert (result.delivered, result.failed, result.pending) == (1, 0, 0)
    assert [r.status for r in receiver.requests] == [503, 429, 200]
    assert len(receiver.ok()) == 1
    assert json.loads(receiver.ok()[0].body)["record_id"] == "5"
    [alert] = alert_rows(db)
    assert deliveries(db) == [(alert["alert_id"], "hook", True)]
    assert (alert["status"], alert["attempts"]) == ("delivered", 1)
    send(db, config)
    assert len(receiver.requests) == 3


def test_receiver_down_then_up(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", SECRET)
    port = free_port()  # nothing listens there yet
    down = Receiver(port)
    config = make_config(tmp_path, {"hook": webhook(down.url)}, ["added", "removed"])
    first = send(db, config)
    # the first alert used up its retries; the others were not tried this time
    assert (first.delivered, first.failed, first.skipped, first.pending) == (0, 1, 2, 3)
    rows = alert_rows(db)
    assert [(r["status"], r["attempts"]) for r in rows] == [
        ("pending", 1),
        ("pending", 0),
        ("pending", 0),
    ]
    assert rows[0]["last_error"].startswith("hook: ConnectError")
    assert "after 4 attempt(s)" in rows[0]["last_error"]

    up = Receiver(port).start()
    try:
        second = send(db, config)
    finally:
        up.stop()
    assert (second.delivered, second.failed, second.pending) == (3, 0, 0)
    assert sorted(json.loads(r.body)["record_id"] for r in up.requests) == ["100", "101", "5"]
    assert [r["status"] for r in alert_rows(db)] == ["delivered"] * 3
    assert [ok for _, _, ok in deliveries(db)] == [False, True, True, True]


def test_client_errors_are_not_retried(db: Path, tmp_path: Path, receiver: Receiver) -> None:
    receiver.statuses = [413, 200]  # one alert refused: the others still go
    config = make_config(tmp_path, {"hook": webhook(receiver.url, sign=False)}, ["modified"])
    result = send(db, config)
    assert (result.delivered, result.failed, result.pending) == (1, 1, 1)
    assert [r.status for r in receiver.requests] == [413, 200]
    assert "x-banwatch-signature" not in receiver.requests[0].headers
    first = alert_rows(db)[0]
    assert (first["status"], first["last_error"]) == ("pending", "hook: HTTP 413 (not retried)")
    assert send(db, config).delivered == 1  # retried by the next send


def test_bad_url_keeps_alert_pending(db: Path, tmp_path: Path) -> None:
    config = make_config(tmp_path, {"hook": webhook("ftp://x/tok", sign=False)}, ["removed"])
    assert send(db, config).pending == 1
    assert alert_rows(db)[0]["last_error"] == "hook: invalid URL (not shown: it may hold a token)"


def test_missing_secret_keeps_alert_pending(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BANWATCH_WEBHOOK_SECRET", raising=False)
    config = make_config(tmp_path, {"hook": webhook(receiver.url)}, ["removed"])
    assert send(db, config).pending == 1
    assert receiver.requests == []
    assert "BANWATCH_WEBHOOK_SECRET" in alert_rows(db)[0]["last_error"]


def test_secret_from_airflow_connection(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BANWATCH_WEBHOOK_SECRET", raising=False)
    conn = {"conn_type": "http", "host": receiver.url, "password": SECRET}
    monkeypatch.setenv("AIRFLOW_CONN_BANWATCH_TEST_HOOK", json.dumps(conn))
    config = make_config(
        tmp_path, {"hook": {"type": "webhook", "conn_id": "banwatch_test_hook"}}, ["removed"]
    )
    assert send(db, config, secrets=Secrets(airflow=True)).delivered == 1
    [req] = receiver.requests
    assert req.headers["x-banwatch-signature"] == sign(req.body, SECRET)
    # a connection that does not exist falls back to the environment
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", "from-env")
    assert Secrets(airflow=True).connection("banwatch_no_such_conn") is None


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


def test_secrets_and_urls_are_not_logged(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", SECRET)
    slack_url = receiver.url.replace("hook?token=abc", "services/T0/xoxb-tok")
    monkeypatch.setenv("BANWATCH_SLACK_WEBHOOK_URL", slack_url)
    receiver.statuses = [500]
    config = make_config(
        tmp_path,
        {"hook": webhook(receiver.url), "slack": {"type": "slack", "backoff_seconds": 0}},
        ["removed"],
    )
    # Listen on the loggers directly (whatever logging set-up Airflow left behind).
    handler = _Records()
    loggers = [logging.getLogger(n) for n in ("httpx", "httpcore", "banwatch")]
    saved = [(lg.level, lg.disabled) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
        lg.disabled = False
    try:
        send(db, config)
    finally:
        for lg, (level, disabled) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)
            lg.disabled = disabled
    logged = "\n".join(handler.lines)
    assert "POST <alert webhook>" in logged  # httpx's request log, URL redacted
    assert "alert 1 on hook failed: HTTP 500" in logged
    logged += json.dumps(alert_rows(db), default=str)
    assert SECRET not in logged and "token=abc" not in logged and "xoxb-tok" not in logged


# --- Slack, e-mail, file ----------------------------------------------------------------


def test_slack_webhook(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANWATCH_SLACK_WEBHOOK_URL", receiver.url)
    config = make_config(tmp_path, {"slack": {"type": "slack"}}, ["modified"])
    assert send(db, config).delivered == 2
    texts = sorted(json.loads(r.body)["text"] for r in receiver.requests)
    assert [set(json.loads(r.body)) for r in receiver.requests] == [{"text"}] * 2
    assert texts[0] == ("[banwatch] us_ofac_sdn: modified 1 'PERSON 1' (fields: programs) [rule r]")
    assert "'PERSON 2 RENAMED' (fields: name)" in texts[1]


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = BytesParser(policy=policy.default).parsebytes(envelope.content)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[int, _Inbox]]:
    from aiosmtpd.controller import Controller

    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox
    finally:
        controller.stop()


def test_email(
    db: Path, tmp_path: Path, smtp: tuple[int, _Inbox], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, inbox = smtp
    monkeypatch.setenv("BANWATCH_SMTP_HOST", "127.0.0.1")  # host from the environment
    monkeypatch.setenv("BANWATCH_SMTP_TO", "a@example.org, b@example.org")
    mail = {"type": "email", "port": port, "from": "banwatch@example.org", "starttls": False}
    config = make_config(tmp_path, {"mail": mail}, ["removed"])
    assert send(db, config).delivered == 1
    [(sender, rcpts, msg)] = inbox.messages
    assert sender == "banwatch@example.org"
    assert rcpts == ["a@example.org", "b@example.org"]
    assert msg["Subject"] == "[banwatch] us_ofac_sdn: removed 5 'PERSON 5' [rule r]"
    assert msg["X-Banwatch-Alert-Id"] == str(alert_rows(db)[0]["alert_id"])
    body = msg.get_content()
    assert '"record_id": "5"' in body and '"snapshot_sha256": "sha-r2"' in body


def test_email_server_down_keeps_alert_pending(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mail = {
        "type": "email",
        "host": "127.0.0.1",
        "port": free_port(),
        "from": "x@example.org",
        "to": ["y@example.org"],
        "timeout_seconds": 5,
    }
    config = make_config(tmp_path, {"mail": mail}, ["removed"])
    assert send(db, config).pending == 1
    assert "ConnectionRefusedError" in alert_rows(db)[0]["last_error"]


def test_jsonl_file(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "deep" / "alerts.jsonl"
    config = make_config(tmp_path, {"log": {"type": "file", "path": str(out)}}, [])
    assert send(db, config).delivered == 5
    assert send(db, config).delivered == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [m["alert_id"] for m in lines] == [a["alert_id"] for a in alert_rows(db)]
    assert {m["change"] for m in lines} == {"added", "removed", "modified"}
    assert all(m["details"]["snapshot_sha256"] == "sha-r2" for m in lines)


def test_each_channel_is_delivered_once(
    db: Path, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two channels, one failing: the good one is not re-sent while the other retries."""
    monkeypatch.delenv("BANWATCH_WEBHOOK_SECRET", raising=False)
    out = tmp_path / "a.jsonl"
    config = make_config(
        tmp_path, {"log": {"type": "file", "path": str(out)}, "hook": webhook(receiver.url)},
        ["removed"],
    )  # fmt: skip
    assert (send(db, config).delivered, send(db, config).delivered) == (1, 0)
    assert len(out.read_text().splitlines()) == 1
    monkeypatch.setenv("BANWATCH_WEBHOOK_SECRET", SECRET)
    assert send(db, config).delivered == 1
    assert len(out.read_text().splitlines()) == 1 and len(receiver.requests) == 1
    assert alert_rows(db)[0]["status"] == "delivered"


def test_secret_urls_stay_out_of_logs_whatever_the_filter_order(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    import httpx

    from banwatch.alerting import channels
    from extractors import http as extractor_http

    secret = "https://hooks.slack.example/services/T000/B000/SECRETTOKEN"
    monkeypatch.setattr(channels, "_SECRET_URLS", {secret})
    log = logging.getLogger("httpx")
    saved = list(log.filters)
    try:
        for f in saved:
            log.removeFilter(f)
        log.addFilter(extractor_http._RedactURLs())  # the order the CLI imports them in
        log.addFilter(channels._RedactSecretURLs())
        monkeypatch.setattr(log, "propagate", True)
        with caplog.at_level(logging.INFO, "httpx"):
            log.info('HTTP Request: %s %s "%s"', "POST", httpx.URL(secret), "HTTP/1.1 200 OK")
    finally:
        for f in list(log.filters):
            log.removeFilter(f)
        for f in saved:
            log.addFilter(f)
    assert "SECRETTOKEN" not in caplog.text
    assert "<alert webhook>" in caplog.text
