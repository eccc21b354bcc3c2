"""Images cost no shared-cache writes: Wagtail writes a rendition's entry on every ``{% image %}``, which in the
file cache (the embedded default) meant a file written and the cache folder listed per image; the member
directory (a coat of arms per member) spent half its time there. Renditions have a per-process cache of their
own, safe because its keys hold the image's file hash."""

from unittest import mock

import pytest
from django.core.cache import caches

from members.models import MemberPage
from tests.pictures import uploaded_image

pytestmark = pytest.mark.django_db


def test_a_page_full_of_images_writes_nothing_to_the_shared_cache(client):
    # The demo uploads no arms (a drawn stand-in would pretend); here every member has the arms editors upload.
    arms = uploaded_image("Herb")
    MemberPage.objects.update(coat_of_arms=arms)
    client.get("/czlonkowie/")
    shared = caches["default"]
    with mock.patch.object(type(shared), "set", autospec=True, side_effect=type(shared).set) as writes:
        html = client.get("/czlonkowie/").content.decode()
    assert html.count("<img") >= 10
    rendition_writes = [call for call in writes.call_args_list if str(call.args[1]).startswith("wagtail-rendition-")]
    assert rendition_writes == []
    assert caches["renditions"] is not shared
