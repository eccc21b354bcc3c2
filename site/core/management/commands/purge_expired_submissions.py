"""``manage.py purge_expired_submissions``: delete form submissions kept longer than their form's retention period.

Each form page built on the consent base says how many months its submissions are kept
(``submission_retention_months``; a project counts from the close of its recruitment). Every deletion is written
into the page's history with the number removed. Run it daily from cron, e.g.
``15 3 * * * cd /srv/portal && .venv/bin/python manage.py purge_expired_submissions``.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log
from wagtail.models import Page

from core.models import ConsentEmailFormPage
from core.submissions import DELETED_ACTION


class Command(BaseCommand):
    help = "Delete the form submissions whose retention period has passed (logged in each page's history)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="only count what would be deleted")

    def handle(self, *args, **options):
        page_ids = FormSubmission.objects.values("page_id").distinct()
        total = 0
        for page in Page.objects.filter(pk__in=page_ids).specific():
            if not isinstance(page, ConsentEmailFormPage):
                continue
            expired = page.expired_submissions()
            count = expired.count()
            if not count:
                continue
            total += count
            self.stdout.write(f"{page.title}: {count} submission(s) past {page.submission_retention_months} months")
            if not options["dry_run"]:
                with transaction.atomic():
                    expired.delete()
                    log(instance=page, action=DELETED_ACTION, data={"count": count, "reason": "retention"})
        verb = "would be deleted" if options["dry_run"] else "deleted"
        self.stdout.write(f"{total} submission(s) {verb}")
