"""Certificate PDFs: an HTML template in the site's brand, laid out by WeasyPrint.

`certificate_pdf_render` turns a certificate into PDF bytes and writes nothing;
`certificate_pdf_store` renders, stores the file and records when. The PDF is rendered once
after issuance (tasks.py) and again only when someone asks (learner, HR, or
`manage.py certificates_render`).

Why it is fast in steady state (see tests/bench/certificate_bench.py):
- one `FontConfiguration` for the process: fontconfig's scan of the installed fonts is the
  most expensive part of a first render, and the result never changes while we run;
- the stylesheet is parsed once (`CSS` object); only the few brand values travel in the page;
- images (logo, signature) are decoded once and kept in a small in-process cache;
- the QR code is inline SVG (segno), no raster image to encode;
- no network: the URL fetcher serves our own media and static files and refuses the rest,
  so a typed URL can never make a render wait on (or leak to) another server.
"""

from __future__ import annotations

import datetime as dt
import logging
import mimetypes
import threading
import time
from dataclasses import dataclass, field

import segno
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.loader import get_template, render_to_string
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from courses.levels import Level

from .models import Certificate
from .selectors import certificates_titled

logger = logging.getLogger(__name__)

# Debian's installed families (scripts/system-deps.sh: fonts-liberation, fonts-dejavu-core):
# a PDF is rendered on the server, so the brand's choice maps to fonts that are really there.
PDF_FONTS = {
    "system": '"Liberation Sans", "DejaVu Sans", sans-serif',
    "humanist": '"DejaVu Sans", "Liberation Sans", sans-serif',
    "serif": '"Liberation Serif", "DejaVu Serif", serif',
}
# The holder's name and the title: a serif, as on a printed diploma, whatever the brand.
DISPLAY_FONT = '"Liberation Serif", "DejaVu Serif", serif'
DEFAULT_PRIMARY, DEFAULT_ACCENT = "#1f4e79", "#b8461b"
LOGO_SPEC = "max-480x160"
SIGNATURE_SPEC = "max-480x160"
MEDIA_SCHEME, STATIC_SCHEME = "media:", "static:"


# --- WeasyPrint, set up once per process --------------------------------------------------


class _Engine(threading.local):
    """WeasyPrint's reusable parts, one set per thread (a FontConfiguration wraps a Pango
    font map, which is not meant to be shared between threads). Built on first use:
    importing WeasyPrint costs ~0.6 s, which a web process that never renders should not
    pay."""

    # Decoded images (logo, signature) are kept this long. Rendition names change with
    # their content, so this only bounds how long a replaced file could linger.
    IMAGE_CACHE_SECONDS = 300

    def __init__(self):
        self._ready = False

    def _setup(self):
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        self.font_config = FontConfiguration()
        stylesheet = get_template("certificates/pdf.css").template.source
        self.stylesheet = CSS(string=stylesheet, font_config=self.font_config)
        self.url_fetcher = _url_fetcher()
        self.image_cache: dict = {}
        self.image_cache_since = time.monotonic()
        self._ready = True

    def ensure(self) -> _Engine:
        if not self._ready:
            self._setup()
        if time.monotonic() - self.image_cache_since > self.IMAGE_CACHE_SECONDS:
            self.image_cache, self.image_cache_since = {}, time.monotonic()
        return self

    def reset(self) -> None:
        """Start afresh on the next render (tests that swap templates, media or fonts)."""
        self._ready = False


engine = _Engine()


