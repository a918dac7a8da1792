"""Unicode bidi isolates: the one home of the marks (Qt-free, so the content pack uses it too).

An isolate keeps a run (Latin words, a number, user data) in its own direction inside a
sentence of the other direction: inside Arabic, "Point numérique (formation)" keeps its
order and its brackets. The marks are invisible (zero width).
"""

from __future__ import annotations

#: Unicode "first strong isolate", "left-to-right isolate" and "pop directional isolate".
FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"


def isolate(text: str) -> str:
    """``text`` wrapped in a Unicode bidi isolate (FSI … PDI).

    Use it for Latin text, numbers or user data inserted into a translated
    sentence (``tr("Help point: %1").replace("%1", isolate(name))``). Do not use
    isolates in accessible names: :func:`strip_isolates` removes them.
    """
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """``text`` in a left-to-right isolate: for digits alone (a phone number), which
    have no direction of their own; in an Arabic line a first-strong isolate would
    take it right to left and turn the groups around ("11 11 27 53 01")."""
    return f"{LRI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """``text`` without the isolate marks added by :func:`isolate` and :func:`isolate_ltr`."""
    return text.replace(FSI, "").replace(LRI, "").replace(PDI, "")
