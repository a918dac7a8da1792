"""The "New request" screen and the Terms re-acceptance screen."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assist_desk.controllers.account import ReacceptanceController
from assist_desk.controllers.requests import RequestController, Summary
from assist_desk.flows.catalogue import CATEGORIES, PROFILES
from assist_desk.i18n import euros, isolate
from assist_desk.views import flow_texts as T
from assist_desk.views.account.screen import TermsPage
from assist_desk.views.content_common import esc
from assist_desk.views.flow_texts import t
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.reading import bullet_list, inline, mark_content, reading_html, spoken
from assist_desk.views.request.sign_in import SignInPage
from assist_desk.views.widgets.pictogram import CATEGORY_PICTOGRAMS, procedure_pictogram
from assist_desk.views.widgets.qr import qr_pixmap, qr_scale_for
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.vehicle_tax import VehicleTaxInputs
from assist_desk.views.widgets.wrap_button import WrapButton
from assist_desk.views.wizard import (
    ChoicePage,
    InfoPage,
    Page,
    WizardScreen,
    clear_layout,
    label,
)


class SummaryPage(Page):
    """What the procedure is, documents and fees (offline content), pre-application number.

    A registration's regional tax is asked for (region, horsepower, year) and estimated
    with the content's calculator; until then the summary says what it depends on (C-1).
    """

    def __init__(self, controller: RequestController) -> None:
        super().__init__("summary", controller)
        self.request_controller = controller
        self.text = label(rich=True)
        self.text.setObjectName("summaryText")
        self.cost_heading = label(role="subtitle")
        self.cost_heading.setObjectName("vehicleTaxHeading")
        self.cost_inputs = VehicleTaxInputs(self._cost_changed)
        self.column.addWidget(self.text)
        self.column.addWidget(self.cost_heading)
        self.column.addWidget(self.cost_inputs)
        self.column.addStretch(1)

    def _cost_changed(self, region_id: str | None, horsepower: int, year: int) -> None:
        if region_id is None:
            for key in ("vr_region", "vr_horsepower", "vr_year"):
                self.request_controller.data.pop(key, None)
        else:
            self.request_controller.update(
                vr_region=region_id, vr_horsepower=horsepower, vr_year=year
            )
        self._show_text()

    def html(self) -> str:
        summary = self.request_controller.summary()
        if summary is None:
            return ""
        e = esc  # content texts: their amounts stay on one line
        parts = [f"<h2>{e(summary.title)}</h2>"]
        parts.append(f"<p>{e(self.request_controller.category_title(summary.category))}</p>")
        vehicle = summary.category == "vehicle_registration"
        if vehicle and self.request_controller.data.get("profile") == "individual":
            parts.append(f"<p><b>{e(t(T.VEHICLE_FRANCECONNECT_NOTE))}</b></p>")
        if summary.items and summary.content_fell_back:
            parts.append(f"<p>{e(t(T.SUMMARY_IN_FRENCH))}</p>")
        if summary.items:
            parts += self._documents_html(summary, self.text)
        else:
            parts.append(f"<p>{e(t(T.SUMMARY_NO_CONTENT))}</p>")
        if summary.items or summary.fees:
            parts += self._fees_html(summary, self.text)
        if summary.content_source:
            parts.append(f"<p><small>{e(self._source_text(summary))}</small></p>")
        if summary.pre_application_number:
            parts.append(f"<p><b>{e(t(T.BODIES['pre_application']))}</b></p>")
        where = t(T.SUMMARY_WHERE).replace("%1", isolate(summary.handoff_url))
        parts.append(f"<p>{e(where)}</p>")
        return "\n".join(parts)

    @staticmethod
    def _documents_html(summary: Summary, page: QWidget) -> list[str]:
        """Required documents, then those that depend on the situation with their condition.

        In an Arabic page, documents named in French are boxed left to right (AR-2)."""
        e = esc  # content texts: their amounts stay on one line
        heading = T.SUMMARY_BRING if summary.pre_application_number else T.SUMMARY_PREPARE
        parts = [f"<h3>{e(t(heading))}</h3>"]
        required = [i for i in summary.items if i.required and not i.when]
        depends = [i for i in summary.items if not (i.required and not i.when)]
        if required:
            parts.append(f"<p><b>{e(t(T.SUMMARY_REQUIRED))}</b></p>")
            parts.append(bullet_list(page, [e(i.name) for i in required]))
        if depends:
            parts.append(f"<p><b>{e(t(T.SUMMARY_DEPENDS))}</b></p>")
            items = [
                e(i.name) + (f"<br>{inline(page, e(i.when))}" if i.when else "") for i in depends
            ]
            parts.append(bullet_list(page, items))
        return parts

    @staticmethod
    def _fees_html(summary: Summary, page: QWidget) -> list[str]:
        e = esc  # keeps the narrow no-break spaces of the amounts (i18n.euros)
        parts = [f"<h3>{e(t(T.SUMMARY_FEES))}</h3>"]
        lines: list[str] = []
        fixed = round(sum(amount for _, amount in summary.fees), 2)
        cost, example = summary.cost, summary.cost_example
        if summary.has_regional_tax and cost is not None:
            lines.append(
                "<b>"
                + e(
                    t(T.REGIONAL_TAX)
                    .replace("%1", euros(cost.regional_tax))
                    .replace("%2", cost.region_name)
                    .replace("%3", str(cost.horsepower))
                    .replace("%4", str(cost.first_registration.year))
                )
                + "</b>"
            )
            if cost.halved_for_age:
                lines.append(e(t(T.REGIONAL_TAX_HALVED)))
            lines.append(e(t(T.REGIONAL_TAX_ENERGY)))
        elif summary.has_regional_tax and example is not None:
            lines.append(
                "<b>"
                + e(
                    t(T.REGIONAL_TAX_DEPENDS)
                    .replace("%1", euros(example.regional_tax))
                    .replace("%2", str(example.horsepower))
                    .replace("%3", example.region_name)
                )
                + "</b>"
            )
        if not summary.has_regional_tax and (not summary.fees or fixed == 0):
            lines.append(e(t(T.SUMMARY_FREE)))
        else:
            lines += [f"{e(band)} : {e(euros(amount))}" for band, amount in summary.fees if amount]
        parts.append(bullet_list(page, lines))
        if summary.has_regional_tax and cost is not None:
            parts.append(f"<p><b>{e(t(T.TOTAL_ESTIMATE).replace('%1', euros(cost.total)))}</b></p>")
            if cost.to_recheck:
                parts.append(f"<p>{e(t(T.COST_TO_RECHECK))}</p>")
        elif summary.has_regional_tax:  # never a total that leaves the regional tax out
            parts.append(f"<p><b>{e(t(T.TOTAL_WITH_REGIONAL).replace('%1', euros(fixed)))}</b></p>")
        return parts

    @staticmethod
    def _source_text(summary: Summary) -> str:
        host = urlsplit(summary.content_source).hostname or summary.content_source
        host = host.removeprefix("www.")
        if summary.checked_on is None:
            return t(T.SUMMARY_SOURCE).replace("%1", isolate(host))
        day = QLocale().toString(
            QDate(summary.checked_on.year, summary.checked_on.month, summary.checked_on.day),
            QLocale.FormatType.LongFormat,
        )
        return t(T.SUMMARY_SOURCE_CHECKED).replace("%1", isolate(host)).replace("%2", day)

    def _show_text(self) -> None:
        body = self.html()
        self.text.setText(reading_html(self.text, body) if body else "")
        # Read aloud as plain words: no HTML, no invisible bidi marks.
        self.text.setAccessibleName(spoken(body))

    def load(self) -> None:
        summary = self.request_controller.summary()
        asks = summary is not None and summary.has_regional_tax
        self.cost_heading.setVisible(asks)
        self.cost_inputs.setVisible(asks)
        if asks:
            data = self.request_controller.data
            self.cost_inputs.set_regions(self.request_controller.regions())
            self.cost_inputs.show_answers(
                data.get("vr_region"), data.get("vr_horsepower"), data.get("vr_year")
            )
        self._show_text()

    def retranslate(self) -> None:
        self.cost_heading.setText(t(T.COST_ASK))
        self.cost_inputs.retranslate()
        self.load()

    def clear(self) -> None:
        self.cost_inputs.clear()


#: K-7: the hand-off QR code's side at a kiosk, about 320 px: read from arm's length (the
#: review asks about 300), and the page with its steps beside it fits a 1920 x 1080 kiosk.
QR_SIDE = 320


class HandoffPage(Page):
    """Mediator/training: open the official site. Kiosk: a QR code and a printable summary."""

    def __init__(
        self,
        controller: RequestController,
        kiosk: bool,
        opener: Any,
        open_appointments: Callable[[], bool] | None = None,
        printer_name: str | None = None,
    ) -> None:
        super().__init__("handoff", controller)
        self.request_controller = controller
        # Identity card and passport: after the hand-off, the pre-application number
        # can be checked (and appointments found) where the appointments feature exists.
        self.open_appointments = open_appointments
        self.kiosk = kiosk
        self.opener = opener
        self.text = label()
        self.text.setObjectName("handoffText")
        self.url = label(role="subtitle")
        self.url.setObjectName("handoffUrl")
        mark_content(self.url)  # a web address
        self.url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setObjectName("handoffQr")
        # K-7: what to do with the code, in two short steps under it.
        self.qr_steps = label(role="subtitle")
        self.qr_steps.setObjectName("handoffQrSteps")
        self.qr_steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = label(role="muted")
        self.status.setObjectName("handoffStatus")
        self.note = label(role="muted")
        self.open_button = WrapButton()
        self.open_button.setObjectName("openSiteButton")
        self.open_button.setProperty("role", "primary")
        self.open_button.clicked.connect(self.open_site)
        self.print_button = WrapButton()
        self.print_button.setObjectName("printSummaryButton")
        self.print_button.clicked.connect(self.print_summary)
        # Copies and "Print" to the site's printer: no dialog, never a file (kiosk only).
        self.print_panel = KioskPrintPanel(self.summary_document, printer_name)
        self.number_text = label()
        self.number_text.setObjectName("handoffNumberText")
        self.number_button = WrapButton()
        self.number_button.setObjectName("checkNumberButton")
        self.number_button.clicked.connect(self._check_number)
        row = ReflowRow()
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        number_row = ReflowRow()
        number_row.addWidget(self.number_button)
        number_row.addStretch(1)
        for widget in (self.text, self.url):
            self.column.addWidget(widget)
        # At a kiosk the buttons (open here, print) come before the phone's code: under
        # a 369-px code they fell below the fold at 1920 x 1080.
        if kiosk:
            self.column.addLayout(row)
            self.column.addWidget(self.print_panel)
            self.column.addWidget(self.status)
        # K-7: the code with its two steps beside it (under it, the steps fell below the
        # fold of a 1920 x 1080 kiosk in Arabic); one under the other when they do not fit.
        # The steps at their preferred width, the spare room shared by the two stretches
        # (the pair centred): a stretch factor on the steps gave them a share of the row
        # narrower than the row measured their height at, and at 200 % the last lines
        # were cut (66 px at 1280 x 800).
        code_row = ReflowRow()
        code_row.addStretch(1)
        code_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignCenter)
        code_row.addWidget(self.qr_steps)
        code_row.addStretch(1)
        self.column.addLayout(code_row)
        if not kiosk:
            self.column.addWidget(self.status)
            self.column.addLayout(row)
            self.column.addWidget(self.print_panel)
        self.column.addWidget(self.number_text)
        self.column.addLayout(number_row)
        self.column.addWidget(self.note)
        self.column.addStretch(1)
        # A kiosk opens the official site only in the controlled browser (issue 15).
        self.open_button.setVisible(not kiosk or bool(getattr(opener, "in_app", False)))
        self.print_button.setVisible(kiosk)
        self.qr.setVisible(kiosk)
        self.qr_steps.setVisible(kiosk)

    def url_text(self) -> str:
        return str(self.request_controller.data.get("handoff_url", ""))

    def _check_number(self) -> None:
        if self.open_appointments is not None:
            self.open_appointments()

    def _offers_number_check(self) -> bool:
        summary = self.request_controller.summary()
        return (
            self.open_appointments is not None
            and summary is not None
            and summary.pre_application_number
        )

    def open_site(self) -> None:
        url = self.url_text()
        opened = self.opener.open(url) if self.opener is not None else False
        self._say(t(T.OPENED) if opened else t(T.URL_REFUSED))

    def _say(self, text: str) -> None:
        """The status line, shown only with something to say (empty, it left a gap)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def summary_document(self) -> QTextDocument:
        page = SummaryPage(self.request_controller)
        document = QTextDocument()
        document.setHtml(page.html() + f"<p>{html.escape(self.url_text())}</p>")
        page.deleteLater()
        return document

    def print_summary(self) -> None:
        """Offer copies and "Print" to the site's printer; a missing printer is said.

        Nothing is written to a file: the summary names the citizen's procedure.
        """
        self.print_panel.open()

    def load(self) -> None:
        url = self.url_text()
        self.url.setText(url)
        allowed = self.opener is None or self.opener.allows(url)
        if self.kiosk and url and allowed:
            pixmap = qr_pixmap(url, scale=qr_scale_for(url, QR_SIDE))
            self.qr.setPixmap(pixmap)
            self.qr.setFixedSize(pixmap.width() + 16, pixmap.height() + 16)
            self.qr.setAccessibleName(t(T.QR_NAME).replace("%1", url))
        self.open_button.setEnabled(bool(url) and allowed)
        self._say("" if allowed else t(T.URL_REFUSED))
        offers = self._offers_number_check()
        self.number_text.setVisible(offers)
        self.number_button.setVisible(offers)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(t(T.BODIES[self._body_key()]))
        self.note.setText(t(T.BODIES["not_affiliated"]))
        self.qr_steps.setText(t(T.QR_STEPS))
        self.number_text.setText(t(T.BODIES["after_handoff_number"]))
        for button, text in (
            (self.open_button, T.OPEN_SITE),
            (self.print_button, T.PRINT),
            (self.number_button, T.CHECK_NUMBER),
        ):
            button.setText(t(text))
            button.setAccessibleName(t(text))

    def _opens_here(self) -> bool:
        """A kiosk with the controlled browser: the official site opens on the kiosk."""
        return self.kiosk and bool(getattr(self.opener, "in_app", False))

    def _body_key(self) -> str:
        if not self.kiosk:
            return "handoff_browser"
        return "handoff_kiosk_browser" if self._opens_here() else "handoff_kiosk"

    def focus_widget(self) -> QWidget | None:
        if self.kiosk and not self._opens_here():
            return self.print_button
        return self.open_button

    def clear(self) -> None:
        self.print_panel.reset()


