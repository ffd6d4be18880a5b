"""E-mail addresses as the partner area compares them. A person is one account however
their address is typed: `Mette@Skole.DK`, `mette@skole.dk` and a full-width or
otherwise composed variant of the same letters all name the same person. An address that
mixes look-alike letters from different scripts (a Cyrillic `а` among Latin letters) is
refused outright, so nobody can be invited or sign in as a near-copy of somebody else."""

import unicodedata

from confusable_homoglyphs import confusables
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _


def canonical_email(value):
    """The form an address is stored and looked up in (as the partner's username)."""
    return unicodedata.normalize("NFKC", (value or "").strip()).casefold()


def clean_email(value):
    """The canonical address, or a ValidationError that says what is wrong with it."""
    address = canonical_email(value)
    local, _at, domain = address.rpartition("@")
    if any(confusables.is_dangerous(part) for part in (local, domain)):
        raise ValidationError(
            _(
                "This address mixes letters from different alphabets that look alike. "
                "Type it again with ordinary letters."
            ),
            code="confusable",
        )
    try:
        validate_email(address)
    except ValidationError:
        raise ValidationError(
            _("Enter an e-mail address such as mette@skolen.dk."), code="invalid"
        ) from None
    return address
