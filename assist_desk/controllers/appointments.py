"""The appointments controller: pre-application number status and slots, or a hand-off.

Wraps :class:`~assist_desk.appointments.service.AppointmentService` for the
views. Every request runs in the session scope (:mod:`assist_desk.session_scope`):
the wipe cancels it, and an answer that arrives for an ended session is dropped,
never shown to the next person. ``busy`` is reset in ``finally``; the service
itself never raises (it returns a fallback), so the view always has something
calm to show.

Tokens: in training mode the caller passes the emulation's token. Elsewhere the
help point's ANTS tokens live in the OS keyring, where a read may take up to 2 s:
the caller passes a ``token_loader`` (:func:`stored_tokens`), which starts at
once in the background when a loop runs, and every request first awaits it
(the screen stays responsive; the first check may wait for it). Until tokens
arrive, or when they are missing or the keyring fails, the service falls back
to the hand-off ("not-configured"), exactly as without tokens.

Signals:
    sig_busy_changed(bool): a request started or ended.
    sig_configuration_changed(): tokens arrived (``can_check_numbers`` and
        ``can_find_slots`` may have changed).
    sig_number_checked(object): a :class:`NumberOutcome`.
    sig_slots_found(object): a :class:`SlotsOutcome`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from assist_desk.appointments.service import (
    AppointmentConfig,
    AppointmentService,
    NumberOutcome,
    SlotsOutcome,
)
from assist_desk.session_scope import SessionScope

if TYPE_CHECKING:
    from assist_desk.credentials import CredentialStore

log = logging.getLogger(__name__)

#: Reads the (coordination, hub) tokens; None for a missing one. Must not raise.
TokenLoader = Callable[[], Awaitable[tuple[str | None, str | None]]]


def stored_tokens(store: CredentialStore | None = None) -> TokenLoader:
    """A loader of the help point's ANTS tokens from ``store`` (default: the OS keyring).

    Off the GUI thread with the store's time limit; a missing token or an
    unavailable keyring gives None (logged without any token text).
    """

    async def load() -> tuple[str | None, str | None]:
        from assist_desk.credentials import KeyringStore, StorageUnavailable, ants_tokens

        try:
            coordination, hub = await ants_tokens(store or KeyringStore())
        except StorageUnavailable as error:
            log.warning("ANTS tokens not read (%s): hand-off to the official site", error)
            return None, None
        if not coordination:
            log.warning("ANTS coordination API token not stored: hand-off to the official site")
        if not hub:
            log.warning("ANTS appointment hub token not stored: hand-off to the official site")
        return coordination, hub

    return load


class AppointmentsController(QObject):
    """See the module docstring."""

    sig_busy_changed = Signal(bool)
    sig_configuration_changed = Signal()
    sig_number_checked = Signal(object)
    sig_slots_found = Signal(object)

    def __init__(
        self,
        config: AppointmentConfig,
        coordination_token: str | None = None,
        hub_token: str | None = None,
        site: tuple[float, float] | None = None,
        token_loader: TokenLoader | None = None,
        scope: SessionScope | None = None,
    ) -> None:
        super().__init__()
        #: Where the requests run: the wipe ends them (see the module docstring).
        self.scope = scope or SessionScope()
        self._owns_scope = scope is None
        self.config = config
        self.site = site
        self._tokens = (coordination_token, hub_token)
        self._service = AppointmentService(config, coordination_token, hub_token)
        self._busy = False
        self._token_loader = token_loader
        self._token_task: asyncio.Task[None] | None = None
        if token_loader is not None:
            try:
                asyncio.get_running_loop()
            except RuntimeError:  # no loop running (yet): loaded before the first request
                pass
            else:
                # The help point's tokens, not a citizen's: a wipe does not stop the read.
                self._token_task = self.scope.run_lasting(self._load_tokens())

    def set_tokens(self, coordination_token: str | None, hub_token: str | None) -> None:
        """Use these tokens from now on (a fresh service; the old one is closed)."""
        if (coordination_token, hub_token) == self._tokens:
            return
        self._tokens = (coordination_token, hub_token)
        old = self._service
        self._service = AppointmentService(self.config, coordination_token, hub_token)
        self._close_later(old)
        self.sig_configuration_changed.emit()

    async def _load_tokens(self) -> None:
        loader = self._token_loader
        if loader is None:
            return
        try:
            tokens = await loader()
        except Exception as error:  # a loader must not raise; never the citizen's problem
            log.warning("ANTS tokens not read (%s): hand-off", type(error).__name__)
            tokens = (None, None)
        if self._token_loader is None:  # another load finished first
            return
        self._token_loader = None
        self.set_tokens(*tokens)

    async def _tokens_ready(self) -> None:
        """Wait for the background token read (or read now if it never started)."""
        task = self._token_task
        if task is not None and not task.done():
            with contextlib.suppress(RuntimeError):
                if task.get_loop() is asyncio.get_running_loop():
                    await asyncio.shield(task)
        if self._token_loader is not None:  # never started, or on a loop gone since
            await self._load_tokens()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.sig_busy_changed.emit(busy)

    @property
    def can_check_numbers(self) -> bool:
        return self._service.can_check_numbers

    @property
    def can_find_slots(self) -> bool:
        return self._service.can_find_slots and self.site is not None

    @property
    def handoff_url(self) -> str:
        return self.config.handoff_url

    def check_number(self, typed: str) -> None:
        """Check ``typed``; ``sig_number_checked`` follows unless the session ends first."""
        self._set_busy(True)
        self.scope.run(self._check(typed), self.sig_number_checked.emit)

    async def _check(self, typed: str) -> NumberOutcome:
        try:
            await self._tokens_ready()
            outcome: NumberOutcome = await self._service.check(typed)
            fallback = outcome.fallback.reason if outcome.fallback else None
            log.info(
                "pre-application number checked: %s",
                outcome.status.status if outcome.status else fallback,
            )
            return outcome
        finally:
            self._set_busy(False)

    def find_slots(self) -> None:
        """Slots near the site; ``sig_slots_found`` follows unless the session ends first."""
        self._set_busy(True)
        self.scope.run(self._find_slots(), self.sig_slots_found.emit)

    async def _find_slots(self) -> SlotsOutcome:
        try:
            await self._tokens_ready()
            if self.site is None:
                outcome = SlotsOutcome(fallback=None)
            else:
                outcome = await self._service.slots_near(self.site[0], self.site[1])
            log.info("appointment slots searched: %d meeting points", len(outcome.points))
            return outcome
        finally:
            self._set_busy(False)

    async def aclose(self) -> None:
        if self._token_task is not None and not self._token_task.done():
            self._token_task.cancel()
        await self._service.aclose()

    def reset(self) -> None:
        """Session wipe: a fresh service (nothing of the citizen survives in it)."""
        if self._owns_scope:  # made alone: the application's wipe cannot reach its requests
            self.scope.end()
        old = self._service
        self._service = AppointmentService(self.config, *self._tokens)
        self._set_busy(False)
        self._close_later(old)

    def _close_later(self, old: AppointmentService) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # no loop running (tests, shutdown): nothing is open
            return
        self.scope.run_lasting(old.aclose())
