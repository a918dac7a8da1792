"""The training portal: a real HTTP server implementing the portal API.

Cheap to import (no FastAPI, uvicorn or httpx here): the app and the tests call
:func:`start_in_thread`, which binds the socket at once (so ``handle.url`` is known
and connections queue) and imports and runs the server in a background thread.

Other features add API routers to the training portal by listing
``"module:attribute"`` (a FastAPI ``APIRouter``) in ``PortalOptions.extra_routers``
(:mod:`assist_desk.sandbox.state`); they are included by
:func:`assist_desk.sandbox.app.create_app` and exported in the OpenAPI document
(regenerate it with ``assist-desk sandbox --export-openapi
resources/openapi/portal-v1.json``).
"""

from assist_desk.sandbox.server import TrainingPortalHandle, start_in_subprocess, start_in_thread

__all__ = ["TrainingPortalHandle", "start_in_subprocess", "start_in_thread"]
