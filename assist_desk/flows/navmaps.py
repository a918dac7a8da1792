"""The navigation maps of the guided flows: account creation, terms re-acceptance, New request.

Data keys (what views write with ``Wizard.update`` and controllers read):

Account creation
    ``profile`` one of :data:`~assist_desk.flows.catalogue.PROFILES`;
    ``has_email``, ``has_siret``, ``has_approval``, ``has_prefecture_authorisation``
    answers of the prerequisites check (``True``/``False``, absent = unanswered);
    ``method`` ``"franceconnect"`` or ``"ants_account"`` (individuals);
    ``fields`` the form's values (dict of str); ``terms_read`` the citizen ticked
    "I have read the Terms of Use"; ``terms_version`` and ``terms_sha256`` the
    version shown; ``account_id`` and ``account_status`` set once the portal answered.

Terms re-acceptance
    ``account_id``, ``terms_version``, ``terms_sha256``, ``terms_read``, ``accepted``.

New request
    ``account_id`` and ``profile`` of the signed-in account (set by the controller
    after a sign-in or an account created in this session), ``category``, ``procedure``,
    ``franceconnect_answer`` one of :data:`FRANCECONNECT_ANSWERS` (vehicle registration,
    asked before the sign-in), ``has_franceconnect``, ``vr_path``
    (``"third_party"`` or ``"professional"``), ``vr_region``, ``vr_horsepower`` and
    ``vr_year`` (the regional tax estimate on the summary),
    ``request_id`` and ``handoff_url`` once the portal answered.
"""

from __future__ import annotations

from collections.abc import Callable

from assist_desk.flows.catalogue import (
    CATEGORIES,
    PREREQUISITES,
    PROFILES,
    allowed_by_category,
)
from assist_desk.flows.fields import form_errors
from assist_desk.flows.wizard import Navmap, Step, WizardData

# Reason codes a guard may return (views turn them into a message).
NO_CHOICE = "no_choice"
UNANSWERED = "unanswered"
INVALID_FIELDS = "invalid_fields"
TERMS_NOT_READ = "terms_not_read"
TERMS_NOT_LOADED = "terms_not_loaded"
NOT_SUBMITTED = "not_submitted"
NOT_ACTIVE = "not_active"
NOT_ACCEPTED = "not_accepted"
NOT_CREATED = "not_created"
NOT_SIGNED_IN = "not_signed_in"
NOT_VALIDATED = "not_validated"

#: Statuses after which the account is usable.
ACTIVE_STATUSES = frozenset({"active"})

#: Where a missing prerequisite leads: a guide to come back from, or a clean stop.
PREREQUISITE_HELP = {
    "has_email": "email_guide",
    "has_prefecture_authorisation": "siv_authorisation_help",
    "has_siret": "siret_help",
    "has_approval": "approval_help",
}
#: Help steps after which the person can come back (the others stop the flow).
COME_BACK_STEPS = frozenset({"email_guide"})


def _choice(key: str, allowed: tuple[str, ...]) -> Callable[[WizardData], str | None]:
    def guard(data: WizardData) -> str | None:
        return None if data.get(key) in allowed else NO_CHOICE

    return guard


# -- account creation ----------------------------------------------------------


def _prerequisites_guard(data: WizardData) -> str | None:
    questions = PREREQUISITES.get(data.get("profile", ""), ())
    return None if all(data.get(q) is not None for q in questions) else UNANSWERED


def _after_prerequisites(data: WizardData) -> str:
    # Unknown answers count as "yes" so that the progress indicator shows the usual path;
    # the guard keeps anyone from moving on without answering.
    profile = data.get("profile") or "individual"
    for question in PREREQUISITES[profile]:
        if data.get(question) is False:
            return PREREQUISITE_HELP[question]
    if profile == "town_hall_dr":
        return "town_hall_request"
    if profile == "individual":
        return "method"
    return "form"


def _after_method(data: WizardData) -> str:
    return "franceconnect" if data.get("method") == "franceconnect" else "form"


def _form_guard(data: WizardData) -> str | None:
    return INVALID_FIELDS if form_errors(data.get("profile", ""), data.get("fields", {})) else None


