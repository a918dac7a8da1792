"""A stricter memory detector: every str/bytes reachable (transitively) from GC roots."""

from __future__ import annotations

import gc
import sys
from typing import Any


def deep_holding(needle: str) -> list[str]:
    gc.collect()
    data = needle.encode()
    seen: set[int] = set()
    stack: list[Any] = list(gc.get_objects())
    stack += list(sys.modules.values())
    hits: list[str] = []
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        for ref in gc.get_referents(obj):
            kind = type(ref)
            if kind is str:
                if needle in ref or needle.upper() in ref:
                    hits.append(f"{type(obj).__name__} -> str: {ref.replace(needle, '<N>')[:70]!r}")
            elif kind in (bytes, bytearray, memoryview):
                try:
                    if data in bytes(ref):
                        hits.append(
                            f"{type(obj).__name__} -> {kind.__name__}: {bytes(ref).replace(data, b'<N>')[:90]!r}"
                        )
                except Exception:
                    pass
            elif id(ref) not in seen:
                stack.append(ref)
    return hits
