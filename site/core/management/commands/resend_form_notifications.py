"""``manage.py resend_form_notifications``: send the e-mails about form submissions that could not be sent.

A submission is stored even when the mail server is down; its notification text waits in the submission
(``pending_notification``) until this command sends it. Run it from cron, e.g. every 15 minutes.
"""

from django.core.management.base import BaseCommand
from wagtail.contrib.forms.models import FormSubmission

from core.models import ConsentEmailFormPage
from core.models.forms import PENDING_NOTIFICATION_FIELD


class Command(BaseCommand):
    help = "Send the notifications of form submissions that failed to send earlier."

    def handle(self, *args, **options):
        pending = FormSubmission.objects.filter(form_data__has_key=PENDING_NOTIFICATION_FIELD)
        sent = failed = 0
        for submission in pending.select_related("page").iterator():
            page = submission.page.specific
            if not isinstance(page, ConsentEmailFormPage):
                continue
            try:
                if page.resend_notification(submission):
                    sent += 1
            except OSError as error:  # smtplib's errors are OSErrors; the server is still down
                failed += 1
                self.stderr.write(f"submission {submission.pk}: {error}")
        self.stdout.write(f"{sent} notification(s) sent, {failed} still pending")
