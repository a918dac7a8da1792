"""The settings' sources, read and merged with the standard library (no pydantic-settings).

Precedence, highest first: the values given (command line), the environment
(``ASSIST_DESK_<FIELD>``, any letter case), the site file; pydantic applies the
defaults and validates. As pydantic-settings did: a list, dict, set or tuple field
reads JSON from its variable (``ASSIST_DESK_LANGUAGES='["fr","ar"]'``), any other
field the text as it is (pydantic converts ``"120"`` or ``"true"``); dict values
from several sources are merged key by key; a variable with the prefix that names
no field is ignored (``ASSIST_DESK_CONFIG`` names the site file).
"""

from __future__ import annotations

import json
import os
import types
import typing
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

_JSON_ORIGINS = (list, dict, set, frozenset, tuple)


class BadEnvironmentValue(ValueError):
    """A variable that should hold JSON does not."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def _reads_json(annotation: Any) -> bool:
    """True for a list/dict/set/tuple type, alone or in a union (``list[str] | None``)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_reads_json(member) for member in typing.get_args(annotation))
    return origin in _JSON_ORIGINS or annotation in _JSON_ORIGINS


def environment_values(model: type[BaseModel], prefix: str) -> dict[str, Any]:
    """The model's fields found in the environment, keyed by field name."""
    environment = {name.lower(): value for name, value in os.environ.items()}
    found: dict[str, Any] = {}
    for name, field in model.model_fields.items():
        variable = f"{prefix}{name}".lower()
        if variable not in environment:
            continue
        raw = environment[variable]
        if _reads_json(field.annotation):
            try:
                found[name] = json.loads(raw)
            except ValueError:
                raise BadEnvironmentValue(
                    name, f"{variable.upper()} must hold JSON (got {raw!r})"
                ) from None
        else:
            found[name] = raw
    return found


def merge_sources(*sources: Mapping[str, Any]) -> dict[str, Any]:
    """One dict from several, the first source winning; dicts merge key by key."""
    merged: dict[str, Any] = {}
    for source in reversed(sources):
        for key, value in source.items():
            earlier = merged.get(key)
            if isinstance(earlier, dict) and isinstance(value, dict):
                merged[key] = merge_sources(value, earlier)
            else:
                merged[key] = value
    return merged
