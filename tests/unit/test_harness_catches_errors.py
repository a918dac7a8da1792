"""The harness must turn hidden errors into failures (pitfalls.md §2 and §3).

Each case runs a tiny test file in a pytest subprocess with this suite's fixtures
and asserts that it FAILS: an exception in a Qt slot, in an asyncio task, a Qt
warning, a modal ``exec()``, and a Qt object made or destroyed off the GUI thread
(reported with the Python stack of the thread that did it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CASES = {
    "slot_exception": """
from PySide6.QtCore import QObject, Signal
class Emitter(QObject):
    sig = Signal()
def test_it(qtbot):
    emitter = Emitter()
    def boom():
        raise RuntimeError("slot failed")
    emitter.sig.connect(boom)
    emitter.sig.emit()
""",
    "task_exception": """
import asyncio
def test_it(qtbot, qasync_loop):
    async def boom():
        raise RuntimeError("task failed")
    task = qasync_loop.create_task(boom())
    qtbot.waitUntil(task.done)
    del task
    import gc; gc.collect()
""",
    "qt_warning": """
from PySide6.QtCore import qWarning
def test_it(qtbot):
    qWarning("something went wrong")
""",
    "qobject_made_in_worker": """
import threading
from PySide6.QtCore import QObject
def test_it(qtbot):
    made = []
    def make_in_worker():
        made.append(QObject())
    worker = threading.Thread(target=make_in_worker)
    worker.start()
    worker.join()
""",
    "gui_timer_destroyed_in_worker": """
import threading
from PySide6.QtCore import QTimer
def test_it(qtbot):
    timers = [QTimer()]
    timers[0].start(60_000)
    def drop_in_worker():
        timers.clear()
    worker = threading.Thread(target=drop_in_worker)
    worker.start()
    worker.join()
""",
    "modal_exec": """
from PySide6.QtWidgets import QMessageBox
def test_it(qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    box.exec()
""",
}


#: What the failure report must show, beyond "1 failed": where it happened.
WHERE = {
    "qobject_made_in_worker": "in make_in_worker",
    "gui_timer_destroyed_in_worker": "in drop_in_worker",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hidden_error_fails_the_test(case: str, tmp_path: Path) -> None:
    test_file = tmp_path / f"test_{case}.py"
    test_file.write_text(CASES[case])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            str(test_file),
            "-q",
            "-p",
            "tests.fixtures",
            "-p",
            "tests.thread_checks",
            "-o",
            "qt_api=pyside6",
            "-o",
            "qt_log_level_fail=WARNING",
            "-W",
            "error",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
        },
        check=False,
    )
    assert result.returncode == 1, result.stdout[-3000:]
    assert "1 failed" in result.stdout or "1 error" in result.stdout, result.stdout[-3000:]
    if case in WHERE:
        assert "Qt objects on the wrong thread" in result.stdout, result.stdout[-3000:]
        assert WHERE[case] in result.stdout, result.stdout[-3000:]
