"""The fixed choices of the projects section.

Their values are stored in the database (partner roles, programme periods) or appear in URLs and CSS
classes (``?status=ongoing``, ``project-status--ongoing``), so a value never changes once published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectTab(models.TextChoices):
    """The three tabs of a project page, in the order visitors and editors see them."""

    DESCRIPTION = "description", _("Opis projektu")
    RECRUITMENT = "recruitment", _("Nabór do projektu")
    DOWNLOADS = "downloads", _("Pliki do pobrania")


class ProjectStatus(models.TextChoices):
    """Where a project stands, derived from its dates, in the order the projects index lists the groups.

    ``label`` describes one project (the badge on a card and on the project page); ``filter_label``
    names the group (the index's filter links), which Polish inflects differently.
    """

    ONGOING = "ongoing", _("w realizacji")
    PLANNED = "planned", _("planowany")
    FINISHED = "finished", _("zakończony")

    @property
    def filter_label(self):
        return _STATUS_FILTER_LABELS[self]


_STATUS_FILTER_LABELS = {
    ProjectStatus.ONGOING: _("w realizacji"),
    ProjectStatus.PLANNED: _("planowane"),
    ProjectStatus.FINISHED: _("zakończone"),
}


class RecruitmentState(models.TextChoices):
    """Whether a project's recruitment form takes submissions now."""

    NOT_OPEN = "not_open", _("Nabór jeszcze nie ruszył")
    OPEN = "open", _("Nabór otwarty")
    CLOSED = "closed", _("Nabór zakończony")


class PartnerRole(models.TextChoices):
    """The role of an organisation in a project."""

    LEAD = "lead", _("Lider projektu")
    PARTNER = "partner", _("Partner projektu")


class FundingPeriod(models.TextChoices):
    """The EU financial perspective a funding programme belongs to."""

    PERIOD_2007_2013 = "2007-2013", "2007–2013"
    PERIOD_2014_2020 = "2014-2020", "2014–2020"
    PERIOD_2021_2027 = "2021-2027", "2021–2027"
