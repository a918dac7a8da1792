"""The appointments controller: pre-application number status and slots, or a hand-off.

Wraps :class:`~assist_desk.appointments.service.AppointmentService` for the
views. Every slot is ``try/finally`` with ``busy`` reset; the service itself
never raises (it returns a fallback), so the view always has something calm
to show.

Signals:
    sig_busy_changed(bool): a request started or ended.
    sig_number_checked(object): a :class:`NumberOutcome`.
    sig_slots_found(object): a :class:`SlotsOutcome`.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from assist_desk.appointments.service import (
    AppointmentConfig,
    AppointmentService,
    NumberOutcome,
    SlotsOutcome,
)

log = logging.getLogger(__name__)


class AppointmentsController(QObject):
    """See the module docstring."""

    sig_busy_changed = Signal(bool)
    sig_number_checked = Signal(object)
    sig_slots_found = Signal(object)

    def __init__(
        self,
        config: AppointmentConfig,
        coordination_token: str | None = None,
        hub_token: str | None = None,
        site: tuple[float, float] | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.site = site
        self._tokens = (coordination_token, hub_token)
        self._service = AppointmentService(config, coordination_token, hub_token)
        self._busy = False
        self._closing: set[asyncio.Task[None]] = set()

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

    @asyncSlot(str)  # type: ignore[untyped-decorator]
    async def check_number(self, typed: str) -> None:
        self._set_busy(True)
        try:
            outcome: NumberOutcome = await self._service.check(typed)
            log.info(
                "pre-application number checked: %s",
                outcome.status.status if outcome.status else outcome.fallback,
            )
            self.sig_number_checked.emit(outcome)
        finally:
            self._set_busy(False)

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def find_slots(self) -> None:
        self._set_busy(True)
        try:
            if self.site is None:
                outcome = SlotsOutcome(fallback=None)
            else:
                outcome = await self._service.slots_near(self.site[0], self.site[1])
            log.info("appointment slots searched: %d meeting points", len(outcome.points))
            self.sig_slots_found.emit(outcome)
        finally:
            self._set_busy(False)

    async def aclose(self) -> None:
        await self._service.aclose()

    def reset(self) -> None:
        """Session wipe: a fresh service (nothing of the citizen survives in it)."""
        old = self._service
        self._service = AppointmentService(self.config, *self._tokens)
        self._set_busy(False)
        try:
            task = asyncio.get_running_loop().create_task(old.aclose())
        except RuntimeError:  # no loop running (tests, shutdown): nothing is open
            return
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)
