"""Every text of the guided flows, in the "Flows" translation context.

Kept in one place, as data, so that pages stay generic and translators see
related sentences together. Use :func:`t` to show one in the current language.
"""

from __future__ import annotations

from assist_desk.i18n import QT_TRANSLATE_NOOP, translated


def t(text: str) -> str:
    """``text`` in the interface language (context "Flows")."""
    return translated("Flows", text)


# -- profiles: (name, who it is for and what it needs) -----------------------------
#: F-5: the profile page offers the common case first, in the person's own words.
PROFILE_FOR_ME = QT_TRANSLATE_NOOP("Flows", "For me (a private person)")
PROFILE_GROUP_PRO = QT_TRANSLATE_NOOP(
    "Flows", "You represent a company, a driving school, a town hall…?"
)
PROFILE_TEXTS: dict[str, tuple[str, str]] = {
    "individual": (
        QT_TRANSLATE_NOOP("Flows", "A private person"),
        QT_TRANSLATE_NOOP(
            "Flows", "For your own procedures. You need an e-mail address you can open."
        ),
    ),
    "siv_professional": (
        QT_TRANSLATE_NOOP("Flows", "A car professional (SIV)"),
        QT_TRANSLATE_NOOP(
            "Flows",
            "For garages authorised by their prefecture to register vehicles. "
            "You need the authorisation, a SIRET number and an e-mail address.",
        ),
    ),
    "driving_school": (
        QT_TRANSLATE_NOOP("Flows", "A driving school"),
        QT_TRANSLATE_NOOP("Flows", "You need the school's approval number and an e-mail address."),
    ),
    "road_safety_centre": (
        QT_TRANSLATE_NOOP("Flows", "A road-safety training centre"),
        QT_TRANSLATE_NOOP(
            "Flows",
            "Centres running points-recovery courses. You need the approval number "
            "and an e-mail address.",
        ),
    ),
    "town_hall_dr": (
        QT_TRANSLATE_NOOP("Flows", "A town hall with a fingerprint station"),
        QT_TRANSLATE_NOOP(
            "Flows",
            "Town halls that take ID card and passport applications. The account is "
            "requested from the agency, with an e-mail address it can write to.",
        ),
    ),
    "legal_entity": (
        QT_TRANSLATE_NOOP("Flows", "Another company or association"),
        QT_TRANSLATE_NOOP("Flows", "You need its SIRET number and an e-mail address."),
    ),
}

# -- prerequisites -----------------------------------------------------------------------
QUESTIONS: dict[str, str] = {
    "has_email": QT_TRANSLATE_NOOP(
        "Flows", "Do you have an e-mail address that you can open now, here?"
    ),
    "has_prefecture_authorisation": QT_TRANSLATE_NOOP(
        "Flows", "Has your prefecture authorised you to register vehicles (SIV)?"
    ),
    "has_siret": QT_TRANSLATE_NOOP("Flows", "Do you have the SIRET number (14 digits) at hand?"),
    "has_approval": QT_TRANSLATE_NOOP(
        "Flows", "Do you have the prefecture's approval number at hand?"
    ),
}
YES = QT_TRANSLATE_NOOP("Flows", "Yes")
NO = QT_TRANSLATE_NOOP("Flows", "No")

