"""Create one account of each of the six profiles through the client and print their statuses.

Against a running training portal (``assist-desk sandbox --port 8765``)::

    .venv/bin/python scripts/demo_six_profiles.py [--url http://127.0.0.1:8765]

Then, on the portal, simulate the prefecture validating the SIV professional and follow
the activation link of the individual (as a trainer would from the outbox page), and print
the statuses again.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assist_desk.models import Profile
from assist_desk.portal.client import PortalClient


def forms(tag: str) -> dict[Profile, dict[str, Any]]:
    password = "Formation-2026!"
    return {
        Profile.INDIVIDUAL: {
            "email": f"camille.{tag}@example.org",
            "given_names": "Camille",
            "family_name": "Exemple",
            "birth_date": "1988-04-12",
            "password": password,
        },
        Profile.SIV_PROFESSIONAL: {
            "email": f"garage.{tag}@example.org",
            "company_name": "Garage de la Gare",
            "siret": "732 829 320 00074",
            "prefecture_authorisation": "SIV-75-2024-00123",
            "department": "75",
            "contact_name": "Paul Martin",
        },
        Profile.DRIVING_SCHOOL: {
            "email": f"auto-ecole.{tag}@example.org",
            "establishment_name": "Auto-école des Lilas",
            "approval_number": "E 23 075 0001 0",
            "siret": "73282932000074",
            "password": password,
        },
        Profile.ROAD_SAFETY_CENTRE: {
            "email": f"cssr.{tag}@example.org",
            "establishment_name": "Centre Prudence",
            "approval_number": "R 21 013 0042 0",
            "siret": "73282932000074",
            "password": password,
        },
        Profile.TOWN_HALL_DR: {
            "email": f"etat-civil.{tag}@mairie.example.org",
            "commune_name": "Ajaccio",
            "insee_code": "2A004",
            "contact_name": "Service état civil",
            "fingerprint_stations": 2,
        },
        Profile.LEGAL_ENTITY: {
            "email": f"asso.{tag}@example.org",
            "organisation_name": "Association Coup de Main",
            "siret": "35600000000048",  # a La Poste SIRET: valid by La Poste's own rule
            "password": password,
        },
    }


async def main(url: str) -> None:
    import httpx

    tag = uuid.uuid4().hex[:6]
    async with PortalClient(url) as client:
        print(f"portal {url}: {(await client.version()).server}")
        terms = await client.current_terms()
        accounts = {}
        for profile, form in forms(tag).items():
            consent = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "demo"}
            account = await client.create_account(
                {"profile": profile.value, **form, "terms": consent}
            )
            accounts[profile] = account
        print(f"\n{'profile':<20} {'account id':<22} {'status':<30} next step")
        for profile, account in accounts.items():
            status = account.status.value
            print(f"{profile.value:<20} {account.id:<22} {status:<30} {account.next_step.value}")
        # The trainer's side: the prefecture validates, the citizen follows the e-mailed link.
        async with httpx.AsyncClient(base_url=url, trust_env=False) as http:
            siv = accounts[Profile.SIV_PROFESSIONAL].id
            (await http.post(f"/training/accounts/{siv}/validate")).raise_for_status()
            outbox = (await http.get("/training/outbox.json")).json()["messages"]
        individual = accounts[Profile.INDIVIDUAL].id
        link = next(m["link"] for m in outbox if m["account_id"] == individual and m["link"])
        token = re.search(r"token=([A-Za-z0-9_-]+)", link)
        assert token is not None
        await client.activate(token.group(1))
        print("\nafter the prefecture's validation and the individual's activation link:")
        for profile, account in accounts.items():
            now = await client.account(account.id)
            print(
                f"{profile.value:<20} {now.status.value:<30} terms {now.terms_accepted_version}"
                f" (current: {now.terms_current})"
            )
        print(f"\noutbox: {url}/training/outbox ({len(outbox)} e-mails so far)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    asyncio.run(main(parser.parse_args().url))
