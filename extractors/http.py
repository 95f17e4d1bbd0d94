"""Download one published file over HTTP into the content-addressed raw archive.

Network I/O only: no database, no parsing. `fetch_file` follows redirects (OFAC's
export URLs 302 to short-lived signed links), makes conditional requests when we
still hold last time's bytes, retries transient failures with exponential backoff
(honouring `Retry-After`), enforces a size cap while streaming, and stores the body
as `<archive_dir>/<sha256><ext>` via an atomic rename.

Query strings are never logged or put in error messages: signed redirect targets
(and some publishers' canonical URLs) carry tokens there.
"""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import logging
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit, urlunsplit

import httpx

log = logging.getLogger("banwatch.extractors")

DEFAULT_USER_AGENT = "banwatch/0.1 (+https://github.com/banwatch)"
_CHUNK_SIZE = 64 * 1024
_OK_STATUSES = frozenset({200, 203})


@dataclass(frozen=True)
class PreviousFetch:
    """What we knew about this URL last time (for a conditional GET)."""

    etag: str | None
    last_modified: str | None
    sha256: str | None
    path: Path | None  # archived bytes from last time (reused on 304)


@dataclass(frozen=True)
class FetchedFile:
    name: str  # logical file name from the source YAML, e.g. "SDN.CSV"
    url: str  # the canonical URL we asked for (not the signed redirect target)
    final_url: str  # where redirects ended, query string stripped (for logs only)
    status: int  # HTTP status of the final response (200, or 304)
    not_modified: bool  # True on 304 (bytes reused from PreviousFetch.path)
    etag: str | None
    last_modified: str | None
    sha256: str
    size: int
    path: Path  # content-addressed archive path
    fetched_at: datetime  # UTC, tz-aware
    content_type: str | None


class FetchError(Exception):
    """A file could not be fetched. The message names the source, the URL and the problem.

    The URL in the message has its query string and credentials removed; the full
    URL is kept on `.url`.
    """

    def __init__(self, source: str, url: str, problem: str):
        super().__init__(source, url, problem)  # keeps the exception picklable
        self.source = source
        self.url = url
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.source}: fetching {safe_url(self.url)} failed: {self.problem}"


class _Retryable(Exception):
    """Internal: a transient failure; `problem` goes into the final FetchError."""

    def __init__(self, problem: str, retry_after: float | None = None):
        super().__init__(problem)
        self.problem = problem
        self.retry_after = retry_after


class _RedactURLs(logging.Filter):
    """Strips query strings from URLs in httpx's own "HTTP Request: GET <url>" INFO lines,
    which would otherwise log the full signed redirect target."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                safe_url(str(a)) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


def _install_httpx_redaction() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _RedactURLs) for f in httpx_logger.filters):
        httpx_logger.addFilter(_RedactURLs())


_install_httpx_redaction()


def make_client(timeout: float, user_agent: str = DEFAULT_USER_AGENT) -> httpx.Client:
    """An httpx client for fetch_file: follows redirects; `timeout` applies per operation
    (connect, each read, write, pool), not to the whole download."""
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        headers={"User-Agent": user_agent},
    )


def safe_url(url: str) -> str:
    """`url` without query string, fragment or user:password, safe to log."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def fetch_file(
    client: httpx.Client,
    *,
    source: str,
    name: str,
    url: str,
    archive_dir: Path,
    previous: PreviousFetch | None = None,
    max_bytes: int,
    retries: int = 4,
    backoff: float = 0.5,
    max_retry_after: float = 60.0,
    sleep: Callable[[float], object] = time.sleep,
) -> FetchedFile:
    """Fetch `url` into `archive_dir` (created if missing) and describe the result.

    `retries` is the number of extra attempts after the first, for connection
    errors, timeouts, 5xx and 429. Raises FetchError on any failure; no temporary
    file is left behind.
    """
    if retries < 0:
        raise ValueError(f"retries must be >= 0, got {retries}")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be >= 0, got {max_bytes}")
    archive_dir.mkdir(parents=True, exist_ok=True)

    usable = previous if _previous_usable(previous) else None
    if previous is not None and usable is None:
        log.info(
            "%s %s: previous fetch has no validators or its archive file is missing;"
            " fetching unconditionally",
            source,
            name,
        )
    job = _Job(
        client=client,
        source=source,
        name=name,
        url=url,
        archive_dir=archive_dir,
        max_bytes=max_bytes,
        retries=retries,
        backoff=backoff,
        max_retry_after=max_retry_after,
        sleep=sleep,
    )
    result = job.run(usable)
    if result is None:
        # 304, but the previous archive file vanished in the meantime: ask again
        # without validators so we get the bytes.
        log.warning(
            "%s %s: got 304 but previous archive file is gone; refetching unconditionally",
            source,
            name,
        )
        result = job.run(None)
        if result is None:  # pragma: no cover - run(None) turns a 304 into FetchError
            raise FetchError(source, url, "unexpected HTTP 304")
    return result


def _previous_usable(previous: PreviousFetch | None) -> bool:
    return (
        previous is not None
        and previous.path is not None
        and (previous.etag is not None or previous.last_modified is not None)
        and previous.path.is_file()
    )


