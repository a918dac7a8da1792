"""Controller of "New request": sign-in, category, procedure, summary, hand-off."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from assist_desk.controllers.account import FRANCECONNECT_WAIT_S, FlowSession
from assist_desk.controllers.flow_base import FlowController, PortalGetter
from assist_desk.flows import navmaps
from assist_desk.flows.catalogue import allowed_by_category
from assist_desk.models import Account, Catalogue
from assist_desk.models.accounts import FranceConnectStatus
from assist_desk.session_scope import SessionScope

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SummaryItem:
    """One document of the summary, with the situation it depends on (may be empty)."""

    name: str
    when: str = ""
    required: bool = True


#: The example the summary gives while the citizen has not chosen a region (C-1):
#: a common small car, first registered this year, in the first region of the pack.
EXAMPLE_HORSEPOWER = 5


@dataclass(frozen=True)
class Summary:
    """What the summary step shows (plain data, already in the interface language)."""

    procedure_id: str
    title: str
    category: str
    pre_application_number: bool
    handoff_url: str
    documents: list[str] = field(default_factory=list)
    fees: list[tuple[str, float]] = field(default_factory=list)
    content_source: str = ""
    content_fell_back: bool = False
    #: Every document with its condition: "required" and "depending on your situation".
    items: list[SummaryItem] = field(default_factory=list)
    #: The date the content's source was checked (None: no content).
    checked_on: dt.date | None = None
    #: The fee has a regional part computed by the content's calculator (a registration).
    has_regional_tax: bool = False
    #: The estimate for the region, horsepower and year the citizen chose (else None).
    cost: Any = None
    #: While nothing is chosen: an example (region of the pack, 5 horsepower, this year).
    cost_example: Any = None


class RequestController(FlowController):
    """Walks the New request navmap and makes its portal calls.

    Signals:
        sig_account_changed(object): the signed-in :class:`Account` (or None).
        sig_catalogue_loaded(): procedures can be listed.
        sig_reacceptance_needed(): the account must accept the current Terms first.
        sig_open_url(str): open this URL (FranceConnect sign-in on the portal).
    """

    sig_account_changed = Signal(object)
    sig_catalogue_loaded = Signal()
    sig_reacceptance_needed = Signal()
    sig_open_url = Signal(str)

    def __init__(
        self,
        portal: PortalGetter,
        session: FlowSession,
        content: Callable[[], Any] | None = None,
        language: Callable[[], str] | None = None,
        parent: QObject | None = None,
        scope: SessionScope | None = None,
        training_official: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(navmaps.new_request_navmap(self.eligibility), portal, parent, scope)
        #: The training portal's simulated official page for a category (training only):
        #: a trainer's hand-off must never reach the real ANTS host.
        self._training_official = training_official
        self.session = session
        self.catalogue: Catalogue | None = None
        self._content = content or (lambda: None)
        self._language = language or (lambda: "fr")
        session.sig_account_changed.connect(self._on_account)

    # -- eligibility and texts -----------------------------------------------------

    def eligibility(self, profile: str) -> dict[str, list[str]]:
        """Allowed procedures by category, from the portal's catalogue once loaded."""
        if self.catalogue is None:
            return allowed_by_category(profile)
        grouped: dict[str, list[str]] = {}
        for category in self.catalogue.categories:
            ids = [p.id for p in category.procedures if profile in p.eligible_profiles]
            if ids:
                grouped[category.id] = ids
        return grouped

    def procedure_title(self, procedure_id: str) -> str:
        procedure = self.catalogue.procedure(procedure_id) if self.catalogue else None
        return procedure.titles.get(self._language()) if procedure else procedure_id

    def category_title(self, category_id: str) -> str:
        for category in self.catalogue.categories if self.catalogue else []:
            if category.id == category_id:
                return category.titles.get(self._language())
        return category_id

    def summary(self, today: dt.date | None = None) -> Summary | None:
        procedure_id = str(self.data.get("procedure", ""))
        procedure = self.catalogue.procedure(procedure_id) if self.catalogue else None
        if procedure is None:
            return None
        items: list[SummaryItem] = []
        fees: list[tuple[str, float]] = []
        source, fell_back, checked_on = "", False, None
        regional, cost, example = False, None, None
        content = self._content()
        if content is not None:
            try:
                checklist = content.checklist(procedure_id, self._language())
                if checklist is not None:
                    items = [
                        SummaryItem(item.document.name, item.when, bool(item.required))
                        for item in checklist.items
                    ]
                    source, fell_back = str(checklist.source), bool(checklist.fell_back)
                    checked_on = checklist.checked_on
                    if checklist.fee is not None:
                        fees = [(str(b[0]), float(b[1])) for b in checklist.fee.bands]
                        regional = bool(checklist.fee.calculator)
                if regional:
                    cost, example = self._cost(content, today or dt.date.today())
            except Exception:  # offline content is a bonus: never break the flow for it
                log.exception("offline content unavailable for a summary")
        return Summary(
            procedure_id,
            procedure.titles.get(self._language()),
            procedure.category_id,
            procedure.pre_application_number,
            self.handoff_url(procedure.category_id, procedure.handoff_url),
            [item.name for item in items],
            fees,
            source,
            fell_back,
            items,
            checked_on,
            regional,
            cost,
            example,
        )

    def handoff_url(self, category_id: str, official_url: str) -> str:
        """Where "Continue on the official site" goes: the official site, or in
        training its simulated page on the training portal."""
        if self._training_official is None:
            return official_url
        return self._training_official(category_id)

    def regions(self) -> list[tuple[str, str]]:
        """(id, name) of the regions the cost calculator knows ([] without content)."""
        content = self._content()
        return list(content.regions()) if content is not None else []

    def _cost(self, content: Any, today: dt.date) -> tuple[Any, Any]:
        """The estimate for the citizen's answers, else an example (never neither)."""
        region = self.data.get("vr_region")
        horsepower = self.data.get("vr_horsepower")
        year = self.data.get("vr_year")
        if region and horsepower and year:
            first = min(dt.date(int(year), 7, 1), today)  # a year is what people know
            return content.vehicle_cost(region, int(horsepower), first, today), None
        regions = content.regions()
        if not regions:
            return None, None
        return None, content.vehicle_cost(regions[0][0], EXAMPLE_HORSEPOWER, today, today)

    # -- session ---------------------------------------------------------------------

    def _on_account(self, account: Account | None) -> None:
        if account is None:
            self.wizard.data.pop("account_id", None)
            self.wizard.data.pop("profile", None)
        else:
            self.update(account_id=account.id, profile=account.profile.value)
        self.sig_account_changed.emit(account)

    def begin(self) -> None:
        """Start a New request (for the session's account if there is one)."""
        self.restart()
        account = self.session.account
        if account is not None:
            self.update(account_id=account.id, profile=account.profile.value)
        if self.catalogue is None:
            self.run(self._load_catalogue)

    async def _load_catalogue(self) -> None:
        self.catalogue = await self.portal().catalogue()
        self.sig_catalogue_loaded.emit()

    def sign_in(self, email: str, password: str) -> None:
        """Sign in with the citizen's own e-mail and password (typed by them)."""

        async def operation() -> None:
            client = self.portal()
            session = await client.sign_in(email, password)
            await self._signed_in(await client.account(session.account_id))

        self.run(operation)

    def sign_in_franceconnect(self) -> None:
        self.run(self._franceconnect)

    async def _franceconnect(self) -> None:
        client = self.portal()
        attempt = await client.franceconnect_start()
        self.sig_open_url.emit(attempt.authorize_url)
        deadline = asyncio.get_running_loop().time() + FRANCECONNECT_WAIT_S
        while True:
            result = await client.franceconnect_result(attempt.id)
            if result.status is FranceConnectStatus.COMPLETED and result.account is not None:
                self.update(has_franceconnect=True)
                await self._signed_in(result.account)
                return
            if result.status is not FranceConnectStatus.PENDING:
                from assist_desk.portal.errors import Conflict

                raise Conflict(f"FranceConnect {result.status.value}")
            if asyncio.get_running_loop().time() > deadline:
                from assist_desk.portal.errors import Timeout

                raise Timeout("FranceConnect did not complete")
            await asyncio.sleep(1.0)

    async def _signed_in(self, account: Account) -> None:
        if self.catalogue is None:
            await self._load_catalogue()
        self.session.set_account(account)
        if not account.terms_current:
            self.sig_reacceptance_needed.emit()
            return
        if self.current == "sign_in":
            self._advance()

    # -- moves -------------------------------------------------------------------------

    def go_next(self) -> None:
        if self.busy:
            return
        if self.current == "sign_in":
            account = self.session.account
            if account is not None and not account.terms_current:
                self.sig_reacceptance_needed.emit()
                return
            if self.catalogue is None:
                self.run(self._load_then_next)
                return
        if self.current == "declaration" and not self.data.get("request_id"):
            self.run(self._create_request)
            return
        self._advance()

    async def _load_then_next(self) -> None:
        await self._load_catalogue()
        self._advance()

    async def _create_request(self) -> None:
        request = await self.portal().create_request(
            self.data["account_id"], self.data["procedure"]
        )
        log.info("request created for %s", request.procedure_id)
        procedure = self.catalogue.procedure(request.procedure_id) if self.catalogue else None
        handoff_url = request.handoff_url
        if procedure is not None:
            handoff_url = self.handoff_url(procedure.category_id, handoff_url)
        self._advance(request_id=request.id, handoff_url=handoff_url)

    def choose_category(self, category: str) -> None:
        """A new category invalidates the procedure chosen in another one."""
        if self.data.get("category") != category:
            self.wizard.data.pop("procedure", None)
        self.update(category=category)

    def choose_procedure(self, procedure: str) -> None:
        if self.data.get("procedure") != procedure:
            for key in ("request_id", "handoff_url"):
                self.wizard.data.pop(key, None)
        self.update(procedure=procedure)
