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

    def get_context_data(self, **kwargs):
        """One button per company sign-in (lms.sso); the password form stays for staff
        when a provider hides it from learners (`?password=1`, or after a failed try)."""
        from lms.sso.selectors import providers_for_login

        context = super().get_context_data(**kwargs)
        providers = providers_for_login()
        hide = any(p.hide_password_form for p in providers)
        context["sso_providers"] = providers
        context["password_hidden"] = hide
        context["show_password_form"] = (
            not hide or self.request.GET.get("password") == "1" or self.request.method == "POST"
        )
        return context

    def form_valid(self, form):
        """Learners of a company that signs in through its IdP do not use a password."""
        from lms.sso.selectors import providers_for_login

        user = form.get_user()
        if not user.is_staff and any(p.hide_password_form for p in providers_for_login()):
            form.add_error(None, _("Sign in with your company account, using the button above."))
            return self.form_invalid(form)
        return super().form_valid(form)

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
