"""The people who sit or sat in the statutory bodies, each kept once and linked from every seat they hold."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import DraftStateMixin, RevisionMixin
from wagtail.search import index

from core.search_text import SearchTermsMixin


class Person(SearchTermsMixin, DraftStateMixin, RevisionMixin, index.Indexed, models.Model):
    """A person who sits or sat in a statutory body. Kept once and linked from every term they belong to.

    Not translatable: a name is the same in every language, and what is said about the person in a language
    (role, office held) belongs to the seat, which is translated with its term (``Membership``).
    """

    first_name = models.CharField(_("imię"), max_length=80)
    last_name = models.CharField(_("nazwisko"), max_length=120)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="person")

    panels = [FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")])]
    search_fields = [
        index.SearchField("first_name"), index.SearchField("last_name"), index.AutocompleteField("last_name"),
        index.SearchField("roles_text"), index.SearchField("search_terms"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("osoba")
        verbose_name_plural = _("osoby")

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def roles_text(self):
        """The person's seats as the person page lists them (role, body, office held, member), for search, in
        every language: the seats of every locale (a translated term has its own rows) and every translation
        of their bodies, so "Zarząd" and "Management Board" both find a member of the board."""
        seats = list(self.memberships.select_related("term__body", "member"))
        if not seats:
            return ""
        keys = {seat.term.body.translation_key for seat in seats}
        bodies = {}
        for body in type(seats[0].term.body).objects.filter(translation_key__in=keys):
            bodies.setdefault(body.translation_key, []).append(body.name)
        return " ".join(
            f"{seat.get_role_display()} {' '.join(bodies.get(seat.term.body.translation_key, []))} "
            f"{seat.public_office} {seat.member.title if seat.member else ''}"
            for seat in seats
        )

    @property
    def revisions(self):
        return self._revisions
