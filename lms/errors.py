"""The 500 page in the site's look and the learner's language, with a plain fallback."""

import logging

from django.http import HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)


def server_error(request, template_name="500.html"):
    try:
        body = loader.get_template(template_name).render({"request": request})
    except Exception:  # the error page itself must never fail
        logger.exception("Rendering the 500 page failed")
        body = "<h1>Server error / Erreur du serveur</h1>"
    return HttpResponseServerError(body)
