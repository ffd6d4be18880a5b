"""Media on S3-compatible object storage, through a real S3 HTTP endpoint on loopback
(moto in server mode, tests/s3_server.py): public images at stable URLs anyone can
fetch, private documents only as signed URLs after the permission check, names and
types that survive, no requests to the store while pages render."""

import contextlib
import io
import os
import posixpath
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from urllib.parse import parse_qs, quote, urlsplit

import boto3
import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from home.storage import MediaStorage
from tests.s3_server import BUCKET, CountingS3Server, SilentServer

pytestmark = pytest.mark.django_db


def store_client(server):
    """boto3 as the bucket's owner, to look behind the site's back."""
    return boto3.client(
        "s3",
        endpoint_url=server.endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


@pytest.fixture(scope="session")
def s3_server():
    server = CountingS3Server(secret_key="testing").start()  # noqa: S106
    store_client(server).create_bucket(Bucket=BUCKET)
    yield server
    server.stop()


@pytest.fixture
def media_on_s3(settings, s3_server):
    """The settings that AWS_STORAGE_BUCKET_NAME and friends give, with a key prefix of
    the test's own (so that no two tests share files)."""
    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = s3_server.endpoint
    settings.AWS_S3_REGION_NAME = "us-east-1"
    settings.AWS_ACCESS_KEY_ID = "testing"
    settings.AWS_SECRET_ACCESS_KEY = "testing"
    settings.AWS_S3_ADDRESSING_STYLE = "path"
    settings.AWS_S3_CUSTOM_DOMAIN = None
    settings.AWS_LOCATION = f"test-{uuid.uuid4().hex[:8]}"
    settings.AWS_QUERYSTRING_EXPIRE = 60
    settings.AWS_S3_SIGNATURE_VERSION = "s3v4"
    settings.AWS_DEFAULT_ACL = None
    settings.AWS_PUBLIC_MEDIA_ACL = "public-read"
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "home.storage.MediaStorage"}}
    MediaStorage.paused_until = 0.0  # an earlier test's outage is over
    yield s3_server
    MediaStorage.paused_until = 0.0


@pytest.fixture
def store_down(media_on_s3, settings):
    """The store's address with nothing answering there."""
    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"
    settings.STORAGES = {**settings.STORAGES}  # a storage with the new address


