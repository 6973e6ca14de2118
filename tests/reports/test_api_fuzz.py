"""The pull API fuzzed against its own OpenAPI schema (schemathesis, in-process WSGI).

Every operation gets generated queries — valid ones and, in schemathesis's negative phase,
invalid ones (wrong types, out-of-range limits, odd strings) — sent with a valid key. The
app must never answer 5xx, and every answer must match the schema: documented status code,
JSON content type, body shape (the items of a real page included, since the database holds
completions and certificates). Hypothesis is derandomized: the same examples every run."""

import json

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from lms.reports.api import api
from tests.factories import build_academy

from .api_support import make_key, populate

schema = schemathesis.openapi.from_dict(api.get_openapi_schema())
schema.app = get_wsgi_application()

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def keep_the_test_connection():
    """Django closes "old" database connections when a WSGI request starts and ends. Called
    straight through the WSGI app (not Django's test client, which does the same as this),
    that would close the connection holding the test's transaction on PostgreSQL, where a
    connection outside autocommit counts as unusable."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_headers(db, hr_user, django_settings_for_fuzz, keep_the_test_connection):
    built = build_academy(courses=1, lessons=1)
    populate(built, learners=4)
    _key, headers = make_key(by=hr_user)
    return {"Authorization": headers["HTTP_AUTHORIZATION"]}


@pytest.fixture
def django_settings_for_fuzz(settings):
    settings.REPORTS_API_SETTLE_SECONDS = 0  # serve the rows just made
    settings.REPORTS_API_RATE_LIMIT = 1_000_000  # the fuzzer is not an abusive client


def test_the_served_schema_is_the_one_fuzzed(client, fuzz_headers):
    response = client.get("/api/v1/openapi.json", HTTP_AUTHORIZATION=fuzz_headers["Authorization"])
    assert response.status_code == 200
    assert response.json() == json.loads(json.dumps(api.get_openapi_schema()))


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_schema(case, fuzz_headers):
    case.call_and_validate(headers=fuzz_headers, checks=CHECKS)
