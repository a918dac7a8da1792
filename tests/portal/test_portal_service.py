"""The feature installer: the training portal starts off the GUI thread; the client is shared."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from assist_desk.app import AppContext, create_window
from assist_desk.cli import build_parser
from assist_desk.portal.client import PortalClient
from assist_desk.sandbox import TrainingPortalHandle


def start(qtbot: Any, qapp: Any, *argv: str) -> AppContext:
    args: argparse.Namespace = build_parser().parse_args(list(argv))
    built = create_window(args, qapp)
    assert not isinstance(built, int)
    window, switcher, settings = built
    qtbot.addWidget(window)
    context = AppContext(qapp, window, switcher, args, settings)
    return context


def test_training_mode_starts_the_portal_and_settles(qtbot: Any, qapp: Any) -> None:
    context = start(qtbot, qapp)
    try:
        with qtbot.waitSignal(context.sig_settled, timeout=30_000):
            context.finish_startup()
            # The GUI did not wait: the portal is still starting when the installers are done.
            assert "training-portal" in context.pending_startup or context.ready
        client = context.services["portal"]
        handle = context.services["training_portal"]
        assert isinstance(client, PortalClient)
        assert isinstance(handle, TrainingPortalHandle)
        assert client.base_url == handle.url
        assert handle.started.is_set()
        assert handle.error is None
        assert str(handle.data_dir).endswith("training-portal")
        assert client.reset in context.wipe_hooks

        done: list[str] = []

        async def check() -> None:
            done.append((await client.health()).status)

        assert context.loop is not None
        task = context.loop.create_task(check())
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert task.done()
        assert done == ["ok"]
        context.wipe_session()  # the wipe resets the client
        assert client.inflight == 0
    finally:
        context.shutdown()
    assert handle.stopped.wait(10)


def test_remote_portal_does_not_start_one(qtbot: Any, qapp: Any) -> None:
    context = start(qtbot, qapp, "--mode", "mediator", "--portal-url", "https://portal.example.org")
    try:
        with qtbot.waitSignal(context.sig_settled, timeout=10_000):
            context.finish_startup()
        client = context.services["portal"]
        assert client.base_url == "https://portal.example.org"
        assert "training_portal" not in context.services
    finally:
        context.shutdown()
    assert asyncio.get_event_loop_policy() is not None
