"""Where "Continue on the official site" goes (issue 15): the official site with a real
portal, the training portal's simulated official page in training."""

from __future__ import annotations

from typing import Any

from tests.app_fixtures import StartApplication


def summary_of_first_procedure(qtbot: Any, context: Any) -> tuple[Any, Any]:
    context.window.show_screen("new_request")
    requests = context.features.flows.service.get().requests
    requests.begin()  # loads the portal's catalogue
    qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
    category = requests.catalogue.categories[0]
    procedure = category.procedures[0]
    requests.choose_category(category.id)
    requests.choose_procedure(procedure.id)
    summary = requests.summary()
    assert summary is not None
    return procedure, summary


def test_mediator_with_a_real_portal_keeps_the_official_address(
    qtbot: Any, qapp: Any, training_portal: Any, app_context: StartApplication
) -> None:
    # A portal given by URL is the real one as far as the app knows (no embedded portal).
    context = app_context("--mode", "mediator", "--lang", "fr", "--portal-url", training_portal.url)
    assert context.features.portal.training is None
    procedure, summary = summary_of_first_procedure(qtbot, context)
    assert summary.handoff_url == procedure.handoff_url
    assert summary.handoff_url.startswith("https://")
    assert ".ants.gouv.fr" in summary.handoff_url


def test_training_mode_hands_off_to_the_simulated_official_page(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "training", "--lang", "fr", wait=True)
    portal = context.features.portal
    assert portal.training is not None
    procedure, summary = summary_of_first_procedure(qtbot, context)
    expected = f"{portal.url.rstrip('/')}/training/official/{procedure.category_id}"
    assert summary.handoff_url == expected
    # The system browser of a training workstation may open it too (the portal's origin).
    assert context.features.flows.service.get().opener.allows(expected)
