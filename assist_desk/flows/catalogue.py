"""Shared identifiers of profiles, categories and procedures (see CATALOGUE.md).

The portal's catalogue is authoritative at run time (eligibility comes from
it); these constants name the identifiers and give the eligibility rules the
portal publishes, so that flows can be tested as plain data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

PROFILES: tuple[str, ...] = (
    "individual",
    "siv_professional",
    "driving_school",
    "road_safety_centre",
    "town_hall_dr",
    "legal_entity",
)

CATEGORIES: tuple[str, ...] = (
    "vehicle_registration",
    "driving_licence",
    "identity_card",
    "passport",
)

PROCEDURES: dict[str, tuple[str, ...]] = {
    "vehicle_registration": (
        "vr_change_owner",
        "vr_change_address",
        "vr_duplicate",
        "vr_declare_sale",
    ),
    "driving_licence": (
        "dl_first_application",
        "dl_loss",
        "dl_theft",
        "dl_renewal",
        "dl_add_category",
        "dl_foreign_exchange",
    ),
    "identity_card": (
        "id_first_adult",
        "id_first_minor",
        "id_renewal_adult",
        "id_renewal_minor",
        "id_loss",
        "id_theft",
        "id_damaged",
        "id_change_civil_status",
    ),
    "passport": (
        "pp_first_adult",
        "pp_first_minor",
        "pp_renewal_adult",
        "pp_renewal_minor",
        "pp_loss",
        "pp_theft",
        "pp_damaged",
        "pp_change_civil_status",
    ),
}

_ALL = tuple(p for procs in PROCEDURES.values() for p in procs)

#: Procedures each profile may start (the portal's published rules).
ELIGIBILITY: dict[str, tuple[str, ...]] = {
    "individual": _ALL,
    "siv_professional": PROCEDURES["vehicle_registration"],
    "driving_school": ("dl_first_application", "dl_add_category"),
    "road_safety_centre": (),
    "town_hall_dr": (),
    "legal_entity": PROCEDURES["vehicle_registration"],
}

#: Profiles that need each prerequisite before any form (checked in this order).
PREREQUISITES: dict[str, tuple[str, ...]] = {
    "individual": ("has_email",),
    "siv_professional": ("has_email", "has_prefecture_authorisation", "has_siret"),
    "driving_school": ("has_email", "has_approval"),  # no SIRET (ToU 1.5)
    "road_safety_centre": ("has_email", "has_approval"),
    "town_hall_dr": ("has_email",),
    "legal_entity": ("has_email", "has_siret"),
}


def category_of(procedure_id: str) -> str:
    for category, procedures in PROCEDURES.items():
        if procedure_id in procedures:
            return category
    raise KeyError(procedure_id)


def allowed_by_category(
    profile: str, eligibility: Mapping[str, Sequence[str]] | None = None
) -> dict[str, list[str]]:
    """Procedures ``profile`` may start, grouped by category (empty categories left out)."""
    allowed = set((eligibility or ELIGIBILITY).get(profile, ()))
    grouped: dict[str, list[str]] = {}
    for category in CATEGORIES:
        found = [p for p in PROCEDURES[category] if p in allowed]
        if found:
            grouped[category] = found
    return grouped
