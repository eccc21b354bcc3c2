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


def save_screenshot(png, path):
    """A browser's screenshot saved for reviewers as a 256-colour PNG at ``path`` (small in git). Written beside it
    and moved into place, so a run beside this one (CI runs SQLite and PostgreSQL side by side) never reads a
    half-written picture."""
    import os
    from io import BytesIO

    from PIL import Image

    picture = Image.open(BytesIO(png)).convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    picture.save(partial, format="PNG", optimize=True)
    os.replace(partial, path)


def take_screenshot(tab, **options):
    """``tab.screenshot(**options)``, asked again when Chromium answers 'Unable to capture screenshot'.

    Under load (CI runs two browsers side by side) Chromium's compositor now and then produces no frame for a
    capture and says so with that error, which is about the browser, not the page (seen once in CI, on the
    design screenshots). The capture is asked for again after the next frames, three times at most, so a page that
    can really not be captured still fails its test."""
    from playwright.sync_api import Error

    for attempt in range(3):
        try:
            return tab.screenshot(**options)
        except Error as error:
            if "Unable to capture screenshot" not in str(error) or attempt == 2:
                raise
            tab.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
