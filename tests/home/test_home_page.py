"""The home page leads a visitor in: a hero with the association's purpose (not the header's name again), the
top tasks editors choose, open calls as a callout, news with a picture only where one was uploaded, and the
latest resolutions as a compact list with number, body and date."""

import re

import pytest

from home.models import HomePage, NewsPage
from tests.pictures import uploaded_image

pytestmark = pytest.mark.django_db


def main_of(html):
    return html.split("<main", 1)[1]


@pytest.mark.parametrize("path, heading, tasks", [
    ("/", "Wspólnie rozwijamy Subregion Zachodni",
     [("/uchwaly/", "Uchwały"), ("/projekty/", "Nabory i projekty"), ("/biuro/", "Biuro i kontakt"),
      ("/czlonkowie/", "Członkowie")]),
    ("/en/", "Developing the Western Subregion together",
     [("/en/resolutions/", "Resolutions"), ("/en/projects/", "Calls and projects"), ("/en/office/", "Office and contact"),
      ("/en/members/", "Members")]),
])
def test_hero_states_the_purpose_and_leads_to_the_top_tasks(client, path, heading, tasks):
    main = main_of(client.get(path).content.decode())
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S).group(1).strip()
    assert h1 == heading
    assert h1 != HomePage.objects.get(locale__language_code=path.strip("/") or "pl").title  # the header's name
    found = re.findall(r'<a class="top-tasks__link" href="([^"]+)"><span class="top-tasks__label">([^<]+)</span>'
                       r'<span class="top-tasks__description">[^<]+</span>', main)
    assert found == tasks


def test_top_task_without_label_shows_the_page_title_and_a_draft_page_is_left_out(client):
    home = HomePage.objects.get(locale__language_code="pl", depth=2)
    tasks = list(home.top_tasks.all())
    tasks[0].label = ""
    tasks[0].save()
    tasks[1].page.unpublish()
    main = main_of(client.get("/").content.decode())
    labels = re.findall(r'<span class="top-tasks__label">([^<]+)</span>', main)
    assert labels[0] == tasks[0].page.title and "Nabory i projekty" not in labels and len(labels) == 3


def test_open_calls_are_a_callout(client):
    main = main_of(client.get("/").content.decode())
    assert re.search(r'<section class="callout home-calls"[^>]*>\s*<h2[^>]*>Trwające nabory do projektów</h2>', main)


def test_news_shows_a_picture_only_where_one_was_uploaded(client):
    main = main_of(client.get("/").content.decode())
    news = re.search(r'<ul class="collection-list home-news">(.*?)</ul>', main, re.S).group(1)
    assert news.count("<article") == 3 and "<img" not in news and news.count("<time") == 3
    assert news.count('class="collection-item__lead"') == 3
    item = NewsPage.objects.filter(locale__language_code="pl").order_by("-date").first()
    item.image, item.image_alt = uploaded_image("Sala obrad"), "Sala obrad"
    item.save_revision().publish()
    news = re.search(r'<ul class="collection-list home-news">(.*?)</ul>', main_of(client.get("/").content.decode()), re.S).group(1)
    assert news.count("<img") == 1 and news.count("card--with-image") == 1 and 'alt="Sala obrad"' in news


def test_latest_resolutions_are_a_compact_list_with_number_body_and_date(client):
    main = main_of(client.get("/").content.decode())
    items = re.findall(r'<li class="home-resolution">(.*?)</li>', main, re.S)
    assert len(items) == 5
    for item in items:
        assert re.search(r'class="home-resolution__link"[^>]*>Uchwała nr [^<]+ – [^<]+</a>', item)
        assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">', item)
        assert re.search(r'class="home-resolution__title">[^<]+<', item)


def test_editors_choose_the_hero_and_top_tasks_in_the_admin(admin_client):
    home = HomePage.objects.get(locale__language_code="pl")
    html = admin_client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert 'name="hero_heading"' in html and 'name="top_tasks-TOTAL_FORMS"' in html
    assert 'value="Wspólnie rozwijamy Subregion Zachodni"' in html