def anonymous_get(url):
    """Fetch a URL as anyone on the internet would: no keys, no cookies."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, headers_of(response), response.read()
    except urllib.error.HTTPError as error:
        return error.code, headers_of(error), error.read()


def headers_of(response):
    return {name.lower(): value for name, value in response.headers.items()}


def jpeg(colour="red", size=(64, 48)):
    data = io.BytesIO()
    PILImage.new("RGB", size, colour).save(data, "JPEG")
    return data.getvalue()


def add_image(title="Værkstedet", name="værksted.jpg"):
    image = get_image_model()(title=title)
    image.file = ContentFile(jpeg(), name=name)
    image.save()
    return image


def add_document(title, name, content=b"%PDF-1.4 demo"):
    document = get_document_model()(title=title)
    document.file = ContentFile(content, name=name)
    document.save()
    return document


def test_images_and_their_renditions_are_public_at_stable_addresses(media_on_s3):
    image = add_image()
    rendition = image.get_rendition("fill-40x30|format-webp")
    url = rendition.url
    assert url == image.get_rendition("fill-40x30|format-webp").url  # the same every time
    assert url.startswith(f"{media_on_s3.endpoint}/{BUCKET}/")
    assert "X-Amz-Signature" not in url
    status, headers, body = anonymous_get(url)
    assert status == 200
    assert headers["content-type"] == "image/webp"
    assert "max-age=31536000" in headers["cache-control"]
    assert body[:4] == b"RIFF"


def test_a_new_picture_of_a_deleted_ones_name_never_gets_its_addresses(media_on_s3):
    """Public images are served `immutable` for a year: an address once used for one
    picture must never show another."""
    first = add_image("Foto", "foto.jpg")
    first_urls = {first.file.url, first.get_rendition("fill-40x30").url}
    with TestCase.captureOnCommitCallbacks(execute=True):
        first.delete()  # its files go too
    cache.clear()  # weeks later: the claims on its names (for uploads) are long gone
    second = add_image("Foto", "foto.jpg")
    second_urls = {second.file.url, second.get_rendition("fill-40x30").url}
    assert not first_urls & second_urls
    assert all("/foto_" in url for url in second_urls)  # still the picture's own name


def test_documents_are_private_and_handed_out_as_signed_addresses(client, media_on_s3):
    document = add_document("Elevark", "Elevark æøå og mere.pdf")
    key = default_storage._normalize_name(document.file.name)
    plain = f"{media_on_s3.endpoint}/{BUCKET}/{quote(key)}"
    assert anonymous_get(plain)[0] == 403  # not by its key, not by guessing

    response = client.get(document.url)
    assert response.status_code == 302
    # Everyone may have it: browsers and CDNs may keep the redirect for a fifth of the
    # signed URL's life, so a kept one still works.
    assert response["Cache-Control"] == "public, max-age=12"
    signed = response["Location"]
    assert parse_qs(urlsplit(signed).query)["X-Amz-Expires"] == ["60"]
    status, headers, body = anonymous_get(signed)
    assert status == 200
    assert body == b"%PDF-1.4 demo"
    assert headers["content-type"] == "application/pdf"
    # The name as it was uploaded, spaces and Danish letters included.
    assert document.filename == "Elevark æøå og mere.pdf"
    disposition = headers["content-disposition"]
    assert "filename*=UTF-8''Elevark%20%C3%A6%C3%B8%C3%A5%20og%20mere.pdf" in disposition
    # Each visit gets a fresh address; the page links only to /documents/….
    assert document.url.startswith("/documents/")


def test_a_partner_document_is_signed_only_for_those_allowed(client, media_on_s3):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.partner_helpers import demo_partner

    restricted = Collection.objects.get(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    document = add_document("Drejebog", "drejebog.pdf")
    document.collection = restricted
    document.save()

    anonymous = client.get(document.url)
    assert anonymous.status_code in (302, 403)
    assert BUCKET not in anonymous.get("Location", "")
    client.force_login(demo_partner())
    partner = client.get(document.url)
    assert partner.status_code == 302 and f"/{BUCKET}/" in partner["Location"]
    assert partner["Cache-Control"] == "private, no-store"


def test_a_partner_film_is_signed_for_a_viewing_a_handout_briefly(client, media_on_s3, settings):
    """A browser seeks in (and resumes) a film at the URL it was redirected to: that URL
    must outlive a viewing, not the five minutes a handout's gets."""
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.partner_helpers import demo_partner

    settings.AWS_QUERYSTRING_EXPIRE_MEDIA = 4 * 60 * 60
    restricted = Collection.objects.get(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    film = add_document("Film", "velkomst.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    handout = add_document("Drejebog", "drejebog.pdf")
    for document in (film, handout):
        document.collection = restricted
        document.save()
    client.force_login(demo_partner())

    def lifetime(response):
        return parse_qs(urlsplit(response["Location"]).query)["X-Amz-Expires"]

    film_redirect, handout_redirect = client.get(film.url), client.get(handout.url)
    assert lifetime(film_redirect) == ["14400"]
    assert lifetime(handout_redirect) == ["60"]
    assert film_redirect["Cache-Control"] == "private, no-store"  # still kept by nobody
    assert anonymous_get(film_redirect["Location"])[0] == 200
    assert default_storage.signed_lifetime("documents/lyd.mp3") == 14400  # sound too


def test_two_uploads_with_the_same_name_keep_both_files(client, media_on_s3):
    first = add_document("Første", "handout.pdf", b"%PDF first")
    second = add_document("Anden", "handout.pdf", b"%PDF second")
    assert first.file.name != second.file.name
    first.delete()
    status, _headers, body = anonymous_get(client.get(second.url)["Location"])
    assert (status, body) == (200, b"%PDF second")


def test_uploads_of_one_name_at_the_same_moment_each_get_a_name_of_their_own(media_on_s3):
    """Eight uploads of "Race.pdf" in the same instant (threads here; app processes in
    production, through Redis): each gets its own object, none overwrites another."""
    uploads = 8
    start = threading.Barrier(uploads)
    names = [None] * uploads
    errors = []

    def upload(number):
        try:
            start.wait(timeout=10)
            names[number] = default_storage.save(
                "documents/Race.pdf", ContentFile(f"%PDF upload {number}".encode())
            )
        except Exception as error:  # noqa: BLE001  (reported below)
            errors.append(error)

    threads = [threading.Thread(target=upload, args=(number,)) for number in range(uploads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert len(set(names)) == uploads
    for number, name in enumerate(names):
        assert default_storage.open(name).read() == f"%PDF upload {number}".encode()


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("plan.pdf", "application/pdf"),
        ("brev.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (
            "slides.pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("film.mp4", "video/mp4"),
        ("tekster.vtt", "text/vtt"),
        ("original_images/foto.jpg", "image/jpeg"),
        ("original_images/foto.png", "image/png"),
        ("original_images/foto.webp", "image/webp"),
    ],
)
def test_files_keep_their_type_and_name(media_on_s3, name, content_type):
    stored = default_storage.save(
        name if "/" in name else f"documents/{name}", ContentFile(b"data")
    )
    status, headers, _body = anonymous_get(default_storage.url(stored))
    assert status == 200
    assert headers["content-type"] == content_type
    if stored.startswith("documents/"):
        inline = content_type in ("application/pdf", "video/mp4", "text/vtt")
        assert headers["content-disposition"].startswith("inline" if inline else "attachment")


def test_rendering_a_page_of_images_asks_the_store_nothing(client, media_on_s3, page_by_slug):
    page = page_by_slug("om-os", "da")
    images = [add_image(f"Billede {number}", f"billede-{number}.jpg") for number in range(6)]
    page.body = [("image", {"image": image, "caption": "", "credit": ""}) for image in images]
    page.hero_image = images[0]
    page.save_revision().publish()

    assert client.get(page.url).status_code == 200  # renditions are made (and stored)
    before = media_on_s3.count()
    response = client.get(page.url)
    assert response.status_code == 200
    assert media_on_s3.count() == before
    assert response.content.decode().count(f"/{BUCKET}/") >= 6


def test_pages_still_render_when_the_store_is_down(client, media_on_s3, page_by_slug, settings):
    page = page_by_slug("om-os", "da")
    page.hero_image = add_image()
    page.save_revision().publish()
    assert client.get(page.url).status_code == 200
    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"  # nothing answers there
    settings.STORAGES = {**settings.STORAGES}  # a storage with the new address
    assert client.get(page.url).status_code == 200


def test_local_media_are_copied_to_the_bucket_once(media_on_s3, tmp_path, settings):
    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "gammel.jpg").write_bytes(jpeg())
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "gammel æøå.pdf").write_bytes(b"%PDF old")
    settings.MEDIA_ROOT = tmp_path

    out = io.StringIO()
    call_command("copy_media_to_bucket", stdout=out)
    assert "Copied 2 files" in out.getvalue()
    assert default_storage.exists("documents/gammel æøå.pdf")
    assert default_storage.open("documents/gammel æøå.pdf").read() == b"%PDF old"

    again = io.StringIO()
    call_command("copy_media_to_bucket", stdout=again)
    assert "Copied 0 files" in again.getvalue() and "2 already there" in again.getvalue()


def test_a_local_file_changed_to_other_content_of_the_same_size_is_copied_again(
    media_on_s3, tmp_path, settings
):
    (tmp_path / "documents").mkdir()
    plan = tmp_path / "documents" / "plan.pdf"
    plan.write_bytes(b"%PDF version 1")
    settings.MEDIA_ROOT = tmp_path
    call_command("copy_media_to_bucket", stdout=io.StringIO())

    plan.write_bytes(b"%PDF version 2")  # the same size
    out = io.StringIO()
    call_command("copy_media_to_bucket", stdout=out)
    assert "Copied 1 files; 0 already there" in out.getvalue()
    assert default_storage.open("documents/plan.pdf").read() == b"%PDF version 2"

    # A file the bucket got some other way (no checksum of ours): compared by its ETag.
    key = default_storage._normalize_name("documents/plan.pdf")
    store_client(media_on_s3).put_object(Bucket=BUCKET, Key=key, Body=b"%PDF version 2")
    unchanged = io.StringIO()
    call_command("copy_media_to_bucket", stdout=unchanged)
    assert "Copied 0 files; 1 already there" in unchanged.getvalue()
    store_client(media_on_s3).put_object(Bucket=BUCKET, Key=key, Body=b"%PDF version 3")
    changed = io.StringIO()
    call_command("copy_media_to_bucket", stdout=changed)
    assert "Copied 1 files; 0 already there" in changed.getvalue()
    assert default_storage.open("documents/plan.pdf").read() == b"%PDF version 2"


def test_a_film_copied_in_parts_is_known_by_its_etag(media_on_s3, tmp_path, settings):
    from home.management.commands.copy_media_to_bucket import fingerprint

    (tmp_path / "documents").mkdir()
    film = tmp_path / "documents" / "film.mp4"
    film.write_bytes(os.urandom(9 * 1024 * 1024))  # two parts
    settings.MEDIA_ROOT = tmp_path
    call_command("copy_media_to_bucket", stdout=io.StringIO())
    stored = default_storage.stored_object("documents/film.mp4")
    transfer = default_storage.transfer_config
    _sha256, etag = fingerprint(film, transfer.multipart_chunksize, transfer.multipart_threshold)
    assert stored["ETag"].strip('"') == etag and etag.endswith("-2")


def test_copying_to_a_bucket_that_does_not_answer_says_so(store_down, tmp_path, settings):
    from django.core.management.base import CommandError

    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "plan.pdf").write_bytes(b"%PDF plan")
    settings.MEDIA_ROOT = tmp_path
    with pytest.raises(CommandError, match="run the command again"):
        call_command("copy_media_to_bucket", stdout=io.StringIO())


