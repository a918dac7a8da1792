"""The wizard engine, as plain data (no QApplication)."""

from __future__ import annotations

import pytest

from assist_desk.flows.wizard import GuardRefused, Navmap, Step, Wizard, WizardError


def _map() -> Navmap:
    seen: list[str] = []
    steps = [
        Step("a", "b", guard=lambda d: None if d.get("x") else "need_x"),
        Step("b", lambda d: "c" if d.get("go_c") else "d", accept=lambda d: seen.append("b")),
        Step("c", None),
        Step("d", None, counts=False),
    ]
    return Navmap("test", "a", {s.id: s for s in steps})


def test_guard_refuses_then_lets_through() -> None:
    wizard = Wizard(_map())
    assert wizard.current == "a"
    assert not wizard.can_next()
    with pytest.raises(GuardRefused) as refused:
        wizard.next()
    assert refused.value.reason == "need_x"
    assert wizard.next(x="typed") == "b"
    assert wizard.can_back()


def test_back_keeps_data_and_next_branches_on_data() -> None:
    wizard = Wizard(_map())
    wizard.next(x="typed")
    wizard.update(go_c=True)
    assert wizard.planned_path() == ["a", "b", "c"]
    assert wizard.back() == "a"
    assert wizard.data == {"x": "typed", "go_c": True}
    wizard.next()
    assert wizard.next() == "c"
    assert wizard.is_last()
    with pytest.raises(WizardError):
        wizard.next()


def test_progress_skips_side_steps_and_back_to() -> None:
    wizard = Wizard(_map())
    assert wizard.progress() == (1, 2)  # a → b → d, and d does not count
    wizard.next(x=1)
    assert wizard.progress() == (2, 2)
    wizard.next()
    assert wizard.current == "d"
    assert wizard.back_to("a") == "a"
    with pytest.raises(WizardError):
        wizard.back_to("c")
    with pytest.raises(WizardError):
        wizard.back()


def test_reset_forgets_everything() -> None:
    wizard = Wizard(_map())
    wizard.next(x="typed")
    wizard.reset()
    assert wizard.current == "a"
    assert wizard.data == {}


def test_bad_maps_are_refused() -> None:
    with pytest.raises(WizardError):
        Navmap("bad", "zz", {"a": Step("a")})
    with pytest.raises(WizardError):
        Navmap("bad", "a", {"a": Step("b")})
    wizard = Wizard(Navmap("bad", "a", {"a": Step("a", "nowhere")}))
    with pytest.raises(WizardError):
        wizard.next()
