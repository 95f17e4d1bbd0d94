"""The ingestion steps, shared by the Airflow tasks and the CLI.

Each step takes a source id and a run id and exchanges only file paths and small
dicts: fetch writes raw files to the archive and a run manifest; parse reads the
manifest and writes staged Parquet; load applies it to DuckDB; report makes sure
every fetch is recorded in `snapshots` and fails loudly when a step failed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from banwatch.settings import Settings
from extractors import FetchedFile, FetchError, PreviousFetch, fetch_file, make_client
from transforms.base import ParseContext, ParseError
from transforms.registry import SourceConfig, get_source
from warehouse.db import connect
from warehouse.load import (
    LoadResult,
    SnapshotFileInfo,
    SnapshotInfo,
    last_applied_sha,
    load_snapshot,
    record_snapshot,
)
from warehouse.staging import announcements_path, write_staged

log = logging.getLogger("banwatch.pipeline")


class PipelineError(Exception):
    """A step failed; the message names the source and the problem."""


class CountAssertionError(ParseError):
    """The snapshot parsed, but its record count is outside the YAML's assertions:
    it is quarantined (archived and recorded, not applied)."""


# --- run manifests and fetch state -------------------------------------------


def run_dir(settings: Settings, source_id: str, run_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_.+" else "_" for c in run_id)
    return settings.runs_dir / source_id / safe


def _manifest_path(settings: Settings, source_id: str, run_id: str) -> Path:
    return run_dir(settings, source_id, run_id) / "manifest.json"


def read_manifest(settings: Settings, source_id: str, run_id: str) -> dict[str, Any]:
    path = _manifest_path(settings, source_id, run_id)
    if not path.exists():
        return {"source": source_id, "run_id": run_id}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _write_atomic(path: Path, data: bytes) -> None:
    """Write then rename: an interrupted write never passes for the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".partial")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    _write_atomic(path, json.dumps(data, indent=2, default=str).encode("utf-8"))


def _update_manifest(settings: Settings, source_id: str, run_id: str, **fields: Any) -> None:
    manifest = read_manifest(settings, source_id, run_id)
    manifest.update(fields)
    _write_json(_manifest_path(settings, source_id, run_id), manifest)


def _state_path(settings: Settings, source_id: str) -> Path:
    return settings.raw_dir / source_id / "state.json"


def _read_state(settings: Settings, source_id: str) -> dict[str, Any]:
    path = _state_path(settings, source_id)
    data: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
    data.setdefault("files", {})
    data.setdefault("applied", {})
    return data


def _snapshot_sha(files: list[SnapshotFileInfo]) -> str:
    """A single file's sha256, or the sha256 of the manifest of a file set."""
    if len(files) == 1 and files[0].sha256:
        return files[0].sha256
    lines = "".join(f"{f.name}\t{f.sha256}\n" for f in sorted(files, key=lambda f: f.name))
    return hashlib.sha256(lines.encode()).hexdigest()


def _snapshot_info(manifest: dict[str, Any]) -> SnapshotInfo:
    files = [SnapshotFileInfo(**f) for f in manifest.get("files", [])]
    return SnapshotInfo(
        source=manifest["source"],
        run_id=manifest.get("fetch_id") or manifest["run_id"],
        url=manifest.get("url") or (files[0].url if files else "unknown"),
        fetched_at=datetime.fromisoformat(manifest.get("fetched_at") or _now().isoformat()),
        http_status=manifest.get("http_status"),
        etag=files[0].etag if len(files) == 1 else None,
        last_modified=files[0].last_modified if len(files) == 1 else None,
        sha256=manifest.get("sha256"),
        bytes=manifest.get("bytes"),
        files=files,
    )


def _now() -> datetime:
    return datetime.now(UTC)


def new_run_id(prefix: str = "cli") -> str:
    return f"{prefix}__{_now().strftime('%Y%m%dT%H%M%S.%fZ')}"


# --- steps ---------------------------------------------------------------------


def _url(config: SourceConfig, settings: Settings, name: str, url: str) -> str:
    """The URL to fetch: a mirror (demo, tests) replaces the publisher's host."""
    if settings.mirror:
        return f"{settings.mirror.rstrip('/')}/{config.id}/{name}"
    return url


def _fetch_id(run_id: str) -> str:
    """Each fetch gets its own id: a cleared Airflow run re-fetches under the same
    run id, and that new fetch must become a new snapshot, not reuse the old one."""
    return f"{run_id}~{uuid.uuid4().hex[:8]}"


