"""The data cards the apps draw beside an answer, built from tool results: one place for their shapes, so
the offline analyst and the agent can never drift apart."""

from __future__ import annotations

from typing import Any


def forecast_chart(result: dict[str, Any]) -> dict[str, Any]:
    """A `cash_forecast` result as a chart: the weekly expected/p10/p90 series and the low point."""
    return {"type": "forecast_chart", "title": "Cash forecast", "currency": result["currency"],
            "snapshot_id": result["snapshot_id"], "as_of": result["as_of"], "series": result["series"],
            "low_point": result["low_point"]}


def what_if_chart(result: dict[str, Any]) -> dict[str, Any]:
    """A `simulate_scenario` result as a chart."""
    return {"type": "forecast_chart", "title": "What-if", "currency": result["currency"],
            "snapshot_id": result["snapshot_id"], "series": result["series"], "scenario": True}


def top_table(who: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Top customers or suppliers (`who`) as a table."""
    return {"type": "table", "title": f"Top {who}", "columns": ["name", "total", "share"],
            "rows": [[i["name"], i["total"], i["share_percent"]] for i in items]}


def alert(a: dict[str, Any]) -> dict[str, Any]:
    return {"type": "alert", "id": a["id"], "severity": a["severity"], "title": a["title"], "message": a["message"]}
