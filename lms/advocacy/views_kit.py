"""The content kit page: the posts the learner's tier opens, and the locked ones by title,
narrowed by network and tier when the learner asks (GET, so a filtered kit is a link)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import get_language

from themes.brand_cache import brand_for_request

from .forms_kit import KitFilterForm
from .selectors_kit import kit_filtered, kit_for_learner, kit_tiers
from .views_referent import ask_context


@login_required
def kit(request):
    # Filtered here, on the server: a locked card carries only its title and its tier.
    whole = kit_for_learner(
        user=request.user, language=get_language(), brand=brand_for_request(request)
    )
    params = {k: v for k, v in request.GET.items() if k in ("network", "tier")}
    form = KitFilterForm(params or None, tiers=kit_tiers(whole))
    status = 200
    shown = whole
    if form.is_bound:
        if form.is_valid():
            shown = kit_filtered(whole, form.filters())
        else:
            status = 400  # the message says which value; the whole kit is shown below it
    context = {
        "kit": shown,
        "form": form,
        "filtered": shown is not whole,
        "total": len(whole.open) + len(whole.locked),
    }
    context.update(ask_context(request, page_title=None))
    return render(request, "advocacy/kit.html", context, status=status)
