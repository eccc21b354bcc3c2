"""Fixtures of the projects tests: the two demo projects and their English translations."""

import pytest

from projects.models import ProjectPage


@pytest.fixture
def seed_project(db):
    return ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")


@pytest.fixture
def open_project(db):
    return ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")


@pytest.fixture
def seed_project_en(seed_project):
    return seed_project.get_translation(seed_project.get_translations().get(locale__language_code="en").locale)
