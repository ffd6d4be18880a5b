from .pages import ContentPage, HomePage  # noqa: F401
from .signup_pages import CompanySignupPage, SchoolSignupPage  # noqa: F401
from .signups import CompanySignup, SchoolSignup  # noqa: F401
from .snippets import Footer, Partner  # noqa: F401
from .topics import PageTopic, Topic  # noqa: F401
