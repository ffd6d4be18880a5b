"""Shared set-up for the sign-up tests: the demo's form pages and what a person types."""

from django.core.cache import cache
from wagtail.models import Page

from home.models import CompanySignupPage, SchoolSignupPage


def form_page(kind, lang):
    model = SchoolSignupPage if kind == "school" else CompanySignupPage
    return model.objects.get(locale__language_code=lang)


def school_data(**changes):
    data = {
        "school_name": "Erhvervsskolen Århus Nord",
        "programmes": "Smed\nElektriker",
        "town": "Aarhus",
        "region": "midtjylland",
        "contact_name": "Søren Ærø",
        "role": "coordinator",
        "email": "soren@skolen.dk",
        "phone": "+45 12 34 56 78",
        "message": "Vi vil gerne være med fra næste bølge.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def company_data(**changes):
    data = {
        "company_name": "Østergaard Smedie ApS",
        "industry": "technology",
        "town": "Odense",
        "region": "syddanmark",
        "contact_name": "Åse Østergaard",
        "email": "aase@smedie.dk",
        "phone": "",
        "offers": ["visits", "tasks"],
        "message": "",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def fresh_counts():
    """The rate limit counts in the cache; each test starts with none."""
    cache.clear()


def privacy_page(lang):
    return Page.objects.get(slug="privatliv" if lang == "da" else "privacy")
