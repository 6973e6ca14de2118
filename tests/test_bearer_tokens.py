"""lms/bearer_tokens.py through its two callers: one kind of token never opens the other's
door, whatever its prefix."""

import pytest

from lms.reports.keys import Scope, api_key_create, api_key_verify
from lms.scim.tokens import directory_create, directory_for_token
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_an_api_key_is_no_scim_token_and_the_reverse():
    admin = make_user(group=None, is_superuser=True)
    key, plaintext = api_key_create(name="SAP", scopes=[Scope.COMPLETIONS_READ], by=admin)
    directory, token = directory_create(name="Entra", by=admin)
    assert api_key_verify(presented=plaintext) == key
    assert directory_for_token(token) == directory
    assert directory_for_token(plaintext) is None
    assert api_key_verify(presented=token) is None
    # The same prefix and secret under the other label: still refused.
    _label, prefix, secret = token.split("_", 2)
    assert api_key_verify(presented=f"pv_{prefix}_{secret}") is None
    _label, prefix, secret = plaintext.split("_", 2)
    assert directory_for_token(f"pvscim_{prefix}_{secret}") is None
