"""R7 (M5, L3): blind spots of the kiosk tests' own detectors (no app needed)."""

from __future__ import annotations

import gc

from assist_desk.logs import redact
from tests.kiosk.helpers import Canary, gc_strings_holding


class Holder:
    pass


def test_redactor_is_tuned_to_the_test_canary() -> None:
    canary = Canary()
    # The canary the tests type is always masked, whatever field it is logged from...
    assert canary.needle() not in redact(f"given_names={canary.text()}")
    # ...but the real data the canary stands for is not:
    for real in (
        "given_names=Jean family_name=Dupont",
        "birth_date=14/07/1985",
        "password=Correct-horse-42",
        "pre-application number ab12cd34ef",  # typed in lower case (accepted by the form)
        "pre-application number AB12 CD34 EF",  # typed grouped (accepted by the form)
        "address=12 rue de la Paix 75002 Paris",
    ):
        print("REDACT", repr(real), "->", repr(redact(real)))
        assert redact(real) == real


def test_gc_detector_misses_a_plain_dict_of_strings() -> None:
    canary = Canary()
    leak = Holder()
    # What a controller's wizard data looks like: a dict of str -> str.
    leak.data = {"given_names": canary.text(), "email": canary.email()}
    leak.pair = (canary.text(),)  # a tuple of strings (untracked after a collection)
    leak.raw = canary.text().encode()  # a request body (bytes)
    assert not gc.is_tracked(leak.data)
    # The string is reachable from a live object, yet the detector finds nothing.
    hits = gc_strings_holding(canary.needle())
    print("HITS", hits)
    assert hits == []
    assert canary.needle() in leak.data["email"]
