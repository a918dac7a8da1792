"""Tour scenes of account creation: every step of the wizard for the six profiles, every
"no" to a prerequisite, inline errors, and each profile's account to the end (the
prefecture's validation and the activation e-mail done through the trainer)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.flows.catalogue import PREREQUISITES
from assist_desk.flows.navmaps import account_navmap
from assist_desk.tours.flows import continue_questions, idle, service, trainer, unique
from assist_desk.tours.samples import BAD_FORM, FORMS
from assist_desk.tours.scene import Scene, Tour


def scene_names() -> frozenset[str]:
    steps = account_navmap().steps
    names = {"account-01-profile", "account-04-individual-method"}
    names.add("account-05-individual-franceconnect")
    names.add("account-06-individual-form-inline-errors")
    names.add("account-06-individual-form-birth_date")
    for number, (profile, questions) in enumerate(PREREQUISITES.items(), 1):
        names.add(f"account-02-prerequisites-{number}-{profile}")
        names.add(f"account-02-prerequisites-{number}-{profile}-question-2")
        for question in questions:
            answer = question.removeprefix("has_")
            names.update(f"account-03-{profile}-no-{answer}-{step}" for step in steps)
        names.update(f"account-10-{profile}-{step}" for step in steps)
        for kind in ("06-{}-form-empty", "07-{}-form-filled", "08-{}-terms", "09-{}-declaration"):
            names.add("account-" + kind.format(profile))
        names.add(f"account-10-{profile}-validated-check_email")
        names.add(f"account-11-{profile}-ready")
    return frozenset(names)


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    account = service(tour).account
    portal_trainer = trainer(tour)
    # K-2: a kiosk asks one question per screen (an answer moves on by itself).
    kiosk = tour.mode == "kiosk"
    account.restart()
    screen = tour.show("account")
    yield tour.scene("account-01-profile", "Create an account: choose among the six profiles")
    for number, profile in enumerate(PREREQUISITES, 1):
        account.restart()
        screen.page("profile").choose(profile)
        account.go_next()
        yield tour.scene(
            f"account-02-prerequisites-{number}-{profile}",
            f"Prerequisites check for the profile {profile}",
        )
        if kiosk and len(PREREQUISITES[profile]) > 2:
            screen.page("prerequisites").answer(PREREQUISITES[profile][0], True)
            yield tour.scene(
                f"account-02-prerequisites-{number}-{profile}-question-2",
                f"Kiosk: the next question on its own screen ({profile})",
            )
        # Every "no" answer: the guide (come back) or the clean stop.
        for question in PREREQUISITES[profile]:
            for other in PREREQUISITES[profile]:
                screen.page("prerequisites").answer(other, other != question)
            continue_questions(account)
            step = account.current
            name = f"account-03-{profile}-no-{question.removeprefix('has_')}-{step}"
            yield tour.scene(name, f"{profile}: answered no to {question} → {step}")
            account.go_back()
        for other in PREREQUISITES[profile]:
            screen.page("prerequisites").answer(other, True)
        continue_questions(account)
        if profile == "individual":
            yield tour.scene(
                "account-04-individual-method", "Individuals: FranceConnect or account"
            )
            screen.page("method").choose("franceconnect")
            account.go_next()
            yield tour.scene(
                "account-05-individual-franceconnect", "What FranceConnect is (nothing stored here)"
            )
            account.go_back()
            screen.page("method").choose("ants_account")
            account.go_next()
        form_step = account.current
        form = screen.page(form_step)
        yield tour.scene(f"account-06-{profile}-form-empty", f"{profile}: the form, empty")
        if profile == "individual":
            form.fill(BAD_FORM)
            # A kiosk's Continue checks the field shown (the e-mail), a desk's the form.
            screen.go_next() if kiosk else account.go_next()
            yield tour.scene(
                "account-06-individual-form-inline-errors",
                "Inline validation: plain-language messages under each field",
            )
        values = unique(FORMS[profile], tour.language)
        form.fill(values)
        if kiosk and profile == "individual":
            form.go_to_field("birth_date")
            yield tour.scene(
                "account-06-individual-form-birth_date",
                "Kiosk: one field per screen, the date of birth as three boxes",
            )
        if kiosk:  # the form's last screen (the password with its copy and criteria)
            form.go_to_field(next(reversed(form.edits)))
        yield tour.scene(f"account-07-{profile}-form-filled", f"{profile}: the form, filled in")
        account.go_next()
        await idle(tour, account)
        if account.current == "terms":
            yield tour.scene(f"account-08-{profile}-terms", "Terms of Use: summary and French text")
            screen.page("terms").checkbox.setChecked(True)
            account.go_next()
        yield tour.scene(
            f"account-09-{profile}-declaration",
            "Warning about false declarations (Criminal Code art. 441-1)",
        )
        account.go_next()
        await idle(tour, account)
        step = account.current
        yield tour.scene(f"account-10-{profile}-{step}", f"{profile}: after submitting ({step})")
        if portal_trainer is not None and account.account is not None and step != "request_sent":
            if step == "check_email":
                token = await portal_trainer.activation_token(account.account.id)
                await account.portal().activate(token)
            elif step == "prefecture_pending":
                await portal_trainer.validate(account.account.id)
                account.poll_now()
                await idle(tour, account)
                await tour.wait_for(lambda: account.current == "check_email", 10, "validation")
                yield tour.scene(
                    f"account-10-{profile}-validated-check_email",
                    "SIV: the prefecture agreed; the connection e-mail is on its way",
                )
                token = await portal_trainer.activation_token(account.account.id)
                # An SIV account has no password yet: it chooses one when activating.
                await account.portal().activate(token, password="Garage-Tour-2026")
            account.poll_now()
            await idle(tour, account)
            await tour.wait_for(lambda: account.current == "account_ready", 10, "activation")
            yield tour.scene(f"account-11-{profile}-ready", f"{profile}: the account is active")
