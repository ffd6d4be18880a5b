import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page


def load_demo():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once in the test database; each test runs in a transaction
    that is rolled back, so it always starts from the same bilingual site."""
    with django_db_blocker.unblock():
        load_demo()


@pytest.fixture
def demo_site(db):
    return Page.objects.get(depth=2, locale__language_code="da").specific


@pytest.fixture
def danish(db):
    return Locale.objects.get(language_code="da")


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def page_by_slug(db):
    def find(slug, lang):
        return Page.objects.get(slug=slug, locale__language_code=lang).specific

    return find


@pytest.fixture
def editor(client, db):
    """The demo editor (Danish admin, publishes and translates), signed in on `client`."""
    user = get_user_model().objects.get(username="editor")
    client.force_login(user)
    return user


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in Danish: a request to /en/ leaves English active in the
    thread, and `reverse` would then give the next test English addresses."""
    from django.utils import translation

    translation.activate("da")
    yield
    translation.activate("da")
