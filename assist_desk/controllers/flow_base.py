"""What every guided-flow controller shares: a wizard, busy state, portal errors, retry.

Views never see a :class:`~assist_desk.portal.errors.PortalError`: a controller
turns it into ``sig_error(kind, detail)`` where ``kind`` is one of
:data:`ERROR_KINDS`, keeps every typed value, and remembers the failed
operation so that :meth:`FlowController.retry` runs it again (with the same
idempotency key, since the payload did not change).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from assist_desk.flows.wizard import GuardRefused, Navmap, Wizard, WizardError
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from assist_desk.session_scope import SessionScope

log = logging.getLogger(__name__)

ERROR_KINDS = (
    "unavailable",
    "timeout",
    "rate_limited",
    "validation",
    "auth",
    "conflict",
    "not_found",
    "unexpected",
    "no_portal",
    # What the portal says of the account or of itself, each explained in plain words.
    "account_not_active",
    "account_awaiting_validation",
    "account_refused",
    "account_suspended",
    "maintenance",
)
#: Problem codes that are their own kind (the view explains each one).
OWN_KIND_CODES = frozenset(ERROR_KINDS[9:])

PortalGetter = Callable[[], PortalClient | None]


def error_kind(error: errors.PortalError) -> str:
    """The view-facing kind of a portal error."""
    for cls, kind in (
        (errors.Unavailable, "unavailable"),
        (errors.Timeout, "timeout"),
        (errors.RateLimited, "rate_limited"),
        (errors.ValidationFailed, "validation"),
        (errors.AuthenticationFailed, "auth"),
        (errors.Conflict, "conflict"),
        (errors.NotFound, "not_found"),
    ):
        if isinstance(error, cls):
            return kind
    return "unexpected"


def problem_kind(error: errors.PortalError) -> str:
    """The view-facing kind, the portal's own code when it has its own explanation."""
    if isinstance(error, NoPortal):
        return "no_portal"
    if error.code in OWN_KIND_CODES:
        return str(error.code)
    return error_kind(error)


class NoPortal(errors.PortalError):
    """The portal service is not (yet) available in this application."""


