"""Media on S3-compatible object storage (AWS S3, MinIO, Ceph, Hetzner, DigitalOcean
Spaces...), switched on by AWS_STORAGE_BUCKET_NAME (site/settings/base.py).

One bucket holds everything under the key prefix AWS_LOCATION. Images and their
renditions (`images/`, `original_images/`) are public: they are uploaded readable by
anyone and their addresses are plain, stable URLs (on AWS_S3_CUSTOM_DOMAIN, a CDN, when
set), worked out without asking the store, and never used again for another file.
Documents (`documents/`: handouts, films, captions) are private: nobody can fetch them
by their key, and the site hands out a signed address that expires after
AWS_QUERYSTRING_EXPIRE seconds (films and sound: AWS_QUERYSTRING_EXPIRE_MEDIA), only
from /documents/<id>/<name> after its permission check (resources.views.serve_document)."""

import hashlib
import logging
import mimetypes
import posixpath
import time
import unicodedata
from urllib.parse import quote

from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    ReadTimeoutError,
)
from django.conf import settings
from django.core.cache import cache
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

logger = logging.getLogger(__name__)
# Errors that mean the store is not there (rather than refusing one request).
UNANSWERED = (
    EndpointConnectionError,
    ConnectTimeoutError,
    ReadTimeoutError,
    ConnectionClosedError,
)
PAUSE_SECONDS = 30
# The name Wagtail gives the placeholder of a rendition it could not make: a stable
# (broken) image address, never a signed one that would expire in a kept page.
MISSING_IMAGE = "not-found"
PUBLIC_PREFIXES = ("images/", "original_images/")
MB = 1024 * 1024
DEFAULT_MEDIA_EXPIRE = 4 * 60 * 60  # site/settings/base.py: AWS_QUERYSTRING_EXPIRE_MEDIA
# How long a name handed out for an upload stays claimed: far longer than the app takes
# to write the file to the store (the browser's upload is over before it starts); after
# that the object itself (exists()) keeps the name taken.
NAME_CLAIM_SECONDS = 60 * 60
# Python's table does not know every type the site stores on every system.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
    "avif": "image/avif",
}


def content_type_for(name):
    extension = posixpath.splitext(name)[1].lstrip(".").lower()
    return (
        settings.WAGTAILDOCS_CONTENT_TYPES.get(extension)
        or CONTENT_TYPES.get(extension)
        or mimetypes.guess_type(name)[0]
        or "application/octet-stream"
    )


def content_disposition_for(name):
    """`attachment; filename*=UTF-8''Elevark%20%C3%A6%C3%B8%C3%A5.pdf` (RFC 6266), with
    a plain ASCII fallback for old clients."""
    filename = posixpath.basename(name)
    inline = content_type_for(name) in settings.WAGTAILDOCS_INLINE_CONTENT_TYPES
    kind = "inline" if inline else "attachment"
    fallback = filename.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    return f"{kind}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"


def store_paused():
    """The store did not answer a moment ago (pages show placeholders for what is missing
    until it answers again)."""
    return time.monotonic() < MediaStorage.paused_until


class StorageUnavailable(OSError):
    """The object store did not take a file (it does not answer, or refuses)."""


class StorageUnavailableForDeletion(StorageUnavailable):
    """The object store does not answer, so a public file cannot be deleted with its
    record (site/middleware.py says so to the editor)."""


def note_unanswered(error):
    """After a store that does not answer, nothing asks it again for a while: each
    request would otherwise wait for it (about 15 s, its retries included)."""
    if isinstance(error, UNANSWERED):
        MediaStorage.paused_until = time.monotonic() + PAUSE_SECONDS


def refuse_while_paused():
    if store_paused():
        raise StorageUnavailable("The object store did not answer a moment ago")


# Room for two of Django's "_" + 7 random characters: one for a public image's own
# suffix and one more should that name be taken.
SUFFIXES_ROOM = 16


