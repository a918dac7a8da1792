"""Is Chromium's sandbox on in a running bundle? Read from Linux's /proc (used by smoke.py).

Standard library only, like the smoke test. QtWebEngine starts its helper,
``QtWebEngineProcess``, as children of the application: two zygotes (``--type=zygote``;
the one with ``--no-zygote-sandbox`` is for helpers that are never sandboxed), and the
render processes, forked by the other zygote (so they keep its command line). With the
sandbox on, a render process runs under a seccomp-BPF filter (``Seccomp: 2`` in
``/proc/<pid>/status``) and no helper carries ``--no-sandbox``; with it off
(``QTWEBENGINE_DISABLE_SANDBOX`` set to anything, even ``0``: Qt only asks whether it
is set) every helper carries ``--no-sandbox`` and render processes have no filter.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROC = Path("/proc")
HELPER = "QtWebEngineProcess"


@dataclass
class Helper:
    """One QtWebEngineProcess seen while the application ran."""

    pid: int
    parent: int
    arguments: list[str]
    #: The ``Seccomp:`` field of its status, last read (0 none, 1 strict, 2 filter).
    seccomp: int | None = None

    @property
    def kind(self) -> str:
        """``zygote``, ``utility``... from ``--type=`` (a forked render process: ``zygote``)."""
        for argument in self.arguments:
            if argument.startswith("--type="):
                return argument.removeprefix("--type=")
        return "?"

    @property
    def no_sandbox(self) -> bool:
        return "--no-sandbox" in self.arguments


def render_processes(helpers: list[Helper]) -> list[Helper]:
    """The helpers forked by the zygote that sandboxes its children."""
    sandboxing_zygotes = {
        h.pid for h in helpers if h.kind == "zygote" and "--no-zygote-sandbox" not in h.arguments
    }
    return [h for h in helpers if h.parent in sandboxing_zygotes]


def status_field(status_text: str, name: str) -> int | None:
    """A number field (``Seccomp``, ``PPid``) of a /proc/<pid>/status text (None if absent)."""
    for line in status_text.splitlines():
        key, _, value = line.partition(":")
        if key == name:
            return int(value.split()[0])
    return None


def _children_map(proc: Path) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        parent = int(stat.rpartition(")")[2].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    return children


def descendants(root: int, proc: Path = PROC) -> list[int]:
    """Every process below ``root``, at this instant."""
    children = _children_map(proc)
    found: list[int] = []
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@dataclass
class Watcher:
    """Call :meth:`look` often while the application runs: it keeps every helper seen."""

    root: int
    proc: Path = PROC
    helpers: dict[int, Helper] = field(default_factory=dict)

    def look(self) -> None:
        for pid in descendants(self.root, self.proc):
            try:
                arguments = (self.proc / str(pid) / "cmdline").read_bytes().split(b"\0")
                status = (self.proc / str(pid) / "status").read_text()
            except OSError:
                continue
            words = [a.decode(errors="replace") for a in arguments if a]
            if not words or os.path.basename(words[0]) != HELPER:
                continue
            parent = status_field(status, "PPid") or 0
            helper = self.helpers.setdefault(pid, Helper(pid, parent, words))
            helper.seccomp = status_field(status, "Seccomp")  # on early in its life


def verdict(helpers: list[Helper], expect_on: bool) -> tuple[bool, str]:
    """Whether the helpers show the sandbox as expected, and a line saying what was seen."""
    renderers = render_processes(helpers)
    if not renderers:
        return False, f"no render process seen ({len(helpers)} QtWebEngineProcess)"
    flagged = [h for h in helpers if h.no_sandbox]
    filtered = [h for h in renderers if h.seccomp == 2]
    seen = (
        f"{len(helpers)} QtWebEngineProcess ({len(renderers)} render), "
        f"{len(flagged)} with --no-sandbox, "
        f"{len(filtered)}/{len(renderers)} render process(es) under a seccomp filter"
    )
    if expect_on:
        return not flagged and len(filtered) == len(renderers), "sandbox ON: " + seen
    return len(flagged) == len(helpers) and not filtered, "sandbox OFF: " + seen
