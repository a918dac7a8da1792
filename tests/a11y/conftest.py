"""Each test here starts and ends without any catalogue, style or direction left over."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def neutral_application(qapp: Any) -> Iterator[None]:
    from tests.a11y.helpers import reset_application

    reset_application(qapp)
    yield
    reset_application(qapp)