def shortened(name, max_length):
    """The name cut to leave room for suffixes within the field's length, its own
    extension kept. Django would cut only what comes before the first dot, which in
    "Foto 12.03.2026 fra besøget hos virksomheden i Kolding.jpg" is "Foto 12": a long
    name with an early dot was then refused (a 400 "Bad Request") instead of stored."""
    if max_length is None:
        return name
    directory, filename = posixpath.split(name)
    root, extension = posixpath.splitext(filename)
    room = max_length - len(directory) - 1 - len(extension) - SUFFIXES_ROOM
    if len(root) <= room:
        return name
    root = root[: max(room, 1)].rstrip(" .") or "file"
    return posixpath.join(directory, root + extension)


class MediaStorage(S3Storage):
    # Until when (time.monotonic) the store is not asked, after it did not answer.
    paused_until = 0.0
    # Two uploads with the same name keep both files (the second gets a suffix).
    file_overwrite = False

    def __init__(self, **settings_overrides):
        super().__init__(**settings_overrides)
        if getattr(settings, "AWS_S3_TRANSFER_CONFIG", None) is None:
            # Large films go up in 8 MB parts, two at a time, so an upload holds a few
            # parts in memory, not the film: boto3's defaults held 80 MB for a 60 MB one.
            self.transfer_config = TransferConfig(
                multipart_threshold=8 * MB,
                multipart_chunksize=8 * MB,
                max_concurrency=2,
                num_download_attempts=1,
            )
            # (boto3 reads up to ten parts ahead by default, whatever the concurrency.)
            self.transfer_config.max_in_memory_upload_chunks = 2
        if getattr(settings, "AWS_S3_CLIENT_CONFIG", None) is None:
            # A store that does not answer fails fast (pages then show what exists):
            # botocore would wait 60 s for each of several attempts.
            self.client_config = self.client_config.merge(
                Config(
                    connect_timeout=3,
                    read_timeout=5,
                    retries={"max_attempts": 2, "mode": "standard"},
                )
            )

    def is_public(self, name):
        """Images and renditions; `name` relative to AWS_LOCATION or a key within it."""
        prefix = f"{self.location}/" if self.location else ""
        if prefix and name.startswith(prefix):
            name = name[len(prefix) :]
        return clean_name(name).startswith(PUBLIC_PREFIXES)

    def get_valid_name(self, name):
        """The file's own name, spaces and æ, ø, å included (object keys may hold them;
        Django's default would make "Elevark til 1. dag.pdf" "Elevark_til_1._dag.pdf").
        Only what could not be a name is dropped: folders, control characters, and
        characters that mean something in a URL or a shell (`"` becomes ”). A
        non-breaking space is a space (home/upload_names.py keeps it that far)."""
        # One spelling of å (a Mac sends "a" + ring), so that the same name is the same key.
        name = unicodedata.normalize("NFC", posixpath.basename(name.replace("\\", "/")))
        # Browsers send `"`, CR and LF in an upload's name as %22, %0D and %0A (HTML's
        # multipart encoding); `"` cannot be part of a key here, so it becomes ”.
        name = name.replace("%22", '"').replace("%0D", " ").replace("%0A", " ")
        name = name.replace('"', "\u201d")
        name = "".join(" " if c.isspace() else c for c in name)
        name = "".join(c for c in name if c.isprintable() and c not in "<>:\"|?*#%&{}$!`'")
        name = " ".join(name.split())
        root, dot, extension = name.rpartition(".")
        if not dot:
            root, extension = extension, ""
        root, extension = root.strip(" ."), extension.strip(" ")
        # "....pdf" and "#?%.png" are names of nothing but their type: "file.pdf".
        return f"{root or 'file'}.{extension}" if extension else root or "file"

    def get_available_name(self, name, max_length=None):
        name = shortened(unicodedata.normalize("NFC", name), max_length)
        if self.is_public(name):
            # Public images are served as immutable for a year: a key must never be used
            # again for another picture (foto.jpg deleted, a new foto.jpg uploaded), or
            # browsers and CDNs keep showing the old one. Every original and rendition
            # gets a random suffix (renditions too: Wagtail shortens long names and
            # could cut the original's suffix off).
            directory, filename = posixpath.split(clean_name(name))
            root, extension = posixpath.splitext(filename)
            name = posixpath.join(directory, self.get_alternative_name(root, extension))
        return super().get_available_name(name, max_length)

    def is_name_available(self, name, max_length=None):
        """Free in the store and claimed for this upload alone. Checking the store and
        writing the file are two steps: two uploads of one name at the same moment (two
        threads or two app processes) would both find it free and write one object, so
        the name is also claimed atomically in the shared cache (SETNX in Redis; the
        README asks for REDIS_URL with several processes) and the loser takes the next
        candidate name."""
        return super().is_name_available(name, max_length) and self.claim_name(name)

    def claim_name(self, name):
        key = f"{self.bucket_name}/{self._normalize_name(clean_name(name))}"
        claim = "media-name:" + hashlib.sha256(key.encode()).hexdigest()
        # False: someone else has it. None: the cache did not answer (Redis down, errors
        # ignored); then the store's own answer is all there is to go on.
        return cache.add(claim, 1, timeout=NAME_CLAIM_SECONDS) is not False

    def get_alternative_name(self, file_root, file_ext):
        # Django takes everything from the first dot as the extension, which would put
        # the suffix inside "Elevark til 1. dag.pdf"; here it goes before ".pdf".
        root, extension = posixpath.splitext(file_root + file_ext)
        return super().get_alternative_name(root, extension)

    def _open(self, name, mode="rb"):
        if store_paused():
            # It did not answer a moment ago: a page with many missing renditions would
            # otherwise wait for the store once per image.
            raise OSError("The object store did not answer a moment ago; not asked again yet")
        try:
            file = super()._open(name, mode)
            if "r" in mode:
                file.file  # noqa: B018 -- fetched here, so that its errors are caught here
            return file
        except (BotoCoreError, ClientError) as error:
            note_unanswered(error)
            # The store does not answer (or refuses): an error reading a file, which
            # Wagtail answers with a missing-image placeholder instead of an error page.
            raise OSError(f"The object store could not be read: {error}") from error

    def exists(self, name):
        # Asked before an upload (is the name free?): the same failure as the upload.
        refuse_while_paused()
        try:
            return super().exists(name)
        except (BotoCoreError, ClientError) as error:
            note_unanswered(error)
            raise StorageUnavailable(str(error)) from error

    def _save(self, name, content):
        refuse_while_paused()
        try:
            return super()._save(name, content)
        except (BotoCoreError, ClientError) as error:
            note_unanswered(error)
            # Raised before the record is written (Django stores the file first), so
            # nothing is left in the database without its file (site/middleware.py).
            raise StorageUnavailable(str(error)) from error

    def delete(self, name):
        # Called once the record is gone or points to a new file: a store that does not
        # answer leaves an unused object behind (logged), not an error page.
        try:
            refuse_while_paused()
            super().delete(name)
        except (BotoCoreError, ClientError, StorageUnavailable) as error:
            note_unanswered(error)
            logger.warning("The object store did not delete %s; it is left unused", name)

    def _get_write_parameters(self, name, content=None):
        parameters = super()._get_write_parameters(name, content)
        # Set by copy_media_to_bucket: the file's sha256, to know later whether it changed.
        metadata = getattr(content, "object_metadata", None)
        if metadata:
            parameters["Metadata"] = {**parameters.get("Metadata", {}), **metadata}
        return parameters

    def stored_object(self, name):
        """What the store has under `name` (size, ETag, metadata: S3's HeadObject
        answer), or None when it has nothing."""
        refuse_while_paused()
        key = self._normalize_name(clean_name(name))
        try:
            return self.connection.meta.client.head_object(Bucket=self.bucket_name, Key=key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise StorageUnavailable(str(error)) from error
        except BotoCoreError as error:
            note_unanswered(error)
            raise StorageUnavailable(str(error)) from error

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        parameters["ContentType"] = content_type_for(name)
        if self.is_public(name):
            if settings.AWS_PUBLIC_MEDIA_ACL:
                parameters["ACL"] = settings.AWS_PUBLIC_MEDIA_ACL
            parameters.setdefault("CacheControl", "public, max-age=31536000, immutable")
        else:
            if settings.AWS_PUBLIC_MEDIA_ACL:
                # Where ACLs are in use, say "private" rather than trust the default: some
                # stores (moto among them) make a file uploaded in parts readable by all.
                parameters["ACL"] = "private"
            parameters["ContentDisposition"] = content_disposition_for(name)
        return parameters

    def url(self, name, parameters=None, expire=None, http_method=None):
        if self.is_public(name) or name == MISSING_IMAGE:
            return self.public_url(name)
        # Private: always a URL signed by the store itself (a CDN's custom domain would
        # serve it unsigned), saying how the browser should save or show it.
        params = {
            "ResponseContentDisposition": content_disposition_for(name),
            "ResponseContentType": content_type_for(name),
            **(parameters or {}),
            "Bucket": self.bucket_name,
            "Key": self._normalize_name(clean_name(name)),
        }
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            ExpiresIn=self.signed_lifetime(name) if expire is None else expire,
            HttpMethod=http_method,
        )

    def signed_lifetime(self, name):
        """Seconds a signed URL works. Films and sound play for long and are sought in:
        a browser fetches every byte range from the URL it was redirected to, so a film
        resumed after the URL expired breaks; they get AWS_QUERYSTRING_EXPIRE_MEDIA."""
        if content_type_for(name).startswith(("video/", "audio/")):
            return getattr(settings, "AWS_QUERYSTRING_EXPIRE_MEDIA", DEFAULT_MEDIA_EXPIRE)
        return self.querystring_expire

    def public_url(self, name):
        """The object's plain address: the same on every render, and no request to the
        store to make it. Without a CDN domain it is the address boto3 itself uses
        (unsigned), so that it follows AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME and
        AWS_S3_ADDRESSING_STYLE exactly as uploads do: by default virtual-hosted on AWS
        (`https://<bucket>.s3.amazonaws.com/...`) and path-style on any other endpoint
        (`https://s3.example.org/<bucket>/...`)."""
        key = self._normalize_name(clean_name(name))
        if self.custom_domain:
            return f"{self.url_protocol}//{self.custom_domain}/{quote(key)}"
        return self.unsigned_connection.meta.client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket_name, "Key": key}
        )


def keep_public_files_reachable_only_with_their_record(sender, instance, **kwargs):
    """Before an image is deleted: its original and renditions are public at known
    addresses, and Wagtail deletes them from the store only after the record is gone. A
    store that does not answer then would leave them readable by anyone with no record
    to find them by (a photo taken down for someone's privacy). So the store is asked
    first, and while it does not answer the image is not deleted and the editor is
    told; nothing is lost. (Documents are private in the store: one left over there is
    reachable by nobody.)"""
    storage = instance.file.storage
    if not isinstance(storage, MediaStorage):
        return
    try:
        refuse_while_paused()
        storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
    except (BotoCoreError, ClientError, StorageUnavailable) as error:
        note_unanswered(error)
        raise StorageUnavailableForDeletion(str(error)) from error


def connect():
    from django.db.models.signals import pre_delete
    from wagtail.images import get_image_model

    pre_delete.connect(
        keep_public_files_reachable_only_with_their_record,
        sender=get_image_model(),
        dispatch_uid="media-keep-public-files-with-record",
    )
