"""The S3-compatible storages of the scale-out mode (docs/decisions/0018). Imported only
when settings name them (production with AWS_STORAGE_BUCKET_NAME), so boto3 stays out of
the embedded mode's processes.

Both keep every object private and never give a browser a bucket address: media is served
by `lms.media_views` at MEDIA_URL, certificate PDFs and exports by their own views."""

from __future__ import annotations

from urllib.parse import quote

from django.conf import settings
from storages.backends.s3 import S3Storage


class MediaS3Storage(S3Storage):
    """Media and certificate PDFs. `url()` is our own /media/ address (served from this
    storage by lms.media_views), not the bucket's: one origin, no signed links in pages."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + quote(name.lstrip("/"))


class PrivateS3Storage(S3Storage):
    """Prepared exports: personal data, private objects, no URL at all (the permission-
    checked download view streams them)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Prepared exports have no URL: the download view serves them.")
