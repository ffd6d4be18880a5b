"""The demo site's text, Danish first and English second, written from
shared/content-facts.md. Pages are facts about the initiative; illustrations, contact
details and anything else invented is labelled as demo material."""

from dataclasses import dataclass, field


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@dataclass
class PageSpec:
    key: str
    parent: str | None  # key of the parent page; None for the home page
    model: str  # "home.HomePage" or "home.ContentPage"
    da: dict
    en: dict | None  # None: the page is not translated
    in_menu: bool = False
    image: str | None = None  # key of a demo image used as hero image
    links: dict = field(default_factory=dict)  # placeholder name -> page key
    film: dict | None = None  # a film's audiences and topic keys (home/demo/films.py)
    news: dict | None = None  # a news post's topic keys (home/demo/news.py)


HOME = PageSpec(
    key="home",
    parent=None,
    model="home.HomePage",
    image="hero",
    links={
        "schools": "collaborate-schools",
        "companies": "collaborate-companies",
        "collaborate": "collaborate",
        "about": "about",
    },
    da={
        "title": "OS I BRANCHEN",
        "slug": "hjem",
        "seo_title": "OS I BRANCHEN – en ny start på erhvervsuddannelsen",
        "search_description": (
            "OS I BRANCHEN giver elever på grundforløb 2 et netværk og erfaring med "
            "deres branche fra første skoledag."
        ),
        "hero_heading": "Første skoledag er første dag i branchen",
        "hero_text": (
            "OS I BRANCHEN er en ny start på erhvervsuddannelsen. Fra første dag på "
            "grundforløb 2 møder eleverne virksomheder, erfarne lærlinge og lærere – og "
            "bygger sammen et netværk i den branche, de skal være en del af."
        ),
        "hero_links": [
            ("link", {"page": "collaborate", "label": "Samarbejd med os"}),
            ("link", {"page": "about", "label": "Læs om initiativet"}),
        ],
        "aims_heading": "Fire mål for eleverne",
        "aims_intro": (
            "Alt i OS I BRANCHEN peger mod fire mål. De er skrevet sammen med elever, "
            "lærere og virksomheder."
        ),
        "aims": [
            (
                "Tro på egne evner",
                "Eleverne tror på, at de kan gennemføre uddannelsen og blive en del af branchen.",
            ),
            (
                "Et netværk, der bærer",
                "Eleverne ser sig selv som en del af et fagligt fællesskab, hvor de er en værdifuld ressource.",
            ),
            (
                "Trivsel og mod",
                "Eleverne trives og kan håndtere de udfordringer, de møder undervejs.",
            ),
            ("Lyst til at fortsætte", "Eleverne er motiverede for at gennemføre grundforløb 2."),
        ],
        "join_heading": "Vær med, når næste hold starter",
        "join_actions": [
            {
                "heading": "For erhvervsskoler",
                "text": "Bliv en af de skoler, der tager OS I BRANCHEN i brug – og bidrag til at vi lærer, hvad der virker.",
                "link": {"page": "collaborate-schools", "label": "Tilmeld jeres skole"},
                "style": "signal",
            },
            {
                "heading": "For virksomheder",
                "text": "Tag imod elever på besøg, stil en opgave eller lad jeres lærlinge fortælle om faget.",
                "link": {"page": "collaborate-companies", "label": "Bliv virksomhedspartner"},
                "style": "calm",
            },
        ],
        "partners_heading": "Skoler og partnere bag initiativet",
        "news_heading": "Nyt fra OS I BRANCHEN",
        "body": [
            (
                "fact_box",
                {
                    "heading": "Derfor er der brug for en ny start",
                    "facts": [
                        {
                            "figure": "1 ud af 5",
                            "text": "unge danskere har ingen ungdomsuddannelse, når de fylder 25.",
                        },
                        {
                            "figure": "Knap halvdelen",
                            "text": "af dem, der begynder på en erhvervsuddannelse, gennemfører den ikke.",
                        },
                    ],
                    "source": "Offentlige opgørelser, gengivet af ROCKWOOL Fonden",
                },
            ),
        ],
    },
    en={
        "title": "US IN THE INDUSTRY",
        "slug": "home",
        "seo_title": "US IN THE INDUSTRY – a new start to vocational education",
        "search_description": (
            "US IN THE INDUSTRY gives second basic course (GF2) students a network and "
            "real experience of their industry from their first day at school."
        ),
        "hero_heading": "Your first day at school is your first day in the industry",
        "hero_text": (
            "US IN THE INDUSTRY (OS I BRANCHEN) is a new start to vocational education in "
            "Denmark. From day one of the second basic course, students meet companies, "
            "experienced apprentices and teachers, and build a network in the industry they "
            "are joining."
        ),
        "hero_links": [
            ("link", {"page": "collaborate", "label": "Collaborate with us"}),
            ("link", {"page": "about", "label": "About the initiative"}),
        ],
        "aims_heading": "Four aims for the students",
        "aims_intro": (
            "Everything in US IN THE INDUSTRY points towards four aims, written together "
            "with students, teachers and companies."
        ),
        "aims": [
            (
                "Belief in themselves",
                "Students believe they can graduate and become part of the industry.",
            ),
            (
                "A network that carries",
                "Students see themselves as part of a supportive professional network, and as a valuable resource in it.",
            ),
            (
                "Well-being and resilience",
                "Students thrive and cope with the challenges they meet along the way.",
            ),
            (
                "Motivation to continue",
                "Students are motivated to complete the second basic course.",
            ),
        ],
        "join_heading": "Join in when the next wave starts",
        "join_actions": [
            {
                "heading": "For vocational schools",
                "text": "Become one of the schools that start US IN THE INDUSTRY, and help us learn what works.",
                "link": {"page": "collaborate-schools", "label": "Sign up your school"},
                "style": "signal",
            },
            {
                "heading": "For companies",
                "text": "Welcome students on a visit, set them a task, or let your apprentices tell them about the trade.",
                "link": {"page": "collaborate-companies", "label": "Become a company partner"},
                "style": "calm",
            },
        ],
        "partners_heading": "Schools and partners behind the initiative",
        "news_heading": "News from US IN THE INDUSTRY",
        "body": [
            (
                "fact_box",
                {
                    "heading": "Why a new start is needed",
                    "facts": [
                        {
                            "figure": "1 in 5",
                            "text": "young Danes have no upper-secondary education at the age of 25.",
                        },
                        {
                            "figure": "Almost half",
                            "text": "of those who start a vocational education do not complete it.",
                        },
                    ],
                    "source": "Public statistics, as cited by the ROCKWOOL Foundation",
                },
            ),
        ],
    },
)

