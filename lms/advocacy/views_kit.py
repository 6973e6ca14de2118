"""The content kit page: the posts the learner's tier opens, and the locked ones by title."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from themes.brand_cache import brand_for_request

from .selectors_kit import kit_for_learner
from .views_referent import ask_context


@login_required
def kit(request):
    # Filtered here, on the server: a locked card carries only its title and its tier.
    context = {
        "kit": kit_for_learner(
            user=request.user, language=get_language(), brand=brand_for_request(request)
        )
    }
    context.update(ask_context(request, page_title=None))
    return render(request, "advocacy/kit.html", context)