@dataclass
class _Job:
    client: httpx.Client
    source: str
    name: str
    url: str
    archive_dir: Path
    max_bytes: int
    retries: int
    backoff: float
    max_retry_after: float
    sleep: Callable[[float], object]

    def run(self, previous: PreviousFetch | None) -> FetchedFile | None:
        """Attempt with retries. None means a 304 whose previous file has disappeared."""
        attempts = self.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                return self._attempt(previous)
            except _Retryable as exc:
                if attempt >= attempts:
                    noun = "attempt" if attempts == 1 else "attempts"
                    raise FetchError(
                        self.source, self.url, f"{exc.problem} after {attempts} {noun}"
                    ) from exc
                delay = self._delay(attempt, exc.retry_after)
                log.warning(
                    "%s %s: %s from %s (attempt %d of %d); retrying in %.2fs",
                    self.source,
                    self.name,
                    exc.problem,
                    safe_url(self.url),
                    attempt,
                    attempts,
                    delay,
                )
                self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        base = self.backoff * (2 ** (attempt - 1))
        return min(base + random.uniform(0.0, base / 4), self.max_retry_after)

    def _attempt(self, previous: PreviousFetch | None) -> FetchedFile | None:
        headers: dict[str, str] = {}
        if previous is not None:
            if previous.etag:
                headers["If-None-Match"] = previous.etag
            if previous.last_modified:
                headers["If-Modified-Since"] = previous.last_modified
        try:
            with self.client.stream(
                "GET", self.url, headers=headers, follow_redirects=True
            ) as response:
                return self._handle(response, previous)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({_timeout_kind(exc)})") from exc
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(f"{type(exc).__name__}: {_describe(exc)}") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(self.source, self.url, "too many redirects") from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(
                self.source, self.url, f"{type(exc).__name__}: {_describe(exc)}"
            ) from exc

    def _handle(
        self, response: httpx.Response, previous: PreviousFetch | None
    ) -> FetchedFile | None:
        fetched_at = datetime.now(UTC)
        status = response.status_code
        final_url = safe_url(str(response.url))
        if response.history:
            log.debug("%s %s: redirected to %s", self.source, self.name, final_url)

        if status == 304:
            if previous is None or previous.path is None:
                raise FetchError(self.source, self.url, "unexpected HTTP 304 (no validators sent)")
            return self._not_modified(response, previous, previous.path, final_url, fetched_at)
        if status == 429 or 500 <= status <= 599:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise _Retryable(f"HTTP {status}", retry_after)
        if status not in _OK_STATUSES:
            raise FetchError(self.source, self.url, f"HTTP {status}")

        declared = response.headers.get("Content-Length")
        if declared is not None and declared.strip().isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                self.source,
                self.url,
                f"Content-Length {int(declared)} exceeds size cap of {self.max_bytes} bytes",
            )

        sha256, size, path = self._download(response)
        if size == 0:
            log.warning("%s %s: server returned an empty body", self.source, self.name)
        log.info(
            "%s %s: fetched %d bytes from %s (HTTP %d, sha256 %s…) -> %s",
            self.source,
            self.name,
            size,
            final_url,
            status,
            sha256[:12],
            path.name,
        )
        return FetchedFile(
            name=self.name,
            url=self.url,
            final_url=final_url,
            status=status,
            not_modified=False,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            sha256=sha256,
            size=size,
            path=path,
            fetched_at=fetched_at,
            content_type=response.headers.get("Content-Type"),
        )

    def _not_modified(
        self,
        response: httpx.Response,
        previous: PreviousFetch,
        path: Path,
        final_url: str,
        fetched_at: datetime,
    ) -> FetchedFile | None:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return None
        sha256 = previous.sha256 or _hash_file(path)
        log.info(
            "%s %s: not modified since last fetch (HTTP 304 from %s); reusing %s",
            self.source,
            self.name,
            final_url,
            path.name,
        )
        return FetchedFile(
            name=self.name,
            url=self.url,
            final_url=final_url,
            status=304,
            not_modified=True,
            etag=response.headers.get("ETag") or previous.etag,
            last_modified=response.headers.get("Last-Modified") or previous.last_modified,
            sha256=sha256,
            size=size,
            path=path,
            fetched_at=fetched_at,
            content_type=response.headers.get("Content-Type"),
        )

    def _download(self, response: httpx.Response) -> tuple[str, int, Path]:
        """Stream the body to a temp file in archive_dir, then rename it into place."""
        fd, tmp_name = tempfile.mkstemp(dir=self.archive_dir, prefix=".partial-", suffix=".tmp")
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            size = 0
            with os.fdopen(fd, "wb") as out:
                for chunk in response.iter_bytes(_CHUNK_SIZE):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(
                            self.source,
                            self.url,
                            f"body exceeds size cap of {self.max_bytes} bytes",
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            final = self.archive_dir / f"{sha256}{PurePosixPath(self.name).suffix.lower()}"
            if final.is_file() and final.stat().st_size == size:
                tmp.unlink()
            else:
                os.chmod(tmp, 0o644)
                os.replace(tmp, final)
            return sha256, size, final
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _timeout_kind(exc: httpx.TimeoutException) -> str:
    return {
        httpx.ConnectTimeout: "connect",
        httpx.ReadTimeout: "read",
        httpx.WriteTimeout: "write",
        httpx.PoolTimeout: "pool",
    }.get(type(exc), type(exc).__name__)


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()
