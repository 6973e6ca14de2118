"""Porte-voix storage benchmark: the same downloads from the disk and from an S3-compatible
bucket (moto's server on 127.0.0.1), in one run (docs/decisions/0018).

    .venv/bin/python tests/bench/storage_bench.py              # SQLite, temporary file
    .venv/bin/python tests/bench/storage_bench.py --postgres   # porte_voix_storage_bench

Builds the certificate benchmark's database (a workshop, --certificates certificates), one
rendered PDF copied under every certificate's name, in each storage in turn, then prints the
median and p95 of the holder's PDF download (`certificates:pdf`, the whole HTTP view through
Django's test client) and the time of HR's ZIP of every certificate. The disk's figures are
the floor: the bucket's are printed as a ratio to them. moto answers from the same machine,
so the ratio is what the storage API and S3's protocol cost, not a network's latency.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.bench.certificate_bench import build  # noqa: E402
from tests.bench.run import _database_label, _step, database_arguments, with_bench_database  # noqa: E402

DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/porte_voix_storage_bench"


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tests/bench/storage_bench.py",
        description="Time PDF downloads and the certificate ZIP from the disk and from S3.",
    )
    database_arguments(parser, DEFAULT_POSTGRES_URL)
    parser.add_argument("--certificates", type=int, default=200, help="certificates (200)")
    parser.add_argument("--downloads", type=int, default=100, help="timed downloads (100)")
    return parser.parse_args(argv)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def store_copies(model, content: bytes) -> None:
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from certificates.models import Certificate

    for certificate in Certificate.objects.order_by("pk"):
        name = certificate.pdf.field.generate_filename(certificate, f"{certificate.public_id}.pdf")
        stored = default_storage.save(name, ContentFile(content))
        Certificate.objects.filter(pk=certificate.pk).update(pdf=stored)


def measure(args, model) -> dict:
    from django.test import Client
    from django.urls import reverse

    from certificates.archive import certificates_zip_write
    from certificates.models import Certificate

    client = Client()
    client.force_login(model.user)
    url = reverse("certificates:pdf", args=[model.public_id])
    for _ in range(5):  # warm: connections, templates
        b"".join(client.get(url).streaming_content)
    times = []
    for _ in range(args.downloads):
        started = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200 and body.startswith(b"%PDF")
    with tempfile.TemporaryFile() as target:
        started = time.perf_counter()
        files = certificates_zip_write(certificates=Certificate.objects.all(), fileobj=target)
        zip_seconds = time.perf_counter() - started
    return {
        "median": statistics.median(times),
        "p95": p95(times),
        "zip": zip_seconds,
        "files": files,
    }


def run(args, started: float) -> int:
    from django.conf import settings
    from django.test import override_settings

    from certificates.models import Certificate
    from certificates.rendering import certificate_pdf_render
    from lms.settings.storages import object_storages
    from tests.s3 import CREDENTIALS, S3Server

    print(f"Porte-voix storage benchmark on {_database_label()}")
    results = {}
    with (
        tempfile.TemporaryDirectory(prefix="porte-voix-media-") as media,
        override_settings(MEDIA_ROOT=media),
    ):
        print("Building:")
        model = build(args)
        content = certificate_pdf_render(certificate=model)
        model = Certificate.objects.select_related("user").get(pk=model.pk)
        done = _step("disk: PDFs stored, downloads and ZIP timed")
        store_copies(model, content)
        results["disk (FileSystemStorage)"] = measure(args, model)
        done()
        with S3Server() as s3:
            s3.create_bucket("bench")
            os.environ.update(CREDENTIALS)
            environment = s3.environment("bench")
            storages = object_storages(lambda name, default=None: environment.get(name, default))
            with override_settings(STORAGES={**settings.STORAGES, **storages}):
                done = _step("S3 (moto on 127.0.0.1): PDFs stored, downloads and ZIP timed")
                store_copies(model, content)
                results["S3 bucket (MediaS3Storage)"] = measure(args, model)
                done()
            s3.close()

    floor = results["disk (FileSystemStorage)"]
    header = (
        f"{'PDF download (HTTP view), ZIP':<30} {'median ms':>10} {'p95 ms':>8} {'x floor':>8} "
        f"{'ZIP s':>7} {'files':>6} {'ZIP x floor':>12}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for label, result in results.items():
        print(
            f"{label:<30} {result['median']:>10.1f} {result['p95']:>8.1f} "
            f"{result['median'] / floor['median']:>7.2f}x {result['zip']:>7.2f} "
            f"{result['files']:>6} {result['zip'] / floor['zip']:>11.2f}x"
        )
    print(
        f"\nPDF size {len(content) / 1024:.0f} KiB; whole run {time.perf_counter() - started:.0f} s"
    )
    return 0


def main(argv=None) -> int:
    return with_bench_database(parse_args(argv), run)


if __name__ == "__main__":
    sys.exit(main())
