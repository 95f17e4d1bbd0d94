"""extractors.http.fetch_file against a real local HTTP server (no sleeping: sleep is injected)."""

from __future__ import annotations

import email.utils
import hashlib
import logging
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from extractors import FetchedFile, FetchError, PreviousFetch, fetch_file, make_client
from tests.support.httpserver import (
    RecordedRequest,
    Reply,
    ScriptedServer,
    etag_responder,
    http_server_fixture,  # noqa: F401 - registers the `http_server` fixture
    redirect,
)

SOURCE = "us_ofac_sdn"
BODY = b'ent_num,SDN_Name,SDN_Type\n36,"AEROCARIBBEAN AIRLINES",-0-\n'
SHA = hashlib.sha256(BODY).hexdigest()


class SleepRecorder:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(timeout=5.0) as c:
        yield c


@pytest.fixture
def sleep() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return tmp_path / "raw" / SOURCE  # deliberately not created: fetch_file must create it


def fetch(
    client: httpx.Client,
    url: str,
    archive: Path,
    sleep: SleepRecorder,
    *,
    name: str = "SDN.CSV",
    max_bytes: int = 1_000_000,
    previous: PreviousFetch | None = None,
    retries: int = 4,
    max_retry_after: float = 60.0,
) -> FetchedFile:
    return fetch_file(
        client,
        source=SOURCE,
        name=name,
        url=url,
        archive_dir=archive,
        previous=previous,
        max_bytes=max_bytes,
        retries=retries,
        backoff=0.01,
        max_retry_after=max_retry_after,
        sleep=sleep,
    )


