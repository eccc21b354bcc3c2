"""The address a request comes from, as far as the portal can trust it, and a pseudonym for it.

Behind a reverse proxy every request comes from the proxy: ``PORTAL_PROXY_COUNT`` (settings, from the
environment) says how many proxies of the deployment append to ``X-Forwarded-For``; the address that many
places from the right is the client's. With no proxy configured the header is ignored, since anyone can send it.
"""

import hashlib

from django.conf import settings


def client_address(request):
    """The client's IP address (a string, possibly empty)."""
    proxies = int(getattr(settings, "PORTAL_PROXY_COUNT", 0) or 0)
    if proxies > 0:
        chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(chain) >= proxies:
            return chain[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_pseudonym(request):
    """A keyed hash of the client's address: enough to count one sender's submissions, not to tell who it was."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode())
    return digest.hexdigest()[:32]
