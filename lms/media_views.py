"""Media at MEDIA_URL, served from the default storage by the app itself (ADR 0018).

In the embedded mode the files are in MEDIA_ROOT, in the scale-out mode in a private bucket:
either way any app server answers, nothing is published by a web server or a public bucket,
and the site keeps one origin. Only Wagtail's image files (and admin avatars) are served
here; the default storage also holds documents (Wagtail's view, with its privacy checks) and
certificate PDFs (the holder's permission-checked view), which this view never serves."""

from __future__ import annotations

import mimetypes

from django.core.exceptions import SuspiciousOperation
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

# Wagtail's image originals and renditions (wagtail.images), and the staff's admin avatars
# (wagtail.users, under an unguessable name).
PUBLIC_PREFIXES = ("original_images/", "images/", "avatar_images/")
# A rendition's name changes with its source, but an original can be replaced in place.
MAX_AGE = 24 * 60 * 60


@require_safe
def media_serve(request, name: str):
    if not name.startswith(PUBLIC_PREFIXES) or any(
        part in ("", ".", "..") for part in name.split("/")
    ):
        raise Http404(name)
    try:
        handle = default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, SuspiciousOperation) as error:
        raise Http404(name) from error
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    # Opened on its own (not in an <img>), a file runs nothing: as Wagtail does for documents.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response
