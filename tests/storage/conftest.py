"""The S3-compatible server (moto, tests/s3.py) and settings that put our storages in it,
through the same function the production settings use (lms/settings/storages.py)."""

from __future__ import annotations

import secrets

import pytest

from lms.settings.storages import object_storages
from tests.s3 import s3_server

__all__ = ["s3_server"]  # a fixture, used by name


class _Env:
    """What `object_storages` reads from django-environ's `env`, from a plain dict."""

    def __init__(self, values: dict[str, str]):
        self.values = values

    def __call__(self, name, default=None):
        return self.values.get(name, default)


@pytest.fixture
def s3(s3_server, settings, monkeypatch):
    """Our "default" and "exports" storages in a new bucket of this test's own."""
    from certificates.rendering import engine

    bucket = f"pv-{secrets.token_hex(6)}"
    s3_server.create_bucket(bucket)
    environment = s3_server.environment(bucket)
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, environment[name])  # boto3 reads them, as in production
    settings.STORAGES = {**settings.STORAGES, **object_storages(_Env(environment))}
    engine.reset()  # no image decoded from another test's storage comes back
    s3_server.bucket = bucket
    return s3_server
