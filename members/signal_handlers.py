"""People are found by their seats (``Person.roles_text``: role, body, office held, member represented), so a
change to any of those reindexes the people it names: a seat added, changed or removed, a body renamed, a term
moved to another body, a member page renamed and published."""

from wagtail.search import index

from .models import Person


def reindex_people(people):
    for person in people:
        index.insert_or_update_object(person)


def seat_changed(sender, instance, **kwargs):
    if instance.person_id and not kwargs.get("raw"):
        index.insert_or_update_object(instance.person)


def body_saved(sender, instance, created=False, raw=False, **kwargs):
    """A body renamed (its Polish or English name): the people with a seat in any of its terms."""
    if not created and not raw:
        reindex_people(Person.objects.filter(memberships__term__body=instance).distinct())


def term_saved(sender, instance, created=False, raw=False, **kwargs):
    if not created and not raw:
        reindex_people(Person.objects.filter(memberships__term=instance).distinct())


def member_published(sender, instance, **kwargs):
    """A member page published (perhaps under a new name): the people who represent it."""
    reindex_people(Person.objects.filter(memberships__member_id=instance.pk).distinct())