# -- step titles (also the window title) -------------------------------------------------
STEP_TITLES: dict[str, str] = {
    "profile": QT_TRANSLATE_NOOP("Flows", "Who is the account for?"),
    "prerequisites": QT_TRANSLATE_NOOP("Flows", "Before we start"),
    "email_guide": QT_TRANSLATE_NOOP("Flows", "Create an e-mail address first"),
    "siv_authorisation_help": QT_TRANSLATE_NOOP("Flows", "The prefecture's authorisation"),
    "siret_help": QT_TRANSLATE_NOOP("Flows", "Find the SIRET number"),
    "approval_help": QT_TRANSLATE_NOOP("Flows", "The approval number"),
    "method": QT_TRANSLATE_NOOP("Flows", "How do you want to sign in?"),
    "franceconnect": QT_TRANSLATE_NOOP("Flows", "FranceConnect"),
    "form": QT_TRANSLATE_NOOP("Flows", "Your details"),
    "town_hall_request": QT_TRANSLATE_NOOP("Flows", "The town hall's request"),
    "terms": QT_TRANSLATE_NOOP("Flows", "Terms of Use"),
    "declaration": QT_TRANSLATE_NOOP("Flows", "Please read carefully"),
    "check_email": QT_TRANSLATE_NOOP("Flows", "Check your e-mail"),
    "prefecture_pending": QT_TRANSLATE_NOOP("Flows", "Waiting for the prefecture"),
    "account_ready": QT_TRANSLATE_NOOP("Flows", "Your account is ready"),
    "request_sent": QT_TRANSLATE_NOOP("Flows", "Request sent"),
    "changes": QT_TRANSLATE_NOOP("Flows", "The Terms of Use have changed"),
    "confirm": QT_TRANSLATE_NOOP("Flows", "Accept the new Terms of Use"),
    "accepted": QT_TRANSLATE_NOOP("Flows", "Thank you"),
    "sign_in": QT_TRANSLATE_NOOP("Flows", "Your ANTS account"),
    "no_procedures": QT_TRANSLATE_NOOP("Flows", "No procedure for this account"),
    "category": QT_TRANSLATE_NOOP("Flows", "What is it about?"),
    "procedure": QT_TRANSLATE_NOOP("Flows", "Which procedure?"),
    "summary": QT_TRANSLATE_NOOP("Flows", "Summary"),
    "franceconnect_check": QT_TRANSLATE_NOOP("Flows", "Do you use FranceConnect?"),
    "vehicle_paths": QT_TRANSLATE_NOOP("Flows", "Two ways to do it"),
    "professional": QT_TRANSLATE_NOOP("Flows", "An authorised professional"),
    "handoff": QT_TRANSLATE_NOOP("Flows", "Continue on the official site"),
}

