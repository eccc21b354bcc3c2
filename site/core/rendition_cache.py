"""The per-process cache of image renditions (``CACHES["renditions"]``), without writing back what was just read.

Wagtail's ``Image.get_rendition`` (every ``{% image %}``) writes the rendition into this cache each time, even
when it has just found it among the renditions prefetched with the image (it marks those ``_from_cache``, and
its own ``get_renditions`` skips them for that reason). A write pickles the rendition with its image: the member
directory, a coat of arms per member, spent about a tenth of its time there. Here such a rendition is written
only when its key is not in the cache yet; the key holds the image's file hash, focal point and filter, so the
entry already there describes the same file (Wagtail deletes the entry when it deletes a rendition).
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class RenditionCache(LocMemCache):
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if getattr(value, "_from_cache", False) and self.has_key(key, version=version):
            return
        super().set(key, value, timeout, version)