def fetch(source_id: str, run_id: str, settings: Settings) -> dict[str, Any]:
    """Download every file of the source into the raw archive; write the run manifest.

    Feeds may follow further files (next pages, linked articles) found in what they
    fetched, up to `max_follow` per run. Conditional-GET state is kept per file under
    the publisher's URL, so a mirror on another port still gets 304s.
    """
    config = get_source(source_id)
    state = _read_state(settings, source_id)
    archive = settings.raw_dir / source_id
    follow = config.follower() if config.max_follow else None
    queue = [(f.name, f.url) for f in config.files]  # canonical URLs
    declared = {name for name, _ in queue}
    seen = set(declared)
    followed = 0
    fetched: list[tuple[FetchedFile, str]] = []
    follow_errors: list[dict[str, str]] = []
    started = _now()
    try:
        with make_client(config.timeout_seconds) as client:
            while queue:
                name, canonical = queue.pop(0)
                url = _url(config, settings, name, canonical)
                prev = state["files"].get(name)
                previous = None
                if prev and prev.get("canonical") == canonical:
                    previous = PreviousFetch(
                        etag=prev.get("etag"),
                        last_modified=prev.get("last_modified"),
                        sha256=prev.get("sha256"),
                        path=Path(prev["path"]) if prev.get("path") else None,
                    )
                try:
                    got = fetch_file(
                        client,
                        source=source_id,
                        name=name,
                        url=url,
                        archive_dir=archive,
                        previous=previous,
                        max_bytes=config.max_bytes,
                    )
                except FetchError as exc:
                    if name in declared:
                        raise
                    # A followed file (an article, a document body) is best effort: the
                    # parser stores its item without it and warns; the run goes on.
                    log.warning("%s", exc)
                    follow_errors.append({"name": name, "url": canonical, "error": str(exc)})
                    continue
                fetched.append((got, canonical))
                if follow is None:
                    continue
                ctx = ParseContext(source=source_id, source_url=canonical)
                for more, more_url in follow(name, got.path, ctx):
                    if more not in seen and followed < config.max_follow:
                        seen.add(more)
                        followed += 1
                        queue.append((more, more_url))
    except Exception as exc:
        _write_json(
            _manifest_path(settings, source_id, run_id),
            {
                "source": source_id,
                "run_id": run_id,
                "fetch_id": _fetch_id(run_id),
                "url": config.files[0].url,
                "fetched_at": started.isoformat(),
                "fetch_error": str(exc),
                "files": [],
            },
        )
        raise PipelineError(
            str(exc) if isinstance(exc, FetchError) else f"{source_id}: {exc!r}"
        ) from exc
    files = [
        SnapshotFileInfo(
            name=f.name,
            url=f.url,
            http_status=f.status,
            not_modified=f.not_modified,
            etag=f.etag,
            last_modified=f.last_modified,
            sha256=f.sha256,
            bytes=f.size,
            archive_path=str(f.path),
        )
        for f, _ in fetched
    ]
    for f, canonical in fetched:
        state["files"][f.name] = {
            "canonical": canonical,
            "url": f.url,
            "etag": f.etag,
            "last_modified": f.last_modified,
            "sha256": f.sha256,
            "path": str(f.path),
        }
    _write_json(_state_path(settings, source_id), state)
    return _write_fetch_manifest(settings, source_id, run_id, files, started, state, follow_errors)


