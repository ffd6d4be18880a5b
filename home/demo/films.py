"""The demo film library, Danish first and English second. Every demo film plays the
same short, self-made animation (media/introduction.webm, 8 seconds, no sound) with
captions written for it, so the library works offline; titles and descriptions say that
they are demo films."""

from home.demo.content import PageSpec, p

TOPICS = [
    # (key, Danish name, English name)
    ("initiative", "Om initiativet", "About the initiative"),
    ("first-day", "Første skoledag", "The first day"),
    ("network", "Netværk", "Networks"),
    ("company-visits", "Virksomhedsbesøg", "Company visits"),
    ("facilitation", "Facilitering", "Facilitation"),
]

# The animation shows beams stacked one by one under a rising sun.
CAPTIONS = {
    "da": [
        ("00:00.500", "00:03.000", "Første skoledag er første dag i branchen."),
        ("00:03.000", "00:05.500", "Elever, lærlinge, lærere og virksomheder bygger sammen."),
        ("00:05.500", "00:07.800", "Vi lykkes som et hold. (Demofilm)"),
    ],
    "en": [
        ("00:00.500", "00:03.000", "The first day at school is the first day in the industry."),
        ("00:03.000", "00:05.500", "Students, apprentices, teachers and companies build together."),
        ("00:05.500", "00:07.800", "We succeed as a team. (Demo film)"),
    ],
}

TRANSCRIPT = {
    "da": p(
        "Animation uden tale: bjælker i skolens og branchens farver stables oven på hinanden, "
        "mens solen står op.",
        "Tekster: »Første skoledag er første dag i branchen.« »Elever, lærlinge, lærere og "
        "virksomheder bygger sammen.« »Vi lykkes som et hold.«",
    ),
    "en": p(
        "An animation without speech: beams in the colours of the school and the industry are "
        "stacked on top of each other while the sun rises.",
        "Captions: “The first day at school is the first day in the industry.” “Students, "
        "apprentices, teachers and companies build together.” “We succeed as a team.”",
    ),
}

LIBRARY = PageSpec(
    key="films",
    parent="home",
    model="films.FilmIndexPage",
    in_menu=True,
    da={
        "title": "Film",
        "slug": "film",
        "intro": "Se, hvordan OS I BRANCHEN giver eleverne en ny start på erhvervsuddannelsen.",
    },
    en={
        "title": "Films",
        "slug": "films",
        "intro": "See how US IN THE INDUSTRY gives students a new start to vocational education.",
    },
)

# Partner-only: lives in the partner area, behind its restriction.
TUTORIALS = PageSpec(
    key="tutorial-films",
    parent="partner-area",
    model="films.FilmIndexPage",
    da={
        "title": "Instruktionsfilm",
        "slug": "instruktionsfilm",
        "intro": "Film til jer, der står for aktiviteterne: sådan forbereder og gennemfører I dem.",
    },
    en={
        "title": "Tutorial films",
        "slug": "tutorial-films",
        "intro": "Films for those who run the activities: how to prepare them and carry them out.",
    },
)


def film(key, parent, poster, audiences, topics, da, en):
    return PageSpec(
        key=key,
        parent=parent,
        model="films.FilmPage",
        image=poster,
        film={"audiences": audiences, "topics": topics},
        da={"duration": "0:08", "transcript": TRANSCRIPT["da"], **da},
        en={"duration": "0:08", "transcript": TRANSCRIPT["en"], **en},
    )


INTRODUCTION = film(
    "film-introduction",
    "films",
    "hero",
    ["students", "schools", "companies"],
    ["initiative", "first-day"],
    da={
        "title": "Hvad er OS I BRANCHEN?",
        "slug": "hvad-er-os-i-branchen",
        "description": "Demofilm: en kort introduktion til en ny start på grundforløb 2, hvor eleverne møder branchen fra første dag.",
    },
    en={
        "title": "What is US IN THE INDUSTRY?",
        "slug": "what-is-us-in-the-industry",
        "description": "Demo film: a short introduction to a new start to the second basic course, where students meet their industry from the first day.",
    },
)

