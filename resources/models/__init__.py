from resources.models.invitations import Invitation
from resources.models.pages import (
    ActivityIndexPage,
    ActivityPage,
    OnboardingGuidePage,
    PartnerAreaPage,
    PlaybookPage,
    StandardEmailsPage,
)
from resources.models.progress import OnboardingStepDone
from resources.models.schools import PartnerSchool, SchoolMember
from resources.models.standard_emails import StandardEmail

__all__ = [
    "ActivityIndexPage",
    "ActivityPage",
    "Invitation",
    "OnboardingGuidePage",
    "OnboardingStepDone",
    "PartnerAreaPage",
    "PartnerSchool",
    "PlaybookPage",
    "SchoolMember",
    "StandardEmail",
    "StandardEmailsPage",
]
