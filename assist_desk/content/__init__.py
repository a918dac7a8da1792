"""Offline content: FAQ, document checklists, fees, triage and search (Qt-free).

The public API is :class:`ContentPack` (see :mod:`assist_desk.content.pack`).
"""

from assist_desk.content.pack import (
    ChecklistView,
    ContentError,
    ContentPack,
    CostEstimate,
    FaqView,
    FeeView,
    pick,
)
from assist_desk.content.search import MARK_END, MARK_START, SearchHit, render_marks
from assist_desk.content.triage import TriageError, TriageOutcome, TriageSession

__all__ = [
    "MARK_END",
    "MARK_START",
    "ChecklistView",
    "ContentError",
    "ContentPack",
    "CostEstimate",
    "FaqView",
    "FeeView",
    "SearchHit",
    "TriageError",
    "TriageOutcome",
    "TriageSession",
    "pick",
    "render_marks",
]
