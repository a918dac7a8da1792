"""Hypothesis fuzzing of every operation's body and parameters, over HTTP (review finding M1).

schemathesis (``test_contract.py``) sends what the schema describes; these send what it
does not: deep nesting, lone UTF-16 surrogates, NUL and control characters, numbers
such as ``inf``/``nan``/``1e308``, any JSON where an object is expected. Every answer
must be below 500, and a 4xx must be a problem document.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assist_desk.sandbox import TrainingPortalHandle, start_in_thread
from assist_desk.sandbox.ants_emulation import TRAINING_TOKEN
from assist_desk.sandbox.app import PortalOptions
from tests.portal.test_models import VALID
from tests.portal_fixtures import active_account

HUB_HEADERS = {"X-HUB-RDV-AUTH-TOKEN": TRAINING_TOKEN}
#: ``make test-long`` sets FUZZ_EXAMPLES higher (nightly-style).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

# Text with what browsers and JSON allow but Unicode does not (lone surrogates), and controls.
nasty_text = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
    max_size=40,
)
numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["inf", "-inf", "nan", "1e308", "-0", "0x10", "", " 5 "]),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), numbers, nasty_text),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(nasty_text, children, max_size=4),
    ),
    max_leaves=12,
)


def _encode(value: Any) -> bytes:
    # Python's json writes NaN/Infinity (not JSON) and escapes lone surrogates (\\ud800).
    return json.dumps(value, allow_nan=True, ensure_ascii=True).encode()


deep_bodies = (
    st.sampled_from([999, 1_000, 5_000, 100_000])
    .flatmap(
        lambda depth: st.sampled_from(
            ["[" * depth + "]" * depth, '{"a":' * depth + "1" + "}" * depth, "[" * depth]
        )
    )
    .map(str.encode)
)


@st.composite
def mutated_forms(draw: st.DrawFn) -> bytes:
    """A valid form of some profile with one field replaced by anything."""
    profile = draw(st.sampled_from(sorted(VALID)))
    body: dict[str, Any] = {"profile": profile, **VALID[profile]}
    field = draw(st.sampled_from([*sorted(body), "extra"]))
    body[field] = draw(json_values)
    return _encode(body)


bodies = st.one_of(json_values.map(_encode), deep_bodies, mutated_forms(), st.binary(max_size=64))

POST_PATHS = [
    "/v1/accounts",
    "/v1/sessions",
    "/v1/activations",
    "/v1/contact-messages",
    "/v1/claims",
    "/v1/franceconnect/sessions",
    "/v1/password-resets",
    "/v1/password-resets/complete",
    "/v1/accounts/{account}/activation-email",
    "/v1/accounts/{account}/terms-acceptances",
    "/v1/accounts/{account}/requests",
]


class Portal:
    def __init__(self, handle: TrainingPortalHandle) -> None:
        self.handle = handle
        self.http = httpx.Client(base_url=handle.url, trust_env=False, timeout=30)
        self.account, self.bearer = active_account(
            self.http, handle.trainer_headers, {"profile": "individual", **VALID["individual"]}
        )
        # A second account for the trainer's suspension forms (the first stays usable).
        self.other, _ = active_account(
            self.http,
            handle.trainer_headers,
            {"profile": "legal_entity", **VALID["legal_entity"]},
        )


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Portal]:
    options = PortalOptions(rate_per_s=100_000, burst=100_000)
    handle = start_in_thread(tmp_path_factory.mktemp("fuzz"), options=options)
    made = Portal(handle)
    try:
        yield made
    finally:
        made.http.close()
        handle.stop()


def assert_handled(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["code"]


@pytest.mark.slow
@FUZZ
@given(
    path=st.sampled_from(POST_PATHS),
    body=bodies,
    content_type=st.sampled_from(
        ["application/json", "text/plain", "application/x-www-form-urlencoded", ""]
    ),
)
@example(path="/v1/franceconnect/sessions", body=b"[" * 5000 + b"]" * 5000, content_type="")
@example(
    path="/v1/sessions",
    body=b'{"email":"a@example.fr","password":"x\\ud800"}',
    content_type="application/json",
)
def test_m1_post_bodies_never_500(
    portal: Portal, path: str, body: bytes, content_type: str
) -> None:
    headers = {"Idempotency-Key": f'"{uuid.uuid4()}"', **portal.bearer}
    if content_type:
        headers["Content-Type"] = content_type
    response = portal.http.post(path.format(account=portal.account), content=body, headers=headers)
    assert_handled(response)


@pytest.mark.slow
@FUZZ
@given(
    longitude=numbers.map(str),
    latitude=numbers.map(str),
    operation=st.sampled_from(["MeetingPointsFromPosition", "SlotsFromPosition"]),
)
def test_m1_positions_never_500(
    portal: Portal, longitude: str, latitude: str, operation: str
) -> None:
    params = {
        "longitude": longitude,
        "latitude": latitude,
        "start_date": "2026-12-07",
        "end_date": "2026-12-10",
    }
    response = portal.http.get(
        f"/ants-emulation/hub/api/{operation}", params=params, headers=HUB_HEADERS
    )
    assert_handled(response)


@pytest.mark.slow
@FUZZ
@given(
    fields=st.fixed_dictionaries(
        {"delay_before_s": numbers.map(str)},
        optional={
            "delay_after_commit_s": numbers.map(str),
            "path_prefix": nasty_text,
            "csrf": nasty_text,
        },
    ),
    as_json=st.booleans(),
    deep=st.booleans(),
)
def test_m1_fault_settings_never_500(
    portal: Portal, fields: dict[str, str], as_json: bool, deep: bool
) -> None:
    trainer = portal.handle.trainer_headers
    try:
        if deep:
            response = portal.http.post(
                "/training/faults",
                content=b"[" * 5000 + b"]" * 5000,
                headers={"Content-Type": "application/json", **trainer},
            )
        elif as_json:
            response = portal.http.post(
                "/training/faults",
                content=_encode(fields),
                headers={"Content-Type": "application/json", **trainer},
            )
        else:
            form = urlencode(fields, encoding="utf-8", errors="surrogatepass")
            response = portal.http.post(
                "/training/faults",
                content=form,
                headers={"Content-Type": "application/x-www-form-urlencoded", **trainer},
            )
        assert_handled(response)
    finally:  # never leave a delay behind for the next example
        portal.http.post("/training/faults", json={}, headers=trainer).raise_for_status()


@pytest.mark.slow
@FUZZ
@given(
    action=st.sampled_from(["suspend", "reactivate", "terminate"]),
    fields=st.fixed_dictionaries(
        {"reason": nasty_text, "days": numbers.map(str)}, optional={"csrf": nasty_text}
    ),
    account=st.one_of(st.just("own"), nasty_text.filter(lambda s: "/" not in s and s)),
    maintenance=st.fixed_dictionaries(
        {"message": nasty_text}, optional={"retry_after_s": numbers.map(str)}
    ),
)
def test_trainer_account_and_maintenance_forms_never_500(
    portal: Portal,
    action: str,
    fields: dict[str, str],
    account: str,
    maintenance: dict[str, str],
) -> None:
    """The agency's suspension forms and the maintenance switch (issue 18) with anything."""
    trainer = {**portal.handle.trainer_headers, "Content-Type": "application/x-www-form-urlencoded"}
    target = portal.other if account == "own" else account
    form = urlencode(fields, encoding="utf-8", errors="surrogatepass")
    response = portal.http.post(
        f"/training/accounts/{quote(target.encode('utf-8', 'surrogatepass'), safe='')}/{action}",
        content=form,
        headers=trainer,
    )
    assert_handled(response)
    switch = urlencode(maintenance, encoding="utf-8", errors="surrogatepass")
    try:
        assert_handled(portal.http.post("/training/maintenance", content=switch, headers=trainer))
    finally:  # never leave the portal in maintenance for the next example
        off = portal.http.post("/training/maintenance", data={"message": ""}, headers=trainer)
        off.raise_for_status()
