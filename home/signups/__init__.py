"""Recruitment: the "collaborate with us" sign-up forms for schools and companies, what
happens to a sign-up (saved, mailed, throttled), the editors' screens and the retention
rule. The models are in home.models.signups, the form pages in home.models.signup_pages."""
