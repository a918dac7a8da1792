"""``/v1/health`` and ``/v1/version``."""

from __future__ import annotations

from fastapi import APIRouter

from assist_desk import __version__
from assist_desk.models import API_VERSION, Health, VersionInfo
from assist_desk.sandbox.problems import PROBLEM_RESPONSES
from assist_desk.sandbox.store import now

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["service"])


@router.get("/health", summary="Health")
async def health() -> Health:
    return Health(time=now())


@router.get("/version", summary="API and server version")
async def version() -> VersionInfo:
    return VersionInfo(
        api_version=API_VERSION,
        server="assist-desk training portal",
        server_version=__version__,
        training=True,
    )