# -- side pages and stops ------------------------------------------------------------------
BODIES: dict[str, str] = {
    "email_guide": QT_TRANSLATE_NOOP(
        "Flows",
        "The agency writes to you by e-mail, so you need an address you can open. "
        "Free providers let you create one in a few minutes: choose a name, a password "
        "you will remember, and write both down somewhere safe. A mediator can help you. "
        "Once you can open your mailbox, choose “%1”. Nothing "
        "is stored on this computer: if you leave before, you start again when you come back.",
    ),
    "siv_authorisation_help": QT_TRANSLATE_NOOP(
        "Flows",
        "To register vehicles for your customers, your business must first be authorised "
        "by the prefecture of the département where it trades, and sign an agreement. "
        "Ask your prefecture (or its website) for the SIV authorisation. "
        "You cannot create this account before that. Come back once you have it.",
    ),
    "siret_help": QT_TRANSLATE_NOOP(
        "Flows",
        "The SIRET number has 14 digits. It is on the Kbis extract, on invoices and pay "
        "slips, and in the public business directory (annuaire-entreprises.data.gouv.fr). "
        "Come back with it: the account cannot be created without it.",
    ),
    "approval_help": QT_TRANSLATE_NOOP(
        "Flows",
        "The approval number is on the prefecture's approval decision (arrêté "
        "d'agrément) of the establishment. Find it, then come back: the account cannot "
        "be created without it.",
    ),
    "franceconnect": QT_TRANSLATE_NOOP(
        "Flows",
        "FranceConnect lets you sign in with an account you already have elsewhere: "
        "for example impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or "
        "France Identité. You type your password on their page, never here. "
        "Nothing about you is kept on this computer.",
    ),
    # C-4: asked right after "vehicle registration" is chosen, before any sign-in.
    "vehicle_franceconnect": QT_TRANSLATE_NOOP(
        "Flows",
        "To register a vehicle online, a private person signs in on the official site "
        "with FranceConnect. FranceConnect lets you sign in with an account you already "
        "have elsewhere: impots.gouv.fr, ameli.fr, L'Identité Numérique La Poste, MSA or "
        "France Identité. Do you have one of them?",
    ),
    "franceconnect_training": QT_TRANSLATE_NOOP(
        "Flows",
        "Training mode: the sign-in page is a simulation with fictitious people.",
    ),
    "declaration": QT_TRANSLATE_NOOP(
        "Flows",
        "Everything you declare must be true and up to date, whether for yourself or for "
        "someone else. A false declaration is an offence (French Criminal Code, article "
        "441-1): up to three years' imprisonment and a fine of €45,000. Inaccurate "
        "information can also lead the agency to suspend or end the procedure.",
    ),
    "check_email": QT_TRANSLATE_NOOP(
        "Flows",
        "We have sent an e-mail to %1. Open it and click the link inside to activate "
        "your account. This screen moves on by itself once it is done. "
        "Nothing after a few minutes? Look in the spam folder, or send the e-mail again.",
    ),
    "prefecture_pending": QT_TRANSLATE_NOOP(
        "Flows",
        # Not "Your request is registered" again: the page's alert title says it.
        "The prefecture now checks your authorisation. Once it agrees, you will receive "
        "an e-mail at %1 explaining how to sign in. This can take several days; you can "
        "leave this screen.",
    ),
    "account_ready": QT_TRANSLATE_NOOP(
        "Flows", "Your account is active. You can now start a procedure with “New request”."
    ),
    "request_sent": QT_TRANSLATE_NOOP(
        "Flows",
        "The agency has received the town hall's request. It will answer by e-mail at %1 "
        "with what happens next.",
    ),
    "no_procedures": QT_TRANSLATE_NOOP(
        "Flows",
        "This kind of account does not start procedures here: it gives access to the "
        "agency's services for your organisation only.",
    ),
    "not_for_this_account": QT_TRANSLATE_NOOP(
        "Flows",
        "This account cannot start this kind of procedure. Go back to choose another "
        "kind, or ask a mediator which account you need.",
    ),
    "vehicle_paths": QT_TRANSLATE_NOOP(
        "Flows",
        "Vehicle registration online needs FranceConnect. Without it, you can either ask "
        "someone you trust who has FranceConnect to do the procedure with you, or go to "
        "a car professional authorised for registrations (they charge for it).",
    ),
    "professional": QT_TRANSLATE_NOOP(
        "Flows",
        "Authorised professionals (garages, registration services) can do the procedure "
        "for you, for a fee they set themselves. Take your documents with you.",
    ),
    "handoff_browser": QT_TRANSLATE_NOOP(
        "Flows",
        "You are ready: now do the procedure on the official site (nothing has been sent "
        "yet). Sign in there with your ANTS account and follow its steps.",
    ),
    "handoff_kiosk": QT_TRANSLATE_NOOP(
        "Flows",
        "You are ready: now do the procedure on the official site (nothing has been sent "
        "yet). Scan this code with your phone, or print the summary and do it at home.",
    ),
    "handoff_kiosk_browser": QT_TRANSLATE_NOOP(
        "Flows",
        "You are ready: now do the procedure on the official site (nothing has been sent "
        "yet). Open it here, on this kiosk; or scan this code with your phone, or print "
        "the summary and do it at home.",
    ),
    "pre_application": QT_TRANSLATE_NOOP(
        "Flows",
        "At the end you will get a pre-application number: write it down, the town hall "
        "asks for it at the appointment.",
    ),
    "after_handoff_number": QT_TRANSLATE_NOOP(
        "Flows",
        "Once you have your pre-application number (10 letters or digits), check it here: "
        "its status, your appointments, or free slots near this help point.",
    ),
    "not_affiliated": QT_TRANSLATE_NOOP(
        "Flows", "This application is not an ANTS product; the official site is ants.gouv.fr."
    ),
}

OPTIONS: dict[str, str] = {
    "method.franceconnect": QT_TRANSLATE_NOOP("Flows", "With FranceConnect"),
    "method.franceconnect.more": QT_TRANSLATE_NOOP(
        "Flows", "Use an account you already have (taxes, health insurance, La Poste…)."
    ),
    "method.ants_account": QT_TRANSLATE_NOOP("Flows", "With an ANTS account"),
    "method.ants_account.more": QT_TRANSLATE_NOOP(
        "Flows", "Fill in a short form, then confirm your e-mail address."
    ),
    "fc_answer.yes": QT_TRANSLATE_NOOP("Flows", "Yes, I have FranceConnect"),
    "fc_answer.yes.more": QT_TRANSLATE_NOOP(
        "Flows", "You will sign in with it on the official site."
    ),
    "fc_answer.no": QT_TRANSLATE_NOOP("Flows", "No, I do not have it"),
    "fc_answer.no.more": QT_TRANSLATE_NOOP("Flows", "The next screen shows two other ways."),
    "fc_answer.professional_account": QT_TRANSLATE_NOOP("Flows", "I have a professional account"),
    "fc_answer.professional_account.more": QT_TRANSLATE_NOOP(
        "Flows", "A garage or a company signs in with its ANTS account."
    ),
    "vr_path.third_party": QT_TRANSLATE_NOOP("Flows", "With a trusted person"),
    "vr_path.third_party.more": QT_TRANSLATE_NOOP(
        "Flows", "Someone you trust signs in with their FranceConnect and does it with you."
    ),
    "vr_path.professional": QT_TRANSLATE_NOOP("Flows", "With an authorised professional"),
    "vr_path.professional.more": QT_TRANSLATE_NOOP(
        "Flows", "A garage or registration service does it for you."
    ),
}

