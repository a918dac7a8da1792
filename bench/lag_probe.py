"""GUI-thread lag while the guided flows talk to a slow portal (300 ms injected latency).

A precise 16 ms ``QTimer``, re-armed from its own callback (so an idle loop is never
mistaken for a freeze), records how late each tick fires (``QElapsedTimer``). Meanwhile
a scripted flow drives the real screens and controllers against a training portal
whose every API call is delayed by 300 ms: account creation (form, Terms, submit,
polling, activation), then sign-in and New requests in every category.

Targets (pitfalls.md §11): maximum lateness ≤ 50 ms, p99 ≤ 16 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from argparse import Namespace
from pathlib import Path
from typing import Any

from assist_desk.sandbox.trainer_auth import HEADER, SECRET_ENV

PERIOD_MS = 16
LATENCY_S = 0.3


class Probe:
    """Records the lateness of a re-armed precise timer, in milliseconds."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.samples: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PERIOD_MS)
        self.timer.timeout.connect(self._tick)
        self.running = False

    def start(self) -> None:
        self.running = True
        self.clock.start()
        self.timer.start()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()

    def _tick(self) -> None:
        elapsed_ms = self.clock.nsecsElapsed() / 1e6
        self.samples.append(max(0.0, elapsed_ms - PERIOD_MS))
        if self.running:
            self.clock.restart()
            self.timer.start()


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def _wait(condition: Any, limit_s: float = 30.0, context: Any = str) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"lag probe: the scripted flow is stuck ({context()})")
        await asyncio.sleep(0.01)


def _build(portal_url: str) -> tuple[Any, ...]:
    """What the application has in place once started (imports, client, screens)."""
    from assist_desk.controllers.account import AccountController, FlowSession
    from assist_desk.controllers.requests import RequestController
    from assist_desk.flows.fields import warm_up
    from assist_desk.portal.client import PortalClient
    from assist_desk.views.account.screen import AccountScreen
    from assist_desk.views.request.screen import RequestScreen

    warm_up()  # the app does this in a worker once its features are installed
    client = PortalClient(portal_url, deadline_s=20.0)
    session = FlowSession()
    account = AccountController(lambda: client, session)
    requests = RequestController(lambda: client, session)
    account_screen = AccountScreen(account)
    request_screen = RequestScreen(requests)
    for screen in (account_screen, request_screen):
        screen.resize(1280, 800)
        screen.show()
    import httpx

    # The trainer's outbox reader (trainer pages need the trainer secret).
    trainer = httpx.AsyncClient(trust_env=False, timeout=10, headers=TRAINER_HEADERS)
    return client, account, requests, account_screen, request_screen, trainer


async def _scripted_flow(portal_url: str, rounds: int, built: tuple[Any, ...]) -> int:
    """Drive the real screens; returns the number of portal-backed steps completed."""
    from assist_desk.flows.catalogue import CATEGORIES, PROCEDURES

    client, account, requests, account_screen, request_screen, trainer = built
    steps = 0
    try:
        for number in range(rounds):
            email = f"bench{number}.{time.time_ns()}@example.org"
            account.restart()
            account_screen.page("profile").choose("legal_entity")  # type: ignore[attr-defined]
            account.go_next()
            for question in ("has_email", "has_siret"):
                account_screen.page("prerequisites").answer(question, True)  # type: ignore[attr-defined]
            account.go_next()
            account_screen.page("form").fill(  # type: ignore[attr-defined]
                {
                    "email": email,
                    "organisation_name": "Association du banc d'essai",
                    "siret": "73282932000074",
                    "password": "Correct-horse-42",
                    "password_confirm": "Correct-horse-42",
                }
            )
            account.go_next()
            await _wait(
                lambda: account.current == "terms" and account.terms is not None,
                context=lambda: (account.current, account.last_error, account.data.get("fields")),
            )
            account.update(terms_read=True)
            account.go_next()
            account.go_next()  # submit: create + accept terms + read back
            await _wait(lambda: account.current == "check_email" and not account.busy)
            steps += 4
            outbox = (await trainer.get(f"{portal_url}/training/outbox.json")).json()
            link = next(m["link"] for m in outbox["messages"] if m["to_addr"] == email)
            await client.activate(link.split("token=")[1])
            account.poll_now()
            await _wait(lambda: account.current == "account_ready" and not account.busy)
            steps += 2
            requests.begin()
            await _wait(lambda: requests.catalogue is not None and not requests.busy)
            requests.go_next()
            await _wait(lambda: requests.current == "category")
            for category in CATEGORIES[:1] if number % 2 else CATEGORIES:
                if category not in requests.eligibility("legal_entity"):
                    continue
                request_screen.page("category").choose(category)  # type: ignore[attr-defined]
                requests.go_next()
                request_screen.page("procedure").choose(PROCEDURES[category][0])  # type: ignore[attr-defined]
                requests.go_next()
                requests.go_next()
                requests.go_next()  # declaration: create the request
                await _wait(lambda: requests.current == "handoff" and not requests.busy)
                steps += 1
                while requests.current != "category":
                    requests.go_back()
        return steps
    finally:
        for controller in (account, requests):
            controller.restart()
        account_screen.close()
        request_screen.close()
        client.close_nowait()
        await trainer.aclose()


