"""Reading the content files: TOML to validated models, with precise problem lines."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from assist_desk.content.translations import TranslationMemory, apply

Model = TypeVar("Model", bound=BaseModel)


class ContentError(Exception):
    """The content cannot be used. ``lines`` each name the file, the item and the problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def default_directory() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir() / "content"


def read_model(
    directory: Path,
    name: str,
    model: type[Model],
    problems: list[str],
    translations: dict[str, TranslationMemory] | None = None,
) -> Model | None:
    """One content file, with the translations kept beside it added to its texts."""
    path = directory / name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{name}: file not found in {directory}")
        return None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{name}: not valid TOML ({error})")
        return None
    apply(raw, translations or {})
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for item in error.errors():
            where = describe_location(raw, item["loc"])
            message = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"{name}: {where}: {message}")
        return None


def describe_location(raw: Any, loc: tuple[int | str, ...]) -> str:
    """``checklists[3] (id 'pp_loss').title.fr`` rather than bare indexes."""
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node):
                node = node[key]
                if isinstance(node, dict) and "id" in node:
                    label += f" (id {node['id']!r})"
            parts.append(label)
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "file"
