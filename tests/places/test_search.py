"""Finding a commune: postcodes, codes, names in every spelling, former communes, overseas."""

from __future__ import annotations

import pytest

from assist_desk.places import text
from assist_desk.places.directory import PlacesDirectory


def test_folding_ignores_case_accents_hyphens_and_saint_abbreviations() -> None:
    assert text.fold("Saint-Étienne") == text.fold("st etienne") == text.fold("SAINT ÉTIENNE")
    assert text.fold("Sainte-Anne") == text.fold("Ste Anne")
    assert text.fold("L'Haÿ-les-Roses") == "lhaylesroses"
    assert text.fold("Œuilly") == "oeuilly"
    assert text.word_starts("Saint-Denis-lès-Bourg") == [
        "saintdenislesbourg",
        "denislesbourg",
        "lesbourg",
        "bourg",
    ]
    assert text.query_keys("st") == ["saint", "st"]


@pytest.mark.parametrize(
    ("query", "label", "code"),
    [
        ("75011", "Paris 11e Arrondissement", "75111"),
        ("75 011", "Paris 11e Arrondissement", "75111"),
        ("20000", "Ajaccio", "2A004"),
        ("2A004", "Ajaccio", "2A004"),
        ("paris 11", "Paris 11e Arrondissement", "75111"),
        ("Paris 11ème", "Paris 11e Arrondissement", "75111"),
        ("marseille 1er", "Marseille 1er Arrondissement", "13201"),
        ("lyon 3", "Lyon 3e Arrondissement", "69383"),
        ("saint etienne", "Saint-Étienne", "42218"),
        ("ST-ETIENNE", "Saint-Étienne", "42218"),
        ("strasbourg", "Strasbourg", "67482"),
        ("la reunion", "Saint-Denis — La Réunion", "97411"),
        ("97400", "Saint-Denis", "97411"),
        ("fort de france", "Fort-de-France", "97209"),
    ],
)
def test_resolve(directory: PlacesDirectory, query: str, label: str, code: str) -> None:
    origin, _ = directory.resolve(query)
    assert origin is not None
    assert (origin.label, origin.code_insee) == (label, code)


def test_postcode_that_is_also_an_insee_code_offers_both(directory: PlacesDirectory) -> None:
    # 97411 is the postcode of Saint-Paul (La Réunion) and the INSEE code of Saint-Denis.
    origin, alternatives = directory.resolve("97411")
    assert origin is not None
    assert origin.label == "Saint-Paul"
    assert origin.via == "postcode"
    assert [(a.label, a.via) for a in alternatives] == [("Saint-Denis", "insee")]


def test_ambiguous_name_lists_the_others(directory: PlacesDirectory) -> None:
    origin, alternatives = directory.resolve("st denis")
    assert origin is not None
    assert origin.label == "Saint-Denis"
    departments = {origin.department} | {
        a.department for a in alternatives if a.label == "Saint-Denis"
    }
    assert {"93", "974"} <= departments


def test_site_position_breaks_ties_between_same_names(directory: PlacesDirectory) -> None:
    near_paris = (48.85, 2.35)
    origin, alternatives = directory.resolve("saint-denis", site=near_paris)
    assert origin is not None
    assert origin.department == "93"
    assert any(a.department == "974" for a in alternatives)


def test_here_is_the_help_point(directory: PlacesDirectory) -> None:
    origin, _ = directory.resolve("here", site=(45.0, 5.0))
    assert origin is not None
    assert origin.via == "site"
    assert origin.latitude == 45.0


def test_former_commune_leads_to_the_current_one(directory: PlacesDirectory) -> None:
    found = directory.complete("Bâgé la ville")
    assert found
    assert found[0].via == "former"
    assert found[0].label == "Bâgé-la-Ville → Bâgé-Dommartin"
    assert found[0].code_insee == "01025"


def test_autocomplete_by_postcode_prefix_prefers_arrondissements(
    directory: PlacesDirectory,
) -> None:
    labels = [loc.display() for loc in directory.complete("7500", limit=3)]
    assert labels == [
        "75001 Paris 1er Arrondissement",
        "75002 Paris 2e Arrondissement",
        "75003 Paris 3e Arrondissement",
    ]


def test_autocomplete_while_typing_st(directory: PlacesDirectory) -> None:
    labels = [loc.label for loc in directory.complete("st", limit=8)]
    assert labels[0].startswith("Saint")
    assert "Strasbourg" in labels  # "st" as typed is kept too


def test_autocomplete_matches_inside_names(directory: PlacesDirectory) -> None:
    labels = [loc.label for loc in directory.complete("denis", limit=20)]
    assert "Saint-Denis" in labels


def test_nothing_found(directory: PlacesDirectory) -> None:
    assert directory.resolve("zzqqxx") == (None, [])
    assert directory.complete("") == []
    assert directory.resolve("99999") == (None, [])
