"""The simulated official site the training hand-off opens (issue 15)."""

from __future__ import annotations

import httpx
import pytest

from assist_desk.sandbox.routes.official import NOTICE
from tests.portal_fixtures import TrainingPortal


@pytest.fixture
def http(training_portal: TrainingPortal) -> httpx.Client:
    with httpx.Client(base_url=training_portal.url, trust_env=False, timeout=10) as client:
        yield client


def test_the_page_shows_the_notice_and_the_form_without_the_trainer(http: httpx.Client) -> None:
    response = http.get("/training/official/vehicle_registration")  # no trainer secret
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert NOTICE in page
    assert "Site officiel simulé (formation)" in page
    for field in ('type="email"', 'type="date"', 'type="text"'):
        assert field in page
    assert "Télécharger le récapitulatif" in page
    assert "<script" not in page


def test_page_and_receipt_are_never_stored(http: httpx.Client) -> None:
    for path in (
        "/training/official/passport",
        "/training/official/passport/recapitulatif.pdf",
    ):
        response = http.get(path)
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "no-store"
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert "form-action 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_the_receipt_is_a_pdf_download(http: httpx.Client) -> None:
    response = http.get("/training/official/driving_licence/recapitulatif.pdf")
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.content.startswith(b"%PDF-1.4")
    assert response.content.rstrip().endswith(b"%%EOF")
    assert rb"(Recapitulatif \(formation\)) Tj" in response.content


def test_an_unknown_category_is_a_404_problem(http: httpx.Client) -> None:
    response = http.get("/training/official/not_a_category")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
