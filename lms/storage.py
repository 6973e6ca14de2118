"""Where our files live, in every run mode (docs/decisions/0018-object-storage-and-app-servers.md).

Two storages, named in settings.STORAGES:

- "default": media (Wagtail images and documents, brand logos) and certificate PDFs. The
  embedded mode keeps them in MEDIA_ROOT; production with AWS_STORAGE_BUCKET_NAME keeps them
  in an S3-compatible bucket, so every app server and worker sees the same files.
- "exports": prepared completion exports (personal data). REPORTS_EXPORTS_ROOT on disk, or a
  private prefix (or bucket) of the object storage.

Nothing is ever handed to a browser as a storage URL: media is served by `lms.media_views`
(public images only), certificate PDFs and exports by their permission-checked views, all
streamed from the storage. So the bucket stays private, the site keeps one origin (its CSP
lists no bucket), and a revoked certificate or someone else's export is never a link away.
"""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

EXPORTS = "exports"


class ExportsFileSystemStorage(FileSystemStorage):
    """The exports folder, read from REPORTS_EXPORTS_ROOT each time (a test or an operator's
    override moves it), and never a URL: the download view serves the file."""

    @property
    def base_location(self):
        return settings.REPORTS_EXPORTS_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise NotImplementedError("Prepared exports have no URL: the download view serves them.")


class _StorageAlias(LazyObject):
    """A storage of settings.STORAGES, looked up when first used and again after STORAGES
    changes, as Django's own `default_storage` does. A FileField evaluates its callable
    storage once, at import: returning this proxy keeps the field following the settings."""

    def __init__(self, alias: str):
        super().__init__()
        self.__dict__["_alias"] = alias

    def _setup(self):
        self._wrapped = storages[self.__dict__["_alias"]]


exports = _StorageAlias(EXPORTS)


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        exports._wrapped = empty
