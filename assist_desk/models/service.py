"""Health and version of the portal API."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from assist_desk.models.common import ResponseModel

# 1.1.0: trainer pages guarded, 408/410/429 answers, activation links expire,
# FranceConnect results given once, older Terms refused, bounded ANTS positions.
API_VERSION = "1.2.0"


class Health(ResponseModel):
    status: Literal["ok"] = "ok"
    time: datetime


class VersionInfo(ResponseModel):
    api_version: str
    server: str
    server_version: str
    training: bool
