import pytest
from django.core.cache import cache

from tests.sso.flows import ACCOUNTS, OIDC_SECRET_ENV, saml_accounts
from tests.sso.idps import OIDCIdP, SAMLIdP

# Django's test client talks to the academy as http://testserver.
SP = "http://testserver"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # IdP metadata and keys are cached by address; each test starts its own IdPs.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def oidc_idp(monkeypatch):
    monkeypatch.setenv(OIDC_SECRET_ENV, OIDCIdP.CLIENT_SECRET)
    with OIDCIdP(redirect_uri=f"{SP}/sso/oidc/corp/callback/", accounts=ACCOUNTS) as idp:
        yield idp


@pytest.fixture
def saml_idp(tmp_path):
    with SAMLIdP(
        acs_url=f"{SP}/sso/saml/corp-saml/acs/",
        sp_entity_id=f"{SP}/sso/saml/corp-saml/metadata/",
        accounts=saml_accounts(),
        key_dir=tmp_path,
    ) as idp:
        yield idp
