"""Uploaded images, served by the portal itself so that gunicorn alone is a complete server.

Only Wagtail's two image folders are served: ``original_images/`` (uploads) and ``images/`` (renditions).
Documents share MEDIA_ROOT but are never served from it; they go through Wagtail's document view, which
applies collections' privacy. Images are public in Wagtail (collections restrict documents only).
"""

from pathlib import Path

from django.conf import settings
from django.views.decorators.http import require_safe
from django.views.static import serve

IMAGE_FOLDERS = ("original_images", "images")  # Wagtail's upload_to of images and of renditions

# An uploaded SVG may carry scripts: the sandbox keeps it from running any or reaching the site's cookies.
IMAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; sandbox", "X-Content-Type-Options": "nosniff"}


@require_safe
def image_file(request, folder, path):
    """The file ``path`` inside the image folder ``folder`` of MEDIA_ROOT.

    Django's ``serve`` keeps the path inside that folder (``..`` cannot climb to the documents), guesses the
    content type and answers If-Modified-Since. A missing file is the portal's 404.
    """
    response = serve(request, path, document_root=Path(settings.MEDIA_ROOT) / folder)
    for header, value in IMAGE_HEADERS.items():
        response[header] = value
    if path.lower().endswith(".svg"):
        # Opened directly, an SVG is a document of this origin: download it instead. <img> ignores this header,
        # and never runs an image's scripts, so pages show it as before.
        response["Content-Disposition"] = "attachment"
    return response
