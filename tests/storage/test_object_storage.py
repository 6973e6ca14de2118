"""Certificate PDFs, prepared exports and media in an S3-compatible bucket (moto's server on
127.0.0.1), written and read back through our code and our views only (ADR 0018)."""

from __future__ import annotations

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from certificates.models import Certificate
from certificates.rendering import certificate_pdf_store
from lms.accounts import roles
from lms.reports.exports import prepared
from lms.reports.models import ExportLog
from lms.storage import exports
from tests.certificates.issuing import certificate_earn, learner_named, one_workshop_academy
from tests.factories import make_user
from tests.reports.world import build_world

__all__ = ["one_workshop_academy"]  # a fixture, used by name

PRIVATE_READERS = {"http://acs.amazonaws.com/groups/global/AllUsers"}


def _body(response) -> bytes:
    return b"".join(response.streaming_content)


def _is_private(s3, key: str) -> bool:
    grantees = {grant["Grantee"].get("URI") for grant in s3.acl_grants(s3.bucket, key)}
    return not grantees & PRIVATE_READERS


# --- certificate PDFs -----------------------------------------------------------------------


@pytest.fixture
def holder(db):
    learner = learner_named("Élodie", "Lefèvre")
    # She has answered the name question already, so a download is the PDF, not the question.
    learner.profile.show_name_on_certificates = True
    learner.profile.save(update_fields=["show_name_on_certificates"])
    return learner