class FlowController(QObject):
    """A wizard walked by a view, with the portal calls between its steps.

    Signals:
        sig_step_changed(str): the current step (also after Back).
        sig_busy_changed(bool): a portal call started or ended.
        sig_error(str, str): kind (see :data:`ERROR_KINDS`) and the portal's detail
            ("" when none); the data is kept and :meth:`retry` is possible.
        sig_error_cleared(): the error shown can go away.
        sig_refused(str): the step cannot be left yet (guard reason code).
        sig_field_errors(object): ``{field: code}`` from the portal, for the form.
    """

    sig_step_changed = Signal(str)
    sig_busy_changed = Signal(bool)
    sig_error = Signal(str, str)
    sig_error_cleared = Signal()
    sig_refused = Signal(str)
    sig_field_errors = Signal(object)

    def __init__(
        self,
        navmap: Navmap,
        portal: PortalGetter,
        parent: QObject | None = None,
        scope: SessionScope | None = None,
    ):
        super().__init__(parent)
        self.wizard = Wizard(navmap)
        self._portal = portal
        #: Where the portal operations run: the wipe ends them (the application's
        #: shared scope; a controller made alone, e.g. in a test, gets its own).
        self.scope = scope or SessionScope()
        self._busy = False
        self._retry: Callable[[], Awaitable[None]] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.last_error: tuple[str, str] | None = None
        self.retry_after: float | None = None

    # -- state ------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.sig_busy_changed.emit(busy)

    @property
    def data(self) -> dict[str, Any]:
        return self.wizard.data

    @property
    def current(self) -> str:
        return self.wizard.current

    def portal(self) -> PortalClient:
        client = self._portal()
        if client is None:
            raise NoPortal("the portal service is not available")
        return client

    # -- moves --------------------------------------------------------------------

    def update(self, **values: Any) -> None:
        self.wizard.update(**values)

    def go_next(self) -> None:
        """Move on from the current step (subclasses intercept steps that call the portal)."""
        if self._busy:
            return
        self._advance()

    def _advance(self, **values: Any) -> bool:
        try:
            self.wizard.next(**values)
        except GuardRefused as refused:
            self.sig_refused.emit(refused.reason)
            return False
        except WizardError:  # e.g. "Continue" on a final step: nothing to do
            log.warning("flow %s: no step after %s", self.wizard.navmap.name, self.current)
            return False
        self._clear_error()
        self._entered(self.wizard.current)
        self.sig_step_changed.emit(self.wizard.current)
        return True

    def go_back(self) -> None:
        if self._busy or not self.wizard.can_back():
            return
        self._cancel_tasks()
        self.wizard.back()
        self._clear_error()
        self._entered(self.wizard.current)
        self.sig_step_changed.emit(self.wizard.current)

    def back_to(self, step_id: str) -> None:
        try:
            self.wizard.back_to(step_id)
        except WizardError:
            return
        self._entered(step_id)
        self.sig_step_changed.emit(step_id)

    def _entered(self, step_id: str) -> None:
        """Hook: a step became current (load what it needs)."""

    def restart(self) -> None:
        """Forget everything of this flow (new person or session wipe)."""
        self._cancel_tasks()
        self.wizard.reset()
        self._retry = None
        self._set_busy(False)
        self._clear_error()
        self._entered(self.wizard.current)
        self.sig_step_changed.emit(self.wizard.current)

    # -- portal operations ---------------------------------------------------------

    def run(self, operation: Callable[[], Awaitable[None]]) -> asyncio.Task[None] | None:
        """Start ``operation`` in the session scope; errors become ``sig_error``.

        The task is also kept here, so that Back can cancel this flow's own operations.
        """
        task = self.scope.run(self._guarded(operation))
        if task is None:
            return None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, operation: Callable[[], Awaitable[None]]) -> None:
        self._retry = None
        self._clear_error()
        self._set_busy(True)
        try:
            await operation()
        except errors.PortalError as error:
            self._retry = operation
            self._report(error)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # never a traceback on a citizen's screen
            # The type only: a traceback's text can carry what the citizen typed
            # (e.g. ``ValueError: invalid literal ... '<typed>'``).
            log.error(
                "flow %s: operation failed (%s)", self.wizard.navmap.name, type(error).__name__
            )
            self._retry = operation
            self.last_error = ("unexpected", "")
            self.sig_error.emit("unexpected", "")
        finally:
            self._set_busy(False)

    def _report(self, error: errors.PortalError) -> None:
        kind = problem_kind(error)
        self.retry_after = error.retry_after if isinstance(error, errors.RateLimited) else None
        log.info("flow %s: portal error %s (%s)", self.wizard.navmap.name, kind, error.code)
        if isinstance(error, errors.ValidationFailed):
            fields = {name: codes[0] for name, codes in error.field_errors.items() if codes}
            self.on_validation(fields)
        self.last_error = (kind, error.detail or "")
        self.sig_error.emit(kind, error.detail or "")

    def on_validation(self, fields: dict[str, str]) -> None:
        """Hook: the portal refused some fields (subclasses show them on the form)."""
        self.sig_field_errors.emit(fields)

    def can_retry(self) -> bool:
        return self._retry is not None and not self._busy

    def retry(self) -> None:
        """Run the failed operation again, with the same data."""
        if self._retry is not None and not self._busy:
            self.run(self._retry)

    def clear_error(self) -> None:
        """The person fixed what the error was about (e.g. every refused field)."""
        self._clear_error()

    def _clear_error(self) -> None:
        if self.last_error is not None:
            self.last_error = None
            self.sig_error_cleared.emit()

    def _cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    async def wait_idle(self) -> None:
        """For tours and tests: wait until every running operation has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