# -- form fields ------------------------------------------------------------------------
FIELD_LABELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Flows", "E-mail address"),
    "given_names": QT_TRANSLATE_NOOP("Flows", "First names (all, as on your ID)"),
    "family_name": QT_TRANSLATE_NOOP("Flows", "Birth name"),
    "usage_name": QT_TRANSLATE_NOOP("Flows", "Usage name (optional)"),
    "birth_date": QT_TRANSLATE_NOOP("Flows", "Date of birth"),
    "password": QT_TRANSLATE_NOOP("Flows", "Password"),
    "password_confirm": QT_TRANSLATE_NOOP("Flows", "Password again"),
    "company_name": QT_TRANSLATE_NOOP("Flows", "Name of the business"),
    "establishment_name": QT_TRANSLATE_NOOP("Flows", "Name of the establishment"),
    "organisation_name": QT_TRANSLATE_NOOP("Flows", "Name of the organisation"),
    "siret": QT_TRANSLATE_NOOP("Flows", "SIRET number (14 digits)"),
    "prefecture_authorisation": QT_TRANSLATE_NOOP("Flows", "Prefecture authorisation reference"),
    "department": QT_TRANSLATE_NOOP("Flows", "Département of the prefecture (e.g. 75)"),
    "contact_name": QT_TRANSLATE_NOOP("Flows", "Contact person"),
    "phone": QT_TRANSLATE_NOOP("Flows", "Telephone (optional)"),
    "approval_number": QT_TRANSLATE_NOOP("Flows", "Approval number"),
    "commune_name": QT_TRANSLATE_NOOP("Flows", "Commune"),
    "insee_code": QT_TRANSLATE_NOOP("Flows", "INSEE code of the commune (5 characters)"),
    "fingerprint_stations": QT_TRANSLATE_NOOP("Flows", "Number of fingerprint stations"),
    "message": QT_TRANSLATE_NOOP("Flows", "Message to ANTS (optional)"),
}
#: E-4: the captions of the date of birth's three fields.
DATE_PARTS: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("Flows", "Day"),
    "month": QT_TRANSLATE_NOOP("Flows", "Month"),
    "year": QT_TRANSLATE_NOOP("Flows", "Year"),
}
PASSWORD_HINT = QT_TRANSLATE_NOOP(
    "Flows",
    "At least 12 characters, mixing three of: small letters, capitals, digits, symbols. "
    "Type it yourself: nobody else should know it. It goes only to the ANTS portal, "
    "through this help point's secure connection, and is never stored on this computer.",
)

