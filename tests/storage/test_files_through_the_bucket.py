"""What reads stored files on the way, with the files in the bucket (moto's S3 server):
WeasyPrint's images in a certificate, HR's ZIP of certificates, Wagtail's documents."""

from __future__ import annotations

import io
import zipfile

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Site

from certificates.archive import READ_AHEAD, certificates_zip_response
from certificates.models import Certificate
from certificates.rendering import certificate_pdf_render, certificate_pdf_store
from tests.certificates.issuing import certificate_earn, learner_named, one_workshop_academy
from tests.certificates.test_rendering import pdf_page_image, png_image
from themes.models import BrandSettings

__all__ = ["one_workshop_academy"]  # a fixture, used by name


def test_the_brand_logo_is_read_from_the_bucket_into_the_pdf(s3, one_workshop_academy):
    certificate = certificate_earn(one_workshop_academy, learner_named("Ana", "Lima"))
    brand = BrandSettings.for_site(Site.objects.get(is_default_site=True))
    brand.logo = png_image(color=(250, 0, 250))
    brand.save()
    assert s3.object_names(s3.bucket, "media/original_images/")  # the logo is in the bucket

    image = pdf_page_image(certificate_pdf_render(certificate=certificate), scale=1)

    header = image.crop((0, 0, image.width, image.height // 4))
    assert (250, 0, 250) in {pixel for _count, pixel in header.getcolors(1 << 16)}
    # The rendition WeasyPrint drew was made from, and stored in, the bucket too.
    assert s3.object_names(s3.bucket, "media/images/")


def test_the_zip_of_certificates_reads_their_pdfs_from_the_bucket(s3, one_workshop_academy):
    # More certificates than the archive reads ahead, so the window slides; one PDF lost
    # from the bucket is rendered again on the way, one never rendered is rendered too.
    count = READ_AHEAD + 3
    for n in range(count):
        certificate_earn(one_workshop_academy, learner_named(f"Ana{n}", "Lima"))
    certificates = list(Certificate.objects.order_by("pk"))
    stored = {}
    for certificate in certificates[:-1]:
        certificate_pdf_store(certificate=certificate)
        stored[certificate.pk] = s3.read(s3.bucket, f"media/{certificate.pdf.name}")
    lost = certificates[2]
    s3.client().delete_object(Bucket=s3.bucket, Key=f"media/{lost.pdf.name}")
    del stored[lost.pk]

    response = certificates_zip_response(certificates=Certificate.objects.all())

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    pdfs = [name for name in archive.namelist() if name.endswith(".pdf")]
    assert response["X-Certificate-Count"] == str(count) and len(pdfs) == count
    contents = [archive.read(name) for name in pdfs]
    assert all(content.startswith(b"%PDF") for content in contents)
    assert set(stored.values()) <= set(contents)  # the stored ones, byte for byte
    # The lost and the missing PDFs were rendered and stored in the bucket on the way.
    for certificate in (lost, certificates[-1]):
        certificate = Certificate.objects.get(pk=certificate.pk)
        assert s3.read(s3.bucket, f"media/{certificate.pdf.name}") in contents
    manifest = archive.read("certificates.csv").decode("utf-8-sig").splitlines()
    assert len(manifest) == count + 1
    names_in_order = [line.split(",", 1)[0] for line in manifest[1:]]
    assert names_in_order == pdfs  # the archive is written in the queryset's order


def test_a_document_is_streamed_by_wagtails_view_from_the_bucket(s3, client, db):
    document = get_document_model().objects.create(
        title="Charter", file=ContentFile(b"%PDF-1.4 charter", name="charter.pdf")
    )
    assert s3.object_names(s3.bucket, "media/documents/") == [f"media/{document.file.name}"]
    response = client.get(document.url)
    assert response.status_code == 200  # streamed by our origin, not a redirect to the bucket
    assert b"".join(response.streaming_content) == b"%PDF-1.4 charter"
    assert client.get(f"/media/{document.file.name}").status_code == 404
