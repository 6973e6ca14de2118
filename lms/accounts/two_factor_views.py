"""The pages of two-factor sign-in: set up an authenticator app, type a code after the
password, see the recovery codes once and make new ones."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import two_factor
from .forms import TwoFactorCodeForm

_CODES_SESSION_KEY = "pv_2fa_new_codes"
_TOO_MANY = gettext_lazy(
    "Too many wrong codes in a row. Wait a few seconds, then type the newest code."
)


def _next(request, fallback="/"):
    target = request.POST.get("next") or request.GET.get("next") or fallback
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return fallback
    return target


@never_cache
@login_required
def setup(request):
    """Scan the QR code (or type the key), then confirm with the first code."""
    if two_factor.user_has_authenticator(request.user) and not request.user.is_verified():
        # Replacing an authenticator needs the current one first.
        return redirect(_url("verify", next=request.get_full_path()))
    device = two_factor.authenticator_pending(user=request.user)
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.authenticator_confirm(
                request=request, device=device, token=form.cleaned_data["code"]
            )
        except two_factor.TooManyAttempts:
            codes = ()
            form.add_error("code", _TOO_MANY)
        if codes:
            request.session[_CODES_SESSION_KEY] = codes
            messages.success(request, _("Two-factor authentication is on."))
            return redirect(_url("recovery_codes", next=_next(request)))
        elif codes is None:
            form.add_error(
                "code",
                _("That code is not right. Check the time on your phone and type the newest code."),
            )
    return render(
        request,
        "accounts/two_factor/setup.html",
        {
            "form": form,
            "qr_svg": two_factor.authenticator_qr_svg(device),
            "manual_key": two_factor.authenticator_manual_key(device),
            "next": _next(request),
        },
        status=400 if form.errors else 200,
    )


@never_cache
@login_required
def verify(request):
    """The second step of signing in: a code from the app, or a recovery code."""
    if not two_factor.user_has_authenticator(request.user):
        return redirect(_url("setup", next=_next(request)))
    form = TwoFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            kind = two_factor.two_factor_verify(request=request, token=form.cleaned_data["code"])
        except two_factor.TooManyAttempts:
            kind = "throttled"
            form.add_error("code", _TOO_MANY)
        if kind == "recovery":
            left = two_factor.recovery_codes_left(user=request.user)
            messages.warning(
                request,
                ngettext(
                    "You used a recovery code: %(count)d is left. Make new ones if you lost "
                    "your phone.",
                    "You used a recovery code: %(count)d are left. Make new ones if you lost "
                    "your phone.",
                    left,
                )
                % {"count": left},
            )
            return redirect(_url("recovery_codes", next=_next(request)))
        if kind == "totp":
            return redirect(_next(request))
        if kind is None:
            form.add_error(
                "code",
                _(
                    "That code is not right, or was used already. Wait for a new code and "
                    "try again."
                ),
            )
    return render(
        request,
        "accounts/two_factor/verify.html",
        {"form": form, "next": _next(request)},
        status=400 if form.errors else 200,
    )


@never_cache
@login_required
def recovery_codes(request):
    """Shows new codes once (right after they are made); POST makes a new set."""
    if not request.user.is_verified():
        return redirect(_url("verify", next=request.get_full_path()))
    codes = request.session.pop(_CODES_SESSION_KEY, None)
    return render(
        request,
        "accounts/two_factor/recovery_codes.html",
        {
            "codes": codes,
            "left": two_factor.recovery_codes_left(user=request.user),
            "next": _next(request),
        },
    )


@require_POST
@login_required
def recovery_codes_regenerate(request):
    if not request.user.is_verified():
        return redirect(_url("verify"))
    request.session[_CODES_SESSION_KEY] = two_factor.recovery_codes_generate(user=request.user)
    messages.success(request, _("New recovery codes are ready; the old ones no longer work."))
    return redirect(_url("recovery_codes"))


def _url(name, next=None):
    url = reverse(f"accounts:two_factor_{name}")
    return f"{url}?{urlencode({'next': next})}" if next else url
