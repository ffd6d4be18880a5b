from .pages import ContentPage, HomePage  # noqa: F401
from .snippets import Footer, Partner  # noqa: F401
from .topics import Topic  # noqa: F401
