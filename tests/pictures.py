"""Pictures as editors upload them: the demo ships none (a generated picture would pretend to be a real one),
so tests that need images upload them here."""

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file


def uploaded_image(title="Zdjęcie"):
    """A real (small PNG) image in the image library, as an editor's upload leaves it."""
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def upload_some_pictures():
    """One news item and one member (both languages) get an uploaded picture, so a page's query count includes
    the renditions' query from the start, as on a site whose editors uploaded photos and arms."""
    from home.models import NewsPage
    from members.models import MemberPage

    NewsPage.objects.filter(slug__in=["nowe-wladze-zwiazku-2024-2029", "new-authorities-2024-2029"]).update(
        image=uploaded_image("Zdjęcie z obrad"), image_alt="Sala obrad")
    MemberPage.objects.filter(slug="gaszowice").update(coat_of_arms=uploaded_image("Herb Gaszowic"))
