"""Verification codes: unguessable, typeable, forgiving of the usual typos."""

from __future__ import annotations

import math
import re

import pytest

from certificates import codes
from certificates.selectors import certificate_by_code
from tests.certificates.issuing import one_workshop_academy  # noqa: F401
from tests.certificates.verifying import certificate_earn, learner_named

CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def test_a_code_has_16_characters_of_the_crockford_alphabet_in_groups_of_4():
    for _ in range(200):
        code = codes.code_new()
        assert CODE_SHAPE.match(code), code
        raw = code.replace("-", "")
        assert len(raw) == 16
        assert set(raw) <= set(codes.ALPHABET)
        assert not set(raw) & set("ILOU")


def test_a_code_carries_at_least_80_bits():
    assert len(set(codes.ALPHABET)) == 32
    assert codes.LENGTH * math.log2(len(codes.ALPHABET)) >= 80


def test_codes_do_not_repeat_and_use_every_character():
    many = [codes.code_new() for _ in range(20_000)]
    assert len(set(many)) == len(many)
    seen = set("".join(many).replace("-", ""))
    assert seen == set(codes.ALPHABET)


@pytest.mark.parametrize(
    "typed",
    [
        "7K3M-9QXA-2BRT-H4WZ",
        "7k3m-9qxa-2brt-h4wz",
        "7K3M9QXA2BRTH4WZ",
        " 7K3M 9QXA 2BRT H4WZ ",
        "7k3m9qxa-2brth4wz",
    ],
)
def test_normalising_accepts_case_dashes_and_spaces(typed):
    assert codes.code_normalise(typed) == "7K3M9QXA2BRTH4WZ"


def test_normalising_maps_the_letters_people_mistake_for_digits():
    assert codes.code_normalise("OOOO-IIII-LLLL-oilO") == "0000111111110110"


@pytest.mark.parametrize(
    "typed", ["", "7K3M-9QXA-2BRT", "7K3M-9QXA-2BRT-H4WZ-1", "7K3M-9QXA-2BRT-H4W!", "U" * 16, None]
)
def test_normalising_rejects_what_cannot_be_a_code(typed):
    assert codes.code_normalise(typed) is None


def test_non_codes_get_the_same_dummy_digest():
    assert codes.code_digest("hello") == codes.code_digest("") == codes.code_digest("x" * 70)
    assert codes.code_digest("7k3m9qxa2brth4wz") == codes.code_digest("7K3M-9QXA-2BRT-H4WZ")


@pytest.mark.django_db
def test_lookup_finds_a_certificate_from_a_code_typed_with_typos(one_workshop_academy):  # noqa: F811
    certificate = certificate_earn(one_workshop_academy, learner_named("Ana", "Lopes"))
    typed = certificate.code.lower().replace("-", "").replace("0", "o").replace("1", "l")
    assert certificate_by_code(code=typed) == certificate
    assert certificate_by_code(code="0000-0000-0000-0000") is None
    assert certificate_by_code(code="not a code") is None
