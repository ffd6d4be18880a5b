"""The demo news, Danish first; most posts are translated to English, two are not (so
the English news shows only what really exists in English). Events and quotes are
invented for the demo and say so; the facts behind them are in shared/content-facts.md."""

from datetime import date

from home.demo.content import PageSpec, p

DEMO_NOTE = {
    "da": "<p><em>Demonyhed: skrevet til demoudgaven af sitet.</em></p>",
    "en": "<p><em>Demo news: written for the demo version of the site.</em></p>",
}

TOPICS = [
    ("schools", "Skoler", "Schools"),
    ("companies", "Virksomheder", "Companies"),
    ("evaluation", "Evaluering", "Evaluation"),
]

INDEX = PageSpec(
    key="news",
    parent="home",
    model="news.NewsIndexPage",
    in_menu=True,
    da={
        "title": "Nyheder",
        "slug": "nyheder",
        "intro": "Nyt fra OS I BRANCHEN: nye skoler, erfaringer fra virksomheder og evalueringen.",
    },
    en={
        "title": "News",
        "slug": "news",
        "intro": "News from US IN THE INDUSTRY: new schools, companies' experiences and the evaluation.",
    },
)


def post(key, when, image, topics, da, en=None, contact=None):
    def with_body(data, lang):
        if data is None:
            return None
        body = [("paragraph", p(*data.pop("paragraphs")) + DEMO_NOTE[lang])]
        if "quote" in data:
            body.insert(1, ("quote", data.pop("quote")))
        return {**data, "body": body, "date": when, **(contact or {}).get(lang, {})}

    return PageSpec(
        key=key,
        parent="news",
        model="news.NewsPage",
        image=image,
        news={"topics": topics},
        da=with_body(da, "da"),
        en=with_body(en, "en"),
    )


