"""Names a bank cut at its field width join their whole spelling from the same history."""

from __future__ import annotations

from cashpilot.services.entity_resolution import completions


def test_a_cut_name_maps_to_its_whole_spelling():
    keys = ["hays specialist r", "hays specialist recruitment", "mills bay coworkin", "mills bay coworking"]
    assert completions(keys) == {"hays specialist r": "hays specialist recruitment",
                                 "mills bay coworkin": "mills bay coworking"}


def test_the_longest_of_a_chain_wins():
    assert completions(["cedar ridge t", "cedar ridge townh", "cedar ridge townhome association"]) == {
        "cedar ridge t": "cedar ridge townhome association",
        "cedar ridge townh": "cedar ridge townhome association",
    }


def test_a_prefix_of_two_different_names_stays():
    assert completions(["acme build", "acme builders", "acme building supplies"]) == {}


def test_single_words_and_short_keys_never_merge():
    assert completions(["amazon", "amazon web services", "ab c", "ab cd"]) == {}


def test_one_name_with_changing_descriptions_is_that_name():
    from cashpilot.services.entity_resolution import shared_heads

    keys = ["heartland payro net", "heartland payro tax", "heartland payroll", "acme ltd"]
    assert shared_heads(keys) == {"heartland payro net": "heartland payro", "heartland payro tax": "heartland payro"}


def test_a_word_and_its_cut_or_a_connector_make_no_head():
    from cashpilot.services.entity_resolution import shared_heads

    assert shared_heads(["mills bay coworkin", "mills bay coworking"]) == {}
    assert shared_heads(["bank of america", "bank of scotland"]) == {}
    assert shared_heads(["acme ltd"]) == {}


def test_companies_sharing_two_words_stay_apart():
    from cashpilot.services.entity_resolution import shared_heads

    assert shared_heads(["blue ridge plumbing", "blue ridge electric"]) == {}


def test_a_long_name_with_descriptions_of_one_or_two_words_is_that_name_even_never_alone():
    # A state agency's lines, each with its programme's words, and the name never printed alone: three words
    # of one name are too specific for two companies to share them.
    from cashpilot.services.entity_resolution import shared_heads

    keys = ["tennessee department of human se cccert", "tennessee department of human se cacfp reim"]
    assert shared_heads(keys) == dict.fromkeys(keys, "tennessee department of human se")
    # two words shared are not enough without the name alone, nor is a head ending in a connector
    assert shared_heads(["blue ridge plumbing supply", "blue ridge electric co"]) == {}
    assert shared_heads(["city bank of texas", "city bank of ohio"]) == {}
    # nor a tail tied on by a connector: two departments of one state
    assert shared_heads(["washington st department of re", "washington st department of l"]) == {}
