import pytest

from lms.accounts import roles
from tests.factories import make_user

from .world import build_world


@pytest.fixture
def world(db, settings):
    settings.TIME_ZONE = "Europe/Paris"
    return build_world()


@pytest.fixture
def hr_client(client, db):
    client.force_login(make_user(group=roles.HR, email="hr.person@example.com"))
    return client