class IntroChoicePage(ChoicePage):
    """A choice with the sentence that asks it above the options (C-4)."""

    def __init__(
        self,
        intro: str,
        step_id: str,
        controller: RequestController,
        key: str,
        options: Callable[[], list[tuple[str, str, str]]],
        on_choose: Callable[[str], None] | None = None,
        side_by_side: bool = False,
    ) -> None:
        super().__init__(
            step_id, controller, key, options, on_choose=on_choose, side_by_side=side_by_side
        )
        self._intro_text = intro
        self.intro.show()

    def retranslate(self) -> None:
        self.intro.setText(t(self._intro_text))  # first: the options' group is named by it
        super().retranslate()


class RequestScreen(WizardScreen):
    """New request: category → (vehicle: FranceConnect?) → sign-in → procedure → summary
    → warning → hand-off (C-4: FranceConnect is asked about before the sign-in)."""

    screen_id = "new_request"
    flow_title = T.REQUEST_TITLE
    stop_steps = frozenset({"no_procedures", "professional"})

    def __init__(
        self,
        controller: RequestController,
        kiosk: bool = False,
        opener: Any = None,
        has_feature: Any = None,
        open_appointments: Callable[[], bool] | None = None,
        printer_name: str | None = None,
        training: bool = False,
    ) -> None:
        super().__init__(controller)
        self.kiosk = kiosk
        self.show_step_overview(training)
        self.request_controller = controller
        self._has_feature = has_feature or (lambda _screen_id: False)
        self._opener = opener
        self._open_appointments = open_appointments
        self._printer_name = printer_name
        self._places_button: QWidget | None = None  # on the "professional" page, once built
        # Each page is built when its step is first shown (WizardScreen.add_page).
        self.add_page("sign_in", self._sign_in_page)
        self.add_page(
            "no_procedures", lambda: InfoPage("no_procedures", controller, self._no_procedures_text)
        )
        self.add_page("category", self._category_page)
        self.add_page("procedure", self._procedure_page)
        self.add_page("summary", lambda: SummaryPage(controller))
        self.add_page("franceconnect_check", self._franceconnect_page)
        self.add_page("vehicle_paths", self._paths_page)
        self.add_page("professional", self._professional_page)
        self.add_page("declaration", self._declaration_page)
        self.add_page(
            "handoff",
            lambda: HandoffPage(
                controller, self.kiosk, self._opener, self._open_appointments, self._printer_name
            ),
        )
        controller.sig_catalogue_loaded.connect(self._reload)
        controller.sig_account_changed.connect(lambda _account: self._reload())
        self.retranslate_ui()
        self._show_step(controller.current)

    # -- the pages, built when first shown ------------------------------------------------

    @property
    def sign_in_page(self) -> SignInPage:
        return self.page_as("sign_in", SignInPage)

    @property
    def handoff(self) -> HandoffPage:
        return self.page_as("handoff", HandoffPage)

    def _sign_in_page(self) -> Page:
        page = SignInPage(self.request_controller, self.kiosk)
        page.navigate = self.sig_navigate.emit
        page.sig_moved.connect(self._refresh_chrome)  # Continue, Back (K-2)
        # E-5: an address the account form found taken, left while the page was not built.
        page.take_sign_in_instead()
        return page

    def _category_page(self) -> Page:
        return ChoicePage(
            "category",
            self.request_controller,
            "category",
            self._categories,
            on_choose=self.request_controller.choose_category,
            content=True,  # the portal's catalogue names them
            pictogram=lambda category: CATEGORY_PICTOGRAMS.get(category, ""),
        )

    def _procedure_page(self) -> Page:
        return ChoicePage(
            "procedure",
            self.request_controller,
            "procedure",
            self._procedures,
            on_choose=self.request_controller.choose_procedure,
            content=True,
            pictogram=procedure_pictogram,
        )

    def _franceconnect_page(self) -> Page:
        """C-4: asked before the sign-in, right after "vehicle registration" is chosen."""
        controller = self.request_controller
        return IntroChoicePage(
            T.BODIES["vehicle_franceconnect"],
            "franceconnect_check",
            controller,
            "franceconnect_answer",
            self._franceconnect_options,
            on_choose=lambda v: controller.update(
                franceconnect_answer=v, has_franceconnect=(v == "yes")
            ),
            side_by_side=True,  # D1: "No" beside "Yes", not below the fold
        )

    def _paths_page(self) -> Page:
        return IntroChoicePage(
            T.BODIES["vehicle_paths"],
            "vehicle_paths",
            self.request_controller,
            "vr_path",
            lambda: [
                (p, t(T.OPTIONS[f"vr_path.{p}"]), t(T.OPTIONS[f"vr_path.{p}.more"]))
                for p in ("third_party", "professional")
            ],
        )

    def _professional_page(self) -> Page:
        professional = InfoPage(
            "professional", self.request_controller, lambda: t(T.BODIES["professional"])
        )
        places = professional.add_action(
            "toPlacesButton", T.TO_PLACES, lambda: self.sig_navigate.emit("places")
        )
        places.setVisible(self._has_feature("places"))  # again at each showing (chrome)
        self._places_button = places
        return professional

    def _declaration_page(self) -> Page:
        declaration = InfoPage("declaration", self.request_controller, lambda: "")
        # V-5: the legal warning is a warning, with its icon and title.
        declaration.set_alert("warning", T.DECLARATION_TITLE, lambda: t(T.BODIES["declaration"]))
        return declaration

    def _categories(self) -> list[tuple[str, str, str]]:
        """Those the signed-in account may start; before any sign-in, those any may.
        None until the portal's catalogue is here: it names them (never a raw id)."""
        if self.request_controller.catalogue is None:
            return []
        profile = self.controller.data.get("profile", "")
        if profile:
            allowed = list(self.request_controller.eligibility(profile))
        else:
            offered = {c for p in PROFILES for c in self.request_controller.eligibility(p)}
            allowed = [c for c in CATEGORIES if c in offered]
        return [(c, self.request_controller.category_title(c), "") for c in allowed]

    def _franceconnect_options(self) -> list[tuple[str, str, str]]:
        """Yes, no, and (nobody signed in yet) "a professional account": it needs none."""
        answers = ["yes", "no"]
        if not self.controller.data.get("profile"):
            answers.append("professional_account")
        return [
            (a, t(T.OPTIONS[f"fc_answer.{a}"]), t(T.OPTIONS[f"fc_answer.{a}.more"]))
            for a in answers
        ]

    def _no_procedures_text(self) -> str:
        """No procedure at all for this account, or none of the chosen kind."""
        profile = self.controller.data.get("profile", "")
        if profile and self.request_controller.eligibility(profile):
            return t(T.BODIES["not_for_this_account"])
        return t(T.BODIES["no_procedures"])

    def _procedures(self) -> list[tuple[str, str, str]]:
        profile = self.controller.data.get("profile", "")
        category = self.controller.data.get("category", "")
        allowed = self.request_controller.eligibility(profile).get(category, []) if profile else []
        return [(p, self.request_controller.procedure_title(p), "") for p in allowed]

    def _reload(self) -> None:
        if self.built_pages:
            self.current_page().load()
            self._refresh_chrome()
            # The catalogue loads in the background: it may arrive after its step
            # was shown, with nothing to focus but Continue.
            self.focus_page_if_lost()

    def _refresh_chrome(self) -> None:
        super()._refresh_chrome()
        if self._places_button is not None:  # offered where the places feature is installed
            self._places_button.setVisible(self._has_feature("places"))
        on_sign_in = self.controller.current == "sign_in"
        if on_sign_in and self.request_controller.session.account is None:
            # A workstation's sign-in buttons move on. A kiosk's action bar (K-2):
            # Continue, then "Sign in"; filled unless FranceConnect leads (C-4, V-2).
            asks_email = self.sign_in_page.on_email_screen()
            self.next_button.setVisible(self.kiosk)
            fc_first = self.sign_in_page.franceconnect_first()
            self._set_role(self.next_button, None if asks_email and fc_first else "primary")
        else:
            self._set_role(self.next_button, "primary")

    def next_text(self, step_id: str) -> str:
        if step_id == "sign_in" and self.kiosk and not self.sign_in_page.on_email_screen():
            return T.SIGN_IN  # a kiosk's password screen (K-2)
        return T.START_REQUEST if step_id == "declaration" else T.NEXT

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        start = self.controller.wizard.navmap.start
        if self.controller.current == start and self.request_controller.catalogue is None:
            self.request_controller.begin()
        # E-5: the address the account form found taken waits on the sign-in page (one
        # built later takes it then).
        sign_in = self.built_page("sign_in")
        if isinstance(sign_in, SignInPage):
            sign_in.take_sign_in_instead()


