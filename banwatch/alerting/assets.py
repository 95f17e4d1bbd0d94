"""The Airflow asset a source's load task emits and the alerts DAG is scheduled on.

Shared by dags/banwatch_sources.py (outlet) and dags/banwatch_alerts.py (schedule) so
both build the same Asset without one DAG file importing another.
"""

from __future__ import annotations

from airflow.sdk import Asset


def warehouse_asset(source_id: str) -> Asset:
    """Emitted when a source's load task has run."""
    return Asset(name=f"banwatch_{source_id}", uri=f"banwatch://warehouse/{source_id}")
