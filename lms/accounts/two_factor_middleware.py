"""Staff finish signing in with their second factor before they can do anything else."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from . import two_factor

# Paths a half-signed-in staff member may still reach: signing out, the public certificate
# check, the machine API (its own keys), files and the language switch. The 2FA pages
# themselves are recognised by their URL name, whatever the language prefix.
_OPEN_PREFIXES = ("/static/", "/media/", "/verify/", "/api/", "/i18n/", "/admin/logout/")
_OPEN_URL_NAMES = {
    "two_factor_setup",
    "two_factor_verify",
    "two_factor_recovery_codes",
    "logout",
    "login",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}


class StaffTwoFactorMiddleware:
    """Send authenticated staff without a verified second factor to the setup page (no
    authenticator yet) or to the code page, then back to where they were going.

    Runs after django-otp's OTPMiddleware, which sets `request.user.is_verified()` from the
    session. Off when settings.LMS_STAFF_2FA_REQUIRED is False (the test settings).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._redirect_if_needed(request)
        return response or self.get_response(request)

    def _redirect_if_needed(self, request):
        if not two_factor.two_factor_enforced():
            return None
        path = request.path_info
        if path.startswith(_OPEN_PREFIXES):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not self._required(request, user, path):
            return None
        from django.urls import Resolver404, resolve

        try:
            match = resolve(path)
        except Resolver404:
            match = None
        if match is not None and match.url_name in _OPEN_URL_NAMES:
            return None
        if two_factor.user_has_authenticator(user):
            target = reverse("accounts:two_factor_verify")
        else:
            target = reverse("accounts:two_factor_setup")
        next_url = request.get_full_path() if request.method == "GET" else "/"
        return redirect(f"{target}?{urlencode({'next': next_url})}")

    @staticmethod
    def _required(request, user, path) -> bool:
        # In the admin the policy is read fresh (a role may have just been granted);
        # elsewhere it is cached in the session so learner pages cost no extra query.
        if path.startswith("/admin/"):
            return two_factor.user_requires_two_factor(user)
        cached = request.session.get(two_factor.SESSION_REQUIRED_KEY)
        if cached is None or cached[0] != str(user.pk):
            cached = [str(user.pk), two_factor.user_requires_two_factor(user)]
            request.session[two_factor.SESSION_REQUIRED_KEY] = cached
        return bool(cached[1])
