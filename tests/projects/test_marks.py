"""The EU funding marks: the programme holds the official strip (horizontal and vertical), the project page shows
it right under the title as a <picture>, and the demo draws only the signs whose geometry is published."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.models import GroupCollectionPermission
from wagtail.users.models import UserProfile

from projects.demo_marks import co_funded_strip
from projects.models import FundingProgramme

pytestmark = pytest.mark.django_db


def strip_of(html):
    match = re.search(r'<div class="project-marks">.*?</div>', html, re.S)
    assert match, "no marks strip on the page"
    return match.group(0)


@pytest.mark.parametrize("fixture", ["seed_project", "open_project", "seed_project_en"])
def test_the_strip_is_the_first_thing_after_the_title(client, request, fixture):
    page = request.getfixturevalue(fixture)
    html = client.get(page.url).content.decode()
    assert re.search(r"</h1>\s*<div class=\"project-marks\">", html), "the strip does not follow the H1"
    strip = strip_of(html)
    # the vertical file for narrow screens, the horizontal one otherwise
    source = re.search(r'<source media="\(max-width: 40em\)" srcset="([^"]+)"', strip)
    image = re.search(r'<img class="project-marks__image" src="([^"]+)" alt="([^"]+)"', strip)
    assert "<picture" in strip and source and image
    assert source.group(1) != image.group(1)
    assert source.group(1).endswith(".svg") and image.group(1).endswith(".svg")


def test_the_alt_text_names_the_drawn_signs_in_order(client, open_project, seed_project_en):
    alt = re.search(r'alt="([^"]+)"', strip_of(client.get(open_project.url).content.decode())).group(1)
    assert alt.index("Rzeczypospolitej Polskiej") < alt.index("Dofinansowane przez Unię Europejską")
    english = re.search(r'alt="([^"]+)"', strip_of(client.get(seed_project_en.url).content.decode())).group(1)
    assert "European Union" in english


def test_the_demo_draws_the_eu_emblem_and_the_polish_colours_and_nothing_it_may_not():
    for vertical in (False, True):
        svg = co_funded_strip(vertical=vertical).decode()
        assert svg.count('fill="#FFCC00"') == 12  # twelve gold stars
        assert 'fill="#003399"' in svg and "Dofinansowane przez" in svg and "Unię Europejską" in svg
        assert 'fill="#DC143C"' in svg and "Rzeczpospolita" in svg
        # the Fundusze Europejskie sign and the voivodeship's sign come only from the official files
        assert "Fundusze Europejskie" not in svg and "Śląsk" not in svg


def test_a_programme_without_a_vertical_file_shows_the_horizontal_one_alone(client, open_project):
    programme = open_project.programme
    programme.mark_strip_vertical = None
    programme.save()
    strip = strip_of(client.get(open_project.url).content.decode())
    assert "<source" not in strip and 'class="project-marks__image"' in strip


@pytest.fixture
def sekretariat(django_user_model):
    user = django_user_model.objects.create_user("sekretariat-znaki", password="haslo-sekretariatu-1")
    user.groups.add(Group.objects.get(name="Sekretariat"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "pl"
    profile.save()
    return user


def test_the_office_uploads_the_official_files_on_the_programme(client, sekretariat, open_project):
    client.force_login(sekretariat)
    programme = open_project.programme
    edit_url = f"/admin/snippets/projects/fundingprogramme/edit/{programme.pk}/"
    form = client.get(edit_url, HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    # the help says which files to upload, from where, and in what order
    assert "Zestawienia znaków" in form and "funduszeue.slaskie.pl" in form
    assert form.index("znak Funduszy Europejskich") < form.index("barwy Rzeczypospolitej Polskiej")
    assert form.index("barwy Rzeczypospolitej Polskiej") < form.index("Dofinansowane przez Unię Europejską")
    assert "wersja pionowa" in form

    # an image uploaded through the admin by the office (not a superuser)
    collection = GroupCollectionPermission.objects.filter(
        group__name="Sekretariat", permission__codename="add_image"
    ).first().collection
    uploaded = {}
    for name in ("oficjalne-poziomo.svg", "oficjalne-pionowo.svg"):
        content = co_funded_strip(vertical="pionowo" in name) + f"<!-- {name} -->".encode()
        response = client.post(
            "/admin/images/add/",
            {"title": name, "file": ContentFile(content, name=name), "collection": collection.pk},
        )
        assert response.status_code == 302, response.context["form"].errors
        uploaded[name] = get_image_model().objects.get(title=name)
    horizontal, vertical = uploaded["oficjalne-poziomo.svg"], uploaded["oficjalne-pionowo.svg"]

    data = {
        "name": programme.name, "period": programme.period, "fund": programme.fund, "notice": programme.notice,
        "mark_strip": horizontal.pk, "mark_strip_vertical": vertical.pk,
        "mark_strip_alt": "Znak Funduszy Europejskich dla Śląskiego, barwy Rzeczypospolitej Polskiej, znak Unii "
        "Europejskiej z napisem Dofinansowane przez Unię Europejską, herb Województwa Śląskiego",
    }
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    programme.refresh_from_db()
    assert (programme.mark_strip_id, programme.mark_strip_vertical_id) == (horizontal.pk, vertical.pk)

    client.logout()
    strip = strip_of(client.get(open_project.url).content.decode())
    assert "oficjalne-pionowo" in strip and "oficjalne-poziomo" in strip and "herb Województwa Śląskiego" in strip


def test_the_readme_tells_the_office_which_files_to_upload():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    assert "Zestawienia znaków" in readme and "wersja pionowa" in readme


def test_every_programme_has_both_demo_files():
    for programme in FundingProgramme.objects.filter(locale__language_code="pl"):
        assert programme.mark_strip_id and programme.mark_strip_vertical_id
