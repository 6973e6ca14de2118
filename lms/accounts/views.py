from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _

from lms.i18n.paths import path_in_language

from . import services
from .forms import EmailAuthenticationForm, LanguagePasswordResetForm, ProfileForm


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True

    def get_success_url(self):
        """Where the person was going, in their profile's language (put in the session at
        sign-in, see receivers.py), whatever language the browser or the form was in."""
        url = super().get_success_url()
        language = self.request.session.get(services.SESSION_LANGUAGE_KEY)
        if not language or not self.request.user.is_authenticated:
            return url
        translation.activate(language)
        return path_in_language(self.request, url, language).url


class PasswordResetView(auth_views.PasswordResetView):
    form_class = LanguagePasswordResetForm
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/emails/password_reset.txt"
    subject_template_name = "accounts/emails/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


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