FIELD_ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Flows", "Please fill in this field."),
    "invalid_email": QT_TRANSLATE_NOOP(
        "Flows", "This does not look like an e-mail address (example: name@example.fr)."
    ),
    "email_taken": QT_TRANSLATE_NOOP(
        "Flows", "An account already uses this e-mail address. Try signing in instead."
    ),
    "invalid_siret": QT_TRANSLATE_NOOP(
        "Flows", "This SIRET number is not valid: check the 14 digits."
    ),
    "invalid_siren": QT_TRANSLATE_NOOP("Flows", "This SIREN number is not valid."),
    "invalid_date": QT_TRANSLATE_NOOP(
        "Flows",
        "This is not a possible date of birth: check the day, the month and the year "
        "(4 digits, e.g. 1985).",
    ),
    "date_in_future": QT_TRANSLATE_NOOP("Flows", "This date is in the future."),
    "too_young": QT_TRANSLATE_NOOP("Flows", "This date does not fit the rules for this account."),
    "password_too_short": QT_TRANSLATE_NOOP("Flows", "The password needs at least 12 characters."),
    "password_too_long": QT_TRANSLATE_NOOP("Flows", "The password is too long (128 at most)."),
    "password_too_weak": QT_TRANSLATE_NOOP(
        "Flows", "Mix three kinds: small letters, capitals, digits, symbols."
    ),
    "password_contains_email": QT_TRANSLATE_NOOP(
        "Flows", "The password must not contain your e-mail address."
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("Flows", "The two passwords are not the same."),
    "invalid_approval_number": QT_TRANSLATE_NOOP(
        "Flows", "Check the approval number: letters and digits, as on the decision."
    ),
    "invalid_prefecture_authorisation": QT_TRANSLATE_NOOP(
        "Flows", "Check the reference, as written by the prefecture (e.g. SIV-75-2024-00123)."
    ),
    "invalid_department": QT_TRANSLATE_NOOP(
        "Flows", "Write the département number: 01 to 95, 2A, 2B or 971 to 976."
    ),
    "invalid_insee_code": QT_TRANSLATE_NOOP(
        "Flows", "The INSEE code has 5 characters (not the postcode)."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP("Flows", "Check the telephone number."),
    "too_long": QT_TRANSLATE_NOOP("Flows", "This is too long."),
    "too_short": QT_TRANSLATE_NOOP("Flows", "This is too short."),
    "too_small": QT_TRANSLATE_NOOP("Flows", "Write a number from 1 to 50."),
    "too_large": QT_TRANSLATE_NOOP("Flows", "This number is too large."),
    "invalid_format": QT_TRANSLATE_NOOP("Flows", "Check what you typed here."),
    "invalid_choice": QT_TRANSLATE_NOOP("Flows", "Please choose one of the answers."),
}
FIELD_ERROR_OTHER = QT_TRANSLATE_NOOP("Flows", "The portal did not accept this value.")

# -- portal errors (calm, with what to do) ---------------------------------------------------
ERRORS: dict[str, str] = {
    "unavailable": QT_TRANSLATE_NOOP(
        "Flows",
        "The ANTS service cannot be reached right now. Nothing is lost: what you typed is "
        "kept. Try again in a moment.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Flows",
        "The ANTS service is slow to answer. What you typed is kept. Try again in a moment.",
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Flows", "Too many attempts in a short time. Please wait a minute, then try again."
    ),
    "validation": QT_TRANSLATE_NOOP(
        "Flows", "Some information was not accepted. The fields to check are marked."
    ),
    "auth": QT_TRANSLATE_NOOP(
        "Flows", "The e-mail address or the password is not right. Please check and try again."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Flows", "This cannot be done yet for this account. Please check the step before."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Flows", "This account or this item no longer exists. You can start again."
    ),
    "unexpected": QT_TRANSLATE_NOOP(
        "Flows", "Something went wrong on our side. What you typed is kept. Try again."
    ),
    "no_portal": QT_TRANSLATE_NOOP(
        "Flows", "The connection to the ANTS service is still starting. Try again in a moment."
    ),
}
PORTAL_SAYS = QT_TRANSLATE_NOOP("Flows", "The service says: %1")
#: Errors of the service, not of the person: a calm warning with its own title (E-2).
CALM_ERRORS = frozenset({"unavailable", "timeout", "rate_limited", "no_portal"})
ALERT_UNAVAILABLE = QT_TRANSLATE_NOOP("Flows", "Service temporarily unavailable")
ALERT_CHECK = QT_TRANSLATE_NOOP("Flows", "Something to check")
FIELDS_TO_CHECK = QT_TRANSLATE_NOOP("Flows", "Still to check: %1")

REFUSALS: dict[str, str] = {
    "no_choice": QT_TRANSLATE_NOOP("Flows", "Please choose one answer to continue."),
    "unanswered": QT_TRANSLATE_NOOP("Flows", "Please answer every question to continue."),
    "invalid_fields": QT_TRANSLATE_NOOP(
        "Flows", "Some fields need checking: the messages are under each one."
    ),
    "terms_not_read": QT_TRANSLATE_NOOP(
        "Flows", "Tick “I have read the Terms of Use” to continue. Nobody can tick it for you."
    ),
    "terms_not_loaded": QT_TRANSLATE_NOOP(
        "Flows", "The Terms of Use are still loading. Please wait a moment."
    ),
    "not_active": QT_TRANSLATE_NOOP(
        "Flows", "The account is not active yet: follow the link in the e-mail."
    ),
    "not_signed_in": QT_TRANSLATE_NOOP("Flows", "Please sign in first."),
    "not_validated": QT_TRANSLATE_NOOP(
        "Flows", "The prefecture has not answered yet. This screen moves on when it does."
    ),
}

# -- buttons and small texts -----------------------------------------------------------------
BACK = QT_TRANSLATE_NOOP("Flows", "Back")
NEXT = QT_TRANSLATE_NOOP("Flows", "Continue")
CREATE = QT_TRANSLATE_NOOP("Flows", "I understand, create my account")
SEND_REQUEST = QT_TRANSLATE_NOOP("Flows", "I understand, send the request")
START_REQUEST = QT_TRANSLATE_NOOP("Flows", "I understand, go to the official site")
ACCEPT = QT_TRANSLATE_NOOP("Flows", "Accept and continue")
RETRY = QT_TRANSLATE_NOOP("Flows", "Try again")
HOME = QT_TRANSLATE_NOOP("Flows", "Back to the home screen")
COME_BACK = QT_TRANSLATE_NOOP("Flows", "I have an e-mail address now")
RESEND = QT_TRANSLATE_NOOP("Flows", "Send the e-mail again")
RESENT = QT_TRANSLATE_NOOP("Flows", "The e-mail has been sent again.")
CHECK_NOW = QT_TRANSLATE_NOOP("Flows", "I clicked the link")
TO_NEW_REQUEST = QT_TRANSLATE_NOOP("Flows", "Start a new request")
DECLARATION_TITLE = QT_TRANSLATE_NOOP("Flows", "A false declaration is an offence")
FOUND_IT = QT_TRANSLATE_NOOP("Flows", "I have found it, continue")
FINISH = QT_TRANSLATE_NOOP("Flows", "Finish")
#: K-3: at a kiosk, the last screen of every flow ends the session, or offers more.
#: E-4: the password field's "Show" / "Hide".
SHOW_PASSWORD = QT_TRANSLATE_NOOP("Flows", "Show")
HIDE_PASSWORD = QT_TRANSLATE_NOOP("Flows", "Hide")
#: E-5: an account already uses the address typed in the form.
SIGN_IN_INSTEAD = QT_TRANSLATE_NOOP("Flows", "Sign in with this address")
FINISH_AND_ERASE = QT_TRANSLATE_NOOP("Flows", "Finish and erase my information")
SOMETHING_ELSE = QT_TRANSLATE_NOOP("Flows", "Do something else")
REQUEST_REGISTERED = QT_TRANSLATE_NOOP("Flows", "Your request is registered")
PENDING_RECAP = QT_TRANSLATE_NOOP(
    "Flows", "Nothing more to do here today. Keep an eye on your mailbox in the coming days."
)
SENT_RECAP = QT_TRANSLATE_NOOP(
    "Flows", "Nothing more to do here today. The answer comes by e-mail."
)
ACCOUNT_ACTIVE = QT_TRANSLATE_NOOP("Flows", "Your ANTS account is active")
ACCOUNT_RECAP = QT_TRANSLATE_NOOP(
    "Flows",
    "Your login is your e-mail address: %1. Sign in on ants.gouv.fr. "
    "Never give your password to anyone, not even a mediator.",
)
TO_PLACES = QT_TRANSLATE_NOOP("Flows", "Help points and town halls")
CHECK_NUMBER = QT_TRANSLATE_NOOP("Flows", "Check my pre-application number")
BUSY = QT_TRANSLATE_NOOP("Flows", "Please wait, we are contacting the ANTS service…")
STEP_OF = QT_TRANSLATE_NOOP("Flows", "Step %1 of %2")
NEXT_STEP = QT_TRANSLATE_NOOP("Flows", "Next step: %1")
#: K-2: where the person is inside a step shown one question per screen (a kiosk).
QUESTION_OF = QT_TRANSLATE_NOOP("Flows", "Question %1 of %2")
HELP_PAGE = QT_TRANSLATE_NOOP("Flows", "Help page: the steps wait for you")
STOP_PAGE = QT_TRANSLATE_NOOP("Flows", "Help page")
TERMS_READ = QT_TRANSLATE_NOOP("Flows", "I have read the Terms of Use")
TERMS_SUMMARY_TITLE = QT_TRANSLATE_NOOP("Flows", "In short")
TERMS_FULL_TITLE = QT_TRANSLATE_NOOP("Flows", "The full text (French, version %1)")
TERMS_SUMMARY = QT_TRANSLATE_NOOP(
    "Flows",
    "• The portal is free. It lets you start procedures for vehicle registration, "
    "driving licences, ID cards and passports.\n"
    "• Your sign-in details are personal: never give your password to anyone, "
    "not even a mediator.\n"
    "• What you declare must be true; a false declaration is punished by law.\n"
    "• You can delete your account at any time.\n"
    "• The agency can change these terms; you will be asked to accept a new version.",
)
FRENCH_PREVAILS = QT_TRANSLATE_NOOP(
    "Flows", "Only the French text is authoritative; this summary helps you read it."
)
CHANGES_INTRO = QT_TRANSLATE_NOOP(
    "Flows",
    "You accepted version %1. The current version is %2. These sections changed:",
)
#: An account that never accepted any version (made through FranceConnect, say).
FIRST_ACCEPTANCE_INTRO = QT_TRANSLATE_NOOP(
    "Flows",
    "This account has not accepted the Terms of Use yet. The next step shows version %1 "
    "to read and accept.",
)
CHANGE_KINDS: dict[str, str] = {
    "added": QT_TRANSLATE_NOOP("Flows", "New section"),
    "removed": QT_TRANSLATE_NOOP("Flows", "Section removed"),
    "changed": QT_TRANSLATE_NOOP("Flows", "Section changed"),
}
ACCEPTED_BODY = QT_TRANSLATE_NOOP(
    "Flows", "Your acceptance of the new version is recorded. You can continue."
)
#: F-2: the prefecture's wait: a memo to take home.
PRINT_MEMO = QT_TRANSLATE_NOOP("Flows", "Print a memo")
#: F-4: the success alert after accepting the Terms again.
TERMS_ACCEPTED_TITLE = QT_TRANSLATE_NOOP("Flows", "Terms of Use accepted")
TERMS_ACCEPTED_RECAP = QT_TRANSLATE_NOOP(
    "Flows",
    "Version accepted: %1. Next step: start your request. Never give your password to "
    "anyone, not even a mediator.",
)
SIGNED_IN_AS = QT_TRANSLATE_NOOP("Flows", "Signed in: %1")
SIGN_IN_INTRO = QT_TRANSLATE_NOOP(
    "Flows",
    "A request is made from an active ANTS account. Sign in yourself: type your own "
    "e-mail address and password. They go only to the ANTS portal, through this help "
    "point's secure connection, and are never stored on this computer.",
)
SIGN_IN = QT_TRANSLATE_NOOP("Flows", "Sign in")
#: T-1 on a kiosk's password screen (K-2: the intro above is on the e-mail's screen).
SIGN_IN_PASSWORD_WHERE = QT_TRANSLATE_NOOP(
    "Flows",
    "It goes only to the ANTS portal, through this help point's secure connection, and "
    "is never stored on this computer.",
)
#: K-2: a kiosk's password screen recalls the address typed on the screen before.
SIGN_IN_EMAIL_RECAP = QT_TRANSLATE_NOOP("Flows", "Account: %1")
# T-1: a visible cue where the password is typed.
SECURE_CONNECTION = QT_TRANSLATE_NOOP(
    "Flows", "Secure connection to the ANTS portal · nothing is stored here"
)
# C-4: the summary recalls what was answered before the sign-in (no surprise after it).
VEHICLE_FRANCECONNECT_NOTE = QT_TRANSLATE_NOOP(
    "Flows",
    "On the official site, a private person registering a vehicle signs in with "
    "FranceConnect: yours, or that of the person you trust.",
)
SIGN_IN_FC = QT_TRANSLATE_NOOP("Flows", "Sign in with FranceConnect")
NO_ACCOUNT = QT_TRANSLATE_NOOP("Flows", "I have no account yet")
SUMMARY_DOCUMENTS = QT_TRANSLATE_NOOP("Flows", "Documents to bring")
# C-6: online procedures want files, town-hall ones want papers at the appointment.
SUMMARY_PREPARE = QT_TRANSLATE_NOOP(
    "Flows", "To prepare before you start (photos or scans of these documents)"
)
SUMMARY_BRING = QT_TRANSLATE_NOOP("Flows", "To bring to the appointment at the town hall")
# C-2: the conditions are kept, and the two kinds of documents apart.
SUMMARY_REQUIRED = QT_TRANSLATE_NOOP("Flows", "Required")
SUMMARY_DEPENDS = QT_TRANSLATE_NOOP("Flows", "Depending on your situation")
SUMMARY_SOURCE_CHECKED = QT_TRANSLATE_NOOP("Flows", "Source: %1, checked on %2")
# C-1: the regional tax is never left out of a registration's cost.
REGIONAL_TAX_DEPENDS = QT_TRANSLATE_NOOP(
    "Flows",
    "Regional tax: it depends on your region, on the fiscal horsepower of the vehicle "
    "and on its age. For example %1 for %2 horsepower in %3.",
)
REGIONAL_TAX = QT_TRANSLATE_NOOP(
    "Flows", "Regional tax: %1 (%2, %3 horsepower, first registered in %4)"
)
REGIONAL_TAX_HALVED = QT_TRANSLATE_NOOP(
    "Flows", "The regional tax is halved: the vehicle is 10 years old or more."
)
# The summary asks no energy: an electric car's tax may be zero where the region says so.
REGIONAL_TAX_ENERGY = QT_TRANSLATE_NOOP(
    "Flows",
    "Electric, hybrid or E85 vehicle: the region may reduce this tax or waive it; "
    "this estimate does not count that.",
)
TOTAL_ESTIMATE = QT_TRANSLATE_NOOP("Flows", "Estimated total: %1")
TOTAL_WITH_REGIONAL = QT_TRANSLATE_NOOP(
    "Flows",
    "Total: %1 plus the regional tax (often several hundred euros). "
    "Choose your region below for an estimate.",
)
COST_TO_RECHECK = QT_TRANSLATE_NOOP(
    "Flows", "An estimate: a figure used could not be confirmed, check it on the official site."
)
COST_ASK = QT_TRANSLATE_NOOP("Flows", "To estimate the regional tax")
SUMMARY_FEES = QT_TRANSLATE_NOOP("Flows", "Fees")
SUMMARY_FREE = QT_TRANSLATE_NOOP("Flows", "Free")
SUMMARY_NO_CONTENT = QT_TRANSLATE_NOOP(
    "Flows", "The list of documents is not available on this computer."
)
SUMMARY_SOURCE = QT_TRANSLATE_NOOP("Flows", "Source: %1")
SUMMARY_IN_FRENCH = QT_TRANSLATE_NOOP(
    "Flows", "This list is not translated yet: it is shown in French."
)
SUMMARY_WHERE = QT_TRANSLATE_NOOP("Flows", "You will continue on: %1")
OPEN_SITE = QT_TRANSLATE_NOOP("Flows", "Open the official site")
PRINT = QT_TRANSLATE_NOOP("Flows", "Print the summary")
QR_NAME = QT_TRANSLATE_NOOP("Flows", "Code to scan with a phone: %1")
# One step a line: on one line the second step wrapped in the middle at the kiosk.
QR_STEPS = QT_TRANSLATE_NOOP("Flows", "1. Open your phone's camera\n2. Point it at the code")
URL_REFUSED = QT_TRANSLATE_NOOP(
    "Flows", "This address is not allowed on this computer. Ask the mediator."
)
OPENED = QT_TRANSLATE_NOOP("Flows", "The official site is open in the browser.")
STATUS_WAITING = QT_TRANSLATE_NOOP("Flows", "Waiting for the link to be clicked…")
PAGE_FRANCECONNECT_OPEN = QT_TRANSLATE_NOOP(
    "Flows", "The FranceConnect page is open: sign in there, then come back here."
)
ACCOUNT_TITLE = QT_TRANSLATE_NOOP("Flows", "Create an ANTS account")
REQUEST_TITLE = QT_TRANSLATE_NOOP("Flows", "New request")
TERMS_UPDATE_TITLE = QT_TRANSLATE_NOOP("Flows", "New Terms of Use")