def _terms_guard(data: WizardData) -> str | None:
    if not data.get("terms_version") or not data.get("terms_sha256"):
        return TERMS_NOT_LOADED
    return None if data.get("terms_read") is True else TERMS_NOT_READ


def _submitted_guard(data: WizardData) -> str | None:
    return None if data.get("account_id") else NOT_SUBMITTED


def _after_declaration(data: WizardData) -> str:
    profile = data.get("profile")
    if profile == "town_hall_dr":
        return "request_sent"
    if profile == "individual" and data.get("method") == "franceconnect":
        return "account_ready"
    if profile == "siv_professional":
        return "prefecture_pending"
    return "check_email"


def _prefecture_guard(data: WizardData) -> str | None:
    decided = data.get("account_status") in {"pending_activation", "active"}
    return None if decided else NOT_VALIDATED


def _after_prefecture(data: WizardData) -> str:
    return "account_ready" if data.get("account_status") == "active" else "check_email"


def _active_guard(data: WizardData) -> str | None:
    return None if data.get("account_status") in ACTIVE_STATUSES else NOT_ACTIVE


def account_navmap() -> Navmap:
    """Create an account: profile → prerequisites → (method) → form → terms → declaration…"""
    steps = [
        Step("profile", "prerequisites", guard=_choice("profile", PROFILES)),
        Step("prerequisites", _after_prerequisites, guard=_prerequisites_guard),
        # Side pages: a guide to come back from, or a clean stop.
        Step("email_guide", None, counts=False),
        Step("siv_authorisation_help", None, counts=False),
        Step("siret_help", None, counts=False),
        Step("approval_help", None, counts=False),
        Step("method", _after_method, guard=_choice("method", ("franceconnect", "ants_account"))),
        Step("franceconnect", "terms"),
        Step("form", "terms", guard=_form_guard),
        # A town hall's request ticks the Terms too: they govern the account it asks for.
        Step("town_hall_request", "terms", guard=_form_guard),
        Step("terms", "declaration", guard=_terms_guard),
        Step("declaration", _after_declaration, guard=_submitted_guard),
        Step("check_email", "account_ready", guard=_active_guard),
        Step("prefecture_pending", _after_prefecture, guard=_prefecture_guard),
        Step("account_ready", None),
        Step("request_sent", None),
    ]
    return Navmap("account", "profile", {s.id: s for s in steps})


def is_stop(step_id: str) -> bool:
    """A step where the flow ends without an account (the person cannot go on today)."""
    return step_id in PREREQUISITE_HELP.values() and step_id not in COME_BACK_STEPS


# -- terms re-acceptance ---------------------------------------------------------------


def _accepted_guard(data: WizardData) -> str | None:
    reason = _terms_guard(data)
    if reason is not None:
        return reason
    return None if data.get("accepted") else NOT_ACCEPTED


def reacceptance_navmap() -> Navmap:
    """Terms changed: what changed, section by section → tick and accept → done."""
    steps = [
        Step("changes", "confirm"),
        Step("confirm", "accepted", guard=_accepted_guard),
        Step("accepted", None),
    ]
    return Navmap("reacceptance", "changes", {s.id: s for s in steps})


# -- new request -----------------------------------------------------------------------

Eligibility = Callable[[str], dict[str, list[str]]]

#: Answers to "This procedure needs FranceConnect: do you have it?" (C-4). A professional
#: account (garage, company) signs in with its ANTS account and needs no FranceConnect.
FRANCECONNECT_ANSWERS = ("yes", "no", "professional_account")


