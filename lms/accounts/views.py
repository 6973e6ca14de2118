from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from . import services
from .forms import EmailAuthenticationForm, ProfileForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


def _safe_next(request, fallback="/"):
    target = request.POST.get("next") or request.GET.get("next") or fallback
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    return target


@require_POST
def set_language(request):
    """Switch the interface language: remembered in the profile, the session and the cookie,
    then back to the same page in the new language."""
    code = request.POST.get("language", "")
    try:
        services.language_validate(code)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(_safe_next(request))
    if request.user.is_authenticated:
        services.profile_set_language(user=request.user, language=code)
    request.session[services.SESSION_LANGUAGE_KEY] = code
    # Django's view translates `next` into the new language's address and sets the cookie.
    return django_set_language(request)


@login_required
def profile(request):
    profile = services.profile_get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            language = form.cleaned_data["preferred_language"]
            services.profile_set_language(user=request.user, language=language)
            services.profile_set_privacy(
                user=request.user,
                show_name_on_certificates=form.cleaned_data["show_name_on_certificates"],
                leaderboard_opt_in=form.cleaned_data["leaderboard_opt_in"],
            )
            request.session[services.SESSION_LANGUAGE_KEY] = language
            translation.activate(language)
            messages.success(request, _("Your preferences are saved."))
            return redirect("accounts:profile")
        messages.error(request, _("Please correct the errors below."))
    return render(request, "accounts/profile.html", {"form": form, "profile": profile})
