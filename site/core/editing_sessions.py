"""Wagtail's editing-session ping, without taking the tab's own autosave for a save made in another window.

Wagtail 7.4 autosaves a tab's changes into one revision of its own, renewing that revision's time on every save,
and each ping (every 10 s) sends the revision and the time the tab knows. A ping that left while an autosave was
under way carries the time from before it, so Wagtail found "a newer version" (the tab's own), told the editor
"Zapisano nową wersję w innym oknie" and turned "Opublikuj" into a warning to confirm, for the rest of the
editing. Here such a ping is answered as of the revision's real time, when the revision it names was written by
the same user and that user has no other editing session open on the object: then nobody else could have
renewed it. A newer revision of anyone else, or the user's own from another open window, is still reported.
"""

from django.contrib.admin.utils import unquote
from wagtail.admin.models import EditingSession
from wagtail.admin.views.editing_sessions import ping as wagtail_ping
from wagtail.models import Revision


def ping(request, app_label, model_name, object_id, session_id):
    """Wagtail's own ping (its POST-only check, permissions and reply), told the revision's real time when only
    this tab could have renewed it."""
    revision_id = request.POST.get("revision_id", "")
    object_pk = unquote(object_id)
    if revision_id.isdigit() and not _other_window(request.user, app_label, model_name, object_pk, session_id):
        # only the time: a revision's content (the whole page) is not read on every ping of every tab
        created_at = Revision.objects.filter(pk=revision_id, user=request.user, object_id=object_pk).values_list(
            "created_at", flat=True).first()
        if created_at is not None:
            data = request.POST.copy()
            data["revision_created_at"] = created_at.isoformat()
            request.POST = data
    return wagtail_ping(request, app_label, model_name, object_id, session_id)


def _other_window(user, app_label, model_name, object_pk, session_id):
    """The user has another editing session open on the object (another tab or browser)."""
    return EditingSession.objects.filter(
        user=user, content_type__app_label=app_label, content_type__model=model_name, object_id=object_pk,
    ).exclude(pk=session_id).exists()
