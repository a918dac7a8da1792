"""A strict memory detector: every str or bytes reachable, transitively, from what the GC knows.

``gc.get_referents`` of the GC's objects alone misses containers the GC stops
tracking (a dict or tuple holding only strings, after a collection) and bytes:
this walk follows every referent, from every GC object and every module, so a
canary in ``{"given_names": …}``, ``(…,)`` or a request body is found.
"""

from __future__ import annotations

import gc
import sys
from typing import Any


def deep_holding(needle: str) -> list[str]:
    """Where ``needle`` (or its upper case) is held: "<holder type> -> <kind>: <excerpt>"."""
    gc.collect()
    upper = needle.upper()
    data, data_upper = needle.encode(), upper.encode()
    seen: set[int] = {id(needle), id(upper), id(data), id(data_upper)}
    stack: list[Any] = list(gc.get_objects())
    stack += list(sys.modules.values())
    hits: list[str] = []
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        for ref in gc.get_referents(obj):
            if id(ref) in seen:
                continue
            kind = type(ref)
            if kind is str:
                if needle in ref or upper in ref:
                    excerpt = ref.replace(needle, "<N>").replace(upper, "<N>")[:70]
                    hits.append(f"{type(obj).__name__} -> str: {excerpt!r}")
            elif kind in (bytes, bytearray, memoryview):
                raw = bytes(ref)
                if data in raw or data_upper in raw:
                    excerpt_bytes = raw.replace(data, b"<N>").replace(data_upper, b"<N>")[:90]
                    hits.append(f"{type(obj).__name__} -> {kind.__name__}: {excerpt_bytes!r}")
            else:
                stack.append(ref)
    del stack
    return hits
