"""Deletes sign-ups older than SIGNUP_RETENTION_DAYS, as the privacy page promises.
Run it once a day (see the README), e.g. from cron or a scheduled job."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from home.signups.retention import delete_expired


class Command(BaseCommand):
    help = "Delete school and company sign-ups older than SIGNUP_RETENTION_DAYS."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only say how many would be deleted."
        )

    def handle(self, *args, dry_run=False, **options):
        counts = delete_expired(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        with translation.override("en"):  # for the logs, whatever language is active
            for model, count in counts.items():
                self.stdout.write(
                    f"{verb} {count} {model._meta.verbose_name_plural}, received more than "
                    f"{settings.SIGNUP_RETENTION_DAYS} days ago."
                )
