"""The register's vocabulary and how a resolution's status is derived from its stored dates.

``status_of`` (one resolution) and ``status_q`` (a filter over many) are the same rule written twice, once for
Python and once for the database; they sit side by side so that they change together.
"""

import re

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NUMBER_RE = re.compile(r"^\s*(\d{1,4})\s*/\s*(\d{4})\s*$")
FIRST_CHANGE_NOTE = "Utworzenie dokumentu"


class Status(models.TextChoices):
    """The status of a resolution as the register shows it."""

    IN_FORCE = "obowiazujaca", _("obowiązująca")
    AMENDED = "zmieniona", _("zmieniona")
    REPEALED = "uchylona", _("uchylona")
    EXPIRED = "wygasla", _("wygasła")
    EXECUTED = "wykonana", _("wykonana")


class RelationKind(models.TextChoices):
    AMENDS = "zmienia", _("zmienia")
    REPEALS = "uchyla", _("uchyla")


def status_of(*, repealed_on, status_override, expires_on, amended_on, today=None):
    """The derived status on ``today``: repeal first, then the editor's choice, expiry and amendment."""
    today = today or timezone.localdate()
    if repealed_on and repealed_on <= today:
        return Status.REPEALED
    if status_override:
        return Status(status_override)
    if expires_on and expires_on < today:
        return Status.EXPIRED
    if amended_on and amended_on <= today:
        return Status.AMENDED
    return Status.IN_FORCE


def status_q(status, today=None):
    """A filter for resolutions whose derived status (see ``status_of``) is ``status`` today."""
    today = today or timezone.localdate()
    repealed = Q(repealed_on__lte=today)
    automatic = Q(status_override="") & ~repealed
    expired = Q(expires_on__lt=today)
    amended = Q(amended_on__lte=today)
    if status == Status.REPEALED:
        return repealed | Q(status_override=Status.REPEALED)
    manual = ~repealed & Q(status_override=status)
    if status == Status.EXECUTED:
        return manual
    if status == Status.EXPIRED:
        return manual | (automatic & expired)
    if status == Status.AMENDED:
        return manual | (automatic & ~expired & amended)
    if status == Status.IN_FORCE:
        return manual | (automatic & ~expired & ~amended)
    raise ValueError(status)
