"""The OpenAPI document of the training portal, as committed in ``resources/openapi/``.

Regenerate after changing the API (or ``PortalOptions.extra_routers``)::

    .venv/bin/assist-desk sandbox --export-openapi resources/openapi/portal-v1.json
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

COMMITTED = Path("openapi") / "portal-v1.json"


def committed_path() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir() / COMMITTED


def openapi_document() -> dict[str, Any]:
    """The document the training portal serves at ``/openapi.json``."""
    from assist_desk.sandbox.app import create_app

    with tempfile.TemporaryDirectory() as data_dir:
        app = create_app(Path(data_dir))
        try:
            return app.openapi()
        finally:
            app.state.portal.store.close()


def openapi_text(document: dict[str, Any] | None = None) -> str:
    """Stable text of the document (sorted keys, two-space indent, final newline)."""
    return (
        json.dumps(document or openapi_document(), indent=2, sort_keys=True, ensure_ascii=False)
        + "\n"
    )