def test_an_upload_the_store_does_not_take_leaves_nothing_behind(client, editor, store_down):
    before = get_document_model().objects.count()
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Handout",
            "file": ContentFile(b"%PDF-1.4 handout", name="handout.pdf"),
            "collection": get_document_model().objects.first().collection_id,
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Filen kunne ikke gemmes" in response.content.decode()
    assert get_document_model().objects.count() == before


def test_a_cdn_domain_serves_public_images_and_never_private_documents(media_on_s3, settings):
    settings.AWS_S3_CUSTOM_DOMAIN = "media.example.org"
    settings.STORAGES = {**settings.STORAGES}
    assert default_storage.url("images/værksted.fill-40x30.jpg") == (
        "https://media.example.org/"
        + quote(f"{settings.AWS_LOCATION}/images/værksted.fill-40x30.jpg")
    )
    signed = default_storage.url("documents/plan.pdf")
    assert signed.startswith(f"{media_on_s3.endpoint}/{BUCKET}/") and "X-Amz-Signature" in signed


@pytest.mark.parametrize(
    ("where", "address"),
    [
        # boto3's default: virtual-hosted on AWS, path-style on any other endpoint.
        ({"region_name": "eu-north-1"}, "https://osib-media.s3.amazonaws.com/media/"),
        (
            {"region_name": "eu-north-1", "addressing_style": "path"},
            "https://s3.eu-north-1.amazonaws.com/osib-media/media/",
        ),
        (
            {"region_name": "eu-north-1", "addressing_style": "virtual"},
            "https://osib-media.s3.eu-north-1.amazonaws.com/media/",
        ),
        ({"endpoint_url": "https://s3.example.org"}, "https://s3.example.org/osib-media/media/"),
        (
            {"endpoint_url": "https://s3.example.org", "addressing_style": "virtual"},
            "https://osib-media.s3.example.org/media/",
        ),
    ],
)
def test_public_addresses_are_those_boto3_uses(where, address):
    storage = MediaStorage(
        bucket_name="osib-media",
        location="media",
        access_key="testing",
        secret_key="testing",
        custom_domain=None,
        **where,
    )
    assert storage.url("images/foto å.jpg") == f"{address}images/foto%20%C3%A5.jpg"


