from django import template

from certificates.models import CertificateStatus
from lms.i18n.labels import tier_name as _tier_name

register = template.Library()


@register.filter
def tier_name(slug):
    """{{ record.tier|tier_name }}: the tier's name in the viewer's language, never its slug."""
    return _tier_name(slug)


@register.filter
def certificate_status(value):
    """{{ record.certificate_status|certificate_status }}: "Expired", never "expired"."""
    if value in CertificateStatus.values:
        return CertificateStatus(value).label
    return value or "—"
