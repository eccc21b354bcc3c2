"""How resolutions act on each other: one resolution amends or repeals another."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from core.choice_labels import ChoiceLabelsMixin

from ..enums import RelationKind


class ResolutionRelation(ChoiceLabelsMixin, Orderable):
    """"This resolution amends / repeals that one"; the other direction is shown on the target's page."""

    # by name: the resolution page reads its relations, so its module imports this one
    source = ParentalKey("resolutions.ResolutionPage", on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("rodzaj"), max_length=10, choices=RelationKind.choices, default=RelationKind.AMENDS)
    target = models.ForeignKey(
        "resolutions.ResolutionPage", verbose_name=_("uchwała"), on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldPanel("kind"), PageChooserPanel("target", "resolutions.ResolutionPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("powiązanie")
        verbose_name_plural = _("powiązania")
        indexes = [models.Index(fields=["target", "kind"], name="resolution_relation_target_idx")]

    def clean(self):
        if self.target_id and self.source_id and self.target_id == self.source_id:
            raise ValidationError({"target": _("Uchwała nie może zmieniać ani uchylać samej siebie.")})
