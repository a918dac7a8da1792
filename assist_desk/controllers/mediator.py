"""Mediator sign-in, the re-lock after inactivity, status and staff tools.

The PIN or password is checked against its scrypt hash in the credential store
(the OS keyring). Every store call runs off the GUI thread with a timeout and
fails closed: when no secure storage answers, nobody signs in, the sign-in
screen says so, and citizens keep using the desk.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from assist_desk.credentials import (
    CredentialStore,
    SecretTooShort,
    StorageUnavailable,
    check_mediator_secret,
    has_mediator_secret,
    set_mediator_secret,
)
from assist_desk.pin_attempts import AttemptLedger, default_path
from assist_desk.session_scope import SessionScope

log = logging.getLogger(__name__)


#: Mediator states (``MediatorController.state``).
CHECKING = "checking"
NO_STORAGE = "no_storage"
NO_SECRET = "no_secret"
LOCKED = "locked"
UNLOCKED = "unlocked"

#: Longest wait for the portal status.
PROBE_TIMEOUT_S = 5.0


class MediatorController(QObject):
    """Who may use the staff tools, and what they show.

    Signals:
        sig_state_changed(str): one of CHECKING, NO_STORAGE, NO_SECRET, LOCKED, UNLOCKED.
        sig_sign_in_failed(str): "wrong", "storage", "paused" (too many attempts).
        sig_secret_set_failed(str): "short", "different", "storage".
        sig_busy_changed(bool): a store or portal call is running.
        sig_status_changed(): :attr:`status` has new values.
        sig_training_reset(bool): the training data was reset (True) or could not be.
    """

    sig_state_changed = Signal(str)
    sig_sign_in_failed = Signal(str)
    sig_secret_set_failed = Signal(str)
    sig_busy_changed = Signal(bool)
    sig_status_changed = Signal()
    sig_training_reset = Signal(bool)

    def __init__(
        self,
        store: CredentialStore,
        *,
        probe_portal: Callable[[], Awaitable[bool] | bool] | None = None,
        content_age_days: Callable[[], int | None] | None = None,
        reset_training: Callable[[], Any] | None = None,
        parent: QObject | None = None,
        scope: SessionScope | None = None,
        attempts: AttemptLedger | None = None,
    ) -> None:
        super().__init__(parent)
        #: A PIN check runs for the session (a wipe cancels it: it can never unlock the
        #: tools for the next person); storage probes, status and staff tools are
        #: device work that holds nothing of a citizen.
        self.scope = scope or SessionScope()
        self.store = store
        self.probe_portal = probe_portal
        self.content_age_days = content_age_days
        self.reset_training_data = reset_training
        self.state = CHECKING
        self.busy = False
        #: Wrong PINs and the pause, kept across restarts (see pin_attempts).
        self.attempts = attempts if attempts is not None else AttemptLedger(default_path())
        #: Last status read: {"portal": True/False/None, "content_age_days": int/None}.
        self.status: dict[str, Any] = {"portal": None, "content_age_days": None}

    # -- state ---------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            log.info("mediator state: %s", state)
            self.sig_state_changed.emit(state)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.sig_busy_changed.emit(busy)

    @property
    def unlocked(self) -> bool:
        return self.state == UNLOCKED

    def refresh(self) -> None:
        """Find out whether secure storage works and whether a secret is set."""
        self.scope.run_lasting(self.refresh_now())

    async def refresh_now(self) -> None:
        if self.state == UNLOCKED:
            return
        self._set_busy(True)
        try:
            has_secret = await has_mediator_secret(self.store)
        except StorageUnavailable as error:
            log.warning("mediator sign-in unavailable: %s", error)
            self._set_state(NO_STORAGE)
        else:
            self._set_state(LOCKED if has_secret else NO_SECRET)
        finally:
            self._set_busy(False)

    # -- sign-in -------------------------------------------------------------------

    def sign_in(self, secret: str) -> None:
        """Check ``secret``, one attempt at a time: while one is checked, others are ignored."""
        if self._admit():
            task = self.scope.run(self._check(secret))
            if task is not None:  # cancelled by a wipe, even before it ran: not busy any more
                task.add_done_callback(lambda _task: self._set_busy(False))

    async def sign_in_now(self, secret: str) -> bool:
        return self._admit() and await self._check(secret)

    def _admit(self) -> bool:
        """May an attempt be checked now? If so, it is counted (reserved) before any wait."""
        if self.busy:
            log.info("mediator sign-in attempt ignored: one is being checked")
            return False
        if self.attempts.pause_left() > 0:
            self.sig_sign_in_failed.emit("paused")
            return False
        self.attempts.reserve()
        self._set_busy(True)
        return True

    async def _check(self, secret: str) -> bool:
        try:
            good = await check_mediator_secret(self.store, secret)
        except StorageUnavailable as error:
            log.warning("mediator sign-in failed closed: %s", error)
            self.attempts.forgive()
            self._set_state(NO_STORAGE)
            self.sig_sign_in_failed.emit("storage")
            return False
        finally:
            self._set_busy(False)
        if not good:
            log.info("mediator sign-in refused (%d failed attempts)", self.attempts.failures)
            paused = self.attempts.pause_left() > 0
            self.sig_sign_in_failed.emit("paused" if paused else "wrong")
            return False
        self.attempts.succeeded()
        log.info("mediator signed in")
        self._set_state(UNLOCKED)
        return True

    def lock(self) -> None:
        """Sign out (the re-lock timer, "Lock", a wipe in kiosk mode)."""
        if self.state == UNLOCKED:
            log.info("mediator tools locked")
            self._set_state(LOCKED)

    def set_secret(self, secret: str, repeated: str) -> None:
        self.scope.run_lasting(self.set_secret_now(secret, repeated))

    async def set_secret_now(self, secret: str, repeated: str) -> bool:
        """Installation: store the first PIN (refused once one is set, unless signed in)."""
        if self.state not in (NO_SECRET, UNLOCKED):
            return False
        if secret != repeated:
            self.sig_secret_set_failed.emit("different")
            return False
        self._set_busy(True)
        try:
            await set_mediator_secret(self.store, secret)
        except SecretTooShort:
            self.sig_secret_set_failed.emit("short")
            return False
        except StorageUnavailable as error:
            log.warning("mediator secret not stored: %s", error)
            self._set_state(NO_STORAGE)
            self.sig_secret_set_failed.emit("storage")
            return False
        finally:
            self._set_busy(False)
        log.info("mediator secret set")
        self._set_state(UNLOCKED)
        return True

    # -- status and tools ----------------------------------------------------------

    def refresh_status(self) -> None:
        self.scope.run_lasting(self.refresh_status_now())

    async def refresh_status_now(self) -> None:
        portal: bool | None = None
        if self.probe_portal is not None:
            try:
                answer = self.probe_portal()
                if inspect.isawaitable(answer):
                    answer = await asyncio.wait_for(answer, PROBE_TIMEOUT_S)
                portal = bool(answer)
            except Exception:
                log.info("portal status probe failed")
                portal = False
        age = None
        if self.content_age_days is not None:
            try:
                age = self.content_age_days()
            except Exception:
                log.info("content pack age unknown")
        self.status = {"portal": portal, "content_age_days": age}
        self.sig_status_changed.emit()

    def reset_training(self) -> None:
        self.scope.run_lasting(self.reset_training_now())

    async def reset_training_now(self) -> bool:
        if not self.unlocked or self.reset_training_data is None:
            return False
        self._set_busy(True)
        try:
            result = self.reset_training_data()
            if inspect.isawaitable(result):
                await result
        except Exception:
            log.exception("training data reset failed")
            self.sig_training_reset.emit(False)
            return False
        finally:
            self._set_busy(False)
        log.info("training data reset")
        self.sig_training_reset.emit(True)
        return True
