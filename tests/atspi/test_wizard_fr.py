"""The account wizard read through AT-SPI: each step type (choice, yes/no questions,
form), its errors and the focus moves between steps. Issue 19: M1–M5, m1, m4."""

from __future__ import annotations

from tests.atspi.desktop import RunningApp
from tests.atspi.nodes import dump, find, find_all, pruned
from tests.atspi.test_desk_fr import open_tile

CHOOSE = "Veuillez choisir une réponse pour continuer."


def next_step(app: RunningApp, heading: str) -> list[dict[str, object]]:
    """Press Continue; the events until the new step's heading is there and focus settled."""
    app.act("push button", "Continuer")
    app.wait_until(lambda: find_all(app.tree(), "heading", heading), heading)
    return app.settle(0.4)


def test_wizard_steps(desk_fr: RunningApp) -> None:
    app = desk_fr
    events = open_tile(app, "Créer un compte ANTS", "Pour qui est le compte\u00a0?")
    # Step 1, a choice: the options are grouped under the question (M3), the title is
    # a heading (M1), the focus goes straight to the first option (m1).
    assert app.focus_moves(events) == ["radio button:Pour moi (particulier)"]
    tree = pruned(app.tree())
    print(dump(tree))
    group = find(tree, "panel", "Pour qui est le compte\u00a0?")
    radios = [node for node in group["children"] if node["role"] == "radio button"]
    # F-5 (issue 14): "For me" first; tiles with pictograms, still radio buttons.
    assert [radio["name"] for radio in radios][:3] == [
        "Pour moi (particulier)",
        "Un professionnel de l'automobile (SIV)",
        "Une auto-école",
    ]
    assert radios[0]["description"].startswith("Pour vos propres démarches")

    # Continue with no choice: the message is announced at once (M2), assertive.
    app.act("push button", "Continuer")
    events = app.wait_for_event(lambda e: e["type"] == "object:announcement", CHOOSE)
    assert (events[-1]["text"], events[-1]["detail1"]) == (CHOOSE, 2)

    # Step 2, yes/no questions: the group is named by the question; the answers are
    # plain "Oui"/"Non" (M3); no detour through the language box (m1).
    app.act("radio button", "Pour moi (particulier)", "Toggle")
    events = next_step(app, "Avant de commencer")
    assert app.focus_moves(events) == ["radio button:Oui"]
    tree = pruned(app.tree())
    question = "Avez-vous une adresse e-mail que vous pouvez ouvrir maintenant, ici\u00a0?"
    group = find(tree, "panel", question)
    assert [node["name"] for node in group["children"]] == ["Oui", "Non"]

    # Step 3, a choice again, named by its title.
    app.act("radio button", "Oui", "Toggle")
    events = next_step(app, "Comment voulez-vous vous connecter\u00a0?")
    assert app.focus_moves(events) == ["radio button:Avec FranceConnect"]
    find(pruned(app.tree()), "panel", "Comment voulez-vous vous connecter\u00a0?")

    # Step 4, the form.
    app.act("radio button", "Avec un compte ANTS", "Toggle")
    next_step(app, "Vos informations")
    tree = pruned(app.tree())
    print(dump(tree))
    password = find(tree, "password text", "Mot de passe")
    assert "LABELLED-BY:label:Mot de passe" in password["relations"]
    # M4: the rules are read with each password field; m3: not a third time as a
    # text of their own (they are drawn under the "Mot de passe" label, hidden from
    # screen readers).
    assert password["description"].startswith("Au moins 12 caractères")
    confirm = find(tree, "password text", "Mot de passe (à nouveau)")
    assert confirm["description"] == password["description"]
    names = [node["name"] for node in find_all(tree)]
    assert password["description"] not in names  # the rule sentence, not read again
    # The live criteria (E-4, issue 14) are each read with their state, once.
    criteria = [name for name in names if name.startswith("Au moins 12 caractères")]
    assert criteria == ["Au moins 12 caractères: pas encore"]

    # m4: typing a letter into the e-mail field says no error yet.
    app.act("text", "Adresse e-mail", "SetFocus")
    app.settle(0.3)
    app.type("j")
    app.settle(0.5)
    email = find(pruned(app.tree()), "text", "Adresse e-mail")
    assert email["description"] == ""

    # Continue with errors: the summary is announced (M2); the focus goes to the
    # first wrong field, whose description is its message, then the rules (M5: Qt has
    # no invalid or required state for a line edit, see the statement).
    events = app.events()
    app.act("push button", "Continuer")
    events = app.wait_for_event(lambda e: e["type"] == "object:announcement", "summary")
    assert "champs" in events[-1]["text"]
    assert events[-1]["detail1"] == 2
    app.settle(0.5)
    focused = app.focused()
    assert focused is not None
    assert focused["name"] == "Adresse e-mail"
    assert focused["description"].startswith("Ceci ne ressemble pas à une adresse e-mail")
    tree = pruned(app.tree())
    password = find(tree, "password text", "Mot de passe")
    assert password["description"].startswith("Veuillez remplir ce champ. Au moins 12")


def press(app: RunningApp, name: str) -> None:
    """Focus a push button and press it with the space bar, as a keyboard user does."""
    app.act("push button", name, "SetFocus")
    app.settle(0.3)
    app.key("space")


def test_back_home_and_end_session_take_the_focus_without_a_detour(desk_fr: RunningApp) -> None:
    """m1: a button that disappears with the screen it leaves ("Back" on the first
    step, "Home" on the home screen, a wizard restarted by the wipe behind the FAQ)
    no longer lends the focus to another control on the way (Orca said it)."""
    app = desk_fr
    open_tile(app, "Créer un compte ANTS", "Pour qui est le compte\u00a0?")
    app.act("radio button", "Pour moi (particulier)", "Toggle")
    next_step(app, "Avant de commencer")
    press(app, "Retour")
    app.wait_until(
        lambda: find_all(app.tree(), "heading", "Pour qui est le compte\u00a0?"), "step 1"
    )
    assert app.focus_moves(app.settle(0.5)) == ["radio button:Pour moi (particulier)"]

    press(app, "Revenir à l'accueil")
    app.wait_until(
        lambda: find_all(app.tree(), "heading", "Que souhaitez-vous faire\u00a0?"), "home"
    )
    assert app.focus_moves(app.settle(0.5)) == ["push button:Nouvelle demande"]

    open_tile(app, "Questions et réponses", "Questions et réponses")
    press(app, "Terminer la session")
    app.wait_until(
        lambda: find_all(app.tree(), "heading", "Que souhaitez-vous faire\u00a0?"), "home"
    )
    assert app.focus_moves(app.settle(0.8)) == ["push button:Nouvelle demande"]
