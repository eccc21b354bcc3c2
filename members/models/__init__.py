"""Members of the association (the directory "Członkowie") and its statutory bodies (the section "Władze").

- ``people``: ``Person``, kept once (a snippet with revisions and draft state).
- ``authorities``: the statutory bodies, their terms and compositions, and the authorities page.
- ``directory``: the member directory and member pages, and ``member_totals()`` for other sections.
The choices (member types, titles, roles, term states) live in ``members.enums`` and are re-exported here.
"""

from ..enums import HeadTitle, MemberType, Role, TermStatus
from .authorities import AuthoritiesPage, Membership, StatutoryBody, Term, TermQuerySet
from .directory import GMINA_TYPES, POWIAT_TYPES, MemberIndexPage, MemberPage, member_totals
from .people import Person

__all__ = [
    "GMINA_TYPES", "POWIAT_TYPES", "AuthoritiesPage", "HeadTitle", "MemberIndexPage", "MemberPage", "MemberType",
    "Membership", "Person", "Role", "StatutoryBody", "Term", "TermQuerySet", "TermStatus", "member_totals",
]
