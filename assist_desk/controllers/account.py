"""Controllers of "Create an account", the signed-in account, and Terms re-acceptance."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from assist_desk.controllers.flow_base import FlowController, PortalGetter, problem_kind
from assist_desk.flows import navmaps
from assist_desk.flows.fields import create_payload
from assist_desk.models import Account, TermsVersion
from assist_desk.models.accounts import AccountStatus, FranceConnectStatus
from assist_desk.models.terms import changed_sections
from assist_desk.modes import DEFAULT_LANGUAGE, LANGUAGES
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from assist_desk.session_scope import SessionScope

log = logging.getLogger(__name__)

#: How often the account's status is read while waiting for the e-mail link.
POLL_INTERVAL_MS = 3000
#: How long a FranceConnect round trip may take before the person is asked to try again.
FRANCECONNECT_WAIT_S = 300.0


class FlowSession(QObject):
    """The account a citizen created or signed in with during this session (memory only).

    Signals:
        sig_account_changed(object): the :class:`Account`, or None after a wipe.
    """

    sig_account_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.account: Account | None = None
        #: E-5: "an account already uses this address": sign in with it instead
        #: (the address, and whether the password was forgotten); read once by the
        #: sign-in page.
        self.sign_in_instead: tuple[str, bool] | None = None

    def set_account(self, account: Account | None) -> None:
        self.account = account
        self.sig_account_changed.emit(account)

    def clear(self) -> None:
        self.sign_in_instead = None
        self.set_account(None)


class AccountController(FlowController):
    """Walks the account-creation navmap and makes its portal calls.

    Signals:
        sig_terms_loaded(object): the current :class:`TermsVersion` (for the terms step).
        sig_open_url(str): open this URL (FranceConnect round trip on the portal).
        sig_status(str): the account's status while waiting (``pending_activation``…).
        sig_resent(): the activation e-mail was sent again.
    """

    sig_terms_loaded = Signal(object)
    sig_open_url = Signal(str)
    sig_status = Signal(str)
    sig_resent = Signal()

    def __init__(
        self,
        portal: PortalGetter,
        session: FlowSession,
        site_id: str = "training-site",
        parent: QObject | None = None,
        scope: SessionScope | None = None,
    ) -> None:
        super().__init__(navmaps.account_navmap(), portal, parent, scope)
        self.session = session
        self.site_id = site_id
        self.terms: TermsVersion | None = None
        self.account: Account | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_INTERVAL_MS)
        self.poll_timer.timeout.connect(self.poll_now)
        self._polling = False

    # -- moves ---------------------------------------------------------------------

    def go_next(self) -> None:
        if self.busy:
            return
        if self.current == "declaration":
            self.run(self._submit)
            return
        self._advance()

    def _entered(self, step_id: str) -> None:
        if step_id == "terms" and self.terms is None:
            self.run(self._load_terms)
        if step_id in ("check_email", "prefecture_pending"):
            self.poll_timer.start()
        else:
            self.poll_timer.stop()

    def restart(self) -> None:
        self.poll_timer.stop()
        self.terms = None
        self.account = None
        super().restart()

    def form_step(self) -> str:
        return "town_hall_request" if self.data.get("profile") == "town_hall_dr" else "form"

    def on_validation(self, fields: dict[str, str]) -> None:
        # Show the portal's refusals on the form, where the person can fix them.
        form = self.form_step()
        if fields and form in self.wizard.history:
            self.back_to(form)
        super().on_validation(fields)

    # -- portal calls ------------------------------------------------------------------

    async def _load_terms(self) -> None:
        terms = await self.portal().current_terms()
        self.terms = terms
        self.update(terms_version=terms.id, terms_sha256=terms.sha256)
        self.sig_terms_loaded.emit(terms)

    def load_terms(self) -> None:
        self.run(self._load_terms)

    async def _submit(self) -> None:
        client = self.portal()
        profile = self.data["profile"]
        if self.account is None:
            if profile == "individual" and self.data.get("method") == "franceconnect":
                self.account = await self._franceconnect()
            else:
                payload = create_payload(profile, self.data.get("fields", {}))
                # The box the citizen ticked goes with the creation itself (M12).
                payload["terms"] = {
                    "version_id": self.data["terms_version"],
                    "sha256": self.data["terms_sha256"],
                    "site_id": self.site_id,
                }
                self.account = await client.create_account(payload)
            log.info("account created (profile %s, status %s)", profile, self.account.status)
        account = self.account
        # A FranceConnect account is active at once, with a session: it accepts now.
        if client.has_session(account.id) and not account.terms_current:
            await client.accept_terms(
                account.id,
                self.data["terms_version"],
                self.data["terms_sha256"],
                site_id=self.site_id,
            )
            account = await client.account(account.id)
            self.account = account
        if account.status is AccountStatus.ACTIVE and client.has_session(account.id):
            self.session.set_account(account)
        self._advance(account_id=account.id, account_status=account.status.value)

    async def _franceconnect(self) -> Account:
        client = self.portal()
        attempt = await client.franceconnect_start()
        self.sig_open_url.emit(attempt.authorize_url)
        deadline = asyncio.get_running_loop().time() + FRANCECONNECT_WAIT_S
        while True:
            result = await client.franceconnect_result(attempt.id)
            if result.status is FranceConnectStatus.COMPLETED and result.account is not None:
                return result.account
            if result.status is not FranceConnectStatus.PENDING:
                from assist_desk.portal.errors import Conflict

                raise Conflict(f"FranceConnect {result.status.value}")
            if asyncio.get_running_loop().time() > deadline:
                from assist_desk.portal.errors import Timeout

                raise Timeout("FranceConnect did not complete")
            await asyncio.sleep(1.0)

    def poll_now(self) -> None:
        """Read the account's status now (the timer calls this every few seconds)."""
        if self._polling or self.account is None or self.busy:
            return
        self._polling = True
        self.run(self._poll)

    async def _poll(self) -> None:
        try:
            assert self.account is not None
            account = await self.portal().account(self.account.id)
        finally:
            self._polling = False
        self.account = account
        self.sig_status.emit(account.status.value)
        self.update(account_status=account.status.value)
        status = account.status
        if status is AccountStatus.ACTIVE:
            await self._open_session(account)
        if status is AccountStatus.REFUSED:  # the prefecture said no: say so, stop waiting
            self.poll_timer.stop()
            self.last_error = ("account_refused", "")
            self.sig_error.emit("account_refused", "")
            return
        moved = (self.current == "check_email" and status is AccountStatus.ACTIVE) or (
            self.current == "prefecture_pending"
            and status in (AccountStatus.PENDING_ACTIVATION, AccountStatus.ACTIVE)
        )
        if moved:
            self._advance()

    async def _open_session(self, account: Account) -> None:
        """An account just activated has no session yet (M12): sign in with the password
        the citizen chose in the form. Accounts that chose theirs on the portal's page
        (SIV professionals, town halls) sign in themselves when they make a request."""
        client = self.portal()
        fields = self.data.get("fields", {})
        if not client.has_session(account.id) and fields.get("password"):
            await client.sign_in(fields.get("email", account.email), fields["password"])
        if client.has_session(account.id):
            self.session.set_account(account)

    def resend(self) -> None:
        """Send the activation e-mail again (the portal limits how often)."""
        if self.account is not None:
            self.run(self._resend)

    async def _resend(self) -> None:
        assert self.account is not None
        await self.portal().resend_activation(self.account.id)
        self.sig_resent.emit()