def test_copying_needs_a_bucket(settings):
    from django.core.management.base import CommandError

    settings.MEDIA_ON_OBJECT_STORAGE = False
    with pytest.raises(CommandError, match="set AWS_STORAGE_BUCKET_NAME"):
        call_command("copy_media_to_bucket", stdout=io.StringIO())


def test_the_multiple_upload_screen_says_when_the_store_did_not_take_a_file(
    client, editor, store_down
):
    before = get_document_model().objects.count()
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": ContentFile(b"%PDF-1.4", name="elevark.pdf")},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.json()["success"] is False
    assert "Filen kunne ikke gemmes" in response.json()["error_message"]
    # A save that fails inside the test's own transaction marks it for rollback (Django
    # saves without a savepoint); a real request has no outer transaction to mark.
    transaction.set_rollback(False)
    assert get_document_model().objects.count() == before
    assert not UploadedFile.objects.exists()


def test_a_large_film_is_stored_without_being_held_in_memory(tmp_path, settings):
    """Measured in a process of its own, with the S3 server in another, so that only the
    site's side of the upload is counted."""
    script = tmp_path / "upload.py"
    script.write_text(
        "import os, sys, tracemalloc, django, boto3\n"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'osib_site.settings.test'\n"
        "django.setup()\n"
        "from django.core.files import File\n"
        "from home.storage import MediaStorage\n"
        "endpoint = sys.argv[1]\n"
        "storage = MediaStorage(bucket_name='big-films', endpoint_url=endpoint,\n"
        "    access_key='testing', secret_key='testing', region_name='us-east-1',\n"
        "    addressing_style='path', location='media')\n"
        "boto3.client('s3', endpoint_url=endpoint, region_name='us-east-1',\n"
        "    aws_access_key_id='testing', aws_secret_access_key='testing'\n"
        "    ).create_bucket(Bucket='big-films')\n"
        # boto3 loads its S3 model (about 11 MB) once per process, not once per film.
        "storage.connection.meta.client\n"
        "tracemalloc.start()\n"
        "with open(sys.argv[2], 'rb') as handle:\n"
        "    name = storage.save('documents/film.mp4', File(handle))\n"
        "print(tracemalloc.get_traced_memory()[1], storage.size(name))\n"
    )
    film = tmp_path / "film.mp4"
    with film.open("wb") as handle:
        for _ in range(60):
            handle.write(os.urandom(1024 * 1024))  # 60 MB
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(script), f"http://127.0.0.1:{port}", str(film)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=settings.BASE_DIR,
        )
        assert result.returncode == 0, result.stderr
        peak, size = (int(value) for value in result.stdout.split())
        assert size == 60 * 1024 * 1024
        assert peak < 40 * 1024 * 1024  # a few 8 MB parts at a time, never the whole film
    finally:
        server.terminate()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("the S3 server did not start")


