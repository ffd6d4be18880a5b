"""Editors upload images in the admin: a damaged or oversized file is refused with a
message in Danish, the form keeps what the editor typed, and nothing half-made is saved."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def image_bytes(fmt, size=(400, 300), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size, "orange" if mode == "RGB" else 1).save(buffer, fmt)
    return buffer.getvalue()


def truncated(data):
    return data[: len(data) // 2]


DAMAGED = {
    "signature-only.gif": b"GIF89a",
    "half.jpg": truncated(image_bytes("JPEG", (800, 600))),
    "half.png": truncated(image_bytes("PNG", (800, 600))),
}


def upload_many(client, name, data):
    """What the admin's drag-and-drop uploader sends, one file per request."""
    response = client.post(
        "/admin/images/multiple/add/",
        {
            "files[]": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    return json.loads(response.content)


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_image_is_refused_by_the_uploader(client, editor, name):
    before = get_image_model().objects.count()
    result = upload_many(client, name, DAMAGED[name])
    assert result["success"] is False
    assert f"“{name}” er beskadiget eller ufuldstændig" in result["error_message"]
    assert get_image_model().objects.count() == before


@pytest.mark.parametrize("name", DAMAGED)
def test_damaged_image_on_the_add_form_keeps_the_title(client, editor, name):
    before = get_image_model().objects.count()
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Velkomstdag på NEXT",
            "file": SimpleUploadedFile(name, DAMAGED[name]),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "er beskadiget eller ufuldstændig" in html
    assert 'value="Velkomstdag på NEXT"' in html
    assert get_image_model().objects.count() == before


def test_image_with_too_many_pixels_is_refused(client, editor):
    # 8,000 × 7,000 = 56 megapixels, one bit each: small to make, too big to accept.
    result = upload_many(client, "enorm.png", image_bytes("PNG", (8000, 7000), mode="1"))
    assert result["success"] is False
    assert "56000000" in result["error_message"]


@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "foto.jpg"), ("PNG", "logo.png")])
def test_sound_image_is_accepted(client, editor, fmt, name):
    result = upload_many(client, name, image_bytes(fmt))
    assert result["success"] is True
    image = get_image_model().objects.get(pk=result["image_id"])
    assert (image.width, image.height) == (400, 300)