ABOUT = PageSpec(
    key="about",
    parent="home",
    model="home.ContentPage",
    in_menu=True,
    image="workshop",
    da={
        "title": "Om OS I BRANCHEN",
        "slug": "om-os",
        "intro": "En ny start på grundforløb 2, hvor eleverne fra første dag bliver en del af deres branche – sammen.",
        "body": [
            ("heading", {"text": "Hvad er OS I BRANCHEN?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "OS I BRANCHEN er et initiativ fra ROCKWOOL Fondens Interventionsenhed. Det giver "
                    "elever på grundforløb 2 (GF2) – det 20 uger lange forløb, der fører frem mod en "
                    "læreplads – et netværk og konkrete erfaringer med deres branche allerede fra den "
                    "første skoledag.",
                    "Virksomheder, erfarne lærlinge og lærere er med i aktiviteterne. Eleverne møder "
                    "dem, der allerede arbejder i faget, og oplever, at de selv hører til.",
                ),
            ),
            (
                "quote",
                {
                    "quote": "Første skoledag er første dag i branchen.",
                    "name": "OS I BRANCHEN",
                    "role": "Det første af initiativets to principper",
                },
            ),
            (
                "quote",
                {
                    "quote": "Vi lykkes som et hold.",
                    "name": "OS I BRANCHEN",
                    "role": "Det andet princip",
                },
            ),
            ("heading", {"text": "Udviklet sammen med dem, det handler om", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Initiativet er udviklet over omkring fire år sammen med et servicedesignbureau og "
                    "i tæt samarbejde med elever, lærere og virksomheder. Det er prøvet af, justeret og "
                    "prøvet af igen i mange runder.",
                    "Erhvervsskolen NEXT i København har været med som medudvikler fra begyndelsen. "
                    "Siden er ZBC og CELF kommet til, og senere også Tradium og AARHUS TECH.",
                ),
            ),
            (
                "image",
                {
                    "image": {
                        "image": "@network",
                        "decorative": False,
                        "alt_text": "Illustration af et netværk af elever, lærlinge og virksomheder",
                    },
                    "caption": "Netværket omkring eleven: lærere, lærlinge og virksomheder.",
                    "credit": "Demo-illustration",
                },
            ),
            (
                "faq",
                {
                    "heading": "Spørgsmål og svar",
                    "items": [
                        {
                            "question": "Hvem er OS I BRANCHEN for?",
                            "answer": p(
                                "For elever på grundforløb 2 på erhvervsuddannelserne – og for de skoler, lærere og virksomheder, der tager imod dem."
                            ),
                        },
                        {
                            "question": "Hvad koster det for en skole at være med?",
                            "answer": p(
                                "Skolerne får materialer, film og vejledning fra ROCKWOOL Fondens Interventionsenhed. Skolens egen indsats er tid til at forberede og gennemføre aktiviteterne."
                            ),
                        },
                        {
                            "question": "Hvordan ved I, om det virker?",
                            "answer": p(
                                "Initiativet evalueres i et lodtrækningsforsøg. Læs mere om evalueringen."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    en={
        "title": "About US IN THE INDUSTRY",
        "slug": "about-us",
        "intro": "A new start to the second basic course, where students become part of their industry from day one – together.",
        "body": [
            ("heading", {"text": "What is US IN THE INDUSTRY?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "US IN THE INDUSTRY is an initiative of the ROCKWOOL Foundation's Intervention Unit. "
                    "It gives students on the second basic course (GF2) – the 20-week course that leads "
                    "to an apprenticeship – a network and real experience of their industry from the "
                    "very first day at school.",
                    "Companies, experienced apprentices and teachers take part in the activities. "
                    "Students meet people who already work in the trade, and find that they belong there too.",
                ),
            ),
            (
                "quote",
                {
                    "quote": "The first day at school is the first day in the industry.",
                    "name": "US IN THE INDUSTRY",
                    "role": "The first of the initiative's two principles",
                },
            ),
            (
                "quote",
                {
                    "quote": "We succeed as a team.",
                    "name": "US IN THE INDUSTRY",
                    "role": "The second principle",
                },
            ),
            ("heading", {"text": "Designed with the people it is for", "level": "h2"}),
            (
                "paragraph",
                p(
                    "The initiative was developed over about four years with a service-design agency, "
                    "working closely with students, teachers and companies. It was tried out, adjusted "
                    "and tried again in many rounds.",
                    "The vocational school NEXT in Copenhagen has been a co-developer from the start. "
                    "ZBC and CELF joined later, followed by Tradium and AARHUS TECH.",
                ),
            ),
            (
                "image",
                {
                    "image": {
                        "image": "@network",
                        "decorative": False,
                        "alt_text": "Illustration of a network of students, apprentices and companies",
                    },
                    "caption": "The network around the student: teachers, apprentices and companies.",
                    "credit": "Demo illustration",
                },
            ),
            (
                "faq",
                {
                    "heading": "Questions and answers",
                    "items": [
                        {
                            "question": "Who is US IN THE INDUSTRY for?",
                            "answer": p(
                                "For students on the second basic course of vocational education – and for the schools, teachers and companies who welcome them."
                            ),
                        },
                        {
                            "question": "What does it cost a school to take part?",
                            "answer": p(
                                "Schools receive materials, films and guidance from the ROCKWOOL Foundation's Intervention Unit. The school's own contribution is the time to prepare and run the activities."
                            ),
                        },
                        {
                            "question": "How do you know whether it works?",
                            "answer": p(
                                "The initiative is evaluated in a randomised trial. Read more about the evaluation."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
)

AIMS = PageSpec(
    key="aims",
    parent="about",
    model="home.ContentPage",
    da={
        "title": "De fire mål",
        "slug": "de-fire-maal",
        "intro": "Fire mål for eleverne styrer alt, hvad der sker i OS I BRANCHEN.",
        "body": [
            ("heading", {"text": "1. Tro på egne evner", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Eleverne tror på, at de kan gennemføre deres uddannelse og blive en del af branchen. De har set, at andre som dem har klaret det."
                ),
            ),
            ("heading", {"text": "2. Et støttende fagligt netværk", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Eleverne ser sig selv som en del af et fagligt netværk, der støtter dem – og som en værdifuld ressource for det netværk."
                ),
            ),
            ("heading", {"text": "3. Trivsel og robusthed", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Eleverne trives på skolen og kan håndtere de udfordringer, som både skole og praktik byder på."
                ),
            ),
            ("heading", {"text": "4. Motivation til at gennemføre", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Eleverne er motiverede for at gennemføre grundforløb 2 og komme videre mod en læreplads."
                ),
            ),
        ],
    },
    en={
        "title": "The four aims",
        "slug": "the-four-aims",
        "intro": "Four aims for the students guide everything that happens in US IN THE INDUSTRY.",
        "body": [
            ("heading", {"text": "1. Belief in their own ability", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Students believe they can complete their education and become part of the industry. They have seen that people like them have done it."
                ),
            ),
            ("heading", {"text": "2. A supportive professional network", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Students see themselves as part of a professional network that supports them – and as a valuable resource for that network."
                ),
            ),
            ("heading", {"text": "3. Well-being and resilience", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Students thrive at school and cope with the challenges that school and work placements bring."
                ),
            ),
            ("heading", {"text": "4. Motivation to complete", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Students are motivated to complete the second basic course and move on towards an apprenticeship."
                ),
            ),
        ],
    },
)

EVALUATION = PageSpec(
    key="evaluation",
    parent="about",
    model="home.ContentPage",
    da={
        "title": "Evalueringen",
        "slug": "evalueringen",
        "intro": "Virker det? Et lodtrækningsforsøg skal give et troværdigt svar.",
        "body": [
            (
                "paragraph",
                p(
                    "OS I BRANCHEN evalueres i et randomiseret forsøg, som ROCKWOOL Fondens "
                    "Interventionsenhed gennemfører sammen med forskere fra Copenhagen Business School "
                    "og University College London. Rambøll står for dele af implementeringen og "
                    "evalueringen.",
                    "Forsøget er registreret med omkring ni uddannelser på fire skoler, som starter "
                    "trinvist fra foråret 2022 til foråret 2024. Evalueringen løber frem til 2025.",
                ),
            ),
            (
                "fact_box",
                {
                    "heading": "Forsøget i tal",
                    "facts": [
                        {"figure": "Ca. 9", "text": "uddannelser i det registrerede forsøg"},
                        {"figure": "4", "text": "erhvervsskoler"},
                        {"figure": "2022–2024", "text": "trinvis opstart, bølge for bølge"},
                    ],
                    "source": "Forsøgsregistreringen",
                },
            ),
            ("heading", {"text": "Hvorfor lodtrækning?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "Lodtrækningen afgør, i hvilken rækkefølge uddannelserne på hver skole går i gang. "
                    "De uddannelser, der endnu venter, viser, hvordan det ville være gået uden "
                    "initiativet. Sådan kan forskerne adskille effekten af OS I BRANCHEN fra alt det "
                    "andet, der ændrer sig over tid.",
                ),
            ),
        ],
    },
    en={
        "title": "The evaluation",
        "slug": "the-evaluation",
        "intro": "Does it work? A randomised trial is designed to give a credible answer.",
        "body": [
            (
                "paragraph",
                p(
                    "US IN THE INDUSTRY is evaluated in a randomised trial run by the ROCKWOOL "
                    "Foundation's Intervention Unit with researchers from Copenhagen Business School "
                    "and University College London. Rambøll is responsible for parts of the "
                    "implementation and evaluation.",
                    "The registered trial covers about nine programmes at four schools, starting step "
                    "by step from spring 2022 to spring 2024. The evaluation runs until 2025.",
                ),
            ),
            (
                "fact_box",
                {
                    "heading": "The trial in numbers",
                    "facts": [
                        {"figure": "About 9", "text": "programmes in the registered trial"},
                        {"figure": "4", "text": "vocational schools"},
                        {"figure": "2022–2024", "text": "stepped start, wave by wave"},
                    ],
                    "source": "The trial registration",
                },
            ),
            ("heading", {"text": "Why a lottery?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "A lottery decides the order in which the programmes at each school start. The "
                    "programmes still waiting show what would have happened without the initiative. "
                    "That is how the researchers can separate the effect of US IN THE INDUSTRY from "
                    "everything else that changes over time.",
                ),
            ),
        ],
    },
)

COLLABORATE = PageSpec(
    key="collaborate",
    parent="home",
    model="home.ContentPage",
    in_menu=True,
    image="visit",
    links={"schools": "collaborate-schools", "companies": "collaborate-companies"},
    da={
        "title": "Samarbejd med os",
        "slug": "samarbejd-med-os",
        "intro": "Vi søger nye erhvervsskoler og virksomheder, der vil give eleverne en stærkere start.",
        "body": [
            (
                "paragraph",
                p(
                    "OS I BRANCHEN rulles ud til nye erhvervsskoler bølge for bølge. Skoler, der går "
                    "med, bliver en del af evalueringen, og virksomheder i hele landet kan gøre en "
                    "forskel for eleverne fra deres første skoledag.",
                ),
            ),
            ("heading", {"text": "Sådan foregår det", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>Skolen melder sig og fortæller, hvilke uddannelser der er interesserede.</li>"
                "<li>En lodtrækning afgør, i hvilken rækkefølge uddannelserne starter.</li>"
                "<li>Før start bliver alle involverede – ledere, koordinatorer, lærere og virksomhedskontakter – klædt på til deres rolle.</li>"
                "<li>Skolen gennemfører aktiviteterne med materialer, film og drejebog fra partnerområdet.</li></ol>",
            ),
            (
                "call_to_action",
                {
                    "heading": "Er I en erhvervsskole?",
                    "text": "Læs, hvad det indebærer, og meld jeres skole til.",
                    "link": {"page": "collaborate-schools", "label": "For skoler"},
                    "style": "signal",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Er I en virksomhed?",
                    "text": "Se, hvordan I kan tage del i elevernes første uger.",
                    "link": {"page": "collaborate-companies", "label": "For virksomheder"},
                    "style": "calm",
                },
            ),
        ],
    },
    en={
        "title": "Collaborate with us",
        "slug": "collaborate-with-us",
        "intro": "We are looking for new vocational schools and companies who want to give students a stronger start.",
        "body": [
            (
                "paragraph",
                p(
                    "US IN THE INDUSTRY is being rolled out to new vocational schools wave by wave. "
                    "Schools that join become part of the evaluation, and companies across the country "
                    "can make a difference for students from their first day at school.",
                ),
            ),
            ("heading", {"text": "How it works", "level": "h2"}),
            (
                "paragraph",
                "<ol><li>The school signs up and tells us which programmes are interested.</li>"
                "<li>A lottery decides the order in which the programmes start.</li>"
                "<li>Before the start, everyone involved – leaders, coordinators, teachers and company contacts – is prepared for their part.</li>"
                "<li>The school runs the activities with materials, films and the playbook from the partner area.</li></ol>",
            ),
            (
                "call_to_action",
                {
                    "heading": "Are you a vocational school?",
                    "text": "Read what it involves and sign up your school.",
                    "link": {"page": "collaborate-schools", "label": "For schools"},
                    "style": "signal",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Are you a company?",
                    "text": "See how you can take part in the students' first weeks.",
                    "link": {"page": "collaborate-companies", "label": "For companies"},
                    "style": "calm",
                },
            ),
        ],
    },
)

SCHOOLS = PageSpec(
    key="collaborate-schools",
    parent="collaborate",
    model="home.ContentPage",
    da={
        "title": "For erhvervsskoler",
        "slug": "for-skoler",
        "intro": "Sådan bliver jeres skole en del af OS I BRANCHEN – og af forsøget.",
        "body": [
            (
                "paragraph",
                p(
                    "Når jeres skole går med, deltager I i evalueringen. En lodtrækning afgør, hvornår "
                    "hver af jeres deltagende uddannelser starter. Det betyder, at nogle hold venter "
                    "lidt – og netop det gør det muligt at måle, hvad initiativet gør for eleverne.",
                ),
            ),
            ("heading", {"text": "Det får I", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "Vejledningsfilm til dem, der står for aktiviteterne",
                    "Aktivitetsmaterialer med formål, tidsplan, trin og elevark",
                    "En drejebog til facilitatorerne",
                    "Standardmails til virksomheder og elever, klar til at tilpasse",
                    "Onboarding, så alle kender deres rolle før første skoledag",
                ),
            ),
            (
                "faq",
                {
                    "heading": "Spørgsmål fra skoler",
                    "items": [
                        {
                            "question": "Hvem på skolen skal være med?",
                            "answer": p(
                                "Skoleledelsen, en koordinator og de lærere, der faciliterer aktiviteterne. Virksomhedskontakterne inddrages også."
                            ),
                        },
                        {
                            "question": "Kan vi selv vælge, hvornår vi starter?",
                            "answer": p(
                                "Nej, rækkefølgen afgøres ved lodtrækning. Det er det, der gør evalueringen troværdig."
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Klar til at melde jeres skole til?",
                    "text": "Tilmeld jer, så fortæller vi, hvordan næste hold kommer med, og hvornår lodtrækningen finder sted.",
                    "link": {"page": "signup-school", "label": "Tilmeld jeres skole"},
                    "style": "signal",
                },
            ),
        ],
    },
    en={
        "title": "For vocational schools",
        "slug": "for-schools",
        "intro": "How your school becomes part of US IN THE INDUSTRY – and of the trial.",
        "body": [
            (
                "paragraph",
                p(
                    "When your school joins, you take part in the evaluation. A lottery decides when "
                    "each of your participating programmes starts. Some classes wait a little – and "
                    "that is exactly what makes it possible to measure what the initiative does for "
                    "students.",
                ),
            ),
            ("heading", {"text": "What you get", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "Tutorial films for the people who run the activities",
                    "Activity materials with purpose, timing, steps and handouts",
                    "A playbook for the facilitators",
                    "Standard e-mails to companies and students, ready to adapt",
                    "Onboarding, so everyone knows their part before the first day",
                ),
            ),
            (
                "faq",
                {
                    "heading": "Questions from schools",
                    "items": [
                        {
                            "question": "Who at the school needs to take part?",
                            "answer": p(
                                "The school's leadership, a coordinator and the teachers who facilitate the activities. The company contacts are involved too."
                            ),
                        },
                        {
                            "question": "Can we choose when we start?",
                            "answer": p(
                                "No, the order is decided by lottery. That is what makes the evaluation credible."
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Ready to sign up your school?",
                    "text": "Sign up and we will tell you how the next classes join, and when the lottery takes place.",
                    "link": {"page": "signup-school", "label": "Sign up your school"},
                    "style": "signal",
                },
            ),
        ],
    },
)

COMPANIES = PageSpec(
    key="collaborate-companies",
    parent="collaborate",
    model="home.ContentPage",
    da={
        "title": "For virksomheder",
        "slug": "for-virksomheder",
        "intro": "Mød de elever, der kan blive jeres lærlinge og kolleger.",
        "body": [
            (
                "paragraph",
                p(
                    "Virksomheder er med fra elevernes første dag. I kan tage imod et hold på besøg, "
                    "stille en opgave fra den virkelige verden, lade jeres lærlinge fortælle om faget "
                    "eller være med, når forløbet slutter.",
                ),
            ),
            (
                "quote",
                {
                    "quote": "Vi lykkes som et hold.",
                    "name": "OS I BRANCHEN",
                    "role": "Et af initiativets to principper",
                },
            ),
            (
                "paragraph",
                p(
                    "Det kræver ikke meget: et par timer, en åben dør og lyst til at vise, hvad faget kan."
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Vil I være med?",
                    "text": "Fortæl os, hvilken branche I er i, så sætter vi jer i forbindelse med en skole i nærheden.",
                    "link": {"page": "signup-company", "label": "Tilmeld jeres virksomhed"},
                    "style": "calm",
                },
            ),
        ],
    },
    en={
        "title": "For companies",
        "slug": "for-companies",
        "intro": "Meet the students who could become your apprentices and colleagues.",
        "body": [
            (
                "paragraph",
                p(
                    "Companies take part from the students' first day. You can welcome a class on a "
                    "visit, set a real-world task, let your apprentices talk about the trade, or join "
                    "the event at the end of the course.",
                ),
            ),
            (
                "quote",
                {
                    "quote": "We succeed as a team.",
                    "name": "US IN THE INDUSTRY",
                    "role": "One of the initiative's two principles",
                },
            ),
            (
                "paragraph",
                p(
                    "It does not take much: a few hours, an open door and a wish to show what the trade has to offer."
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Would you like to take part?",
                    "text": "Tell us which trade you are in, and we will put you in touch with a school nearby.",
                    "link": {"page": "signup-company", "label": "Sign up your company"},
                    "style": "calm",
                },
            ),
        ],
    },
)

PARTNERS = PageSpec(
    key="partners",
    parent="home",
    model="home.ContentPage",
    in_menu=True,
    da={
        "title": "Partnere",
        "slug": "partnere",
        "intro": "OS I BRANCHEN bliver til i et samarbejde mellem skoler, institutioner og virksomheder.",
        "body": [
            ("heading", {"text": "Erhvervsskoler", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "NEXT (København) – medudvikler fra begyndelsen",
                    "ZBC",
                    "CELF",
                    "Tradium",
                    "AARHUS TECH",
                ),
            ),
            ("heading", {"text": "Institutioner", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "Nationalt Center for Erhvervspædagogik (NCE)",
                    "EVA – Danmarks Evalueringsinstitut",
                    "Rambøll – implementering og evaluering",
                    "Copenhagen Business School og University College London – forskning",
                ),
            ),
            ("paragraph", p("Desuden deltager en række virksomheder i aktiviteterne.")),
        ],
    },
    en={
        "title": "Partners",
        "slug": "partners",
        "intro": "US IN THE INDUSTRY is made in collaboration between schools, institutions and companies.",
        "body": [
            ("heading", {"text": "Vocational schools", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "NEXT (Copenhagen) – co-developer from the start",
                    "ZBC",
                    "CELF",
                    "Tradium",
                    "AARHUS TECH",
                ),
            ),
            ("heading", {"text": "Institutions", "level": "h2"}),
            (
                "paragraph",
                ul(
                    "The National Center for Vocational Education (NCE)",
                    "EVA – the Danish Evaluation Institute",
                    "Rambøll – implementation and evaluation",
                    "Copenhagen Business School and University College London – research",
                ),
            ),
            ("paragraph", p("A number of companies also take part in the activities.")),
        ],
    },
)

CONTACT = PageSpec(
    key="contact",
    parent="home",
    model="home.ContentPage",
    in_menu=True,
    da={
        "title": "Kontakt",
        "slug": "kontakt",
        "intro": "Har du spørgsmål til OS I BRANCHEN? Så hør gerne fra dig.",
        "body": [
            (
                "paragraph",
                p(
                    "OS I BRANCHEN drives af ROCKWOOL Fondens Interventionsenhed.",
                    'Skriv til os på <a href="mailto:osibranchen@example.org">osibranchen@example.org</a> '
                    "(demo-adresse).",
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Vil jeres skole eller virksomhed være med?",
                    "text": "Læs om, hvordan man bliver en del af OS I BRANCHEN.",
                    "link": {"page": "collaborate", "label": "Samarbejd med os"},
                    "style": "ink",
                },
            ),
        ],
    },
    en={
        "title": "Contact",
        "slug": "contact",
        "intro": "Questions about US IN THE INDUSTRY? We would like to hear from you.",
        "body": [
            (
                "paragraph",
                p(
                    "US IN THE INDUSTRY is run by the ROCKWOOL Foundation's Intervention Unit.",
                    'Write to us at <a href="mailto:osibranchen@example.org">osibranchen@example.org</a> '
                    "(demo address).",
                ),
            ),
            (
                "call_to_action",
                {
                    "heading": "Would your school or company like to join?",
                    "text": "Read how to become part of US IN THE INDUSTRY.",
                    "link": {"page": "collaborate", "label": "Collaborate with us"},
                    "style": "ink",
                },
            ),
        ],
    },
)

PRIVACY = PageSpec(
    key="privacy",
    parent="home",
    model="home.ContentPage",
    da={
        "title": "Privatliv",
        "slug": "privatliv",
        "intro": "Sådan behandler vi de oplysninger, skoler og virksomheder sender os.",
        "body": [
            (
                "paragraph",
                p(
                    "Når en skole eller virksomhed tilmelder sig via hjemmesiden, gemmer vi de "
                    "oplysninger, der står i formularen: navn på skole eller virksomhed, by og "
                    "region, kontaktperson, e-mail, telefon og jeres besked.",
                    "Vi bruger dem kun til at kontakte jer om at være med i OS I BRANCHEN. "
                    "Oplysningerne ses af initiativets team og deles ikke med andre.",
                ),
            ),
            ("heading", {"text": "Hvor længe gemmer vi dem?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "En tilmelding slettes automatisk 1 år efter, at vi har modtaget den. Bliver "
                    "jeres skole partnerskole, gemmes kun det, partnerskabet kræver: skolens navn "
                    "og kontaktpersonens konto til partnerområdet.",
                    'Vil I have jeres oplysninger slettet før, så skriv til <a href="mailto:osibranchen@example.org">osibranchen@example.org</a> '
                    "(demo-adresse).",
                ),
            ),
        ],
    },
    en={
        "title": "Privacy",
        "slug": "privacy",
        "intro": "How we handle the details that schools and companies send us.",
        "body": [
            (
                "paragraph",
                p(
                    "When a school or company signs up on the website, we store the details in the "
                    "form: the name of the school or company, town and region, contact person, "
                    "e-mail, phone and your message.",
                    "We use them only to contact you about taking part in US IN THE INDUSTRY. "
                    "They are seen by the initiative's team and not shared with anyone else.",
                ),
            ),
            ("heading", {"text": "How long do we keep them?", "level": "h2"}),
            (
                "paragraph",
                p(
                    "A sign-up is deleted automatically 1 year after we receive it. If your school "
                    "becomes a partner school, we keep only what the partnership needs: the "
                    "school's name and the contact person's account for the partner area.",
                    'To have your details deleted sooner, write to <a href="mailto:osibranchen@example.org">osibranchen@example.org</a> '
                    "(demo address).",
                ),
            ),
        ],
    },
)

SIGNUP_SCHOOL = PageSpec(
    key="signup-school",
    parent="collaborate",
    model="home.SchoolSignupPage",
    da={
        "title": "Tilmeld jeres skole",
        "slug": "tilmeld-skole",
        "intro": "Fortæl os om jeres skole og de uddannelser, der vil være med. Vi svarer inden for en uge.",
        "privacy_page": "privacy",
        "thank_you_heading": "Tak for jeres tilmelding",
        "thank_you_text": "<p>Vi har modtaget tilmeldingen og vender tilbage inden for en uge med, hvordan næste bølge af skoler kommer med, og hvornår lodtrækningen finder sted. En bekræftelse er på vej til din e-mail.</p>",
    },
    en={
        "title": "Sign up your school",
        "slug": "sign-up-school",
        "intro": "Tell us about your school and the programmes that want to take part. We reply within a week.",
        "privacy_page": "privacy",
        "thank_you_heading": "Thank you for signing up",
        "thank_you_text": "<p>We have received your sign-up and will be back within a week to tell you how the next wave of schools joins and when the lottery takes place. A confirmation is on its way to your e-mail.</p>",
    },
)

SIGNUP_COMPANY = PageSpec(
    key="signup-company",
    parent="collaborate",
    model="home.CompanySignupPage",
    da={
        "title": "Tilmeld jeres virksomhed",
        "slug": "tilmeld-virksomhed",
        "intro": "Fortæl os, hvad I kan tilbyde eleverne, så sætter vi jer i forbindelse med en skole i nærheden.",
        "privacy_page": "privacy",
        "thank_you_heading": "Tak for jeres tilmelding",
        "thank_you_text": "<p>Vi har modtaget tilmeldingen og vender tilbage, når vi har fundet en skole i nærheden. En bekræftelse er på vej til din e-mail.</p>",
    },
    en={
        "title": "Sign up your company",
        "slug": "sign-up-company",
        "intro": "Tell us what you can offer the students, and we will put you in touch with a school nearby.",
        "privacy_page": "privacy",
        "thank_you_heading": "Thank you for signing up",
        "thank_you_text": "<p>We have received your sign-up and will be in touch once we have found a school nearby. A confirmation is on its way to your e-mail.</p>",
    },
)

PAGES = [
    HOME,
    ABOUT,
    AIMS,
    EVALUATION,
    COLLABORATE,
    SCHOOLS,
    COMPANIES,
    PARTNERS,
    CONTACT,
    PRIVACY,
    SIGNUP_SCHOOL,
    SIGNUP_COMPANY,
]

PARTNER_ORGANISATIONS = [
    # (key, kind, url, da description, en description)
    (
        "next",
        "school",
        "",
        "København – medudvikler fra begyndelsen",
        "Copenhagen – co-developer from the start",
    ),
    ("zbc", "school", "", "Erhvervsskole på Sjælland", "Vocational school on Zealand"),
    (
        "celf",
        "school",
        "",
        "Erhvervsskole på Lolland-Falster",
        "Vocational school on Lolland-Falster",
    ),
    ("tradium", "school", "", "Erhvervsskole i Randers", "Vocational school in Randers"),
    ("aarhus-tech", "school", "", "Erhvervsskole i Aarhus", "Vocational school in Aarhus"),
    (
        "nce",
        "institution",
        "",
        "Nationalt Center for Erhvervspædagogik",
        "National Center for Vocational Education",
    ),
    ("eva", "institution", "", "Danmarks Evalueringsinstitut", "The Danish Evaluation Institute"),
    ("ramboll", "institution", "", "Implementering og evaluering", "Implementation and evaluation"),
]
PARTNER_NAMES = {
    "next": "NEXT",
    "zbc": "ZBC",
    "celf": "CELF",
    "tradium": "Tradium",
    "aarhus-tech": "AARHUS TECH",
    "nce": "NCE",
    "eva": "EVA",
    "ramboll": "Rambøll",
}

FOOTER = {
    "da": {
        "contact_heading": "Kontakt",
        "contact_text": "<p>ROCKWOOL Fondens Interventionsenhed<br/>(demo-kontaktoplysninger)</p>",
        "email": "osibranchen@example.org",
        "phone": "+45 00 00 00 00",
        "about": "OS I BRANCHEN giver elever på grundforløb 2 et netværk og erfaring med deres branche fra første skoledag.",
        "links": ["about", "collaborate", "contact", "privacy"],
    },
    "en": {
        "contact_heading": "Contact",
        "contact_text": "<p>The ROCKWOOL Foundation's Intervention Unit<br/>(demo contact details)</p>",
        "email": "osibranchen@example.org",
        "phone": "+45 00 00 00 00",
        "about": "US IN THE INDUSTRY gives second basic course students a network and experience of their industry from their first day at school.",
        "links": ["about", "collaborate", "contact", "privacy"],
    },
}
