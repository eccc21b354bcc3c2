"""When the projects' pages change by the clock alone: a recruitment opens or closes at its hour (the tab, the
projects list and the home page's open calls follow it), so cached answers must expire at that moment."""

from django.db.models import Min, Q

from core.response_cache import register_clock

from .models import ProjectPage


def next_change(now):
    """The next recruitment opening or closing after ``now`` (None if there is none)."""
    moments = ProjectPage.objects.aggregate(
        opens=Min("recruitment_opens_at", filter=Q(recruitment_opens_at__gt=now)),
        closes=Min("recruitment_closes_at", filter=Q(recruitment_closes_at__gt=now)),
    )
    return min((moment for moment in moments.values() if moment is not None), default=None)


register_clock(next_change)
