"""Every UI string is translatable and translated to Danish."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
PO_FILE = ROOT / "locale" / "da" / "LC_MESSAGES" / "django.po"
JS_PO_FILE = ROOT / "locale" / "da" / "LC_MESSAGES" / "djangojs.po"


@pytest.mark.parametrize("path", [PO_FILE, JS_PO_FILE], ids=["django", "djangojs"])
def test_every_catalogue_entry_is_translated(path):
    po = polib.pofile(str(path))
    untranslated = [e.msgid for e in po if not e.translated()]
    assert untranslated == []
    compiled = polib.mofile(str(path.with_suffix(".mo")))
    assert {e.msgid: e.msgstr for e in compiled} == {
        e.msgid: e.msgstr for e in po if e.msgid and not e.msgid_plural
    } | {e.msgid: e.msgstr for e in compiled if e.msgid_plural}, "run `make messages`"


def test_compiled_catalogue_matches_the_po_file():
    """The committed .mo is what Django reads; it must say what the .po says."""
    po = polib.pofile(str(PO_FILE))
    with translation.override("da"):
        stale = [
            e.msgid
            for e in po
            if not e.msgid_plural
            and "%(" not in e.msgid
            and (
                translation.pgettext(e.msgctxt, e.msgid)
                if e.msgctxt
                else translation.gettext(e.msgid)
            )
            != e.msgstr
        ]
    assert stale == [], "run `make messages`"


@pytest.mark.slow
def test_no_string_in_the_code_is_missing_from_the_catalogue(tmp_path):
    if not shutil.which("xgettext"):
        if os.environ.get("CI"):
            pytest.fail("GNU gettext (xgettext) is needed to check the catalogue")
        pytest.skip("GNU gettext (xgettext) is not installed")
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "media",
            "test-artifacts",
            "staticfiles",
            "*.sqlite3",
            "__pycache__",
            ".pytest_cache",
        ),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "da", "--no-obsolete"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "osib_site.settings.test"},
    )
    assert result.returncode == 0, result.stderr
    po = polib.pofile(str(copy / "locale" / "da" / "LC_MESSAGES" / "django.po"))
    missing = [e.msgid for e in po if not e.translated()]
    assert missing == [], f"untranslated UI strings (run `make messages` and translate): {missing}"
