import pytest
from django.core.cache import cache
from django.utils import translation

from lms.accounts import roles

from .factories import build_academy, make_user


@pytest.fixture(autouse=True)
def _clean_state():
    # Wagtail caches site root paths, and a request leaves its language active in the
    # thread: each test starts from an empty cache, in English.
    cache.clear()
    translation.activate("en")
    yield
    cache.clear()
    translation.activate("en")


@pytest.fixture
def academy(db):
    return build_academy(courses=1, lessons=2)


@pytest.fixture
def learner(db):
    return make_user(group=roles.LEARNERS)


@pytest.fixture
def trainer(db):
    return make_user(group=roles.TRAINERS)


@pytest.fixture
def hr_user(db):
    return make_user(group=roles.HR)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
