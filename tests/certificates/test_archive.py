"""HR's ZIP of certificates: one valid PDF per certificate of the filter, readable unique
names, a CSV manifest, built on disk and streamed."""

from __future__ import annotations

import csv
import io
import zipfile

import pypdfium2 as pdfium
import pytest

from certificates.archive import certificates_zip_response, certificates_zip_write
from certificates.models import Certificate
from certificates.rendering import certificate_pdf_store
from certificates.services import certificate_revoke
from lms.accounts import roles

from . import issuing
from .issuing import certificate_earn, learner_named

# Fixtures shared by the certificate tests (tests/certificates/issuing.py).
media_root = issuing.media_root
one_workshop_academy = issuing.one_workshop_academy


@pytest.fixture
def three_certificates(one_workshop_academy, media_root):
    # Two people with the same name: their files must still not collide.
    first = learner_named("Jean", "Dupont")
    second = learner_named("Jean", "Dupont")
    beginner = [
        certificate_earn(one_workshop_academy, first),
        certificate_earn(one_workshop_academy, second),
    ]
    intermediate = certificate_earn(one_workshop_academy, first, level="intermediate")
    certificate_pdf_store(certificate=beginner[0])  # one already rendered, two not yet
    return beginner, intermediate


def read_zip(data: bytes) -> zipfile.ZipFile:
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert archive.testzip() is None  # every CRC checks out
    return archive


def pdf_text(content: bytes) -> str:
    return pdfium.PdfDocument(content)[0].get_textpage().get_text_range()


def test_the_zip_holds_one_valid_pdf_per_matching_certificate(three_certificates):
    beginner, intermediate = three_certificates
    buffer = io.BytesIO()
    matching = Certificate.objects.filter(workshop_key=beginner[0].workshop_key)

    count = certificates_zip_write(certificates=matching, fileobj=buffer)

    assert count == 2
    archive = read_zip(buffer.getvalue())
    pdfs = sorted(name for name in archive.namelist() if name.endswith(".pdf"))
    assert pdfs == sorted(f"jean-dupont-course-0-course-0-beginner-{c.code}.pdf" for c in beginner)
    for certificate in beginner:
        name = f"jean-dupont-course-0-course-0-beginner-{certificate.code}.pdf"
        text = pdf_text(archive.read(name))
        assert certificate.code in text and "Jean Dupont" in text
    assert intermediate.code not in " ".join(archive.namelist())
    # The missing PDFs were rendered on the way and stored for next time.
    assert not matching.filter(pdf="").exists()


def test_the_manifest_lists_every_file_with_its_facts(three_certificates, hr_user):
    beginner, intermediate = three_certificates
    certificate_revoke(certificate=intermediate, by=hr_user, reason="Duplicate")
    buffer = io.BytesIO()

    certificates_zip_write(certificates=Certificate.objects.all(), fileobj=buffer)

    archive = read_zip(buffer.getvalue())
    manifest = archive.read("certificates.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(manifest)))
    assert len(rows) == 3
    assert {row["code"] for row in rows} == {c.code for c in [*beginner, intermediate]}
    assert {row["file"] for row in rows} == {
        name for name in archive.namelist() if name.endswith(".pdf")
    }
    revoked = next(row for row in rows if row["code"] == intermediate.code)
    assert revoked["status"] == "revoked" and revoked["revoked_at"]
    assert revoked["holder"] == "Jean Dupont" and revoked["employee_id"]


def test_an_empty_filter_gives_an_archive_with_only_the_manifest(db, media_root):
    buffer = io.BytesIO()
    assert certificates_zip_write(certificates=Certificate.objects.none(), fileobj=buffer) == 0
    assert read_zip(buffer.getvalue()).namelist() == ["certificates.csv"]


def test_the_response_streams_the_zip_from_a_temporary_file(three_certificates):
    beginner, _intermediate = three_certificates

    response = certificates_zip_response(
        certificates=Certificate.objects.filter(pk__in=[c.pk for c in beginner]),
        filename="beginners.zip",
    )

    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="beginners.zip"'
    assert response["X-Certificate-Count"] == "2"
    data = b"".join(response.streaming_content)
    response.close()  # closes, and so deletes, the temporary file
    names = read_zip(data).namelist()
    assert len([n for n in names if n.endswith(".pdf")]) == 2


def test_certificates_whose_pdf_cannot_be_had_are_listed_without_a_file(
    three_certificates, settings, tmp_path, caplog
):
    # The storage is broken (a file where the media directory should be): nothing can be
    # read or written. HR still gets an archive, and the manifest says what is missing.
    not_a_directory = tmp_path / "not-a-directory"
    not_a_directory.write_text("")
    settings.MEDIA_ROOT = str(not_a_directory)
    buffer = io.BytesIO()

    count = certificates_zip_write(certificates=Certificate.objects.all(), fileobj=buffer)

    assert count == 0
    archive = read_zip(buffer.getvalue())
    rows = list(csv.DictReader(io.StringIO(archive.read("certificates.csv").decode("utf-8-sig"))))
    assert [row["file"] for row in rows] == ["", "", ""]
    assert caplog.text.count("left out of the ZIP") == 3


def test_hr_role_has_the_permission_the_admin_checks(hr_user):
    assert hr_user.has_perm("certificates.view_certificate")
    assert roles.HR in {g.name for g in hr_user.groups.all()}


def test_the_manifest_neutralises_a_name_a_spreadsheet_would_run(one_workshop_academy, media_root):
    holder = learner_named('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0")
    certificate_earn(one_workshop_academy, holder)
    buffer = io.BytesIO()

    certificates_zip_write(certificates=Certificate.objects.all(), fileobj=buffer)

    manifest = read_zip(buffer.getvalue()).read("certificates.csv").decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(manifest))
    assert row["holder"].startswith("'=HYPERLINK(")
    assert row["holder"] == "'" + Certificate.objects.get().holder_name
