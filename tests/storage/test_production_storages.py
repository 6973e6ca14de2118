"""The production settings' storages and cache, loaded as a server loads them (a fresh
process, the environment only; ADR 0018)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from tests.s3 import s3_server

__all__ = ["s3_server"]  # a fixture, used by name

REPO = Path(__file__).resolve().parents[2]
BASE = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "academy.example.com",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/unused",
}
SCRUBBED = {"REDIS_URL", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS"}


def _environment(**extra) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in SCRUBBED and not key.startswith("AWS_")
    }
    return {**environment, **BASE, **extra}


def _python(code: str, **extra) -> subprocess.CompletedProcess:
    prelude = "import django; django.setup(); from django.conf import settings\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        cwd=REPO,
        env=_environment(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


STORAGES_OF = (
    "from django.core.files.storage import storages\n"
    "import json\n"
    "print(json.dumps({alias: [type(storages[alias]).__module__ + '.' +"
    " type(storages[alias]).__name__, getattr(storages[alias], 'bucket_name', None),"
    " getattr(storages[alias], 'location', None), getattr(storages[alias], 'default_acl', 0),"
    " getattr(storages[alias], 'file_overwrite', None)] for alias in ('default', 'exports')}))"
)


def test_without_a_bucket_files_stay_on_disk(tmp_path):
    result = _python(STORAGES_OF, MEDIA_ROOT=str(tmp_path / "m"), REPORTS_EXPORTS_ROOT="/x/e")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["default"][0] == "django.core.files.storage.filesystem.FileSystemStorage"
    assert found["exports"][0] == "lms.storage.ExportsFileSystemStorage"
    assert found["exports"][2] == "/x/e"


def test_a_bucket_takes_media_pdfs_and_exports_private_and_never_overwritten():
    result = _python(
        STORAGES_OF,
        AWS_STORAGE_BUCKET_NAME="academy-files",
        AWS_EXPORTS_BUCKET_NAME="academy-exports",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_REGION_NAME="eu-west-3",
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["default"] == [
        "lms.object_storage.MediaS3Storage",
        "academy-files",
        "media",
        "private",
        False,
    ]
    assert found["exports"] == [
        "lms.object_storage.PrivateS3Storage",
        "academy-exports",
        "exports",
        "private",
        False,
    ]


def test_an_acl_less_bucket_gets_no_acl_header():
    result = _python(STORAGES_OF, AWS_STORAGE_BUCKET_NAME="b", AWS_DEFAULT_ACL="")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["default"][3] is None and found["exports"][3] is None
    assert found["exports"][1] == "b"  # one bucket, two prefixes


def test_the_deploy_check_passes_with_object_storage():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=_environment(
            AWS_STORAGE_BUCKET_NAME="academy-files", REDIS_URL="redis://127.0.0.1:6379/14"
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_two_processes_share_files_through_the_bucket(s3_server):
    bucket = f"pv-{secrets.token_hex(6)}"
    s3_server.create_bucket(bucket)
    environment = s3_server.environment(bucket)
    write = _python(
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage, storages\n"
        "print(default_storage.save('images/a.txt', ContentFile(b'media')))\n"
        "print(storages['exports'].save('2026/12/e.xlsx', ContentFile(b'export')))",
        **environment,
    )
    assert write.returncode == 0, write.stderr
    media_name, export_name = write.stdout.split()
    read = _python(
        "from django.core.files.storage import default_storage, storages\n"
        f"print(default_storage.open({media_name!r}).read().decode())\n"
        f"print(storages['exports'].open({export_name!r}).read().decode())\n"
        f"print(default_storage.url({media_name!r}))",
        **environment,
    )
    assert read.returncode == 0, read.stderr
    assert read.stdout.split() == ["media", "export", f"/media/{media_name}"]
    assert s3_server.object_names(bucket) == [f"exports/{export_name}", f"media/{media_name}"]


def test_the_redis_cache_is_shared_by_two_processes():
    key = f"pv-shared-{secrets.token_hex(4)}"
    redis_url = "redis://127.0.0.1:6379/14"
    first = _python(
        "from django.core.cache import cache\n"
        f"cache.set({key!r}, 41, 60)\n"
        f"print(cache.incr({key!r}))",
        REDIS_URL=redis_url,
    )
    assert first.returncode == 0, first.stderr
    second = _python(
        f"from django.core.cache import cache; print(cache.incr({key!r})); cache.delete({key!r})",
        REDIS_URL=redis_url,
    )
    assert second.returncode == 0, second.stderr
    assert (first.stdout.strip(), second.stdout.strip()) == ("42", "43")
