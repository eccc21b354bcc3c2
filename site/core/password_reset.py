"""The admin's password reset, limited: a form that sends e-mails is otherwise a way to flood someone's inbox
or to probe which addresses have accounts.

At most ``PER_ADDRESS`` requests an hour from one sender address and ``PER_EMAIL`` for one e-mail address;
over either the form says so and sends nothing. Counted in Django's cache, shared by the workers.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import PasswordResetView

from .client_address import client_pseudonym

PER_ADDRESS = 5
PER_EMAIL = 3
WINDOW_SECONDS = 3600


def _count(key):
    """Add one to the counter ``key`` (created for the window) and return its value."""
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return 1


class RateLimitedPasswordResetView(PasswordResetView):
    """Wagtail's password reset view, refusing more than a few requests an hour per address and per e-mail."""

    def form_valid(self, form):
        email = form.cleaned_data.get("email", "").strip().lower()
        by_address = _count(f"portal:password-reset:client:{client_pseudonym(self.request)}")
        by_email = _count(f"portal:password-reset:email:{email}")
        if by_address > PER_ADDRESS or by_email > PER_EMAIL:
            form.add_error(None, _(
                "Zbyt wiele próśb o zmianę hasła w krótkim czasie. Spróbuj ponownie za godzinę. "
                "Too many password reset requests; please try again in an hour."
            ))
            return self.form_invalid(form)
        return super().form_valid(form)