class ChangesPage(Page):
    """What changed between the accepted and the current Terms, section by section.

    V-5: each section carries a badge ("New section", "Section changed", "Section
    removed"): its words say the kind, its colours (a contrast-tested pair of the theme)
    only repeat them; a screen reader reads the badge, then the French section.
    """

    def __init__(self, controller: ReacceptanceController) -> None:
        super().__init__("changes", controller)
        self.reaccept = controller
        self.text = label()
        self.text.setObjectName("changesText")
        self.column.addWidget(self.text)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(16)
        self.column.addLayout(self.sections)
        self.prevails = label(role="muted")  # no italics: Arabic fonts lack them
        self.column.addWidget(self.prevails)
        self.column.addStretch(1)
        self.changes: tuple[Any, Any, list[Any]] | None = None
        #: The badge of each section shown, in order (their kinds: tests and the tour).
        self.badges: list[QLabel] = []
        controller.sig_changes.connect(self._on_changes)

    def _on_changes(self, payload: Any) -> None:
        self.changes = payload
        self.load()

    def load(self) -> None:
        clear_layout(self.sections)
        self.badges = []
        if self.changes is None:
            self.text.setText("")
            self.prevails.setText("")
            return
        old, new, changes = self.changes
        if old is None:  # nothing accepted before: nothing "changed", all is to read
            intro = t(T.FIRST_ACCEPTANCE_INTRO).replace("%1", isolate(new.id))
        else:
            intro = t(T.CHANGES_INTRO).replace("%1", isolate(old.id)).replace("%2", isolate(new.id))
        self.text.setText(intro)
        self.text.setAccessibleName(intro)
        for change in changes:
            self.sections.addWidget(self._section(change))
        self.prevails.setText(t(T.FRENCH_PREVAILS))

    def _section(self, change: Any) -> QWidget:
        """The badge, then the section's title and text."""
        section = change.new or change.old
        holder = QWidget()
        holder.setObjectName("changeSection")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        badge = QLabel(t(T.CHANGE_KINDS.get(change.kind.value, "")))
        badge.setObjectName("changeBadge")
        badge.setProperty("badge", change.kind.value)
        badge.setAccessibleName(badge.text())
        self.badges.append(badge)
        # The section in the language the portal gave it (the interface's when it has it).
        title = label(section.title, role="subtitle")
        title.setProperty("userText", True)  # the portal's words, not the interface's
        column.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(title)
        if change.new is not None:
            body = label(change.new.text)
            body.setProperty("userText", True)
            column.addWidget(body)
        return holder

    def retranslate(self) -> None:
        self.load()

    def clear(self) -> None:
        self.changes = None
        self.load()


