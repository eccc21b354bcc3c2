"""The resolutions register (rejestr uchwał): the register page and one page per resolution.

Design notes:
- A resolution is a page under the register, so it has revisions, drafts, scheduled publishing, workflows
  and previews. Its public URL is ``<register>/<body slug>/<year>/<number>/`` everywhere (``get_url_parts``);
  the register routes it, and the slug path under the register answers with a permanent redirect to it.
- Its status is derived at read time from stored dates (``enums.status_of``): ``repealed_on`` / ``amended_on``
  hold the date on which the earliest *published* repealing / amending resolution enters into force. They are
  refreshed whenever a resolution is published or unpublished (see ``signals.py``), so no editor has to touch
  the old resolution.
- The text of every PDF (the main document and each attachment) is extracted (``pdf_text.py``) when the
  document is attached (form validation or save), never on a visitor's request. It is stored (``document_text``,
  and ``ResolutionAttachment.text`` per attachment, gathered in the page's ``attachments_text``) and indexed for
  the site search. A PDF without a text layer is flagged (``document_is_scan``, ``ResolutionAttachment.is_scan``,
  and ``has_scan`` for the admin listing's filter).
- BIP metadata: ``produced_by`` (wytworzył), ``responsible`` (odpowiada), ``produced_on``; the change register
  comes from the page's publish log entries: each row names the author of the revision that went public (who
  entered it, not who approved it) and that revision's ``change_note``; "wprowadził" is the first row's author.
- Approving in the workflow publishes, so the workflow's task (``approval.py``) shows what goes public first.
"""

from ..enums import FIRST_CHANGE_NOTE, NUMBER_RE, RelationKind, Status, status_of, status_q
from ..permissions import (
    PUBLISHERS_GROUP,
    ResolutionIndexPermissionTester,
    ResolutionPermissionTester,
    is_publisher,
)
from .approval import ResolutionApprovalTask
from .attachments import ResolutionAttachment
from .register import ResolutionIndexPage
from .relations import ResolutionRelation
from .resolution import ResolutionPage, ResolutionPageForm

__all__ = [
    "FIRST_CHANGE_NOTE",
    "NUMBER_RE",
    "PUBLISHERS_GROUP",
    "RelationKind",
    "ResolutionApprovalTask",
    "ResolutionAttachment",
    "ResolutionIndexPage",
    "ResolutionIndexPermissionTester",
    "ResolutionPage",
    "ResolutionPageForm",
    "ResolutionPermissionTester",
    "ResolutionRelation",
    "Status",
    "is_publisher",
    "status_of",
    "status_q",
]
