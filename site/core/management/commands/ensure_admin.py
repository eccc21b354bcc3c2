"""``manage.py ensure_admin``: make sure the ``admin`` account exists and print how to log in.

The password comes from ``ADMIN_PASSWORD`` if set; otherwise one is generated once and kept in
``var/admin-password`` (git-ignored), so every later run prints the same login.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser if missing and print the site and admin addresses with the login."

    def add_arguments(self, parser):
        parser.add_argument("--port", default=os.environ.get("PORT", "8000"))

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "admin-password"
        password = os.environ.get("ADMIN_PASSWORD")
        if not password and password_file.exists():
            password = password_file.read_text().strip()
        if not password:
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)

        User = get_user_model()
        user = User.objects.filter(username="admin").first()
        if user is None:
            User.objects.create_superuser("admin", "admin@subregion.pl", password, first_name="Administrator")
            status = "created"
        elif os.environ.get("ADMIN_PASSWORD") or not user.has_usable_password():
            user.set_password(password)
            user.save(update_fields=["password"])
            status = "password set from ADMIN_PASSWORD"
        elif user.check_password(password):
            status = "exists"
        else:
            password = "(changed by you; unchanged here: set ADMIN_PASSWORD to reset it)"
            status = "exists"

        base = f"http://127.0.0.1:{options['port']}"
        self.stdout.write(
            "\n"
            f"  Site (Polish):   {base}/\n"
            f"  Site (English):  {base}/en/\n"
            f"  Admin:           {base}/admin/\n"
            f"  Login:           admin / {password}   (account {status})\n"
        )
