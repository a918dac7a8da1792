"""Smoke test of a built bundle: ``python packaging/smoke.py dist/assist-desk``.

Standard library only, so that it runs with any Python 3.11+ next to the
bundle (``make bundle-smoke`` uses the project's). The bundle runs with a
throw-away HOME, offscreen. Checks, in order:

0. the bundle carries QtWebEngine's helper, resources and our languages'
   catalogues (Chromium's and ours), the content pack, and not the dev tools;
1. ``assist-desk --version`` prints the version and exits 0;
2. the GUI starts in training mode, waits until start-up has settled (the
   embedded training portal included, when the build has it), renders the
   home screen to ``<out>/home-fr.png`` and exits 0 — so the portal is also
   stopped cleanly on the way out; the anonymous log says it started;
3. the same in kiosk mode and Arabic (``<out>/kiosk-ar.png``);
4. ``assist-desk sandbox`` (the training portal on its own) serves
   ``/openapi.json`` on a loopback port and stops on request, when the build
   has the command;
5. the controlled browser (QtWebEngine) in kiosk mode: the kiosk tour's browser
   scenes (``assist-desk tour --mode kiosk --only browser``) open the training
   portal's pages, served by the bundle's own embedded portal on loopback, and
   save them as PNGs; meanwhile the smoke reads the QtWebEngineProcess helpers
   from /proc (:mod:`web_sandbox`) and checks that Chromium's sandbox is ON.
   As root Chromium cannot sandbox itself and ends the process: there, and only
   there, the smoke sets ``QTWEBENGINE_DISABLE_SANDBOX=1`` for this step, says so
   in its output, and checks that the sandbox is OFF. A kiosk runs as an
   ordinary user: run the smoke as one (``runuser -u <user> -- python3
   packaging/smoke.py …``) to check the sandbox that citizens get.

Exit status 0 when every check passed. The PNGs stay in ``--out`` to be looked at.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import web_sandbox

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

#: Files the bundle must carry, by their path's end: the controlled browser's helper
#: and resources, Chromium's catalogues for our languages, ours, and the content pack.
REQUIRED_FILES = (
    ("QtWebEngineProcess", "QtWebEngineProcess.exe"),
    ("qtwebengine_resources.pak",),
    ("icudtl.dat",),
    ("v8_context_snapshot.bin",),
    ("qtwebengine_locales/fr.pak",),
    ("qtwebengine_locales/en-US.pak",),
    ("qtwebengine_locales/ar.pak",),
    ("i18n/assist_desk_fr.qm",),
    ("i18n/assist_desk_en.qm",),
    ("i18n/assist_desk_ar.qm",),
    ("resources/content/pack.toml",),
)
#: Files it must not carry: QtWebEngine's developer tools (the browser never opens them).
UNWANTED_FILES = ("qtwebengine_devtools_resources.pak",)


class SmokeFailure(Exception):
    pass


def executable(bundle: Path) -> Path:
    """The console executable of the bundle (``assist-desk-cli.exe`` on Windows)."""
    for name in ("assist-desk-cli.exe", "assist-desk.exe", "assist-desk"):
        candidate = bundle / name
        if candidate.is_file():
            return candidate
    raise SmokeFailure(f"no assist-desk executable in {bundle}")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG header; SmokeFailure if it is not a PNG."""
    data = path.read_bytes()[:24]
    if len(data) < 24 or not data.startswith(PNG_MAGIC) or data[12:16] != b"IHDR":
        raise SmokeFailure(f"{path} is not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def isolated_env(home: Path) -> dict[str, str]:
    # Qt turns Chromium's sandbox off when QTWEBENGINE_DISABLE_SANDBOX is set at all.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("ASSIST_DESK_") and k != "QTWEBENGINE_DISABLE_SANDBOX"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def _lines_with(text: str, word: str) -> str:
    return " | ".join(line for line in text.splitlines() if word in line)[:600]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(command: list[str], env: dict[str, str], timeout: float = 90) -> tuple[int, str]:
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    return done.returncode, done.stdout + done.stderr


class Smoke:
    def __init__(self, bundle: Path, out: Path) -> None:
        self.exe = executable(bundle)
        self.out = out
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def check(self, name: str, step: Callable[[], str]) -> None:
        started = time.monotonic()
        try:
            detail = step()
        except (SmokeFailure, subprocess.TimeoutExpired, OSError) as error:
            self.failed += 1
            print(f"FAIL {name}: {error}", flush=True)
            return
        took = time.monotonic() - started
        if detail.startswith("SKIP"):
            self.skipped += 1
            print(f"skip {name}: {detail[5:]}", flush=True)
        else:
            self.passed += 1
            print(f"ok   {name} ({took:.1f} s){': ' + detail if detail else ''}", flush=True)

    def contents(self) -> str:
        """The files the browser, the languages and the content need are there."""
        found = [p.as_posix() for p in self.exe.parent.rglob("*") if p.is_file()]
        missing = [
            " or ".join(names)
            for names in REQUIRED_FILES
            if not any(path.endswith("/" + name) for path in found for name in names)
        ]
        unwanted = [path for path in found if path.endswith(UNWANTED_FILES)]
        if missing or unwanted:
            raise SmokeFailure(f"missing: {missing}; should not be there: {unwanted}")
        return f"{len(found)} files, {len(REQUIRED_FILES)} required ones there"

    def version(self, home: Path) -> str:
        status, output = run([str(self.exe), "--version"], isolated_env(home), timeout=30)
        if status != 0 or not output.startswith("assist-desk "):
            raise SmokeFailure(f"status {status}, output {output!r}")
        return output.strip()

    def screenshot(self, home: Path, name: str, *options: str, training_kiosk: bool = False) -> str:
        png = self.out / name
        png.unlink(missing_ok=True)
        env = isolated_env(home)
        if training_kiosk:  # a kiosk on the embedded training portal (else it needs a URL)
            env["ASSIST_DESK_TRAINING_KIOSK"] = "true"
        status, output = run([str(self.exe), *options, "--screenshot", str(png)], env)
        if status != 0:
            raise SmokeFailure(f"status {status}: {output.strip()[-400:]}")
        width, height = png_size(png)
        if width < 640 or height < 400:
            raise SmokeFailure(f"{png} is only {width}×{height}")
        logs = list((home / ".local" / "state").rglob("assist-desk.log"))
        logs += list((home / "AppData").rglob("assist-desk.log"))
        text = "".join(p.read_text(encoding="utf-8") for p in logs)
        if "assist-desk starting" not in text:
            raise SmokeFailure("the anonymous log does not say that the application started")
        if "could not start" in text:
            raise SmokeFailure("the log says a part could not start: " + _lines_with(text, "could"))
        portal = ""
        if "portal client ready (training portal)" in text:
            if "training portal listening on port" not in text:
                raise SmokeFailure("the embedded training portal did not start")
            portal = ", training portal started and stopped"
        return f"{png} {width}×{height}{portal}"

    def sandbox(self, home: Path) -> str:
        env = isolated_env(home)
        status, output = run([str(self.exe), "--help"], env, timeout=30)
        if status != 0:
            raise SmokeFailure(f"--help: status {status}")
        if "sandbox" not in output:
            return "SKIP this build has no `sandbox` command yet"
        port = free_port()
        command = [str(self.exe), "sandbox", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--data", str(home / "sandbox-data")]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        url = f"http://127.0.0.1:{port}/openapi.json"
        try:
            deadline = time.monotonic() + 60
            while True:
                if process.poll() is not None:
                    raise SmokeFailure(f"sandbox exited early with status {process.returncode}")
                try:
                    with urllib.request.urlopen(url, timeout=2) as response:
                        body = response.read()
                        if response.status == 200 and b'"openapi"' in body:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if time.monotonic() > deadline:
                    raise SmokeFailure(f"{url} did not answer within 60 s")
                time.sleep(0.2)
            started_in = 60 - (deadline - time.monotonic())
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGINT if os.name != "nt" else signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
                raise SmokeFailure("sandbox did not stop within 20 s of being asked") from None
        if process.returncode not in (0, -signal.SIGINT, 130):
            raise SmokeFailure(f"sandbox stopped with status {process.returncode}")
        return f"served {url} after {started_in:.1f} s, stopped with status {process.returncode}"

    def browser(self, home: Path) -> str:
        """The kiosk tour's browser scenes, with Chromium's sandbox read from /proc."""
        as_root = sys.platform.startswith("linux") and os.geteuid() == 0
        env = isolated_env(home)
        if as_root:
            print(
                "     running as root: Chromium cannot sandbox itself as root, so the "
                "smoke sets QTWEBENGINE_DISABLE_SANDBOX=1 for the browser step and expects "
                "the sandbox OFF. A kiosk runs as an ordinary user: run the smoke as one.",
                flush=True,
            )
            env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        tour = self.out / "browser"
        shutil.rmtree(tour, ignore_errors=True)
        command = [str(self.exe), "tour", "--mode", "kiosk", "--only", "browser"]
        process = subprocess.Popen(
            [*command, "--out", str(tour)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        # Chromium's helpers are read from Linux's /proc; elsewhere the sandbox is not read.
        on_linux = sys.platform.startswith("linux")
        watcher = web_sandbox.Watcher(process.pid)
        # The output is read in a thread: a full pipe would stop the application.
        output: list[str] = []
        reader = threading.Thread(target=lambda: output.extend(process.stdout or []))
        reader.start()
        deadline = time.monotonic() + 240
        while process.poll() is None and time.monotonic() < deadline:
            if on_linux:
                watcher.look()
            time.sleep(0.05)
        timed_out = process.poll() is None
        if timed_out:
            process.kill()
        process.wait()
        reader.join()
        # The offscreen platform's "This plugin does not support ..." lines would fill the
        # failure's excerpt.
        text = "".join(line for line in output if "This plugin does not support" not in line)
        if timed_out:
            raise SmokeFailure(f"the tour did not end within 240 s: {text.strip()[-600:]}")
        if process.returncode != 0:
            raise SmokeFailure(f"tour status {process.returncode}: {text.strip()[-600:]}")
        pages = []
        for name in ("browser-00-handoff", "browser-01-franceconnect", "browser-02-refused"):
            png = tour / f"{name}.png"
            if not png.is_file():
                raise SmokeFailure(f"no {png.name}: the browser did not open ({text[-400:]})")
            png_size(png)
            pages.append(png.name)
        shown = f"portal pages shown ({', '.join(pages)} in {tour})"
        if not on_linux:
            return f"{shown}; Chromium's sandbox not read on {sys.platform}"
        sandbox_ok, seen = web_sandbox.verdict(list(watcher.helpers.values()), not as_root)
        if not sandbox_ok:
            raise SmokeFailure(seen)
        return f"{shown}; {seen}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of a built assist-desk bundle.")
    parser.add_argument("bundle", type=Path, help="the bundle folder (dist/assist-desk)")
    parser.add_argument("--out", type=Path, help="where the PNGs go (default: dist/smoke)")
    args = parser.parse_args(argv)
    out = (args.out or args.bundle.resolve().parent / "smoke").resolve()
    out.mkdir(parents=True, exist_ok=True)
    try:
        smoke = Smoke(args.bundle.resolve(), out)
    except SmokeFailure as error:
        print(f"FAIL {error}")
        return 1
    print(f"bundle smoke test of {smoke.exe}")
    with tempfile.TemporaryDirectory(prefix="assist-desk-smoke-") as tmp:
        homes = [Path(tmp) / f"home{i}" for i in range(5)]
        for home in homes:
            home.mkdir()
        smoke.check("bundle contents", smoke.contents)
        smoke.check("--version", lambda: smoke.version(homes[0]))
        smoke.check(
            "home screen, training mode",
            lambda: smoke.screenshot(homes[1], "home-fr.png"),
        )
        smoke.check(
            "home screen, kiosk mode, Arabic",
            lambda: smoke.screenshot(
                homes[2], "kiosk-ar.png", "--mode", "kiosk", "--lang", "ar", training_kiosk=True
            ),
        )
        smoke.check("training portal (assist-desk sandbox)", lambda: smoke.sandbox(homes[3]))
        smoke.check(
            "controlled browser, kiosk mode, Chromium's sandbox",
            lambda: smoke.browser(homes[4]),
        )
    summary = f"{smoke.passed} passed, {smoke.failed} failed"
    print(f"bundle smoke: {summary}" + (f", {smoke.skipped} skipped" if smoke.skipped else ""))
    return 0 if smoke.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
