"""A real S3-compatible server for the tests: moto's server (`moto_server`, from the dev
extras), in a child process on 127.0.0.1, in memory, on a free port.

Our code talks to it through django-storages and boto3 exactly as it talks to AWS S3 or
MinIO in production (ADR 0018): only the endpoint and the (dummy) credentials differ.

Usage::

    with S3Server() as s3:
        s3.create_bucket("media")
        s3.storage_options("media")   # for settings.STORAGES[...]["OPTIONS"]
        s3.object_names("media")
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from tests.lrs import HOST, free_port

MOTO_SERVER = Path(sys.executable).with_name("moto_server")
START_TIMEOUT = 30  # seconds: moto imports much on its first start
REGION = "eu-west-3"
# Dummy credentials: moto accepts any, and nothing may reach a real AWS account.
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


class S3Error(RuntimeError):
    """The server could not be started."""


class S3Server:
    def __init__(self):
        self.port: int | None = None
        self.process: subprocess.Popen | None = None
        self._workdir = Path(tempfile.mkdtemp(prefix="pv-s3-"))

    @property
    def endpoint(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self) -> S3Server:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        if not MOTO_SERVER.exists():
            raise S3Error(f"{MOTO_SERVER} is missing: install the dev extras (moto[server]).")
        for _attempt in range(5):
            self.port = free_port()
            log = open(self._workdir / "moto.log", "wb")  # noqa: SIM115 - kept for the process
            self.process = subprocess.Popen(
                [str(MOTO_SERVER), "-H", HOST, "-p", str(self.port)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, **CREDENTIALS},
                start_new_session=True,
            )
            log.close()
            if self._wait_ready():
                return
            self.stop()  # another process took the port between free_port() and the bind
        raise S3Error(f"moto_server did not start:\n{self.log()}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                # moto's own dashboard API: proves the answer comes from a moto server...
                if httpx.get(f"{self.endpoint}/moto-api/data.json", timeout=2).is_success:
                    # ...and still alive afterwards: ours, not one that held the port first.
                    time.sleep(0.2)
                    return self.process.poll() is None
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        return False

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._workdir, ignore_errors=True)

    def log(self) -> str:
        path = self._workdir / "moto.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # --- what the tests read and set up through boto3, beside our code ----------------------

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )

    def create_bucket(self, name: str) -> None:
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )

    def object_names(self, bucket: str, prefix: str = "") -> list[str]:
        answer = self.client().list_objects_v2(Bucket=bucket, Prefix=prefix)
        return sorted(item["Key"] for item in answer.get("Contents", []))

    def read(self, bucket: str, key: str) -> bytes:
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()

    def acl_grants(self, bucket: str, key: str) -> list[dict]:
        return self.client().get_object_acl(Bucket=bucket, Key=key)["Grants"]

    def environment(self, bucket: str) -> dict[str, str]:
        """The production settings' environment for this server (lms/settings/storages.py)."""
        return {
            **CREDENTIALS,
            "AWS_STORAGE_BUCKET_NAME": bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
        }


@pytest.fixture(scope="session")
def s3_server():
    """One moto server for the session (each test makes a bucket of its own)."""
    server = S3Server()
    server.start()
    try:
        yield server
    finally:
        server.close()
