"""When the site-wide notice or mourning ends by the clock alone: every page shows them, so cached answers
must expire at that moment (an editor's change of either starts a new generation anyway)."""

from .models import SiteSettings
from .response_cache import register_clock


def next_change(now):
    """The next end of the notice or of mourning after ``now`` (None if there is none)."""
    settings = SiteSettings.objects.only(
        "notice_text", "notice_ends_at", "mourning", "mourning_ends_at"
    ).first()
    return settings.next_change(now) if settings is not None else None


register_clock(next_change)
