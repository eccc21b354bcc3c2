"""The approval step of the "Akceptacja uchwał" workflow: approving publishes, so it asks first.

Wagtail's group approval publishes on one click ("Akceptuj"). Here "Akceptuj i opublikuj" opens Wagtail's workflow
modal with what goes public (the version, its documents, its relations, its change description and who entered
it) and a confirmation box; the approval happens only with the box ticked, from the dashboard and from the edit
view alike, and a request without it is refused.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class ApprovalForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Potwierdzam: ta wersja ma zostać opublikowana"),
        error_messages={"required": _("Zaznacz potwierdzenie: bez niego uchwała nie zostanie opublikowana.")},
    )
    comment = forms.CharField(label=_("Komentarz dla autora (opcjonalnie)"), required=False,
                              widget=forms.Textarea({"rows": 2}))


class ResolutionApprovalTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve; before approving they see what goes public and confirm it."""

    def get_actions(self, obj, user):
        if not super().get_actions(obj, user):
            return []
        return [
            ("reject", _("Poproś o zmiany"), True),
            ("approve", _("Akceptuj i opublikuj"), True),
        ]

    def get_form_for_action(self, action):
        return ApprovalForm if action == "approve" else super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "resolutions/admin/approve_modal.html"
        return super().get_template_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            # The edit view passes the modal's data on as it came; check it again, so no request approves unseen.
            form = ApprovalForm(kwargs)
            if not form.is_valid():
                raise PermissionDenied
            kwargs = {"comment": form.cleaned_data["comment"]}
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Członkowie wybranych grup akceptują: widzą, co zostanie opublikowane, i to potwierdzają.")

    class Meta:
        verbose_name = _("akceptacja z potwierdzeniem publikacji")
        verbose_name_plural = _("akceptacje z potwierdzeniem publikacji")
