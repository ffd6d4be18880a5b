"""Uploaded file names as the editor sees them. Django drops every character of an
upload's name that is not printable, and Python counts a non-breaking space (common in
names written in Word or on a Mac) as unprintable, so "Elevark<NBSP>1.pdf" arrived as
"Elevark1.pdf". Here such spaces become plain spaces before Django's own clean-up; the
storage (home/storage.py, get_valid_name) does the rest."""

from django.http.multipartparser import MultiPartParser

_django_sanitize_file_name = MultiPartParser.sanitize_file_name


def sanitize_file_name(parser, file_name):
    file_name = "".join(" " if character.isspace() else character for character in file_name)
    return _django_sanitize_file_name(parser, file_name)


def connect():
    MultiPartParser.sanitize_file_name = sanitize_file_name
    MultiPartParser.IE_sanitize = sanitize_file_name
