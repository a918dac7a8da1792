"""The six account profiles' sample forms: fictitious people and organisations.

The one set of sample form values for the screen tour and the tests (tests/flows,
tests/gui, tests/a11y): a change of a form field (ToU 1.5 took the SIRET off the
driving school's form) is made here once. No Qt: the plain-data tests import it too.
"""

from __future__ import annotations

GOOD_SIRET = "73282932000074"
PASSWORD = "Correct-horse-42"

FORMS: dict[str, dict[str, str]] = {
    "individual": {
        "email": "camille.martin@example.org",
        "given_names": "Camille Marie",
        "family_name": "Martin",
        "birth_date": "14/07/1985",
        "password": PASSWORD,
        "password_confirm": PASSWORD,
    },
    "siv_professional": {
        "email": "garage.centre@example.org",
        "company_name": "Garage du Centre",
        "siret": GOOD_SIRET,
        "prefecture_authorisation": "SIV-75-2024-00123",
        "department": "75",
        "contact_name": "Sam Durand",
    },
    "driving_school": {
        "email": "ecole.parc@example.org",
        "establishment_name": "Auto-école du Parc",
        "approval_number": "E 23 075 0001 0",
        "password": PASSWORD,
        "password_confirm": PASSWORD,
    },
    "road_safety_centre": {
        "email": "cssr.ouest@example.org",
        "establishment_name": "Centre Prévention Ouest",
        "approval_number": "R 23 075 0002 0",
        "password": PASSWORD,
        "password_confirm": PASSWORD,
    },
    "legal_entity": {
        "email": "amis.quartier@example.org",
        "organisation_name": "Association des amis du quartier",
        "siret": GOOD_SIRET,
        "password": PASSWORD,
        "password_confirm": PASSWORD,
    },
    "town_hall_dr": {
        "email": "etat-civil@mairie.example.org",
        "commune_name": "Trifouilly",
        "insee_code": "75056",
        "contact_name": "Alex Agent",
        "fingerprint_stations": "2",
    },
}

BAD_FORM = {
    "email": "camille.martin@",
    "given_names": "Camille",
    "family_name": "Martin",
    "birth_date": "31/02/85",
    "password": "court",
    "password_confirm": "autre",
}
