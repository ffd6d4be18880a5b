"""Placeholders in standard e-mails: `{school}` and friends, filled in for the school of
the person reading. Their names are the same in every language, so a translation keeps
working; an unknown name or a value the school has not given yet stays visible as a
bracketed note for the sender to fill in, never as an empty gap."""

import re

from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_]+)\s*\}")
BRACKETED = re.compile(r"\{[^{}]*\}")

# name: what the editor is told it means (also the note shown when there is no value).
PLACEHOLDERS = {
    "school": _("the school's name"),
    "town": _("the school's town"),
    "programmes": _("the programmes taking part"),
    "start_date": _("the school's start date"),
    "contact_person": _("the name of the person sending"),
    "contact_email": _("the sender's e-mail address"),
    "contact_role": _("the sender's role"),
    "today": _("today's date"),
}


def unknown_placeholders(text):
    """Whatever stands in curly brackets and is not a placeholder by its exact name
    ({foo}, {0}, {}, {school!r}), and stray brackets: they would show as they are."""
    unknown = set()
    for match in BRACKETED.finditer(text):
        known = PLACEHOLDER.fullmatch(match.group(0))
        if known is None or known.group(1) not in PLACEHOLDERS:
            unknown.add(match.group(0))
    unknown |= {bracket for bracket in "{}" if bracket in BRACKETED.sub("", text)}
    return sorted(unknown)


def placeholder_help():
    return ", ".join(f"{{{name}}}: {meaning}" for name, meaning in PLACEHOLDERS.items())


def values_for(member):
    """What each placeholder means for this person (None: not known)."""
    today = formats.date_format(timezone.localdate(), "DATE_FORMAT")
    if member is None:
        return {"today": today}
    school = member.school
    return {
        "school": school.name,
        "town": school.town,
        "programmes": ", ".join(school.programme_list) or None,
        "start_date": (
            formats.date_format(school.start_date, "DATE_FORMAT") if school.start_date else None
        ),
        "contact_person": member.name,
        "contact_email": member.user.email,
        "contact_role": member.get_role_display(),
        "today": today,
    }


def fill(text, values):
    def replace(match):
        name = match.group(1)
        value = values.get(name)
        if value:
            return str(value)
        meaning = PLACEHOLDERS.get(name)
        return f"[{meaning}]" if meaning else match.group(0)

    return PLACEHOLDER.sub(replace, text)