def files_in(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_fetch_archives_body_under_its_sha256(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script(
        "/SDN.CSV",
        Reply(
            200,
            {
                "Content-Type": "text/csv",
                "ETag": '"v1"',
                "Last-Modified": "Tue, 01 Jul 2025 06:00:00 GMT",
            },
            BODY,
        ),
    )
    url = http_server.url("/SDN.CSV")
    before = time.time()

    got = fetch(client, url, archive, sleep)

    assert got.path == archive / f"{SHA}.csv"
    assert got.path.read_bytes() == BODY
    assert (got.sha256, got.size) == (SHA, len(BODY))
    assert (got.name, got.url, got.final_url) == ("SDN.CSV", url, url)
    assert (got.status, got.not_modified) == (200, False)
    assert got.etag == '"v1"'
    assert got.last_modified == "Tue, 01 Jul 2025 06:00:00 GMT"
    assert got.content_type == "text/csv"
    offset = got.fetched_at.utcoffset()
    assert offset is not None and offset.total_seconds() == 0
    assert before - 1 <= got.fetched_at.timestamp() <= time.time() + 1
    assert files_in(archive) == [f"{SHA}.csv"]
    user_agent = http_server.requests[0].header("User-Agent")
    assert user_agent is not None and user_agent.startswith("banwatch/")
    assert http_server.requests[0].header("If-None-Match") is None
    assert sleep.calls == []


def test_conditional_get_304_reuses_previous_bytes(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", etag_responder(BODY, '"v1"'))
    url = http_server.url("/SDN.CSV")
    first = fetch(client, url, archive, sleep)
    previous = PreviousFetch(first.etag, first.last_modified, first.sha256, first.path)

    second = fetch(client, url, archive, sleep, previous=previous)

    seen = http_server.requests
    assert len(seen) == 2
    assert seen[0].header("If-None-Match") is None
    assert seen[1].header("If-None-Match") == '"v1"'
    assert (second.status, second.not_modified) == (304, True)
    assert (second.path, second.sha256, second.size) == (first.path, SHA, len(BODY))
    assert second.etag == '"v1"'
    assert files_in(archive) == [f"{SHA}.csv"]


def test_if_modified_since_is_sent_from_previous(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(304))
    kept = archive / f"{SHA}.csv"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(BODY)
    lm = "Tue, 01 Jul 2025 06:00:00 GMT"

    got = fetch(
        client,
        http_server.url("/SDN.CSV"),
        archive,
        sleep,
        previous=PreviousFetch(None, lm, None, kept),
    )

    assert http_server.requests[0].header("If-Modified-Since") == lm
    assert http_server.requests[0].header("If-None-Match") is None
    assert got.not_modified and got.path == kept
    assert got.sha256 == SHA  # hashed from the file when previous.sha256 is unknown
    assert got.last_modified == lm


def test_previous_file_missing_fetches_unconditionally(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", etag_responder(BODY, '"v1"'))
    gone = archive / "0000.csv"

    got = fetch(
        client,
        http_server.url("/SDN.CSV"),
        archive,
        sleep,
        previous=PreviousFetch('"v1"', None, "0000", gone),
    )

    assert http_server.requests[0].header("If-None-Match") is None
    assert (got.status, got.not_modified, got.sha256) == (200, False, SHA)
    assert got.path.read_bytes() == BODY


def test_retries_503_then_succeeds(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(503), Reply(503), Reply(200, body=BODY))

    got = fetch(client, http_server.url("/SDN.CSV"), archive, sleep)

    assert len(http_server.requests) == 3
    assert got.sha256 == SHA
    # exponential backoff with a little jitter: ~0.01 then ~0.02
    assert len(sleep.calls) == 2
    assert 0.01 <= sleep.calls[0] <= 0.0125
    assert 0.02 <= sleep.calls[1] <= 0.025


def test_5xx_exhausts_retries(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(503))

    with pytest.raises(FetchError) as err:
        fetch(client, http_server.url("/SDN.CSV"), archive, sleep, retries=2)

    assert "HTTP 503 after 3 attempts" in str(err.value)
    assert SOURCE in str(err.value)
    assert len(http_server.requests) == 3
    assert len(sleep.calls) == 2
    assert files_in(archive) == []


def test_429_retry_after_seconds_is_honoured(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(429, {"Retry-After": "1"}), Reply(200, body=BODY))

    got = fetch(client, http_server.url("/SDN.CSV"), archive, sleep)

    assert got.sha256 == SHA
    assert len(http_server.requests) == 2
    assert sleep.calls == [pytest.approx(1.0)]


def test_retry_after_http_date_and_cap(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    http_server.script(
        "/SDN.CSV",
        Reply(503, {"Retry-After": soon}),
        Reply(429, {"Retry-After": "3600"}),
        Reply(200, body=BODY),
    )

    fetch(client, http_server.url("/SDN.CSV"), archive, sleep, max_retry_after=60.0)
    assert 27.0 <= sleep.calls[0] <= 30.0  # HTTP-date, second resolution
    assert sleep.calls[1] == 60.0  # capped at max_retry_after


def test_redirect_to_signed_url_records_canonical_url(
    http_server: ScriptedServer,
    client: httpx.Client,
    archive: Path,
    sleep: SleepRecorder,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    http_server.script("/exports/SDN.CSV", redirect("/signed/SDN.CSV?token=s3cr3t&exp=99"))
    http_server.script("/signed/SDN.CSV", Reply(200, {"Content-Type": "text/csv"}, BODY))
    canonical = http_server.url("/exports/SDN.CSV")

    # INFO on every logger, so httpx's own "HTTP Request: GET <url>" lines are included.
    # (httpcore's opt-in DEBUG tracing dumps raw headers, Location included; not covered.)
    # Airflow (imported by other tests) reconfigures logging: restore what this needs.
    monkeypatch.setattr(logging.getLogger("httpx"), "propagate", True)
    monkeypatch.setattr(logging.getLogger("banwatch.extractors"), "propagate", True)
    with (
        caplog.at_level(logging.INFO),
        caplog.at_level(logging.INFO, "httpx"),
        caplog.at_level(logging.DEBUG, "banwatch.extractors"),
    ):
        got = fetch(client, canonical, archive, sleep)

    assert got.url == canonical
    assert got.final_url == http_server.url("/signed/SDN.CSV")
    assert got.status == 200
    assert got.path.read_bytes() == BODY
    assert [r.path for r in http_server.requests] == [
        "/exports/SDN.CSV",
        "/signed/SDN.CSV?token=s3cr3t&exp=99",
    ]
    assert any(r.name == "banwatch.extractors" for r in caplog.records)
    assert any(r.name == "httpx" and "/signed/SDN.CSV" in r.getMessage() for r in caplog.records)
    assert "s3cr3t" not in caplog.text


def test_conditional_headers_survive_redirect(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/exports/SDN.CSV", redirect("/signed?token=abc"))
    http_server.script("/signed", etag_responder(BODY, '"v2"'))
    canonical = http_server.url("/exports/SDN.CSV")
    first = fetch(client, canonical, archive, sleep)

    second = fetch(
        client,
        canonical,
        archive,
        sleep,
        previous=PreviousFetch(first.etag, None, first.sha256, first.path),
    )

    assert second.not_modified and second.url == canonical and second.path == first.path


def test_304_but_previous_file_vanished_refetches(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    kept = archive / f"{SHA}.csv"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(BODY)

    def delete_then_304(request: RecordedRequest) -> Reply:
        kept.unlink()  # e.g. an archive cleanup racing with the fetch
        return Reply(304, {"ETag": '"v1"'})

    http_server.script("/SDN.CSV", delete_then_304, etag_responder(BODY, '"v1"'))

    got = fetch(
        client,
        http_server.url("/SDN.CSV"),
        archive,
        sleep,
        previous=PreviousFetch('"v1"', None, SHA, kept),
    )

    seen = http_server.requests
    assert [r.header("If-None-Match") for r in seen] == ['"v1"', None]
    assert (got.status, got.not_modified, got.path) == (200, False, kept)
    assert kept.read_bytes() == BODY


def test_redirect_loop_fails_without_retrying(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/loop", redirect("/loop"))

    with pytest.raises(FetchError, match="too many redirects"):
        fetch(client, http_server.url("/loop"), archive, sleep)
    assert sleep.calls == []


def test_timeout_raises_fetch_error(
    http_server: ScriptedServer, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(200, body=BODY, delay=5.0))
    started = time.monotonic()

    with make_client(timeout=0.2) as short, pytest.raises(FetchError) as err:
        fetch(short, http_server.url("/SDN.CSV"), archive, sleep, retries=2)

    assert time.monotonic() - started < 3.0
    message = str(err.value)
    assert SOURCE in message
    assert "timed out" in message
    assert "after 3 attempts" in message
    assert http_server.url("/SDN.CSV") in message
    assert len(http_server.requests) == 3
    assert files_in(archive) == []


def test_connection_refused_is_retried(archive: Path, sleep: SleepRecorder) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/SDN.CSV"

    with make_client(timeout=1.0) as c, pytest.raises(FetchError) as err:
        fetch(c, url, archive, sleep, retries=1)

    assert "ConnectError" in str(err.value) and "after 2 attempts" in str(err.value)
    assert len(sleep.calls) == 1


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_oversize_body_is_rejected_and_nothing_is_left(
    http_server: ScriptedServer,
    client: httpx.Client,
    archive: Path,
    sleep: SleepRecorder,
    chunked: bool,
) -> None:
    http_server.script("/SDN.CSV", Reply(200, body=b"x" * 50_000, chunked=chunked))

    with pytest.raises(FetchError) as err:
        fetch(client, http_server.url("/SDN.CSV"), archive, sleep, max_bytes=10_000)

    assert "exceeds size cap of 10000 bytes" in str(err.value)
    assert SOURCE in str(err.value)
    assert len(http_server.requests) == 1  # not retried
    assert files_in(archive) == []


def test_body_exactly_at_cap_is_accepted(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(200, body=BODY, chunked=True, chunk_size=7))

    got = fetch(client, http_server.url("/SDN.CSV"), archive, sleep, max_bytes=len(BODY))

    assert (got.size, got.sha256) == (len(BODY), SHA)


def test_404_fails_immediately(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/SDN.CSV", Reply(404, body=b"gone"))

    with pytest.raises(FetchError) as err:
        fetch(client, http_server.url("/SDN.CSV"), archive, sleep)

    assert "HTTP 404" in str(err.value) and SOURCE in str(err.value)
    assert err.value.source == SOURCE
    assert len(http_server.requests) == 1
    assert sleep.calls == []
    assert files_in(archive) == []


def test_identical_content_is_stored_once(
    http_server: ScriptedServer, client: httpx.Client, archive: Path, sleep: SleepRecorder
) -> None:
    http_server.script("/a/SDN.CSV", Reply(200, body=BODY))
    http_server.script("/b/sdn.csv", Reply(200, body=BODY))

    first = fetch(client, http_server.url("/a/SDN.CSV"), archive, sleep)
    second = fetch(client, http_server.url("/b/sdn.csv"), archive, sleep, name="sdn.csv")

    assert first.path == second.path == archive / f"{SHA}.csv"
    assert files_in(archive) == [f"{SHA}.csv"]


def test_fetch_error_message_hides_query_string() -> None:
    err = FetchError(SOURCE, "https://example.org/f.csv?token=s3cr3t", "HTTP 500")
    assert str(err) == f"{SOURCE}: fetching https://example.org/f.csv failed: HTTP 500"
    assert err.url.endswith("token=s3cr3t")
