"""Load on one training portal: kiosks creating accounts (Terms ticked) and reading them.

20 simulated kiosks (one ``PortalClient`` each, as on real help points) loop for
30 s (5 s with ``--quick``): create an individual account (its Terms acceptance in
the same call), then read its status as the waiting screen does. The portal runs as
its own process (``assist-desk sandbox``), as at a help point, so that the load
generator does not share its interpreter.
Reports p50/p95/p99 latency per call and overall, throughput and errors
(target: p99 ≤ 100 ms, zero errors).
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

KIOSKS = 20


def _percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start_portal(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    import httpx

    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "assist_desk", "sandbox", "--port", str(port), "--data", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v1/health", trust_env=False).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the training portal did not start")


async def _kiosk(
    number: int,
    url: str,
    stop_at: float,
    latencies: dict[str, list[float]],
    errors: list[str],
    pace_s: float,
) -> None:
    from assist_desk.models import IndividualAccountCreate, TermsAcceptanceCreate
    from assist_desk.portal.client import PortalClient
    from assist_desk.portal.errors import PortalError

    async with PortalClient(url, client_id=f"kiosk-{number}") as client:
        terms = await client.current_terms()
        # The box ticked goes with the creation (M12).
        consent = TermsAcceptanceCreate(version_id=terms.id, sha256=terms.sha256, site_id="bench")
        if pace_s:  # kiosks are not synchronised: spread their first visitors
            await asyncio.sleep(pace_s * number / KIOSKS)
        sequence = 0
        while time.monotonic() < stop_at:
            visit_started = time.monotonic()
            sequence += 1
            form = IndividualAccountCreate(
                email=f"kiosk{number}.visitor{sequence}@example.org",
                given_names="Camille",
                family_name="Exemple",
                birth_date="1970-01-01",  # type: ignore[arg-type]
                password="Formation-2026!",  # type: ignore[arg-type]
                terms=consent,
            )
            try:
                started = time.perf_counter()
                account = await client.create_account(form)
                latencies["create_account"].append(time.perf_counter() - started)
                started = time.perf_counter()
                await client.account(account.id)  # the status, as the waiting screen reads it
                latencies["read_account"].append(time.perf_counter() - started)
            except PortalError as error:
                errors.append(f"{type(error).__name__} {error.code or error.status}")
            client.reset()  # each visitor is a new session, as after a wipe
            if pace_s:
                await asyncio.sleep(max(0.0, pace_s - (time.monotonic() - visit_started)))


async def _load(
    url: str, seconds: float, pace_s: float = 0.0
) -> tuple[dict[str, list[float]], list[str], float]:
    latencies: dict[str, list[float]] = {"create_account": [], "read_account": []}
    errors: list[str] = []
    started = time.monotonic()
    stop_at = started + seconds
    await asyncio.gather(
        *(_kiosk(n, url, stop_at, latencies, errors, pace_s) for n in range(KIOSKS))
    )
    return latencies, errors, time.monotonic() - started


def _report(
    title: str, latencies: dict[str, list[float]], errors: list[str], elapsed: float
) -> list[str]:
    every = latencies["create_account"] + latencies["read_account"]
    lines = [
        title,
        f"  calls: {len(every)} ({len(every) / elapsed:.0f}/s), accounts created: "
        f"{len(latencies['create_account'])}, errors: {len(errors)}",
    ]
    for name, values in (*latencies.items(), ("all calls", every)):
        if not values:
            continue
        lines.append(
            f"  {name}: p50 {_percentile(values, 0.5) * 1000:.1f} ms, "
            f"p95 {_percentile(values, 0.95) * 1000:.1f} ms, "
            f"p99 {_percentile(values, 0.99) * 1000:.1f} ms, "
            f"max {max(values) * 1000:.1f} ms"
        )
    p99 = _percentile(every, 0.99) * 1000
    lines.append(f"  target p99 ≤ 100 ms: {'met' if p99 <= 100 else 'NOT met'} ({p99:.1f} ms)")
    if errors:
        kinds: dict[str, int] = {}
        for error in errors:
            kinds[error] = kinds.get(error, 0) + 1
        lines.append("  errors: " + ", ".join(f"{k} ×{v}" for k, v in sorted(kinds.items())))
    return lines


def run(args: Namespace) -> list[str]:
    seconds = 5.0 if getattr(args, "quick", False) else 30.0
    lines = [
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start",
    ]
    for title, pace in (
        (f"{KIOSKS} kiosks, back to back (no think time: saturation)", 0.0),
        (f"{KIOSKS} kiosks, one visitor per kiosk every 2 s (paced)", 2.0),
    ):
        with tempfile.TemporaryDirectory() as data:
            process, url = _start_portal(Path(data))
            try:
                latencies, errors, elapsed = asyncio.run(_load(url, seconds, pace))
            finally:
                process.terminate()
                process.wait(10)
        lines += _report(f"{title}, {elapsed:.1f} s:", latencies, errors, elapsed)
    return lines
