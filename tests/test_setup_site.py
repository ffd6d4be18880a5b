"""`setup_site` prepares a new installation without demo content."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_site_url_sets_the_address_links_are_built_from(client):
    call_command("setup_site", site_url="https://osibranchen.example", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "https://osibranchen.example"
    html = client.get("/om-os/").content.decode()
    assert '<link rel="canonical" href="https://osibranchen.example/om-os/">' in html
    assert 'hreflang="en" href="https://osibranchen.example/en/about-us/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "bad",
    [
        "osibranchen.dk",
        "ftp://osibranchen.dk",
        "http://x:port",
        "https://",
        "https://osi branchen.dk",
        "https://osibranchen.dk/site/",
        "https://osibranchen.dk/?x=1",
        "https://user:pw@osibranchen.dk",
    ],
)
def test_bad_site_url_is_refused_clearly(bad):
    before = Site.objects.get(is_default_site=True).root_url
    with pytest.raises(CommandError, match="SITE_URL must be the site's address"):
        call_command("setup_site", site_url=bad, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == before


@pytest.mark.django_db
def test_missing_site_url_is_pointed_out():
    errors = io.StringIO()
    call_command("setup_site", site_url=None, stdout=io.StringIO(), stderr=errors)
    assert "No SITE_URL given: the site's address stays http://localhost" in errors.getvalue()


@pytest.mark.django_db
def test_site_url_with_trailing_slash_is_accepted():
    call_command("setup_site", site_url="https://osibranchen.example/", stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "https://osibranchen.example"


@pytest.mark.slow
def test_fresh_installation_serves_a_danish_home_page(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "osib_site.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
    }

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    manage("migrate", "--noinput", "-v0")
    assert "Created an empty Danish home page" in manage(
        "setup_site", "--site-url", "https://x.example"
    )
    assert "Created an empty" not in manage("setup_site")  # idempotent
    check = (
        "from django.test import Client; from django.contrib.auth.models import Group; "
        "from wagtail.models import Locale; r = Client().get('/', HTTP_HOST='testserver'); "
        "print(r.status_code, 'Første skoledag' in r.content.decode(), "
        "sorted(Locale.objects.values_list('language_code', flat=True)), "
        "Group.objects.filter(name='Site editors').exists())"
    )
    assert manage("shell", "-c", check).strip().endswith("200 True ['da', 'en'] True")