def new_request_navmap(eligibility: Eligibility = allowed_by_category) -> Navmap:
    """New request: category → (FranceConnect?) → sign-in → procedure → summary → hand-off.

    C-4: what the citizen wants comes first, so that a vehicle registration asks about
    FranceConnect BEFORE the sign-in (a private person needs it on the official site),
    and nothing said after the sign-in contradicts it. ``eligibility(profile)`` gives
    the allowed procedures by category (from the portal's catalogue at run time);
    before the sign-in the categories any account may start are offered, and an
    account that may not start the chosen one is told so after signing in.
    """

    def offered(data: WizardData) -> dict[str, list[str]]:
        profile = data.get("profile")
        if profile:
            return eligibility(profile)
        merged: dict[str, list[str]] = {}
        for any_profile in PROFILES:
            for category, procedures in eligibility(any_profile).items():
                merged.setdefault(category, []).extend(procedures)
        return merged

    def category_guard(data: WizardData) -> str | None:
        choices = offered(data)
        return None if data.get("category") in choices or not choices else NO_CHOICE

    def asks_franceconnect(data: WizardData) -> bool:
        """A vehicle registration, for a private person or someone not signed in yet."""
        vehicle = data.get("category") == "vehicle_registration"
        return vehicle and data.get("profile") in (None, "individual")

    def after_category(data: WizardData) -> str:
        if not offered(data):  # signed in already with an account that starts none
            return "no_procedures"
        return "franceconnect_check" if asks_franceconnect(data) else "sign_in"

    def after_fc_check(data: WizardData) -> str:
        return "vehicle_paths" if data.get("franceconnect_answer") == "no" else "sign_in"

    def after_paths(data: WizardData) -> str:
        return "sign_in" if data.get("vr_path") == "third_party" else "professional"

    def signed_in_guard(data: WizardData) -> str | None:
        return None if data.get("account_id") and data.get("profile") in PROFILES else NOT_SIGNED_IN

    def after_sign_in(data: WizardData) -> str:
        allowed = eligibility(data.get("profile") or "individual")
        return "procedure" if data.get("category") in allowed else "no_procedures"

    def procedure_guard(data: WizardData) -> str | None:
        allowed = eligibility(data.get("profile", "")).get(data.get("category", ""), [])
        return None if data.get("procedure") in allowed else NO_CHOICE

    # F-1: while an answer is not given, the progress total counts the longest branch.
    # The detour without FranceConnect ("two ways to do it") and the stops are side
    # pages, so every vehicle registration has the same total whatever the answer.
    def category_possible(data: WizardData) -> tuple[str, ...]:
        if data.get("category") is None and data.get("profile") in (None, "individual"):
            return ("franceconnect_check", "sign_in")
        return (after_category(data),)

    def fc_possible(data: WizardData) -> tuple[str, ...]:
        if data.get("franceconnect_answer") is None:
            return ("vehicle_paths", "sign_in")
        return (after_fc_check(data),)

    def paths_possible(data: WizardData) -> tuple[str, ...]:
        if data.get("vr_path") is None:
            return ("sign_in", "professional")
        return (after_paths(data),)

    def sign_in_possible(data: WizardData) -> tuple[str, ...]:
        if not data.get("account_id"):  # who signs in decides: assume they may go on
            return ("procedure", "no_procedures")
        return (after_sign_in(data),)

    def created_guard(data: WizardData) -> str | None:
        return None if data.get("request_id") and data.get("handoff_url") else NOT_CREATED

    steps = [
        Step("category", after_category, guard=category_guard, possible=category_possible),
        Step(
            "franceconnect_check",
            after_fc_check,
            guard=_choice("franceconnect_answer", FRANCECONNECT_ANSWERS),
            possible=fc_possible,
        ),
        Step(
            "vehicle_paths",
            after_paths,
            guard=_choice("vr_path", ("third_party", "professional")),
            counts=False,
            possible=paths_possible,
        ),
        Step("professional", None, counts=False),
        Step("sign_in", after_sign_in, guard=signed_in_guard, possible=sign_in_possible),
        Step("no_procedures", None, counts=False),
        Step("procedure", "summary", guard=procedure_guard),
        Step("summary", "declaration"),
        Step("declaration", "handoff", guard=created_guard),
        Step("handoff", None),
    ]
    return Navmap("new_request", "category", {s.id: s for s in steps})


__all__ = [
    "ACTIVE_STATUSES",
    "CATEGORIES",
    "COME_BACK_STEPS",
    "FRANCECONNECT_ANSWERS",
    "INVALID_FIELDS",
    "NOT_ACCEPTED",
    "NOT_ACTIVE",
    "NOT_CREATED",
    "NOT_SIGNED_IN",
    "NOT_SUBMITTED",
    "NOT_VALIDATED",
    "NO_CHOICE",
    "PREREQUISITE_HELP",
    "TERMS_NOT_LOADED",
    "TERMS_NOT_READ",
    "UNANSWERED",
    "account_navmap",
    "is_stop",
    "new_request_navmap",
    "reacceptance_navmap",
]