def test_captions_are_passed_on_from_the_site_itself(client, media_on_s3, settings):
    # A browser loads a <track> only from the page's own origin (the store has no CORS).
    captions = add_document(
        "Tekster", "tekster på dansk.vtt", b"WEBVTT\n\n00:00.000 --> 00:02.000\nHej\n"
    )
    response = client.get(captions.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.startswith(b"WEBVTT")
    assert response["Cache-Control"] == "public, max-age=3600"

    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"  # the store stops answering
    settings.STORAGES = {**settings.STORAGES}
    down = client.get(captions.url)
    assert down.status_code == 503
    assert "Teksterne kunne ikke hentes" in down.content.decode()


def edit_document_file(client, document, name, content):
    return client.post(
        f"/admin/documents/edit/{document.pk}/",
        {
            "title": document.title,
            "file": ContentFile(content, name=name),
            "collection": document.collection_id,
        },
        follow=True,
    )


def test_a_new_file_replaces_the_old_one_only_once_it_is_stored(
    client, editor, media_on_s3, settings
):
    document = add_document("Drejebog", "drejebog.pdf", b"%PDF old")
    old_key = default_storage._normalize_name(document.file.name)
    store = store_client(media_on_s3)

    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"  # the store stops answering
    settings.STORAGES = {**settings.STORAGES}
    refused = edit_document_file(client, document, "drejebog-2.pdf", b"%PDF new")
    assert refused.status_code == 200
    assert "Filen kunne ikke gemmes" in refused.content.decode()
    transaction.set_rollback(False)
    document.refresh_from_db()
    assert document.file.name.endswith("drejebog.pdf")
    assert store.get_object(Bucket=BUCKET, Key=old_key)["Body"].read() == b"%PDF old"

    settings.AWS_S3_ENDPOINT_URL = media_on_s3.endpoint  # back again
    settings.STORAGES = {**settings.STORAGES}
    MediaStorage.paused_until = 0.0  # (the site waits 30 s before asking again)
    replaced = edit_document_file(client, document, "drejebog-2.pdf", b"%PDF new")
    assert replaced.status_code == 200
    document.refresh_from_db()
    assert document.file.name.endswith("drejebog-2.pdf")
    status, _headers, body = anonymous_get(client.get(document.url)["Location"])
    assert (status, body) == (200, b"%PDF new")
    with pytest.raises(store.exceptions.NoSuchKey):
        store.get_object(Bucket=BUCKET, Key=old_key)


def test_deleting_a_document_while_the_store_is_down_is_no_error_page(
    client, editor, media_on_s3, settings
):
    document = add_document("Gammel", "gammel.pdf")
    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"  # the store stops answering
    settings.STORAGES = {**settings.STORAGES}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/documents/delete/{document.pk}/", follow=True)
    assert response.status_code == 200
    assert not get_document_model().objects.filter(pk=document.pk).exists()


def test_a_store_that_hangs_is_waited_for_once_not_once_per_image(
    client, media_on_s3, page_by_slug, settings
):
    page = page_by_slug("om-os", "da")
    images = [add_image(f"Nyt billede {number}", f"nyt-{number}.jpg") for number in range(4)]
    page.body = [("image", {"image": image, "caption": "", "credit": ""}) for image in images]
    page.hero_image = images[0]
    page.save_revision().publish()  # no renditions made yet
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()

    silent = SilentServer().start()
    try:
        settings.AWS_S3_ENDPOINT_URL = silent.endpoint
        settings.STORAGES = {**settings.STORAGES}
        response = client.get(page.url)
        assert response.status_code == 200
        # Each missing rendition is shown as a placeholder; the store was given one
        # chance (its retries included), not one per image.
        assert response.content.decode().count("not-found") >= 4
        first_view = len(silent.connections)
        assert 1 <= first_view <= 3
        again = client.get(page.url)
        assert again.status_code == 200
        assert len(silent.connections) == first_view  # not asked again straight away
        assert "X-Cache" not in again  # the page cache keeps no page with placeholders
    finally:
        silent.stop()
    settings.AWS_S3_ENDPOINT_URL = media_on_s3.endpoint  # the store is back
    settings.STORAGES = {**settings.STORAGES}
    MediaStorage.paused_until = 0.0
    recovered = client.get(page.url)
    assert recovered["X-Cache"] == "miss"
    assert "not-found" not in recovered.content.decode()


def test_a_film_uploaded_in_parts_is_as_private_as_any_document(client, media_on_s3):
    film = add_document(
        "Film", "introfilm.mp4", b"\x00\x00\x00\x18ftypmp42" + os.urandom(9 * 1024 * 1024)
    )
    key = default_storage._normalize_name(film.file.name)
    methods = [
        method for method, path in media_on_s3.requests if "uploads" in path or method == "POST"
    ]
    assert methods  # it went up in parts
    assert anonymous_get(f"{media_on_s3.endpoint}/{BUCKET}/{quote(key)}")[0] == 403
    status, _headers, body = anonymous_get(client.get(film.url)["Location"])
    assert status == 200 and len(body) == 9 * 1024 * 1024 + 12


def test_a_second_file_of_the_same_name_is_told_apart_before_its_extension(media_on_s3):
    first = default_storage.save("documents/Elevark til 1. dag.pdf", ContentFile(b"1"))
    second = default_storage.save("documents/Elevark til 1. dag.pdf", ContentFile(b"2"))
    assert first == "documents/Elevark til 1. dag.pdf"
    assert second.startswith("documents/Elevark til 1. dag_") and second.endswith(".pdf")
    # A Mac's decomposed "å" is the same name as the composed one.
    decomposed = default_storage.save("documents/pa\u030aske.pdf", ContentFile(b"3"))
    assert decomposed == "documents/p\u00e5ske.pdf"


def test_a_signed_document_address_stops_working_when_it_expires(client, media_on_s3, settings):
    settings.AWS_QUERYSTRING_EXPIRE = 2
    document = add_document("Kort levetid", "kort.pdf")
    signed = client.get(document.url)["Location"]
    assert anonymous_get(signed)[0] == 200
    time.sleep(3.5)
    assert anonymous_get(signed)[0] == 403
    # A new visit to the page's link gets a new address that works.
    assert anonymous_get(client.get(document.url)["Location"])[0] == 200


def test_a_signed_address_works_only_as_signed(client, media_on_s3):
    document = add_document("Signeret", "signeret.pdf", b"%PDF signed")
    other = add_document("Anden", "anden.pdf", b"%PDF other")
    signed = client.get(document.url)["Location"]
    status, _headers, body = anonymous_get(signed)
    assert (status, body) == (200, b"%PDF signed")
    signature = parse_qs(urlsplit(signed).query)["X-Amz-Signature"][0]
    forged = signed.replace(signature, ("0" if signature[0] != "0" else "1") + signature[1:])
    assert anonymous_get(forged)[0] == 403
    other_key = quote(default_storage._normalize_name(other.file.name))
    own_key = quote(default_storage._normalize_name(document.file.name))
    another_file = signed.replace(own_key, other_key)
    assert another_file != signed and anonymous_get(another_file)[0] == 403
    longer = signed.replace("X-Amz-Expires=60", "X-Amz-Expires=604800")
    assert longer != signed and anonymous_get(longer)[0] == 403


def test_partner_captions_are_passed_on_only_to_partners(client, media_on_s3):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.partner_helpers import demo_partner

    captions = add_document(
        "Tekster", "velkomst.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHemmelig\n"
    )
    captions.collection = Collection.objects.get(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    captions.save()
    anonymous = client.get(captions.url)
    assert anonymous.status_code == 302 and b"Hemmelig" not in anonymous.content
    assert BUCKET not in anonymous["Location"]
    client.force_login(demo_partner())
    partner = client.get(captions.url)
    assert partner.status_code == 200 and b"Hemmelig" in partner.content
    assert partner["Cache-Control"] == "private, no-cache"


def test_a_missing_rendition_has_a_stable_unsigned_address(media_on_s3):
    assert default_storage.url("not-found") == default_storage.url("not-found")
    assert "X-Amz-Signature" not in default_storage.url("not-found")


@pytest.mark.parametrize(
    ("uploaded", "stored"),
    [
        ("....pdf", "file.pdf"),
        ("#?%.png", "file.png"),
        ("tab\tname.pdf", "tab name.pdf"),
        # A browser sends `"` in a file's name as %22.
        ("Elevark %22Fremtiden%22.pdf", "Elevark \u201dFremtiden\u201d.pdf"),
        ('Elevark "Fremtiden".pdf', "Elevark \u201dFremtiden\u201d.pdf"),
    ],
)
def test_a_name_of_nothing_but_its_type_keeps_the_type(media_on_s3, uploaded, stored):
    assert default_storage.get_valid_name(uploaded) == stored


def test_a_non_breaking_space_in_an_uploaded_name_becomes_a_space(client, editor, media_on_s3):
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Elevark",
            "file": ContentFile(b"%PDF-1.4 handout", name="Elevark\u00a01.\u00a0dag.pdf"),
            "collection": get_document_model().objects.first().collection_id,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Elevark")
    assert document.filename == "Elevark 1. dag.pdf"


def test_the_choosers_upload_form_says_when_the_store_did_not_take_a_file(
    client, editor, store_down
):
    before = get_document_model().objects.count()
    response = client.post(
        "/admin/documents/chooser/create/",
        {
            "document-chooser-upload-title": "Elevark",
            "document-chooser-upload-file": ContentFile(b"%PDF-1.4", name="elevark.pdf"),
            "document-chooser-upload-collection": get_document_model()
            .objects.first()
            .collection_id,
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    answer = response.json()
    assert answer["step"] == "reshow_creation_form"
    assert "Filen kunne ikke gemmes" in answer["htmlFragment"]
    assert 'value="Elevark"' in answer["htmlFragment"]  # what was typed is kept
    transaction.set_rollback(False)
    assert get_document_model().objects.count() == before


def test_the_image_choosers_upload_form_says_so_too(client, editor, store_down):
    response = client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Værksted",
            "image-chooser-upload-file": ContentFile(jpeg(), name="værksted.jpg"),
            "image-chooser-upload-collection": get_image_model().objects.first().collection_id,
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    answer = response.json()
    assert answer["step"] == "reshow_creation_form"
    assert "Filen kunne ikke gemmes" in answer["htmlFragment"]


@pytest.mark.slow
@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGHUP], ids=["kill", "hang-up"])
def test_stopping_make_run_s3_stops_its_web_server_too(settings, sent):
    """`make run-s3` (python -m home.local_s3) ended by `kill`, as a process manager or an
    IDE's stop button does, or by closing its terminal, must not leave runserver holding
    the port."""
    web_port, s3_port = free_port(), free_port()
    env = {**os.environ, "HOST": "127.0.0.1", "PORT": str(web_port), "S3_PORT": str(s3_port)}
    env.pop("DJANGO_SETTINGS_MODULE", None)  # as `make run-s3`: the development settings
    site = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "home.local_s3"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # (so that the test can clean up whatever is left)
    )
    try:
        wait_for(web_port, seconds=300)  # migrate and the demo content come first
        site.send_signal(sent)
        site.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and answers(web_port):
            time.sleep(0.2)
        assert not answers(web_port)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(site.pid, signal.SIGKILL)


def answers(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_an_image_is_not_deleted_while_the_store_cannot_delete_its_public_files(
    client, editor, media_on_s3, settings
):
    """Its files are public at known addresses: deleted with the record, or not at all."""
    image = add_image("Taget ned", "taget-ned.jpg")
    urls = [image.file.url, image.get_rendition("fill-40x30").url]
    endpoint = settings.AWS_S3_ENDPOINT_URL
    settings.AWS_S3_ENDPOINT_URL = "http://127.0.0.1:9"  # the store stops answering
    settings.STORAGES = {**settings.STORAGES}
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/admin/images/{image.pk}/delete/", follow=True)
    assert response.status_code == 200
    assert "Billedet blev ikke slettet" in response.content.decode()
    assert get_image_model().objects.filter(pk=image.pk).exists()
    assert all(anonymous_get(url)[0] == 200 for url in urls)  # still shown where used

    settings.AWS_S3_ENDPOINT_URL = endpoint  # it answers again
    settings.STORAGES = {**settings.STORAGES}
    MediaStorage.paused_until = 0.0
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/admin/images/{image.pk}/delete/")
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert all(anonymous_get(url)[0] in (403, 404) for url in urls)


@pytest.mark.parametrize(
    "name",
    [
        "original_images/Foto 12.03.2026 fra besøget hos virksomheden i Kolding med "
        "smedeeleverne og tømrer.jpg",
        "documents/Referat 12.03.2026 fra styregruppemødet om samarbejdet mellem "
        "erhvervsskolerne og virksomhederne i regionen.pdf",
        "documents/a" + ".x" * 60 + ".pdf",
    ],
)
def test_a_long_name_with_an_early_dot_is_shortened_not_refused(media_on_s3, name):
    """Django shortens only what comes before the first dot ("Foto 12")."""
    stored = [default_storage.save(name, ContentFile(b"%PDF-1.4 x"), max_length=100)]
    stored.append(default_storage.save(name, ContentFile(b"%PDF-1.4 y"), max_length=100))
    assert stored[0] != stored[1]
    for key in stored:
        assert len(key) <= 100
        assert key.endswith(posixpath.splitext(name)[1])
        assert key.split("/")[-1][:7] == name.split("/")[-1][:7]  # still its own name
        assert default_storage.exists(key)
