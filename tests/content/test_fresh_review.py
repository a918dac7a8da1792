"""Issue 16, gaps a fresh reviewer found (2026-12-06): answers that cited another topic's
fiche (U2 leftovers) now cite their own page."""

from __future__ import annotations

import pytest

from assist_desk.content import ContentPack

SP = "https://www.service-public.fr/particuliers/vosdroits/"


@pytest.mark.parametrize(
    ("entry", "source"),
    [
        (
            "faq_ephoto",
            "https://permisdeconduire.ants.gouv.fr/demarches-en-ligne/inscription-examen-permis",
        ),
        ("faq_medical_opinion", SP + "F1255"),
        ("faq_stolen_vehicle", SP + "F21138"),
        ("faq_imported_vehicle", SP + "F20992"),
    ],
)
def test_u2_leftovers_cite_their_own_page_and_stay_to_recheck(
    pack: ContentPack, entry: str, source: str
) -> None:
    view = pack.faq(entry, "fr")
    assert view is not None
    assert view.source == source
    assert (
        view.to_recheck
    )  # each page was read only in stored copies that do not hold every sentence
