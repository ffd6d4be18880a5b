"""Copies the media of a site that started on the local disk (MEDIA_ROOT) to the
object store now configured (AWS_STORAGE_BUCKET_NAME). Each file keeps its name, so the
database needs no change. Safe to run again and to interrupt: a file already in the
bucket with the same content is skipped; one whose content differs (even at the same
size) is copied again. Each copy carries its sha256 in the object's metadata; an object
without it is compared by its ETag (the MD5 of the file, or of its parts)."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

SHA256_METADATA = "sha256"


def fingerprint(path, part_size, multipart_threshold):
    """The file's sha256 and the ETag S3 gives it when uploaded with these part sizes:
    the MD5 of a file sent in one piece, or the MD5 of its parts' MD5s and "-<parts>"."""
    sha256 = hashlib.sha256()
    whole = hashlib.md5(usedforsecurity=False)
    parts = []
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(part_size), b""):
            sha256.update(chunk)
            whole.update(chunk)
            parts.append(hashlib.md5(chunk, usedforsecurity=False).digest())
    if path.stat().st_size < multipart_threshold:
        etag = whole.hexdigest()
    else:
        etag = f"{hashlib.md5(b''.join(parts), usedforsecurity=False).hexdigest()}-{len(parts)}"
    return sha256.hexdigest(), etag


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
        transfer = default_storage.transfer_config
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            name = path.relative_to(root).as_posix()
            sha256, etag = fingerprint(
                path, transfer.multipart_chunksize, transfer.multipart_threshold
            )
            if self.already_there(name, path.stat().st_size, sha256, etag):
                skipped += 1
                continue
            self.stdout.write(f"{'Would copy' if dry_run else 'Copying'} {name}")
            if not dry_run:
                with path.open("rb") as handle:
                    file = File(handle, name=name)
                    file.object_metadata = {SHA256_METADATA: sha256}
                    # _save keeps the exact name (save() would add a suffix to a name
                    # that exists with other content, e.g. after an interrupted copy).
                    default_storage._save(name, file)
            copied += 1
        return copied, skipped

    def already_there(self, name, size, sha256, etag):
        stored = default_storage.stored_object(name)
        if stored is None or stored["ContentLength"] != size:
            return False
        if SHA256_METADATA in stored.get("Metadata", {}):
            return stored["Metadata"][SHA256_METADATA] == sha256
        # Put there some other way (by the site, or an earlier version of this command):
        # the ETag, when it is the MD5 that S3 gives unencrypted objects.
        return stored.get("ETag", "").strip('"') == etag
