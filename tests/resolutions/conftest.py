"""Fixtures of the resolutions tests: the demo register, the bodies and a factory for resolutions."""

import datetime
import itertools

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.demo.files import make_pdf, make_scanned_pdf
from members.models import StatutoryBody
from resolutions.models import ResolutionIndexPage, ResolutionPage, ResolutionRelation

_counter = itertools.count(100)


@pytest.fixture
def register(db):
    return ResolutionIndexPage.objects.get(locale__language_code="pl")


@pytest.fixture
def bodies(db):
    return {body.slug: body for body in StatutoryBody.objects.filter(locale__language_code="pl")}


def make_document(title, content):
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(f"{title.replace(' ', '_')}.pdf", ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


@pytest.fixture
def text_pdf(db):
    return make_document("Test tekstowy", make_pdf("Uchwała testowa", ["Zażółć gęślą jaźń: hipopotam fioletowy."]))


@pytest.fixture
def scanned_pdf(db):
    return make_document("Test skan", make_scanned_pdf())


@pytest.fixture
def make_resolution(register, bodies):
    """``make_resolution(body="zarzad", adopted="2030-01-05", publish=True, user=None, relations=[(kind, page)])``."""

    def factory(body="zarzad", adopted="2030-01-05", number=None, title=None, publish=True, user=None,
                relations=(), revision=True, **fields):
        adopted_on = datetime.date.fromisoformat(adopted) if isinstance(adopted, str) else adopted
        number = number or f"{next(_counter)}/{adopted_on.year}"
        seq = number.split("/")[0]
        page = ResolutionPage(
            title=title or f"w sprawie testowej sprawy numer {number}",
            slug=f"{body}-{adopted_on.year}-{seq}",
            number=number,
            body=bodies[body],
            adopted_on=adopted_on,
            change_note=fields.pop("change_note", "Utworzenie dokumentu"),
            relations=[ResolutionRelation(kind=kind, target=target) for kind, target in relations],
            live=not revision and publish,
            **fields,
        )
        register.add_child(instance=page)
        if revision:
            rev = page.save_revision(user=user)
            if publish:
                rev.publish(user=user)
            page.refresh_from_db()
        return page

    return factory
