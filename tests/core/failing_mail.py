"""An e-mail backend that fails as an unreachable mail server does (for the tests of form notifications)."""

import smtplib

from django.core.mail.backends.base import BaseEmailBackend


class UnreachableMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPConnectError(421, "mail server unreachable")