class ReacceptanceScreen(WizardScreen):
    """The Terms changed since the account's last acceptance: what changed, accept again."""

    screen_id = "terms_update"
    flow_title = T.TERMS_UPDATE_TITLE

    def __init__(self, controller: ReacceptanceController, kiosk: bool = False) -> None:
        super().__init__(controller)
        self.kiosk = kiosk  # K-3: its last step at a kiosk ends the session, as the others
        self.reaccept = controller
        # Each page is built when its step is first shown (WizardScreen.add_page).
        self.add_page("changes", lambda: ChangesPage(controller))
        self.add_page("confirm", lambda: TermsPage("confirm", controller, lambda: controller.new))
        self.add_page("accepted", self._accepted_page)
        # But "what changed" now: it keeps what the controller sends (sig_changes), which
        # may come before its step is shown.
        self.page("changes")
        controller.sig_changes.connect(lambda _payload: self._reload_terms())
        self.retranslate_ui()
        self._show_step(controller.current)

    @property
    def terms_page(self) -> TermsPage:
        return self.page_as("confirm", TermsPage)

    def _accepted_page(self) -> Page:
        done = InfoPage("accepted", self.reaccept, lambda: "")
        # F-4: the acceptance is a success, said as one, with the version accepted; the
        # next step (a request) is the screen's one filled button (V-2).
        done.set_alert("success", T.TERMS_ACCEPTED_TITLE, self._accepted_recap)
        done.add_action("toNewRequestButton", T.TO_NEW_REQUEST, self._continue, primary=True)
        return done

    def _reload_terms(self) -> None:
        page = self.built_page("confirm")
        if page is not None:  # one built later reads the controller's terms then
            page.load()

    def _continue(self) -> None:
        self.sig_navigate.emit("new_request")

    def _accepted_recap(self) -> str:
        terms = self.reaccept.new
        version = isolate(terms.id) if terms is not None else "…"
        return t(T.ACCEPTED_BODY) + "\n" + t(T.TERMS_ACCEPTED_RECAP).replace("%1", version)

    def next_text(self, step_id: str) -> str:
        return T.ACCEPT if step_id == "confirm" else T.NEXT
