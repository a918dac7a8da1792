"""The smoke test's reading of Chromium's sandbox from /proc (packaging/web_sandbox.py).

A fake /proc with the process tree the bundle showed (the application, the embedded
portal, two zygotes, one render process forked by the sandboxing zygote), once with
the sandbox on (as an ordinary user) and once off (as root).
"""

from __future__ import annotations

from pathlib import Path

import web_sandbox

HELPER = "/opt/assist-desk/_internal/PySide6/Qt/libexec/QtWebEngineProcess"


def _process(proc: Path, pid: int, parent: int, arguments: list[str], seccomp: int) -> None:
    folder = proc / str(pid)
    folder.mkdir(parents=True)
    (folder / "stat").write_text(f"{pid} (Qt Web (x)) S {parent} {pid} 0 0\n")
    (folder / "cmdline").write_bytes(b"\0".join(a.encode() for a in arguments) + b"\0")
    (folder / "status").write_text(f"Name:\tx\nPPid:\t{parent}\nSeccomp:\t{seccomp}\n")


def _bundle_tree(proc: Path, sandbox_on: bool, render_seccomp: int) -> None:
    off = [] if sandbox_on else ["--no-sandbox"]
    _process(proc, 100, 1, ["/opt/assist-desk/assist-desk", "tour"], 0)
    _process(proc, 101, 100, ["/opt/assist-desk/assist-desk", "sandbox", "--fd", "8"], 0)
    _process(proc, 102, 100, [HELPER, "--type=zygote", "--no-zygote-sandbox", *off], 0)
    _process(proc, 103, 100, [HELPER, "--type=zygote", *off, "--lang=fr"], 0)
    # A render process, forked by the zygote: it keeps the zygote's command line.
    _process(proc, 104, 103, [HELPER, "--type=zygote", *off, "--lang=fr"], render_seccomp)
    _process(proc, 200, 1, [HELPER, "--type=zygote"], 2)  # another application's


def _watch(proc: Path) -> list[web_sandbox.Helper]:
    watcher = web_sandbox.Watcher(100, proc)
    watcher.look()
    return list(watcher.helpers.values())


def test_an_ordinary_users_bundle_shows_the_sandbox_on(tmp_path: Path) -> None:
    _bundle_tree(tmp_path, sandbox_on=True, render_seccomp=2)
    helpers = _watch(tmp_path)
    assert sorted(h.pid for h in helpers) == [102, 103, 104]
    assert [h.pid for h in web_sandbox.render_processes(helpers)] == [104]
    ok, seen = web_sandbox.verdict(helpers, expect_on=True)
    assert ok, seen
    assert seen.startswith("sandbox ON: 3 QtWebEngineProcess (1 render), 0 with --no-sandbox")
    assert not web_sandbox.verdict(helpers, expect_on=False)[0]


def test_roots_bundle_shows_the_sandbox_off(tmp_path: Path) -> None:
    _bundle_tree(tmp_path, sandbox_on=False, render_seccomp=0)
    helpers = _watch(tmp_path)
    ok, seen = web_sandbox.verdict(helpers, expect_on=False)
    assert ok, seen
    assert "3 with --no-sandbox, 0/1 render process(es) under a seccomp filter" in seen
    assert not web_sandbox.verdict(helpers, expect_on=True)[0]


def test_a_render_process_without_its_filter_fails_the_sandbox_check(tmp_path: Path) -> None:
    _bundle_tree(tmp_path, sandbox_on=True, render_seccomp=0)
    ok, seen = web_sandbox.verdict(_watch(tmp_path), expect_on=True)
    assert not ok
    assert "0/1 render process(es) under a seccomp filter" in seen


def test_no_render_process_fails_either_way(tmp_path: Path) -> None:
    _process(tmp_path, 100, 1, ["/opt/assist-desk/assist-desk"], 0)
    _process(tmp_path, 103, 100, [HELPER, "--type=zygote"], 0)
    helpers = _watch(tmp_path)
    for expect_on in (True, False):
        ok, seen = web_sandbox.verdict(helpers, expect_on)
        assert not ok
        assert seen == "no render process seen (1 QtWebEngineProcess)"


def test_status_fields() -> None:
    text = "Name:\tQtWebEngineProc\nPPid:\t7965\nSeccomp:\t2\nSeccomp_filters:\t1\n"
    assert web_sandbox.status_field(text, "Seccomp") == 2
    assert web_sandbox.status_field(text, "PPid") == 7965
    assert web_sandbox.status_field("Name:\tx\n", "Seccomp") is None