def test_a_certificate_pdf_is_stored_in_the_bucket_and_downloaded_from_it(
    s3, client, one_workshop_academy, holder
):
    certificate = certificate_earn(one_workshop_academy, holder)
    certificate_pdf_store(certificate=certificate)
    certificate.refresh_from_db()

    key = f"media/{certificate.pdf.name}"
    assert s3.object_names(s3.bucket, "media/certificates/") == [key]
    assert _is_private(s3, key)
    stored = s3.read(s3.bucket, key)
    assert stored.startswith(b"%PDF")

    client.force_login(holder)
    response = client.get(reverse("certificates:pdf", args=[certificate.public_id]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert _body(response) == stored
    # Not through the public media address, whatever the name.
    assert client.get(f"/media/{certificate.pdf.name}").status_code == 404


def test_a_pdf_lost_from_the_bucket_is_rendered_again_on_download(
    s3, client, one_workshop_academy, holder
):
    certificate = certificate_earn(one_workshop_academy, holder)
    certificate_pdf_store(certificate=certificate)
    certificate.refresh_from_db()
    s3.client().delete_object(Bucket=s3.bucket, Key=f"media/{certificate.pdf.name}")

    client.force_login(holder)
    response = client.get(reverse("certificates:pdf", args=[certificate.public_id]))
    assert response.status_code == 200
    assert _body(response).startswith(b"%PDF")
    certificate = Certificate.objects.get(pk=certificate.pk)
    assert s3.object_names(s3.bucket, "media/certificates/") == [f"media/{certificate.pdf.name}"]


def test_two_files_saved_under_one_name_both_survive(s3):
    # Django's rule on disk, kept on S3 (file_overwrite=False): a second export or PDF of the
    # same name never replaces the first one, which may belong to someone else.
    first = exports.save("2026/12/completions.xlsx", ContentFile(b"first"))
    second = exports.save("2026/12/completions.xlsx", ContentFile(b"second"))
    assert first != second
    assert exports.open(first).read() == b"first"
    assert exports.open(second).read() == b"second"


# --- prepared exports -----------------------------------------------------------------------


@pytest.fixture
def world(db, settings):
    settings.TIME_ZONE = "Europe/Paris"
    settings.REPORTS_XLSX_INLINE_MAX_ROWS = 3  # the world has 5 records
    return build_world()


@pytest.fixture
def hr_person(db):
    return make_user(group=roles.HR, email="hr.person@example.com")


def test_a_prepared_export_is_written_to_the_bucket_and_downloaded_by_who_asked(
    s3, client, world, hr_person, django_capture_on_commit_callbacks
):
    client.force_login(hr_person)
    with django_capture_on_commit_callbacks(execute=True):
        asked = client.get(reverse("reports_admin:export", args=["canonical-xlsx"]))
    assert asked.status_code == 302
    log = ExportLog.objects.get()
    assert log.finished_at and log.file and not log.error, log.error

    key = f"exports/{log.file.name}"
    assert s3.object_names(s3.bucket, "exports/") == [key]
    assert _is_private(s3, key)
    # The exports are never in the media prefix, never have a URL.
    assert s3.object_names(s3.bucket, "media/") == []
    with pytest.raises(NotImplementedError):
        log.file.url  # noqa: B018

    response = client.get(reverse("reports_admin:download", args=[log.pk]))
    assert response.status_code == 200
    content = _body(response)
    assert content == s3.read(s3.bucket, key)
    rows = list(load_workbook(io.BytesIO(content), read_only=True).active.values)
    assert len(rows) == 6 and rows[0][:3] == ("record_uuid", "employee_id", "email")

    # Another HR person does not get it, and a file gone from the bucket is a clear 404.
    client.force_login(make_user(group=roles.HR, email="other.hr@example.com"))
    assert client.get(reverse("reports_admin:download", args=[log.pk])).status_code == 404
    client.force_login(hr_person)
    s3.client().delete_object(Bucket=s3.bucket, Key=key)
    assert client.get(reverse("reports_admin:download", args=[log.pk])).status_code == 404


def test_the_purge_deletes_old_exports_from_the_bucket(
    s3, client, world, hr_person, django_capture_on_commit_callbacks, settings
):
    client.force_login(hr_person)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(reverse("reports_admin:export", args=["canonical-xlsx"]))
    assert len(s3.object_names(s3.bucket, "exports/")) == 1
    later = timezone.now() + timezone.timedelta(days=settings.REPORTS_EXPORT_FILE_DAYS + 1)
    assert prepared.export_files_purge(now=later) == 1
    assert s3.object_names(s3.bucket, "exports/") == []
    assert ExportLog.objects.get().file.name == ""


# --- media ----------------------------------------------------------------------------------


def test_an_uploaded_image_is_stored_in_the_bucket_and_served_at_media_url(s3, client, db):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Logo", file=get_test_image_file())
    original = f"media/{image.file.name}"
    assert original in s3.object_names(s3.bucket, "media/original_images/")
    assert _is_private(s3, original)

    rendition = image.get_rendition("fill-20x20")
    assert rendition.url.startswith("/media/images/")  # our address, not the bucket's
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert _body(response) == s3.read(s3.bucket, f"media/{rendition.file.name}")

    assert client.get("/media/images/nothing-here.png").status_code == 404


@pytest.mark.parametrize(
    "name",
    [
        "documents/private.pdf",  # Wagtail's document view (privacy checks) serves these
        "certificates/2026/03/x.pdf",  # the holder's view serves these
        "images/../certificates/x.pdf",
        "images//x.png",
    ],
)
def test_the_media_address_serves_nothing_but_images(s3, client, db, name):
    default_storage.save(name.replace("..", "dots").replace("//", "/"), ContentFile(b"secret"))
    response = client.get(f"/media/{name}")
    assert response.status_code == 404
    assert b"secret" not in response.content


def test_the_media_address_answers_only_reads(s3, client, db):
    assert client.post("/media/images/x.png").status_code == 405


def test_without_a_bucket_files_stay_on_disk(settings, tmp_path):
    settings.REPORTS_EXPORTS_ROOT = str(tmp_path / "exports")
    name = exports.save("2026/12/a.xlsx", ContentFile(b"x"))
    assert (tmp_path / "exports" / name).read_bytes() == b"x"
    assert storages["exports"] is exports._wrapped


def test_an_admin_avatar_is_served_from_the_bucket(s3, client, db):
    name = default_storage.save("avatar_images/avatar_x_ada.png", ContentFile(b"\x89PNG avatar"))
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert _body(response) == b"\x89PNG avatar"
