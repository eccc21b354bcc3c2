"""Wagtail's editing-session ping, without taking the tab's own autosave for a save made in another window.

Wagtail 7.4 autosaves a tab's changes into one revision of its own: the first autosave writes it, each later one
renews its time. Every ping (each 10 s) sends the revision and the time the tab knows, and the autosave's answer
updates both. A ping that left while an autosave was under way carries the values from before it, so Wagtail found
"a newer version" (the tab's own), told the editor "Zapisano nową wersję w innym oknie" and turned "Opublikuj" into
a warning to confirm, for the rest of the editing. CI met both forms of the race: a renewed revision, and the
first autosave's new one while the tab still named the version it had opened.

Here a ping is answered as of the newest revision's time when every revision newer than the tab's is the user's
own, written since this tab's previous ping, and the user has no other editing session open on the object: only
this tab's autosave in flight fits that. Anyone else's newer revision is reported at once, the user's own from
another open window too, and one from a window the user has since closed one ping later (the 10 s this tab's
autosave answer may take to arrive).
"""

from datetime import datetime

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.admin.views.editing_sessions import ping as wagtail_ping
from wagtail.models import Revision, RevisionMixin


def ping(request, app_label, model_name, object_id, session_id):
    """Wagtail's own ping (its POST-only check, permissions and reply), told the newest revision's time when the
    only newer revisions are this tab's autosave in flight."""
    own_autosave_at = _own_autosave_in_flight(request, app_label, model_name, unquote(object_id), session_id)
    if own_autosave_at is not None:
        data = request.POST.copy()
        data["revision_created_at"] = own_autosave_at.isoformat()
        request.POST = data
    return wagtail_ping(request, app_label, model_name, object_id, session_id)


def _own_autosave_in_flight(request, app_label, model_name, object_pk, session_id):
    """The time of the newest revision when every revision newer than the tab's time was written by this user
    since the tab's previous ping and the user has no other window open on the object; else None."""
    try:
        tab_knows = datetime.fromisoformat(request.POST.get("revision_created_at", ""))
        model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
    except (ValueError, ContentType.DoesNotExist):
        return None  # Wagtail's ping answers these as it always does
    if timezone.is_naive(tab_knows) or model is None or not issubclass(model, RevisionMixin):
        return None
    sessions = dict(EditingSession.objects.filter(
        user=request.user, content_type__app_label=app_label, content_type__model=model_name, object_id=object_pk,
    ).values_list("pk", "last_seen_at"))
    previous_ping = sessions.pop(session_id, None)
    still_open = timezone.now() - EditingSession.AVAILABLE_TIMEOUT  # older ones Wagtail lists as gone, too
    if previous_ping is None or any(last_seen >= still_open for last_seen in sessions.values()):
        return None  # a tab Wagtail does not know yet, or another open window of the same user
    # only authors and times: a revision's content (the whole page) is not read on every ping of every tab
    base_model = (model._meta.get_parent_list() or [model])[-1]  # revisions are filed under it, as Wagtail does
    newer = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(base_model, for_concrete_model=False),
        object_id=object_pk, created_at__gt=tab_knows,
    ).values_list("user_id", "created_at")
    if not newer or any(user_id != request.user.pk or created_at <= previous_ping for user_id, created_at in newer):
        return None
    return max(created_at for _, created_at in newer)
