"""The production settings, loaded as a server loads them (a fresh process, the environment
only): they refuse to start without their secrets, and rate limits count in a cache every
process shares - two processes see each other's counts."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEY = "k" * 60


def _run(code: str, **env) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="lms.settings.production", **env)
    prelude = "import django; django.setup(); from django.conf import settings\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + code],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_without_its_secret_key(tmp_path):
    result = _run("", ALLOWED_HOSTS="a.example", DATABASE_URL=f"sqlite:///{tmp_path}/db")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_redis_when_given():
    result = _run(
        "print(settings.CACHES['default']['BACKEND'])",
        SECRET_KEY=KEY,
        ALLOWED_HOSTS="a.example",
        DATABASE_URL="postgres://x@127.0.0.1:5432/x",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.stdout.strip() == "django.core.cache.backends.redis.RedisCache", result.stderr


def test_without_redis_two_processes_share_the_counts(tmp_path):
    env = {
        "SECRET_KEY": KEY,
        "ALLOWED_HOSTS": "a.example",
        "DATABASE_URL": f"sqlite:///{tmp_path}/prod.sqlite3",
    }
    setup = _run(
        "from django.core.management import call_command; call_command('createcachetable');"
        "print(settings.CACHES['default']['BACKEND'])",
        **env,
    )
    assert setup.stdout.strip() == "django.core.cache.backends.db.DatabaseCache", setup.stderr
    count = (
        "from django.core.cache import cache; cache.add('hits', 0, 300);print(cache.incr('hits'))"
    )
    first, second = _run(count, **env), _run(count, **env)
    assert (first.stdout.strip(), second.stdout.strip()) == ("1", "2"), second.stderr


def test_the_wsgi_application_loads_and_freezes_its_start_up_heap(tmp_path):
    """What gunicorn imports: the app loads with production settings, and the objects of
    start-up are moved out of the garbage collector's walks (lms/runtime.py)."""
    result = _run(
        "import gc; before = gc.get_freeze_count()\n"
        "from lms.wsgi import application\n"
        "print(callable(application), gc.get_freeze_count() > before + 10000)",
        SECRET_KEY=KEY,
        ALLOWED_HOSTS="a.example",
        DATABASE_URL=f"sqlite:///{tmp_path}/prod.sqlite3",
    )
    assert result.stdout.split() == ["True", "True"], result.stderr