def _write_fetch_manifest(
    settings: Settings,
    source_id: str,
    run_id: str,
    files: list[SnapshotFileInfo],
    fetched_at: datetime,
    state: dict[str, Any],
    follow_errors: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """A fresh manifest for a new fetch (never merged with a previous attempt's)."""
    sha = _snapshot_sha(files)
    unchanged = state["applied"].get(str(settings.db)) == sha
    all_304 = bool(files) and all(f.not_modified for f in files)
    manifest = {
        "source": source_id,
        "run_id": run_id,
        "fetch_id": _fetch_id(run_id),
        "url": files[0].url,
        "fetched_at": fetched_at.isoformat(),
        "http_status": 304 if all_304 else (None if files[0].http_status is None else 200),
        "sha256": sha,
        "bytes": sum(f.bytes or 0 for f in files),
        "files": [asdict(f) for f in files],
        "follow_errors": follow_errors or [],
        "unchanged": unchanged,
    }
    _write_json(_manifest_path(settings, source_id, run_id), manifest)
    return {"source": source_id, "run_id": run_id, "sha256": sha, "unchanged": unchanged}


def stage_local(source_id: str, path: Path, run_id: str, settings: Settings) -> dict[str, Any]:
    """Take a local file (or every file of a folder) as the source's snapshot.

    The bytes are archived like fetched ones, so a replay is as traceable as a fetch.
    """
    get_source(source_id)
    if not path.exists():
        raise PipelineError(f"{source_id}: no such file or folder: {path}")
    paths = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    if not paths:
        raise PipelineError(f"{source_id}: folder {path} holds no files")
    archive = settings.raw_dir / source_id
    archive.mkdir(parents=True, exist_ok=True)
    files = []
    for p in paths:
        data = p.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        target = archive / f"{sha}{p.suffix.lower()}"
        if not target.exists() or target.stat().st_size != len(data):
            _write_atomic(target, data)
        files.append(
            SnapshotFileInfo(
                name=p.name,
                url=p.absolute().as_uri(),
                sha256=sha,
                bytes=len(data),
                archive_path=str(target),
            )
        )
    state = _read_state(settings, source_id)
    return _write_fetch_manifest(settings, source_id, run_id, files, _now(), state)


def parse(
    source_id: str,
    run_id: str,
    settings: Settings,
    *,
    reparse: bool = False,
    force: bool = False,
) -> dict[str, Any]:
    """Parse the run's raw files into staged Parquet and check the count assertions.

    `reparse` parses content the warehouse already holds; `force` also accepts a count
    outside the assertions (an operator's decision after review).
    """
    config = get_source(source_id)
    manifest = read_manifest(settings, source_id, run_id)
    if "files" not in manifest or manifest.get("fetch_error"):
        raise PipelineError(f"{source_id}: run {run_id} has no fetched files to parse")
    if manifest.get("unchanged") and not (reparse or force):
        _update_manifest(settings, source_id, run_id, parse={"status": "skipped"})
        return {"source": source_id, "staged": None, "count": None, "skipped": True}
    files = {f["name"]: Path(f["archive_path"]) for f in manifest["files"]}
    # Records cite the publisher's canonical URL, never a mirror's or a local path, so
    # the same content parses to the same records wherever it was fetched from.
    ctx = ParseContext(source=source_id, source_url=config.files[0].url)
    staged = run_dir(settings, source_id, run_id) / "records.parquet"
    try:
        result = write_staged(config.parser()(files, ctx), staged)
        count = result.records
        if result.duplicates:
            dups = ", ".join(sorted(set(result.duplicates))[:10])
            raise ParseError(source_id, f"duplicate record or item ids: {dups}")
        low, high = config.counts.min, config.counts.max
        if not force and (count < low or (high is not None and count > high)):
            raise CountAssertionError(
                source_id,
                f"{count} records is outside the expected range"
                f" {low}..{'∞' if high is None else high} (count assertion in source.yml);"
                " quarantined, nothing loaded",
            )
    except Exception as exc:
        staged.unlink(missing_ok=True)
        announcements_path(staged).unlink(missing_ok=True)
        problem = str(exc) if isinstance(exc, ParseError) else f"{source_id}: {exc!r}"
        _update_manifest(
            settings,
            source_id,
            run_id,
            parse={
                "status": "quarantined" if isinstance(exc, CountAssertionError) else "failed",
                "error": problem,
                "warnings": ctx.warnings[:50],
                "warning_count": len(ctx.warnings),
            },
        )
        raise PipelineError(f"parse failed: {problem}") from exc
    _update_manifest(
        settings,
        source_id,
        run_id,
        parse={
            "status": "ok",
            "count": count,
            "staged": str(staged),
            "warnings": ctx.warnings[:50],
            "warning_count": len(ctx.warnings),
        },
    )
    return {
        "source": source_id,
        "staged": str(staged),
        "count": count,
        "warnings": len(ctx.warnings),
    }


def load(source_id: str, run_id: str, settings: Settings, *, force: bool = False) -> dict[str, Any]:
    """Apply the staged snapshot to the warehouse (one transaction).

    `force` (an operator's decision after review) applies what the guards would
    quarantine, and re-applies content the warehouse already holds (after a parser fix).
    """
    config = get_source(source_id)
    manifest = read_manifest(settings, source_id, run_id)
    info = _snapshot_info(manifest)
    try:
        with connect(settings.db) as con:
            parsed = manifest.get("parse", {})
            if (
                parsed.get("status") == "skipped"
                and last_applied_sha(con, source_id) != info.sha256
            ):
                # The archive state says "already loaded" but this warehouse disagrees
                # (e.g. a fresh database): parse after all.
                parse(source_id, run_id, settings, reparse=True)
                parsed = read_manifest(settings, source_id, run_id)["parse"]
            if parsed.get("status") not in ("ok", "skipped"):
                raise PipelineError(f"{source_id}: run {run_id} has no parsed records to load")
            # A skipped parse means the content is what the warehouse already holds:
            # load_snapshot records it as unchanged without reading any staged file.
            staged = Path(parsed.get("staged") or run_dir(settings, source_id, run_id))
            result = load_snapshot(
                con,
                info,
                staged,
                warnings=parsed.get("warning_count", 0) + len(manifest.get("follow_errors", [])),
                max_removal_share=1.0 if force else config.max_removal_share,
                max_modified_share=1.0 if force else config.max_modified_share,
                track_removals=config.kind == "list",
                reapply=force,
            )
    except Exception as exc:
        _update_manifest(settings, source_id, run_id, load_error=f"{source_id}: {exc}")
        raise PipelineError(f"{source_id}: load failed: {exc}") from exc
    if result.status in ("loaded", "unchanged"):
        state = _read_state(settings, source_id)
        state["applied"][str(settings.db)] = info.sha256
        _write_json(_state_path(settings, source_id), state)
        if parsed.get("staged"):  # the warehouse holds the records now
            Path(parsed["staged"]).unlink(missing_ok=True)
            announcements_path(Path(parsed["staged"])).unlink(missing_ok=True)
    _update_manifest(settings, source_id, run_id, load=asdict(result))
    return asdict(result)


KEEP_RUNS = 30  # run folders (manifests, staging) kept per source; raw bytes stay archived


def _prune_runs(settings: Settings, source_id: str) -> None:
    runs = sorted(
        (p for p in (settings.runs_dir / source_id).glob("*") if p.is_dir()),
        key=lambda p: p.stat().st_mtime,
    )
    for old in runs[:-KEEP_RUNS]:
        shutil.rmtree(old, ignore_errors=True)


def report(source_id: str, run_id: str, settings: Settings) -> dict[str, Any]:
    """Make sure the run is recorded in `snapshots`; raise if any step failed."""
    _prune_runs(settings, source_id)
    manifest = read_manifest(settings, source_id, run_id)
    if "load" in manifest:
        result = dict(manifest["load"])
    else:
        status, parse_status, error = _failure(manifest)
        info = _snapshot_info(manifest)
        with connect(settings.db) as con:
            recorded = record_snapshot(
                con,
                info,
                status=status,
                parse_status=parse_status,
                error=error,
                warnings=manifest.get("parse", {}).get("warning_count"),
            )
        result = asdict(recorded)
    # superseded: a newer snapshot was applied meanwhile; nothing failed, nothing to do
    if result["status"] not in ("loaded", "unchanged", "superseded"):
        raise PipelineError(result.get("error") or f"{source_id}: {result['status']}")
    return result


def _failure(manifest: dict[str, Any]) -> tuple[str, str, str]:
    source = manifest["source"]
    if manifest.get("fetch_error"):
        return "fetch_failed", "not_run", manifest["fetch_error"]
    if not manifest.get("files"):  # the fetch died before writing its manifest
        return "fetch_failed", "not_run", f"{source}: the fetch did not finish"
    if "parse" not in manifest:
        return "parse_failed", "not_run", f"{source}: the parse did not finish"
    parsed = manifest.get("parse", {})
    if parsed.get("status") == "failed":
        return "parse_failed", "failed", parsed.get("error", f"{source}: parse failed")
    if parsed.get("status") == "quarantined":
        return "quarantined", "ok", parsed["error"]
    if manifest.get("load_error"):
        return "load_failed", parsed.get("status", "not_run"), manifest["load_error"]
    return "load_failed", parsed.get("status", "not_run"), f"{source}: the run did not finish"


def ingest(
    source_id: str,
    settings: Settings,
    *,
    file: Path | None = None,
    run_id: str | None = None,
    force: bool = False,
) -> LoadResult:
    """fetch (or take a local file) -> parse -> load -> report, in this process."""
    run_id = run_id or new_run_id("file" if file else "cli")
    if file is not None:
        stage_local(source_id, file, run_id, settings)  # a bad path is not a fetch to record
    try:
        if file is None:
            fetch(source_id, run_id, settings)
        parse(source_id, run_id, settings, force=force)
        load(source_id, run_id, settings, force=force)
    except PipelineError:
        pass  # recorded by report(), which raises with the reason
    result = report(source_id, run_id, settings)
    return LoadResult(**result)