TRAINER_SECRET = "lag-probe-trainer-secret"
TRAINER_HEADERS = {HEADER: TRAINER_SECRET}


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _portal_process(data: Path) -> tuple[Any, str]:
    """The training portal in its own process, as a remote portal would be."""
    import os
    import subprocess
    import sys

    import httpx

    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "assist_desk", "sandbox", "--port", str(port), "--data", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, SECRET_ENV: TRAINER_SECRET},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health", timeout=1, trust_env=False).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("lag probe: the training portal process did not start")


def _measure(app: Any, url: str, rounds: int) -> tuple[list[float], int, float]:
    import httpx
    import qasync

    httpx.post(
        f"{url}/training/faults",
        json={"delay_before_s": LATENCY_S, "path_prefix": "/v1/"},
        headers=TRAINER_HEADERS,
        timeout=10,
        trust_env=False,
    ).raise_for_status()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    probe = Probe()
    built = _build(url)

    async def main() -> tuple[int, float]:
        probe.start()
        started = time.monotonic()
        steps = await _scripted_flow(url, rounds, built)
        probe.stop()
        return steps, time.monotonic() - started

    try:
        steps, seconds = loop.run_until_complete(main())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    return probe.samples, steps, seconds


def _report(label: str, samples: list[float], steps: int, seconds: float, rounds: int) -> list[str]:
    worst = max(samples)
    p99 = _percentile(samples, 0.99)
    p95 = _percentile(samples, 0.95)
    verdict = "OK" if worst <= 50 and p99 <= 16 else "ABOVE TARGET"
    return [
        f"[{label}] {rounds} rounds, {steps} portal-backed steps in {seconds:.1f} s "
        f"(every API call delayed {LATENCY_S * 1000:.0f} ms)",
        f"[{label}] {PERIOD_MS} ms probe, {len(samples)} ticks: lateness median "
        f"{statistics.median(samples):.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms, "
        f"max {worst:.2f} ms — targets max <= 50, p99 <= 16: {verdict}",
    ]


def run(args: Namespace) -> list[str]:
    import os

    from PySide6.QtWidgets import QApplication

    from assist_desk.sandbox import start_in_thread
    from assist_desk.sandbox.app import PortalOptions

    rounds = 2 if args.quick else 5
    app = QApplication.instance() or QApplication([])
    lines = [f"machine load average: {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)"]
    with tempfile.TemporaryDirectory(prefix="assist-desk-lag-") as data:
        process, url = _portal_process(Path(data) / "remote")
        try:
            lines += _report("portal in its own process", *_measure(app, url, rounds), rounds)
        finally:
            process.terminate()
            process.wait(timeout=10)
        options = PortalOptions(trainer_secret=TRAINER_SECRET)
        handle = start_in_thread(Path(data) / "embedded", options=options)
        try:
            lines += _report("embedded training portal", *_measure(app, handle.url, rounds), rounds)
        finally:
            handle.stop()
    return lines
