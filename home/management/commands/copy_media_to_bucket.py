"""Copies the media of a site that started on the local disk (MEDIA_ROOT) to the
object store now configured (AWS_STORAGE_BUCKET_NAME). Each file keeps its name, so the
database needs no change. Safe to run again and to interrupt: a file already in the
bucket with the same size is skipped."""

from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Copy local media (MEDIA_ROOT) to the configured S3-compatible bucket."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only list what would be copied."
        )

    def handle(self, *args, dry_run=False, **options):
        if not settings.MEDIA_ON_OBJECT_STORAGE and not hasattr(default_storage, "bucket_name"):
            raise CommandError(
                "Media are on the local disk: set AWS_STORAGE_BUCKET_NAME (and the "
                "endpoint and keys) to the bucket to copy them to."
            )
        root = Path(settings.MEDIA_ROOT)
        if not root.is_dir():
            raise CommandError(f"No media folder at {root}.")
        try:
            copied, skipped = self.copy(root, dry_run)
        except OSError as error:  # the store does not answer, or refuses
            raise CommandError(
                f"The bucket did not answer or refused a file ({error}). What was copied "
                "stays; run the command again to go on."
            ) from error
        except KeyboardInterrupt:
            raise CommandError(
                "Interrupted. What was copied stays; run the command again to go on."
            ) from None
        verb = "Would copy" if dry_run else "Copied"
        self.stdout.write(f"{verb} {copied} files; {skipped} already there.")

    def copy(self, root, dry_run):
        copied = skipped = 0
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            name = path.relative_to(root).as_posix()
            if default_storage.exists(name) and default_storage.size(name) == path.stat().st_size:
                skipped += 1
                continue
            self.stdout.write(f"{'Would copy' if dry_run else 'Copying'} {name}")
            if not dry_run:
                with path.open("rb") as handle:
                    # _save keeps the exact name (save() would add a suffix to a name
                    # that exists with another size, e.g. after an interrupted copy).
                    default_storage._save(name, File(handle, name=name))
            copied += 1
        return copied, skipped
