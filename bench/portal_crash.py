"""``kill -9`` of the training portal under load, then a restart on the same data.

20 kiosks (``PortalClient``, which retries with the same Idempotency-Key) create
accounts and accept the Terms for ``--seconds`` (30; 12 with ``--quick``); the portal
process is killed with SIGKILL a third of the way in and restarted 3 s later on the
same port and data directory. Then the database is compared with what the kiosks
were told: accounts, duplicates, acceptances, idempotency rows, integrity.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

from bench.portal_load import KIOSKS, _free_port

FORM_PASSWORD = "Formation-2026!"


def _start(port: int, data: Path) -> subprocess.Popen[bytes]:
    import httpx

    process = subprocess.Popen(
        [sys.executable, "-m", "assist_desk", "sandbox", "--port", str(port), "--data", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", trust_env=False).is_success:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the training portal did not start")


async def _kiosk(number: int, url: str, stop_at: float, told: list[str], failed: list[str]) -> None:
    from assist_desk.models import IndividualAccountCreate, TermsAcceptanceCreate
    from assist_desk.portal.client import PortalClient
    from assist_desk.portal.errors import PortalError

    async with PortalClient(url, client_id=f"kiosk-{number}", deadline_s=20.0) as client:
        terms = await client.current_terms()
        # The box ticked goes with the creation (M12).
        consent = TermsAcceptanceCreate(version_id=terms.id, sha256=terms.sha256, site_id="bench")
        sequence = 0
        while time.monotonic() < stop_at:
            sequence += 1
            form = IndividualAccountCreate(
                email=f"crash{number}.visitor{sequence}@example.org",
                given_names="Camille",
                family_name="Exemple",
                birth_date="1970-01-01",  # type: ignore[arg-type]
                password=FORM_PASSWORD,  # type: ignore[arg-type]
                terms=consent,
            )
            try:
                account = await client.create_account(form)
                told.append(account.id)
                await client.account(account.id)  # the status, as the waiting screen reads it
            except PortalError as error:
                failed.append(f"{type(error).__name__} {error.code or error.status}")
            client.reset()


def run(args: Namespace) -> list[str]:
    seconds = 12.0 if getattr(args, "quick", False) else 30.0
    with tempfile.TemporaryDirectory(prefix="assist-desk-crash-") as folder:
        data = Path(folder)
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        processes = [_start(port, data)]
        told: list[str] = []
        failed: list[str] = []

        async def main() -> tuple[float, float]:
            stop_at = time.monotonic() + seconds
            kiosks = asyncio.gather(*(_kiosk(n, url, stop_at, told, failed) for n in range(KIOSKS)))
            await asyncio.sleep(seconds / 3)
            killed_at = time.monotonic()
            os.kill(processes[0].pid, signal.SIGKILL)
            processes[0].wait()
            await asyncio.sleep(3.0)
            processes.append(await asyncio.to_thread(_start, port, data))
            restarted_at = time.monotonic()
            await kiosks
            return killed_at, restarted_at

        try:
            killed_at, restarted_at = asyncio.run(main())
        finally:
            for process in processes:
                process.terminate()
                process.wait(10)
        with sqlite3.connect(data / "training-portal.sqlite3") as db:
            ids = [r[0] for r in db.execute("SELECT id FROM accounts WHERE email LIKE 'crash%'")]
            duplicates = db.execute(
                "SELECT count(*) - count(DISTINCT email) FROM accounts WHERE email LIKE 'crash%'"
            ).fetchone()[0]
            acceptances = dict(
                db.execute("SELECT account_id, count(*) FROM acceptances GROUP BY account_id")
            )
            states = dict(db.execute("SELECT state, count(*) FROM idempotency GROUP BY state"))
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    unknown = set(ids) - set(told)
    lost = set(told) - set(ids)
    once = sum(1 for account in told if acceptances.get(account) == 1)
    none = sum(1 for account in told if account not in acceptances)
    several = sum(1 for count in acceptances.values() if count > 1)
    return [
        f"{KIOSKS} kiosks, {seconds:.0f} s; SIGKILL at {seconds / 3:.0f} s, back "
        f"{restarted_at - killed_at:.1f} s later",
        f"accounts: {len(told)} told to kiosks, {len(ids)} in the database; "
        f"{len(unknown)} unknown to the kiosks, {len(lost)} lost, {duplicates} duplicate e-mails",
        f"acceptances: exactly one for {once} of {len(told)} accounts, none for {none} "
        f"(the kiosk gave up), several for {several}",
        f"idempotency rows: {states}; integrity_check: {integrity}",
        f"errors given up on by the kiosks: {len(failed)} {sorted(set(failed))}",
    ]
