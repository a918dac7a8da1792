"""The portal API v1, one router per resource, and the trainer pages (``training``).

:data:`API_ROUTERS` lists the ``/v1`` routers in the order the app includes them.
"""

from __future__ import annotations

from fastapi import APIRouter

from assist_desk.sandbox.routes import (
    accounts,
    contact,
    franceconnect,
    password_reset,
    requests,
    service,
    sessions,
    terms,
)

API_ROUTERS: tuple[APIRouter, ...] = (
    service.router,
    terms.router,
    accounts.router,
    terms.acceptances,
    sessions.router,
    password_reset.router,
    franceconnect.router,
    requests.router,
    contact.router,
)
