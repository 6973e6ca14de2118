import pytest
from django.core.cache import cache

from lms.accounts import roles

from .factories import build_academy, make_user


@pytest.fixture(autouse=True)
def _clean_cache():
    # Wagtail caches site root paths; each test builds its own tree.
    cache.clear()
    yield
    cache.clear()


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