PUBLIC_FILMS = [
    INTRODUCTION,
    film(
        "film-apprentices",
        "films",
        "workshop",
        ["students"],
        ["first-day", "network"],
        da={
            "title": "Lærlingene tager imod",
            "slug": "laerlingene-tager-imod",
            "description": "Demofilm: erfarne lærlinge fortæller de nye elever, hvordan det er at være i branchen.",
        },
        en={
            "title": "The apprentices welcome you",
            "slug": "the-apprentices-welcome-you",
            "description": "Demo film: experienced apprentices tell the new students what it is like to be part of the industry.",
        },
    ),
    film(
        "film-companies",
        "films",
        "visit",
        ["companies"],
        ["company-visits"],
        da={
            "title": "Sådan tager en virksomhed imod en klasse",
            "slug": "saadan-tager-en-virksomhed-imod-en-klasse",
            "description": "Demofilm: hvad et virksomhedsbesøg kræver af virksomheden – og hvad den får igen.",
        },
        en={
            "title": "How a company welcomes a class",
            "slug": "how-a-company-welcomes-a-class",
            "description": "Demo film: what a company visit asks of the company, and what the company gets back.",
        },
    ),
]

TUTORIAL_FILMS = [
    film(
        "tutorial-welcome-day",
        "tutorial-films",
        "hero",
        ["facilitators", "schools"],
        ["first-day", "facilitation"],
        da={
            "title": "Velkomstdagen trin for trin",
            "slug": "velkomstdagen-trin-for-trin",
            "description": "Demofilm: sådan planlægger I velkomstdagen med lærlinge og virksomheder.",
        },
        en={
            "title": "The welcome day step by step",
            "slug": "the-welcome-day-step-by-step",
            "description": "Demo film: how to plan the welcome day with apprentices and companies.",
        },
    ),
    film(
        "tutorial-company-visit",
        "tutorial-films",
        "visit",
        ["facilitators"],
        ["company-visits", "facilitation"],
        da={
            "title": "Forbered virksomhedsbesøget",
            "slug": "forbered-virksomhedsbesoget",
            "description": "Demofilm: aftaler, forberedelse af eleverne og opfølgning efter besøget.",
        },
        en={
            "title": "Preparing the company visit",
            "slug": "preparing-the-company-visit",
            "description": "Demo film: arrangements, preparing the students and following up after the visit.",
        },
    ),
    film(
        "tutorial-network-map",
        "tutorial-films",
        "network",
        ["facilitators"],
        ["network", "facilitation"],
        da={
            "title": "Netværkskortet i praksis",
            "slug": "netvaerkskortet-i-praksis",
            "description": "Demofilm: sådan hjælper I eleverne med at tegne deres personlige netværk i branchen.",
        },
        en={
            "title": "The network map in practice",
            "slug": "the-network-map-in-practice",
            "description": "Demo film: how to help students draw their personal network in the industry.",
        },
    ),
    film(
        "tutorial-joint-task",
        "tutorial-films",
        "workshop",
        ["facilitators", "companies"],
        ["facilitation"],
        da={
            "title": "Den fælles opgave med lærlinge",
            "slug": "den-faelles-opgave-med-laerlinge",
            "description": "Demofilm: sådan sætter I elever og lærlinge sammen om en rigtig opgave fra branchen.",
        },
        en={
            "title": "The joint task with apprentices",
            "slug": "the-joint-task-with-apprentices",
            "description": "Demo film: how to bring students and apprentices together on a real task from the industry.",
        },
    ),
]

PAGES = [LIBRARY, *PUBLIC_FILMS, TUTORIALS, *TUTORIAL_FILMS]
RESTRICTED_TO_PARTNERS = ["tutorial-films"]
PARTNER_COLLECTION = "Partnermateriale (demo)"
HOME_HERO_FILM = "film-introduction"


def captions_vtt(lang):
    cues = "\n".join(f"{start} --> {end}\n{text}\n" for start, end, text in CAPTIONS[lang])
    return f"WEBVTT\n\n{cues}"