def _url_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        """Our media (through the storage, so it works on S3 as on disk) and static files;
        data: URIs; nothing else."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith(MEDIA_SCHEME):
                name = url.removeprefix(MEDIA_SCHEME)
                with default_storage.open(name, "rb") as handle:
                    body = handle.read()
            elif url.startswith(STATIC_SCHEME):
                path = finders.find(url.removeprefix(STATIC_SCHEME))
                if not path:
                    raise ValueError(f"No static file {url}")
                with open(path, "rb") as handle:
                    body = handle.read()
            else:
                raise ValueError(f"Certificates fetch no remote resources: {url}")
            mime_type = mimetypes.guess_type(url.split(":", 1)[1])[0] or "application/octet-stream"
            return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    return LocalOnlyFetcher(allowed_protocols={"media", "static", "data"})


# --- what goes on the page --------------------------------------------------------------


@dataclass
class Brand:
    academy_name: str
    primary: str = DEFAULT_PRIMARY
    accent: str = DEFAULT_ACCENT
    font: str = PDF_FONTS["system"]
    logo_url: str = ""


@dataclass
class BrandResolver:
    """The brand of each certificate's site, looked up once per workshop and per site: a
    ZIP of a thousand certificates of three workshops costs a handful of queries."""

    _by_workshop: dict = field(default_factory=dict)
    _by_site: dict = field(default_factory=dict)

    def site_for(self, certificate: Certificate):
        from wagtail.models import Site

        from courses.models import WorkshopPage

        key = (certificate.workshop_key, certificate.language)
        if key not in self._by_workshop:
            pages = WorkshopPage.objects.filter(translation_key=certificate.workshop_key)
            workshop = (
                pages.filter(locale__language_code=certificate.language).first() or pages.first()
            )
            site = workshop.get_site() if workshop is not None else None
            self._by_workshop[key] = site or Site.objects.filter(is_default_site=True).first()
        return self._by_workshop[key]

    def brand_for(self, certificate: Certificate) -> Brand:
        from themes.colors import HEX_COLOR
        from themes.models import BrandSettings

        site = self.site_for(certificate)
        site_key = site.pk if site is not None else None
        if site_key not in self._by_site:
            if site is None:
                self._by_site[site_key] = Brand(academy_name=certificate.issuer)
            else:
                settings_ = BrandSettings.for_site(site)

                def color(value, fallback):
                    return value if HEX_COLOR.match(value or "") else fallback

                self._by_site[site_key] = Brand(
                    academy_name=settings_.academy_name,
                    primary=color(settings_.primary_color, DEFAULT_PRIMARY),
                    accent=color(settings_.accent_color, DEFAULT_ACCENT),
                    font=PDF_FONTS.get(settings_.font_stack, PDF_FONTS["system"]),
                    logo_url=_image_url(settings_.logo, LOGO_SPEC),
                )
        return self._by_site[site_key]


def _image_url(image, spec: str) -> str:
    """A rendition of a Wagtail image, addressed through our media scheme ('' if none or
    broken: a certificate without its logo is better than no certificate)."""
    if image is None:
        return ""
    try:
        return MEDIA_SCHEME + image.get_rendition(spec).file.name
    except Exception:
        logger.warning("Image %s could not be rendered for a certificate", image.pk, exc_info=True)
        return ""


def qr_svg(url: str, *, color: str = "#000000") -> str:
    """The QR code of `url` as inline SVG, quiet zone included (scanners need it)."""
    qr = segno.make(url, error="m", micro=False)
    return qr.svg_inline(scale=1, border=4, dark=color, omitsize=True, svgclass="qr__code")


def holder_language(certificate: Certificate) -> str:
    """The language the holder reads (their profile's choice, one the academy speaks),
    else the certificate's own. (lms.accounts.selectors.user_language's rule: domain apps
    do not import lms.*.)"""
    from django.conf import settings

    profile = getattr(certificate.user, "profile", None)
    language = getattr(profile, "preferred_language", "") or ""
    if language in {code for code, _name in settings.LANGUAGES}:
        return language
    return certificate.language


def pdf_filename(certificate: Certificate) -> str:
    """Readable and unique: holder, title, code. ASCII, so every browser and archive tool
    keeps it as it is."""
    holder = slugify(certificate.holder_name)[:60].strip("-") or "certificate"
    title = slugify(certificate.title_shown)[:80].strip("-") or "certificate"
    return f"{holder}-{title}-{certificate.code}.pdf"


def _date(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return formats.date_format(timezone.localtime(moment), "DATE_FORMAT", use_l10n=True)


def certificate_pdf_context(*, certificate: Certificate, brand: Brand) -> dict:
    from .sharing import verification_url

    url = verification_url(certificate)
    address = url.split("://", 1)[-1]
    prefix, _sep, rest = address.partition(certificate.code)
    if not _sep:
        prefix, rest = address, ""
    else:
        rest = certificate.code + rest
    signature_url = ""
    template = certificate.template
    if template is not None and template.signature_image_id:
        signature_url = _image_url(template.signature_image, SIGNATURE_SPEC)
    return {
        "certificate": certificate,
        "brand": brand,
        "display_font": DISPLAY_FONT,
        "issued_on": _date(certificate.issued_at),
        "expires_on": _date(certificate.expires_at),
        "score_percent": certificate.score_percent,
        "level_label": Level(certificate.level).label if certificate.level in Level else "",
        "verification_url": url,
        # Printed on two lines, the code whole on the second: people type it from paper.
        "verification_prefix": prefix,
        "verification_rest": rest,
        # segno writes only numbers and the validated colour: safe to inline.
        "qr_svg": mark_safe(qr_svg(url, color=brand.primary)),  # noqa: S308
        "signature_url": signature_url,
    }


def certificate_pdf_render(
    *, certificate: Certificate, brands: BrandResolver | None = None
) -> bytes:
    """The certificate as PDF bytes: A4 landscape, in its holder's language (their title,
    wording and labels; selectors.certificates_titled), in the brand of the site its
    workshop belongs to. Writes nothing."""
    from weasyprint import HTML

    eng = engine.ensure()
    brand = (brands or BrandResolver()).brand_for(certificate)
    language = holder_language(certificate)
    certificates_titled([certificate], language=language)
    with translation.override(language):
        html = render_to_string(
            "certificates/pdf.html", certificate_pdf_context(certificate=certificate, brand=brand)
        )
    document = HTML(string=html, url_fetcher=eng.url_fetcher, base_url=MEDIA_SCHEME)
    return document.write_pdf(
        stylesheets=[eng.stylesheet],
        font_config=eng.font_config,
        cache=eng.image_cache,
    )


def certificate_pdf_store(
    *,
    certificate: Certificate,
    now: dt.datetime | None = None,
    brands: BrandResolver | None = None,
) -> Certificate:
    """Render the PDF and store it in place of the previous one; returns the certificate
    with `pdf` and `pdf_rendered_at` set.

    The new file is saved before the row points to it and the old file is removed only
    after, so a download running at the same moment always finds a whole file. The row is
    changed with an UPDATE of those two columns only: a revocation saved meanwhile stands.
    """
    content = certificate_pdf_render(certificate=certificate, brands=brands)
    now = now or timezone.now()
    old_name = certificate.pdf.name if certificate.pdf else ""
    field_file = certificate.pdf
    name = field_file.field.generate_filename(certificate, f"{certificate.public_id}.pdf")
    stored_name = field_file.storage.save(name, ContentFile(content))
    Certificate.objects.filter(pk=certificate.pk).update(pdf=stored_name, pdf_rendered_at=now)
    certificate.pdf.name = stored_name
    certificate.pdf_rendered_at = now
    if old_name and old_name != stored_name:
        transaction.on_commit(lambda: _delete_quietly(old_name), robust=True)
    return certificate


def _delete_quietly(name: str) -> None:
    try:
        Certificate._meta.get_field("pdf").storage.delete(name)
    except Exception:
        logger.warning("Could not delete the old certificate file %s", name, exc_info=True)


def certificate_pdf_open(*, certificate: Certificate, brands: BrandResolver | None = None):
    """An open binary file of the certificate's PDF, rendered and stored first when it has
    none yet or its file went missing (restored backup, emptied bucket)."""
    if certificate.pdf:
        try:
            return certificate.pdf.storage.open(certificate.pdf.name, "rb")
        except FileNotFoundError:
            logger.warning("Certificate %s lost its PDF file: rendering it again", certificate.pk)
    certificate_pdf_store(certificate=certificate, brands=brands)
    return certificate.pdf.storage.open(certificate.pdf.name, "rb")
