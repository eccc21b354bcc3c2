"""Creating a page: nothing is written until the editor saves or publishes.

Wagtail 7's autosave also runs on the "new page" form, where it creates the page as a draft with the required
fields deferred: an editor whose publish was refused for an empty required field found an unwanted draft in the
listing. Here the first save is the editor's own (leaving with unsaved changes still asks for confirmation);
from then on the edit view autosaves as usual.
"""

from wagtail.admin.views.pages.create import CreateView


class NewPageView(CreateView):
    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)
