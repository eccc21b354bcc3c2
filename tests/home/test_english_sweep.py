"""Every English page speaks of the association in English: no page of the English sitemap (nor the English
states the sitemap does not list: project tabs, search results, the 404 page) shows the Polish organisation name,
the Polish short name or a Polish description of the sharing image, in the frame or in its own text (the office's
contact card, a resolution's BIP record, the accessibility statement's statutory sentences, the structured data,
the sharing tags). The English texts come from the settings' English tab, so an editor changes them in one place.

The language switcher's link to the Polish page is the one place Polish may appear on an English page: it names
the Polish page in Polish, for Polish readers. It is cut out before the check; none of the Polish texts checked
here is in it today, but a Polish page titled with the association's name would be, rightly.
"""

import re
from urllib.parse import urlparse

import pytest
from django.test import Client
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.models import SiteSettings
from tests.accessibility.pages import NOT_IN_SITEMAP

pytestmark = pytest.mark.django_db

SHARING_IMAGE_TITLE = "Rynek w Rybniku, widok z ratusza"


def english_paths():
    xml = Client().get("/sitemap.xml").content.decode()
    paths = [urlparse(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", xml)]
    english = [path for path in paths if path.startswith("/en/")]
    return english + [path for path in NOT_IN_SITEMAP if path.startswith("/en/")]


def without_language_switcher(html):
    """The page without the switcher's list of other languages (see the module's docstring)."""
    return re.sub(r'<nav class="language-switcher".*?</nav>', "", html, flags=re.S)


def polish_texts(settings):
    texts = {
        "the Polish organisation name": settings.organisation_name,
        "the Polish short name": settings.short_name,
        "the Polish alternative text of the mark": settings.mark_alt,
        "the Polish alternative text of the sharing image": settings.share_image_alt,
    }
    assert all(texts.values()), "the demo fills in every Polish text"
    return texts


def polish_on_english_pages(texts):
    found = []
    client = Client()
    paths = english_paths()
    assert len(paths) > 40, paths  # the whole English site, not a stray page
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        html = without_language_switcher(response.content.decode())
        assert 'lang="en"' in html[:300], path
        found += [f"{path}: {name} ({text!r})" for name, text in texts.items() if text in html or escape(text) in html]
    return found


def test_english_pages_never_name_the_association_in_polish():
    settings = SiteSettings.load()
    problems = polish_on_english_pages(polish_texts(settings))
    assert not problems, "\n".join(problems)


def test_english_pages_describe_the_chosen_sharing_image_in_english():
    """With a sharing image chosen in the settings (the demo has none: pages share the mark), its English
    description is in the sharing tags and neither its Polish description nor its (Polish) title is anywhere."""
    settings = SiteSettings.load()
    settings.share_image = get_image_model().objects.create(
        title=SHARING_IMAGE_TITLE, file=get_test_image_file(size=(1200, 630))
    )
    # not committed: until the test's transaction ends, this process reads the layout from the database
    settings.save()
    texts = polish_texts(settings) | {"the sharing image's Polish title": SHARING_IMAGE_TITLE}
    problems = polish_on_english_pages(texts)
    assert not problems, "\n".join(problems)
    html = Client().get("/en/").content.decode()
    assert f'<meta property="og:image:alt" content="{escape(settings.share_image_alt_en)}">' in html
    assert f'<meta name="twitter:image:alt" content="{escape(settings.share_image_alt_en)}">' in html
    polish = Client().get("/").content.decode()
    assert f'<meta property="og:image:alt" content="{escape(settings.share_image_alt)}">' in polish
