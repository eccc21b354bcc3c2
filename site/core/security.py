"""The Content-Security-Policy of every response, chosen by what the response is.

- Public pages: only this site's own scripts, styles, fonts and images; no inline script or style, no
  plugins, no framing by other sites (``PUBLIC_POLICY`` in settings, applied by django-csp).
- The admin (``/admin/``): Wagtail 7.4 still renders inline scripts in choosers, date pickers and inline
  panels and sets inline styles, so its policy allows inline code, but nothing from another origin
  (``ADMIN_POLICY``); the browser tests open its edit views and fail on any violation the console reports.
- Uploaded files: served images set their own sandboxing policy (``core.media``); documents served by Wagtail's
  document view get ``default-src 'none'; sandbox`` — except a PDF shown inline, which keeps Wagtail's
  ``default-src 'none'``: browsers refuse to start their PDF viewer in a sandboxed document ("blocked by
  Chrome"), and the viewer runs in a process of its own, with no access to the portal's origin.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

HEADER = "Content-Security-Policy"
DOCUMENT_POLICY = "default-src 'none'; sandbox"
INLINE_PDF_POLICY = "default-src 'none'"


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's policy under ``/admin/`` and sandboxed document downloads."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            return PolicyParts(settings.ADMIN_CONTENT_SECURITY_POLICY, parts.update, parts.replace, parts.nonce)
        return parts

    def process_response(self, request, response):
        if request.path_info.startswith("/documents/") and response.status_code == 200:
            inline_pdf = response.get("Content-Type", "").startswith("application/pdf") and \
                not response.get("Content-Disposition", "").startswith("attachment")
            response[HEADER] = INLINE_PDF_POLICY if inline_pdf else DOCUMENT_POLICY
            response["X-Content-Type-Options"] = "nosniff"
            return response
        return super().process_response(request, response)
