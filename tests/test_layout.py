"""The design card's layout, the `site/` folder installed under another name, and a
migration for every model change."""

import tomllib
from pathlib import Path

import osib_site
import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_top_level_of_the_design_card():
    for name in ("manage.py", "pyproject.toml", "README.md", "Makefile", ".ci/run"):
        assert (ROOT / name).is_file(), name
    for name in ("site", "home", "films", "resources", "search", "templates", "tests", "locale/da"):
        assert (ROOT / name).is_dir(), name


def test_site_folder_is_the_osib_site_package():
    assert Path(osib_site.__file__).resolve() == ROOT / "site" / "__init__.py"


def test_every_python_package_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = set()
    for init in ROOT.glob("*/**/__init__.py"):
        parts = init.parent.relative_to(ROOT).parts
        if parts[0] in {".venv", "tests", "test-artifacts", "build"}:
            continue
        name = ".".join(("osib_site",) + parts[1:]) if parts[0] == "site" else ".".join(parts)
        on_disk.add(name)
    assert on_disk == listed


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as missing:
        pytest.fail(f"Models changed without a migration (exit {missing.code}):\n{out.getvalue()}")
