"""The fixed choices of the members app: kinds of member, heads' titles, roles in a body and the state of a term.

Each is a Django choices class, so the stored value, its label and the list an admin field offers are one thing.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberType(models.TextChoices):
    """The kinds of local government that can be members."""

    CITY_COUNTY = "miasto-na-prawach-powiatu", _("miasto na prawach powiatu")
    POWIAT = "powiat", _("powiat")
    URBAN = "gmina-miejska", _("gmina miejska")
    URBAN_RURAL = "gmina-miejsko-wiejska", _("gmina miejsko-wiejska")
    RURAL = "gmina-wiejska", _("gmina wiejska")


class HeadTitle(models.TextChoices):
    """The title of the head of a member's office."""

    PRESIDENT = "prezydent", _("Prezydent")
    MAYOR = "burmistrz", _("Burmistrz")
    WOJT = "wojt", _("Wójt")
    STAROSTA = "starosta", _("Starosta")


class Role(models.IntegerChoices):
    """A person's role in a body; the numbers give the order on the page."""

    CHAIR = 1, _("Przewodniczący")
    DEPUTY = 2, _("Zastępca Przewodniczącego")
    MEMBER = 3, _("Członek")


class TermStatus(models.TextChoices):
    """Where a term stands on a given day, derived from its dates (never stored); the label is the public badge."""

    CURRENT = "current", _("kadencja bieżąca")
    ARCHIVED = "archived", _("kadencja zakończona")
    UPCOMING = "upcoming", _("kadencja przyszła")


class MapArea(models.TextChoices):
    """The six counties drawn on the members' map (``members/data/subregion-powiaty.geojson``). A county or a
    city with county rights names its own area; a gmina is drawn in its county's."""

    POWIAT_RACIBORSKI = "powiat-raciborski", _("powiat raciborski")
    POWIAT_RYBNICKI = "powiat-rybnicki", _("powiat rybnicki")
    POWIAT_WODZISLAWSKI = "powiat-wodzislawski", _("powiat wodzisławski")
    RYBNIK = "rybnik", _("Rybnik")
    JASTRZEBIE_ZDROJ = "jastrzebie-zdroj", _("Jastrzębie-Zdrój")
    ZORY = "zory", _("Żory")