class ReacceptanceController(FlowController):
    """Terms changed since the account's last acceptance: show what changed, ask again.

    Signals:
        sig_changes(object): ``(old, new, changes)`` with ``changes`` a list of
            :class:`~assist_desk.models.terms.SectionChange`.
        sig_done(): accepted; the caller can go on.
    """

    sig_changes = Signal(object)
    sig_done = Signal()

    def __init__(
        self,
        portal: PortalGetter,
        session: FlowSession,
        site_id: str = "training-site",
        language: Any = None,
        parent: QObject | None = None,
        scope: SessionScope | None = None,
    ) -> None:
        super().__init__(navmaps.reacceptance_navmap(), portal, parent, scope)
        self.session = session
        self.site_id = site_id
        self._language = language or (lambda: "fr")
        self.old: TermsVersion | None = None
        self.new: TermsVersion | None = None

    def begin(self) -> None:
        """Start for the session's account: load both versions and compare them."""
        self.restart()
        self.run(self._load)

    async def _load(self) -> None:
        account = self.session.account
        if account is None:
            return
        client = self.portal()
        self.update(account_id=account.id)
        new = await client.current_terms()
        old = (
            await client.terms(account.terms_accepted_version)
            if account.terms_accepted_version
            else None
        )
        self.old, self.new = old, new
        self.update(terms_version=new.id, terms_sha256=new.sha256)
        language = self._language()
        shown = next((code for code in LANGUAGES if code == language), DEFAULT_LANGUAGE)
        changes = changed_sections(old, new, shown) if old is not None else []
        self.sig_changes.emit((old, new, changes))

    def go_next(self) -> None:
        if self.busy:
            return
        if self.current == "confirm" and not self.data.get("accepted"):
            if self.data.get("terms_read") is not True:
                self.sig_refused.emit(navmaps.TERMS_NOT_READ)
                return
            self.run(self._accept)
            return
        self._advance()

    async def _accept(self) -> None:
        client = self.portal()
        account_id = self.data["account_id"]
        await client.accept_terms(
            account_id, self.data["terms_version"], self.data["terms_sha256"], site_id=self.site_id
        )
        account = await client.account(account_id)
        self.session.set_account(account)
        if self._advance(accepted=True):
            self.sig_done.emit()


class PasswordResetController(QObject):
    """ "Forgot password": asks the portal to e-mail a reset link (the link itself opens
    the portal's page, where the citizen chooses the new password).

    Signals:
        sig_sent(): asked; the same answer whether or not an account uses the address.
        sig_failed(str): the kind of error (see ``flow_base.ERROR_KINDS``).
        sig_busy_changed(bool)
    """

    sig_sent = Signal()
    sig_failed = Signal(str)
    sig_busy_changed = Signal(bool)

    def __init__(
        self, portal: Callable[[], PortalClient], scope: SessionScope, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._portal = portal
        self.scope = scope
        self.busy = False

    def send(self, email: str) -> None:
        if self.busy or not email.strip():
            return
        self._set_busy(True)
        if self.scope.run(self._send(email.strip())) is None:  # no event loop (yet)
            self._set_busy(False)
            self.sig_failed.emit("no_portal")

    async def _send(self, email: str) -> None:
        try:
            await self._portal().request_password_reset(email)
        except errors.PortalError as error:
            # The address stays out of the log: only the kind and the code.
            log.info("password reset not sent (%s)", error.code or type(error).__name__)
            self.sig_failed.emit(problem_kind(error))
        else:
            self.sig_sent.emit()
        finally:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sig_busy_changed.emit(busy)
