"""A private Linux desktop with the accessibility bus, for the AT-SPI tests.

:class:`Desktop` starts, in a temporary folder, what a screen reader's session has:
a D-Bus session bus, a virtual X display (Xvfb), the AT-SPI bus (at-spi-bus-launcher,
which starts the registry) and a window manager (openbox; without one no window is
ever active and Qt sends no focus events). :class:`RunningApp` starts assist-desk on
it (xcb platform, accessibility always on) and talks to it through ``probe.py``, run
under the system Python, which has the GObject bindings the virtual environment lacks.

Every process started here is stopped by its own id in :meth:`Desktop.stop` /
:meth:`RunningApp.stop`.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
PROBE = Path(__file__).with_name("probe.py")
REPO = Path(__file__).resolve().parents[2]
#: Debian packages these tests need (also installed by .ci/run).
#: An answer from the probe takes milliseconds; this long means it is stuck.
PROBE_TIMEOUT_S = 20
PACKAGES = "xvfb at-spi2-core dbus-daemon openbox xdotool python3-gi gir1.2-atspi-2.0"


def missing_tools() -> str:
    """'' when this machine can run the bus tests, else what is missing, in one line."""
    missing = [
        tool
        for tool in ("Xvfb", "dbus-daemon", "dbus-send", "openbox", "xdotool")
        if shutil.which(tool) is None
    ]
    if not Path(BUS_LAUNCHER).exists():
        missing.append(BUS_LAUNCHER)
    if Path(SYSTEM_PYTHON).exists():
        check = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
            capture_output=True,
            check=False,
        )
        if check.returncode != 0:
            missing.append("the Atspi GObject bindings")
    else:
        missing.append(SYSTEM_PYTHON)
    return ", ".join(missing)


class BusyApplication(AssertionError):
    """libatspi gave up on one call to the application ("The process appears to be hung")."""


class Desktop:
    """D-Bus + Xvfb + AT-SPI bus + openbox in ``folder``; :meth:`stop` ends them all."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env: dict[str, str] = {}

    def _spawn(self, args: list[str], log: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        with (self.folder / log).open("wb") as out:
            process = subprocess.Popen(
                args, stdout=kwargs.pop("stdout", out), stderr=out, env=self.env, **kwargs
            )
        self.processes.append(process)
        return process

    def start(self) -> None:
        base = {key: os.environ[key] for key in ("PATH", "LANG") if key in os.environ}
        self.env = {**base, "HOME": str(self.folder), "XDG_RUNTIME_DIR": str(self.folder)}
        os.chmod(self.folder, 0o700)
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            "dbus.log",
            stdout=subprocess.PIPE,
        )
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        read_end, write_end = os.pipe()
        self._spawn(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ],
            "xvfb.log",
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as display:
            number = display.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start; logs in {self.folder}")
        self.env["DISPLAY"] = ":" + number
        self._spawn([BUS_LAUNCHER, "--launch-immediately"], "at-spi.log")
        self._wait_for(self._bus_enabled, "the AT-SPI bus")
        self._spawn(["openbox", "--sm-disable"], "openbox.log")

    def _bus_enabled(self) -> bool:
        """Turn accessibility on for the session (what Orca does); True once the bus answers."""
        result = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--dest=org.a11y.Bus",
                "--print-reply",
                "/org/a11y/bus",
                "org.freedesktop.DBus.Properties.Set",
                "string:org.a11y.Status",
                "string:IsEnabled",
                "variant:boolean:true",
            ],
            env=self.env,
            capture_output=True,
            check=False,
        )
        return result.returncode == 0

    def _wait_for(self, ready: Callable[[], bool], what: str, seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not ready():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start; logs in {self.folder}")
            time.sleep(0.1)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process.stdout is not None:
                process.stdout.close()
        self.processes.clear()


class RunningApp:
    """assist-desk on a :class:`Desktop`, read through the probe (the screen reader's side)."""

    def __init__(self, desktop: Desktop, folder: Path, *args: str, site: str = "") -> None:
        self.desktop = desktop
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(desktop.env)
        for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
            (folder / sub).mkdir(exist_ok=True)
            env[name] = str(folder / sub)
        env.update(
            XDG_STATE_HOME=str(folder / "state"),
            XDG_CACHE_HOME=str(folder / "cache"),
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            ASSIST_DESK_TRAINING_KIOSK="true",
            # A native crash of the application (it happened once: "assist-desk ended
            # (-11)" with an empty log) leaves the Python stack of each thread in app.log,
            # which the failure message quotes.
            PYTHONFAULTHANDLER="1",
        )
        if site:
            (folder / "site.toml").write_text(site, encoding="utf-8")
            args = (*args, "--config", str(folder / "site.toml"))
        self.log = folder / "app.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "assist_desk", *args],
                cwd=REPO,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.probe = subprocess.Popen(
            [SYSTEM_PYTHON, str(PROBE), str(self.process.pid)],
            env=desktop.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.ask({"cmd": "none"}, raw=True)  # the probe's first line says it started
        self.wait_until(lambda: self.ask({"cmd": "ready"}, raw=True).get("ok"), "app on the bus")

    def ask(self, command: dict[str, Any], raw: bool = False) -> dict[str, Any]:
        """Send one command to the probe and return its reply (an error fails the test)."""
        assert self.probe.stdin is not None
        assert self.probe.stdout is not None
        if command["cmd"] != "none":
            self.probe.stdin.write(json.dumps(command) + "\n")
            self.probe.stdin.flush()
        ready, _, _ = select.select([self.probe.stdout], [], [], PROBE_TIMEOUT_S)
        line = self.probe.stdout.readline() if ready else ""
        if not line:
            raise RuntimeError(f"the AT-SPI probe gave no answer; app log: {self.log.read_text()}")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply and not raw:
            if "appears to be hung" in reply["error"]:
                raise BusyApplication(reply["error"])
            raise AssertionError(reply["error"])
        return reply

    def wait_until(self, ready: Callable[[], Any], what: str, seconds: float = 20) -> Any:
        deadline = time.monotonic() + seconds
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"assist-desk ended ({self.process.returncode}): {self.log.read_text()}"
                )
            try:
                value = ready()
            except BusyApplication:
                # libatspi said "hung": the app did not answer one call in time (a busy
                # two-core machine, the end of a session). Waiting is what a screen reader
                # does too; an app that stays silent past the deadline still fails.
                value = None
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.1)

    def tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = self.ask({"cmd": "tree"})["tree"]
        return tree

    def act(
        self,
        role: str,
        name: str | None,
        action: str | None = None,
        index: int = 0,
        state: str | None = None,
    ) -> None:
        """Do ``action`` (the first one if None) on the ``index``-th showing node of this
        role, with this name (None: any) and in this state (None: any)."""
        command = {"cmd": "act", "role": role, "name": name, "action": action, "index": index}
        self.ask({**command, "state": state})

    def title(self) -> str:
        """The active window's name (it follows the screen and the step)."""
        title: str = self.ask({"cmd": "title"})["title"]
        return title

    def focused(self) -> dict[str, Any] | None:
        node: dict[str, Any] | None = self.ask({"cmd": "focused"})["node"]
        return node

    def key(self, *keysyms: str) -> None:
        """Press keys as a person would (X test events to the focused window)."""
        for keysym in keysyms:
            subprocess.run(["xdotool", "key", keysym], env=self.desktop.env, check=True)

    def activate(self) -> None:
        """Make the application's window the active one (another app may have taken it):
        without an active window Qt sends no focus events."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
            env=self.desktop.env,
            capture_output=True,
            text=True,
            check=False,
        )
        for window in found.stdout.split():
            subprocess.run(
                ["xdotool", "windowactivate", "--sync", window],
                env=self.desktop.env,
                capture_output=True,
                check=False,
            )

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "20", text], env=self.desktop.env, check=True)

    def wait_for_event(
        self, matches: Callable[[dict[str, Any]], bool], what: str, seconds: float = 10
    ) -> list[dict[str, Any]]:
        """Collect events until one matches; returns all of them (the match last)."""
        seen: list[dict[str, Any]] = []

        def arrived() -> bool:
            for event in self.events():
                seen.append(event)
                if matches(event):
                    return True
            return False

        self.wait_until(arrived, what, seconds)
        return seen

    def settle(self, quiet: float = 0.5) -> list[dict[str, Any]]:
        """Wait until the application sends no event for ``quiet`` seconds; the events."""
        deadline = time.monotonic() + 10
        seen = self.events()
        while time.monotonic() < deadline:
            time.sleep(quiet)
            more = self.events()
            if not more:
                break
            seen += more
        return seen

    def focus_moves(self, events: list[dict[str, Any]]) -> list[str]:
        """ "role:name" of each "focus:" event: what a screen reader says, in order."""
        return [f"{e['role']}:{e['name']}" for e in events if e["type"] == "focus:"]

    def events(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = self.ask({"cmd": "events"})["events"]
        return found

    def stop(self) -> None:
        for process in (self.probe, self.process):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        assert self.probe.stdin is not None
        assert self.probe.stdout is not None
        self.probe.stdin.close()
        self.probe.stdout.close()