POSTS = [
    post(
        "news-new-schools",
        date(2026, 8, 10),
        "hero",
        ["schools", "first-day"],
        da={
            "title": "Tradium og AARHUS TECH er med fra næste skolestart",
            "slug": "tradium-og-aarhus-tech-er-med",
            "intro": "To nye erhvervsskoler tager OS I BRANCHEN i brug, så endnu flere elever møder deres branche fra første skoledag.",
            "paragraphs": [
                "OS I BRANCHEN blev udviklet sammen med NEXT, ZBC og CELF. Nu tager også Tradium og AARHUS TECH initiativet i brug på grundforløb 2.",
                "Før skolestart bliver skolernes ledere, koordinatorer og lærere klædt på, så alle kender deres rolle, når de første elever møder ind.",
            ],
        },
        en={
            "title": "Tradium and AARHUS TECH join from the next school start",
            "slug": "tradium-and-aarhus-tech-join",
            "intro": "Two more vocational schools take up US IN THE INDUSTRY, so even more students meet their industry from the first day.",
            "paragraphs": [
                "US IN THE INDUSTRY was developed together with NEXT, ZBC and CELF. Now Tradium and AARHUS TECH are taking it up on the second basic course too.",
                "Before the start, the schools' leaders, coordinators and teachers are prepared, so that everyone knows their part when the first students arrive.",
            ],
        },
    ),
    post(
        "news-company-experience",
        date(2026, 9, 15),
        "visit",
        ["companies", "company-visits"],
        da={
            "title": "»Eleverne stillede de bedste spørgsmål«",
            "slug": "eleverne-stillede-de-bedste-spoergsmaal",
            "intro": "En installationsvirksomhed fortæller, hvordan det var at tage imod en klasse i elevernes anden skoleuge.",
            "paragraphs": [
                "Besøget tog tre timer. Eleverne så værkstedet, talte med lærlinge og prøvede en lille opgave fra en rigtig byggeplads.",
                "For virksomheden var det en måde at møde fremtidens lærlinge tidligt – og for eleverne et første skridt ind i branchens netværk.",
            ],
            "quote": {
                "quote": "Vi fik lige så meget ud af dagen som eleverne.",
                "name": "Værkfører (demo)",
                "role": "Installationsvirksomhed",
            },
        },
        en={
            "title": "“The students asked the best questions”",
            "slug": "the-students-asked-the-best-questions",
            "intro": "An installation company tells what it was like to welcome a class in the students' second week at school.",
            "paragraphs": [
                "The visit lasted three hours. The students saw the workshop, talked to apprentices and tried a small task from a real building site.",
                "For the company it was a way to meet future apprentices early, and for the students a first step into the industry's network.",
            ],
            "quote": {
                "quote": "We got as much out of the day as the students did.",
                "name": "Site manager (demo)",
                "role": "Installation company",
            },
        },
    ),
    post(
        "news-evaluation",
        date(2026, 10, 1),
        "network",
        ["evaluation"],
        da={
            "title": "Forsøget er slut – nu analyseres resultaterne",
            "slug": "forsoeget-er-slut-nu-analyseres-resultaterne",
            "intro": "Det lodtrukne forsøg med OS I BRANCHEN er afsluttet. Forskerne arbejder nu med at måle initiativets effekt.",
            "paragraphs": [
                "I forsøget afgjorde lodtrækning, i hvilken rækkefølge de deltagende uddannelser på hver skole begyndte. De uddannelser, der ventede, viser, hvad der ville være sket uden initiativet.",
                "Evalueringen gennemføres af ROCKWOOL Fondens Interventionsenhed med forskere fra Copenhagen Business School og University College London samt Rambøll.",
            ],
        },
        en={
            "title": "The trial has ended – now the results are analysed",
            "slug": "the-trial-has-ended",
            "intro": "The randomised trial of US IN THE INDUSTRY has ended. The researchers are now measuring the initiative's effect.",
            "paragraphs": [
                "In the trial a lottery decided the order in which the participating programmes at each school started. The programmes still waiting show what would have happened without the initiative.",
                "The evaluation is carried out by the ROCKWOOL Foundation's Intervention Unit with researchers from Copenhagen Business School and University College London, and with Rambøll.",
            ],
        },
        contact={
            "da": {
                "contact_name": "Demo Kontaktperson",
                "contact_role": "Projektleder, ROCKWOOL Fondens Interventionsenhed (demo)",
                "contact_email": "evaluering@example.org",
            },
            "en": {
                "contact_name": "Demo Contact",
                "contact_role": "Project manager, ROCKWOOL Foundation's Intervention Unit (demo)",
                "contact_email": "evaluering@example.org",
            },
        },
    ),
    post(
        "news-apprentices",
        date(2026, 8, 24),
        "workshop",
        ["first-day", "network"],
        da={
            "title": "Lærlinge tager imod på første skoledag",
            "slug": "laerlinge-tager-imod-paa-foerste-skoledag",
            "intro": "Erfarne lærlinge var de første, de nye elever mødte, da skoleåret begyndte.",
            "paragraphs": [
                "Lærlingene fortalte om deres vej ind i faget og viste eleverne rundt på værkstederne.",
                "Det giver eleverne et ansigt på branchen fra dag ét – og nogen at spørge, når der er brug for det.",
            ],
        },
        en={
            "title": "Apprentices welcome the students on the first day",
            "slug": "apprentices-welcome-the-students",
            "intro": "Experienced apprentices were the first people the new students met when the school year began.",
            "paragraphs": [
                "The apprentices told the students how they found their way into the trade and showed them around the workshops.",
                "It gives the students a face of the industry from day one, and someone to ask when they need to.",
            ],
        },
    ),
    post(
        "news-network-map",
        date(2026, 9, 2),
        "network",
        ["network"],
        da={
            "title": "Netværkskortet gør elevernes kontakter synlige",
            "slug": "netvaerkskortet-goer-elevernes-kontakter-synlige",
            "intro": "Med et simpelt kort tegner eleverne, hvem de allerede kender i branchen – og hvem de gerne vil lære at kende.",
            "paragraphs": [
                "Kortet bliver fulgt op flere gange i løbet af grundforløbet, så eleverne kan se deres netværk vokse.",
            ],
        },
    ),
    post(
        "news-onboarding",
        date(2026, 7, 1),
        "workshop",
        ["schools", "facilitation"],
        da={
            "title": "Lærerne klædes på inden skolestart",
            "slug": "laererne-klaedes-paa-inden-skolestart",
            "intro": "Før en skole begynder, gennemgår alle involverede forløbet, så de kender deres rolle.",
            "paragraphs": [
                "Ledere, koordinatorer, lærere og virksomhedskontakter får hver deres del af introduktionen.",
            ],
        },
    ),
    post(
        "news-visit-advice",
        date(2026, 9, 28),
        "visit",
        ["company-visits", "companies"],
        da={
            "title": "Tre gode råd til virksomhedsbesøget",
            "slug": "tre-gode-raad-til-virksomhedsbesoeget",
            "intro": "Et godt besøg kræver lidt forberedelse hos både skole og virksomhed.",
            "paragraphs": [
                "Aftal på forhånd, hvad eleverne skal se. Lad lærlinge fortælle. Giv eleverne en lille opgave, de kan løse sammen.",
            ],
        },
        en={
            "title": "Three tips for the company visit",
            "slug": "three-tips-for-the-company-visit",
            "intro": "A good visit takes a little preparation, both at the school and at the company.",
            "paragraphs": [
                "Agree beforehand what the students will see. Let apprentices do the talking. Give the students a small task to solve together.",
            ],
        },
    ),
    post(
        "news-team",
        date(2026, 10, 20),
        "hero",
        ["initiative"],
        da={
            "title": "Vi lykkes som et hold",
            "slug": "vi-lykkes-som-et-hold",
            "intro": "Et af initiativets to principper handler om fællesskabet mellem elever, lærere, lærlinge og virksomheder.",
            "paragraphs": [
                "OS I BRANCHEN bygger på to principper: første skoledag er første dag i branchen, og vi lykkes som et hold.",
            ],
        },
        en={
            "title": "We succeed as a team",
            "slug": "we-succeed-as-a-team",
            "intro": "One of the initiative's two principles is about the community of students, teachers, apprentices and companies.",
            "paragraphs": [
                "US IN THE INDUSTRY rests on two principles: the first day at school is the first day in the industry, and we succeed as a team.",
            ],
        },
    ),
]

PAGES = [INDEX, *POSTS]
