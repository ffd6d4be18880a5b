"""The demo partner area: a demo school and its coordinator, onboarding guides for each
role, five activities with handouts, the facilitators' playbook, partner news and five
standard e-mails, in Danish and English. Everything is invented for the demo (and says
so); the initiative's facts behind it are in shared/content-facts.md."""

import dataclasses
from datetime import date

from home.demo import news
from home.demo.content import PageSpec, p, ul

PARTNER_USER = "partner@example.com"
VISITOR_USER = "visitor@example.com"

SCHOOL = {
    "name": "Demo Erhvervsskole",
    "town": "Roskilde",
    "programmes": "Smed\nElektriker\nTømrer",
    "wave": 4,
    "start_date": date(2027, 1, 11),
}
MEMBER = {"name": "Mette Demo", "role": "coordinator", "language": "da"}

AREA = PageSpec(
    key="partner-area",
    parent="home",
    model="resources.PartnerAreaPage",
    da={
        "title": "Partnerområdet",
        "slug": "partner",
        "intro": "Her finder I alt, I skal bruge for at komme i gang med OS I BRANCHEN på jeres skole.",
    },
    en={
        "title": "Partner area",
        "slug": "partner",
        "intro": "Everything you need to get US IN THE INDUSTRY started at your school.",
    },
)


def guide(role, da, en):
    """An onboarding guide; its steps keep the same ids in both languages, so progress
    ticked off in one language shows in the other."""
    return PageSpec(
        key=f"guide-{role}",
        parent="partner-area",
        model="resources.OnboardingGuidePage",
        da={**da, "role": role},
        en={**en, "role": role},
    )


GUIDES = [
    guide(
        "leader",
        da={
            "title": "Kom i gang som skoleleder",
            "slug": "kom-i-gang-skoleleder",
            "intro": "Som leder sætter du rammerne: tid, folk og virksomheder.",
            "steps": [
                (
                    "Udpeg en koordinator",
                    "Koordinatoren er jeres faste kontakt til OS I BRANCHEN og holder sammen på planen.",
                ),
                (
                    "Sæt tid af i skemaet",
                    "Reservér velkomstdagen og tid til virksomhedsbesøg i de første uger af grundforløb 2.",
                ),
                (
                    "Fortæl lærerne om forløbet",
                    "Brug introduktionsfilmen på et personalemøde, så alle kender de to principper.",
                ),
                (
                    "Inviter virksomhederne med",
                    "Send standardmailen til virksomheder, som skolen allerede samarbejder med.",
                ),
            ],
        },
        en={
            "title": "Getting started as a school leader",
            "slug": "getting-started-school-leader",
            "intro": "As a leader you set the frame: time, people and companies.",
            "steps": [
                (
                    "Appoint a coordinator",
                    "The coordinator is your regular contact with US IN THE INDUSTRY and keeps the plan together.",
                ),
                (
                    "Set time aside in the timetable",
                    "Book the welcome day and time for company visits in the first weeks of the second basic course.",
                ),
                (
                    "Tell the teachers about it",
                    "Show the introduction film at a staff meeting, so that everyone knows the two principles.",
                ),
                (
                    "Bring the companies in",
                    "Send the standard e-mail to companies the school already works with.",
                ),
            ],
        },
    ),
    guide(
        "coordinator",
        da={
            "title": "Kom i gang som koordinator",
            "slug": "kom-i-gang-koordinator",
            "intro": "Som koordinator får du planen til at hænge sammen fra første skoledag.",
            "steps": [
                ("Læs drejebogen", "Drejebogen beskriver hele forløbet og hvem der gør hvad."),
                (
                    "Lav en plan for de første uger",
                    "Sæt datoer på velkomstdagen, virksomhedsbesøgene og den afsluttende begivenhed.",
                ),
                (
                    "Find lærlinge til velkomstdagen",
                    "Spørg virksomhederne, om en erfaren lærling kan være med.",
                ),
                (
                    "Send invitationer til virksomhederne",
                    "Brug standardmailen “Invitation til virksomhed”; den er udfyldt med skolens navn.",
                ),
                (
                    "Gennemgå aktiviteterne med lærerne",
                    "Se instruktionsfilmene sammen og fordel opgaverne.",
                ),
            ],
        },
        en={
            "title": "Getting started as a coordinator",
            "slug": "getting-started-coordinator",
            "intro": "As coordinator you make the plan hang together from the first school day.",
            "steps": [
                ("Read the playbook", "The playbook describes the whole course and who does what."),
                (
                    "Plan the first weeks",
                    "Put dates on the welcome day, the company visits and the closing event.",
                ),
                (
                    "Find apprentices for the welcome day",
                    "Ask the companies whether an experienced apprentice can join.",
                ),
                (
                    "Send the invitations to companies",
                    "Use the standard e-mail “Inviting a company”; it is filled in with the school's name.",
                ),
                (
                    "Go through the activities with the teachers",
                    "Watch the tutorial films together and share out the tasks.",
                ),
            ],
        },
    ),
    guide(
        "teacher",
        da={
            "title": "Kom i gang som lærer",
            "slug": "kom-i-gang-laerer",
            "intro": "Som lærer står du for aktiviteterne sammen med lærlinge og virksomheder.",
            "steps": [
                (
                    "Se instruktionsfilmene",
                    "Hver aktivitet har en kort film om, hvordan den gennemføres.",
                ),
                (
                    "Læs aktiviteterne igennem",
                    "Formål, tidsforbrug, forberedelse og trin for trin.",
                ),
                (
                    "Print materialerne",
                    "Handouts ligger ved hver aktivitet og kan printes direkte.",
                ),
                (
                    "Aftal rollerne med lærlingene",
                    "Hvem byder velkommen, hvem fortæller, hvem viser værkstedet?",
                ),
            ],
        },
        en={
            "title": "Getting started as a teacher",
            "slug": "getting-started-teacher",
            "intro": "As a teacher you run the activities together with apprentices and companies.",
            "steps": [
                ("Watch the tutorial films", "Each activity has a short film on how to run it."),
                ("Read through the activities", "Purpose, timing, preparation and step by step."),
                (
                    "Print the materials",
                    "Handouts are attached to each activity and can be printed directly.",
                ),
                (
                    "Agree the roles with the apprentices",
                    "Who welcomes, who tells their story, who shows the workshop?",
                ),
            ],
        },
    ),
    guide(
        "company_contact",
        da={
            "title": "Kom i gang som virksomhedskontakt",
            "slug": "kom-i-gang-virksomhedskontakt",
            "intro": "Som virksomhedskontakt er du bindeleddet mellem skolen og branchen.",
            "steps": [
                (
                    "Læs om initiativet",
                    "Introduktionsfilmen og forsiden fortæller kort, hvad OS I BRANCHEN er.",
                ),
                (
                    "Aftal besøg med virksomhederne",
                    "Brug standardmailen “Bekræftelse af besøg”, når en dato er på plads.",
                ),
                (
                    "Forbered virksomhederne",
                    "Fortæl, hvad eleverne skal opleve, og at de er helt nye i branchen.",
                ),
                (
                    "Sig tak bagefter",
                    "Send takkemailen og spørg, om virksomheden vil være med igen.",
                ),
            ],
        },
        en={
            "title": "Getting started as a company contact",
            "slug": "getting-started-company-contact",
            "intro": "As company contact you are the link between the school and the industry.",
            "steps": [
                (
                    "Read about the initiative",
                    "The introduction film and the front page tell briefly what US IN THE INDUSTRY is.",
                ),
                (
                    "Arrange visits with the companies",
                    "Use the standard e-mail “Confirming a visit” once a date is fixed.",
                ),
                (
                    "Prepare the companies",
                    "Tell them what the students are to experience, and that they are brand new to the industry.",
                ),
                (
                    "Say thank you afterwards",
                    "Send the thank-you e-mail and ask whether the company will take part again.",
                ),
            ],
        },
    ),
]

ACTIVITY_INDEX = PageSpec(
    key="activities",
    parent="partner-area",
    model="resources.ActivityIndexPage",
    da={
        "title": "Aktiviteter",
        "slug": "aktiviteter",
        "intro": "De aktiviteter, eleverne gennemgår fra første skoledag. Demomateriale.",
    },
    en={
        "title": "Activities",
        "slug": "activities",
        "intro": "The activities students go through from the first school day. Demo material.",
    },
)

# Handouts: key -> language -> (title, lines of the page). A PDF in each language.
HANDOUTS = {
    "welcome-programme": {
        "da": (
            "Velkomstdag: program (demo)",
            [
                "08.30 Velkomst",
                "09.00 Lærlinge fortæller",
                "10.30 Værkstedet",
                "12.00 Frokost med virksomheder",
            ],
        ),
        "en": (
            "Welcome day: programme (demo)",
            [
                "08.30 Welcome",
                "09.00 Apprentices tell their story",
                "10.30 The workshop",
                "12.00 Lunch with the companies",
            ],
        ),
    },
    "visit-questions": {
        "da": (
            "Spørgsmål til virksomhedsbesøget (demo)",
            [
                "Hvad laver I en helt almindelig dag?",
                "Hvordan blev du lærling?",
                "Hvad skal jeg kunne?",
            ],
        ),
        "en": (
            "Questions for the company visit (demo)",
            [
                "What is an ordinary day like?",
                "How did you become an apprentice?",
                "What must I be able to do?",
            ],
        ),
    },
    "network-map": {
        "da": ("Netværkskort (demo)", ["Mig", "Klassen", "Lærlinge", "Virksomheder", "Lærere"]),
        "en": ("Network map (demo)", ["Me", "The class", "Apprentices", "Companies", "Teachers"]),
    },
    "joint-task": {
        "da": ("Den fælles opgave (demo)", ["Opgaven", "Holdene", "Tidsplan", "Fremlæggelse"]),
        "en": ("The joint task (demo)", ["The task", "The teams", "Timetable", "Presentation"]),
    },
    "closing-invitation": {
        "da": ("Invitation til afslutningen (demo)", ["Tid og sted", "Program", "Tilmelding"]),
        "en": (
            "Invitation to the closing event (demo)",
            ["Time and place", "Programme", "Sign up"],
        ),
    },
}


def activity(key, handouts, film, da, en):
    def fields(data):
        return {**data, "handouts": handouts, "film": film}

    return PageSpec(
        key=key, parent="activities", model="resources.ActivityPage", da=fields(da), en=fields(en)
    )


ACTIVITIES = [
    activity(
        "activity-welcome-day",
        ["welcome-programme"],
        "tutorial-welcome-day",
        da={
            "title": "Velkomstdag med lærlinge og virksomheder",
            "slug": "velkomstdag",
            "purpose": "Eleverne møder branchen første dag: lærlinge og virksomheder tager imod, så eleverne oplever, at første skoledag er første dag i branchen.",
            "timing": "Første skoledag, 4 timer",
            "group_size": "Hele holdet, i grupper på 4–5",
            "preparation": p("Aftal med 2–3 virksomheder og et par erfarne lærlinge, at de kommer.")
            + ul("Print programmet", "Lav navneskilte", "Book værkstedet"),
            "steps": [
                ("Velkomst", "Skolelederen byder velkommen og fortæller om de to principper."),
                (
                    "Lærlinge fortæller",
                    "Lærlingene fortæller om deres vej ind i faget, i små grupper.",
                ),
                ("Værkstedet", "Eleverne prøver en lille opgave sammen med lærlingene."),
                (
                    "Frokost med virksomhederne",
                    "Virksomhederne spiser med eleverne og fortæller om en arbejdsdag.",
                ),
            ],
        },
        en={
            "title": "Welcome day with apprentices and companies",
            "slug": "welcome-day",
            "purpose": "Students meet the industry on day one: apprentices and companies welcome them, so that the first school day is their first day in the industry.",
            "timing": "First school day, 4 hours",
            "group_size": "The whole class, in groups of 4–5",
            "preparation": p(
                "Agree with 2–3 companies and a few experienced apprentices that they come."
            )
            + ul("Print the programme", "Make name badges", "Book the workshop"),
            "steps": [
                ("Welcome", "The school leader welcomes everyone and presents the two principles."),
                (
                    "Apprentices tell their story",
                    "The apprentices tell, in small groups, how they got into the trade.",
                ),
                ("The workshop", "Students try a small task together with the apprentices."),
                (
                    "Lunch with the companies",
                    "The companies eat with the students and tell about a working day.",
                ),
            ],
        },
    ),
    activity(
        "activity-company-visit",
        ["visit-questions"],
        "tutorial-company-visit",
        da={
            "title": "Virksomhedsbesøg i de første uger",
            "slug": "virksomhedsbesoeg",
            "purpose": "Eleverne ser, hvordan faget ser ud i virkeligheden, og får en første kontakt til en virksomhed.",
            "timing": "Uge 2–4, en halv dag pr. besøg",
            "group_size": "Grupper på 6–8 elever pr. virksomhed",
            "preparation": p(
                "Bekræft besøget med standardmailen, og gennemgå spørgsmålene med eleverne dagen før."
            ),
            "steps": [
                ("Før besøget", "Eleverne vælger tre spørgsmål, de vil have svar på."),
                ("Rundvisning", "Virksomheden viser rundt og fortæller om opgaverne."),
                ("Spørgsmål", "Eleverne stiller deres spørgsmål til en lærling eller svend."),
                ("Efter besøget", "Grupperne fortæller hinanden, hvad de så."),
            ],
        },
        en={
            "title": "Company visits in the first weeks",
            "slug": "company-visits",
            "purpose": "Students see what the trade looks like in real life, and make a first contact with a company.",
            "timing": "Weeks 2–4, half a day per visit",
            "group_size": "Groups of 6–8 students per company",
            "preparation": p(
                "Confirm the visit with the standard e-mail, and go through the questions with the students the day before."
            ),
            "steps": [
                ("Before the visit", "Students choose three questions they want answered."),
                ("Tour", "The company shows them round and tells about its work."),
                ("Questions", "Students put their questions to an apprentice or journeyman."),
                ("After the visit", "The groups tell each other what they saw."),
            ],
        },
    ),
    activity(
        "activity-network-map",
        ["network-map"],
        "tutorial-network-map",
        da={
            "title": "Mit netværkskort",
            "slug": "netvaerkskort",
            "purpose": "Eleverne ser, hvem de allerede kender i branchen, og hvem de kan spørge, når det bliver svært.",
            "timing": "Uge 1 og igen i uge 6, 45 minutter",
            "group_size": "Hver for sig, derefter i par",
            "preparation": p("Print et netværkskort til hver elev."),
            "steps": [
                (
                    "Tegn kortet",
                    "Eleverne skriver navne på dem, de kender: klassen, lærlinge, virksomheder, lærere.",
                ),
                (
                    "Fortæl i par",
                    "Eleverne viser hinanden kortet og finder én, de vil lære bedre at kende.",
                ),
                (
                    "Se igen senere",
                    "I uge 6 tegner eleverne kortet igen og ser, hvor meget det er vokset.",
                ),
            ],
        },
        en={
            "title": "My network map",
            "slug": "network-map",
            "purpose": "Students see whom they already know in the industry, and whom they can ask when things get hard.",
            "timing": "Week 1 and again in week 6, 45 minutes",
            "group_size": "Individually, then in pairs",
            "preparation": p("Print a network map for each student."),
            "steps": [
                (
                    "Draw the map",
                    "Students write the names of people they know: the class, apprentices, companies, teachers.",
                ),
                (
                    "Tell in pairs",
                    "Students show each other the map and pick one person they want to get to know better.",
                ),
                (
                    "Look again later",
                    "In week 6 students draw the map again and see how much it has grown.",
                ),
            ],
        },
    ),
    activity(
        "activity-joint-task",
        ["joint-task"],
        "tutorial-joint-task",
        da={
            "title": "Fælles opgave med lærlinge",
            "slug": "faelles-opgave",
            "purpose": "Eleverne løser en rigtig opgave fra faget sammen med lærlinge og oplever, at vi lykkes som hold.",
            "timing": "Uge 3–5, tre moduler",
            "group_size": "Hold på 4 elever og 1 lærling",
            "preparation": p("Find en opgave sammen med en virksomhed, og del holdene på forhånd."),
            "steps": [
                ("Opgaven præsenteres", "Virksomheden fortæller, hvad opgaven skal kunne."),
                (
                    "Holdene arbejder",
                    "Lærlingen hjælper holdet med at planlægge og fordele arbejdet.",
                ),
                ("Fremlæggelse", "Holdene viser resultatet for virksomheden."),
            ],
        },
        en={
            "title": "Joint task with apprentices",
            "slug": "joint-task",
            "purpose": "Students solve a real task from the trade together with apprentices, and find that we succeed as a team.",
            "timing": "Weeks 3–5, three sessions",
            "group_size": "Teams of 4 students and 1 apprentice",
            "preparation": p("Find a task together with a company, and form the teams in advance."),
            "steps": [
                ("The task is presented", "The company explains what the task must achieve."),
                ("The teams work", "The apprentice helps the team plan and share the work."),
                ("Presentation", "The teams show the result to the company."),
            ],
        },
    ),
    activity(
        "activity-closing-event",
        ["closing-invitation"],
        None,
        da={
            "title": "Afslutning med virksomhederne",
            "slug": "afslutning",
            "purpose": "Forløbet slutter, hvor det begyndte: sammen med branchen. Eleverne viser, hvad de har lært, og virksomhederne møder kommende lærlinge.",
            "timing": "Sidste uge af grundforløb 2, 2 timer",
            "group_size": "Hele holdet og de deltagende virksomheder",
            "preparation": p("Send invitationen til virksomhederne tre uger før."),
            "steps": [
                ("Udstilling", "Eleverne viser deres arbejde fra den fælles opgave."),
                ("Tak", "Skolen takker virksomheder og lærlinge."),
                ("Snak om læreplads", "Virksomhederne taler med eleverne om læreplads."),
            ],
        },
        en={
            "title": "Closing event with the companies",
            "slug": "closing-event",
            "purpose": "The course ends where it began: with the industry. Students show what they have learnt, and companies meet future apprentices.",
            "timing": "Last week of the second basic course, 2 hours",
            "group_size": "The whole class and the companies taking part",
            "preparation": p("Send the invitation to the companies three weeks ahead."),
            "steps": [
                ("Exhibition", "Students show their work from the joint task."),
                ("Thanks", "The school thanks the companies and apprentices."),
                (
                    "Talk about apprenticeships",
                    "Companies talk with the students about apprenticeships.",
                ),
            ],
        },
    ),
]

PLAYBOOK = PageSpec(
    key="playbook",
    parent="partner-area",
    model="resources.PlaybookPage",
    da={
        "title": "Drejebog for facilitatorer",
        "slug": "drejebog",
        "intro": "Drejebogen samler forløbet fra forberedelse til afslutning. Demoudgave.",
        "chapters": [
            (
                "Idéen bag OS I BRANCHEN",
                p(
                    "Første skoledag er første dag i branchen, og vi lykkes som hold. Eleverne bygger et netværk og får erfaring med deres branche fra første dag."
                ),
            ),
            (
                "Roller og ansvar",
                ul(
                    "Skolelederen sætter rammerne.",
                    "Koordinatoren holder sammen på planen.",
                    "Lærerne står for aktiviteterne.",
                    "Virksomhedskontakten holder forbindelsen til virksomhederne.",
                ),
            ),
            (
                "Før skolestart",
                p(
                    "Planlæg de første uger, find virksomheder og lærlinge, og gennemgå aktiviteterne med lærerne."
                ),
            ),
            (
                "De første uger",
                p(
                    "Velkomstdag, netværkskort, virksomhedsbesøg og den fælles opgave, i den rækkefølge der passer jeres skema."
                ),
            ),
            (
                "Afslutning og opfølgning",
                p("Afslut med virksomhederne, sig tak, og saml erfaringerne til næste hold."),
            ),
        ],
    },
    en={
        "title": "Facilitators' playbook",
        "slug": "playbook",
        "intro": "The playbook covers the course from preparation to the closing event. Demo edition.",
        "chapters": [
            (
                "The idea behind US IN THE INDUSTRY",
                p(
                    "The first day at school is the first day in the industry, and we succeed as a team. Students build a network and gain experience with their industry from day one."
                ),
            ),
            (
                "Roles and responsibilities",
                ul(
                    "The school leader sets the frame.",
                    "The coordinator keeps the plan together.",
                    "Teachers run the activities.",
                    "The company contact keeps in touch with the companies.",
                ),
            ),
            (
                "Before the start",
                p(
                    "Plan the first weeks, find companies and apprentices, and go through the activities with the teachers."
                ),
            ),
            (
                "The first weeks",
                p(
                    "Welcome day, network map, company visits and the joint task, in the order that suits your timetable."
                ),
            ),
            (
                "Closing and follow-up",
                p(
                    "Close with the companies, say thank you, and gather what you learnt for the next class."
                ),
            ),
        ],
    },
)

EMAILS_PAGE = PageSpec(
    key="standard-emails",
    parent="partner-area",
    model="resources.StandardEmailsPage",
    da={
        "title": "Standardmails",
        "slug": "standardmails",
        "intro": "Mails, som skolerne sender undervejs, klar til at tilpasse.",
    },
    en={
        "title": "Standard e-mails",
        "slug": "standard-emails",
        "intro": "E-mails schools send along the way, ready to adapt.",
    },
)

PARTNER_NEWS_INDEX = PageSpec(
    key="partner-news",
    parent="partner-area",
    model="news.NewsIndexPage",
    da={
        "title": "Nyt til partnere",
        "slug": "nyt-til-partnere",
        "intro": "Nyheder til partnerskolerne. Demoindhold.",
    },
    en={
        "title": "News for partners",
        "slug": "news-for-partners",
        "intro": "News for the partner schools. Demo content.",
    },
)

PARTNER_NEWS = [
    dataclasses.replace(spec, parent="partner-news")
    for spec in (
        news.post(
            "partner-news-wave-4",
            date(2026, 11, 20),
            "workshop",
            ["schools"],
            da={
                "title": "Bølge 4 starter i januar",
                "slug": "boelge-4-starter-i-januar",
                "intro": "De nye skoler i bølge 4 starter med første hold i januar.",
                "paragraphs": [
                    "Husk at planlægge velkomstdagen og invitere virksomhederne i god tid."
                ],
            },
            en={
                "title": "Wave 4 starts in January",
                "slug": "wave-4-starts-in-january",
                "intro": "The new schools in wave 4 start with their first class in January.",
                "paragraphs": [
                    "Remember to plan the welcome day and invite the companies in good time."
                ],
            },
        ),
        news.post(
            "partner-news-new-films",
            date(2026, 10, 5),
            "visit",
            ["companies"],
            da={
                "title": "Nye instruktionsfilm om virksomhedsbesøg",
                "slug": "nye-instruktionsfilm",
                "intro": "Instruktionsfilmen om virksomhedsbesøget er opdateret.",
                "paragraphs": ["Filmen viser, hvordan eleverne forbereder spørgsmål før besøget."],
            },
            en={
                "title": "New tutorial films on company visits",
                "slug": "new-tutorial-films",
                "intro": "The tutorial film on the company visit has been updated.",
                "paragraphs": ["The film shows how students prepare questions before the visit."],
            },
        ),
    )
]

# Before the films, which they hold (the tutorial films live in the area).
PAGES_BEFORE_FILMS = [AREA]
PAGES = [
    *GUIDES,
    ACTIVITY_INDEX,
    *ACTIVITIES,
    PLAYBOOK,
    EMAILS_PAGE,
    PARTNER_NEWS_INDEX,
    *PARTNER_NEWS,
]

# key, order, Danish, English
STANDARD_EMAILS = [
    (
        "invite-company",
        10,
        {
            "title": "Invitation til virksomhed",
            "purpose": "Send den til virksomheder, I gerne vil have med fra første skoledag.",
            "subject": "Vil I tage imod nye elever fra {school}?",
            "body": "Kære [navn]\n\nPå {school} i {town} starter vi OS I BRANCHEN den {start_date} på {programmes}. Eleverne møder branchen fra første skoledag, og vi vil meget gerne have [virksomhedens navn] med.\n\nKan I være med til velkomstdagen og tage imod et besøg i de første uger?\n\nVenlig hilsen\n{contact_person}\n{contact_role}, {school}\n{contact_email}",
        },
        {
            "title": "Inviting a company",
            "purpose": "Send it to companies you would like to have with you from the first school day.",
            "subject": "Will you welcome new students from {school}?",
            "body": "Dear [name]\n\nAt {school} in {town} we start US IN THE INDUSTRY on {start_date} for {programmes}. Students meet the industry from the first school day, and we would very much like [company name] to take part.\n\nCould you join the welcome day and host a visit in the first weeks?\n\nKind regards\n{contact_person}\n{contact_role}, {school}\n{contact_email}",
        },
    ),
    (
        "confirm-visit",
        20,
        {
            "title": "Bekræftelse af besøg",
            "purpose": "Når en dato er aftalt med en virksomhed.",
            "subject": "Bekræftelse: besøg fra {school} den [dato]",
            "body": "Kære [navn]\n\nTak fordi I vil tage imod os. Vi kommer den [dato] kl. [tid] med [antal] elever.\n\nEleverne har forberedt spørgsmål og glæder sig til at se, hvordan en arbejdsdag ser ud hos jer.\n\nVenlig hilsen\n{contact_person}, {school}\n{contact_email}",
        },
        {
            "title": "Confirming a visit",
            "purpose": "When a date has been agreed with a company.",
            "subject": "Confirmed: visit from {school} on [date]",
            "body": "Dear [name]\n\nThank you for welcoming us. We will come on [date] at [time] with [number] students.\n\nThe students have prepared questions and look forward to seeing what a working day is like with you.\n\nKind regards\n{contact_person}, {school}\n{contact_email}",
        },
    ),
    (
        "thank-company",
        30,
        {
            "title": "Tak til virksomhed",
            "purpose": "Efter et besøg eller efter afslutningen.",
            "subject": "Tak for jeres tid, fra {school}",
            "body": "Kære [navn]\n\nTusind tak fordi I tog imod vores elever. For mange af dem var det første møde med branchen.\n\nVil I være med igen, når næste hold starter?\n\nVenlig hilsen\n{contact_person}, {school}",
        },
        {
            "title": "Thanking a company",
            "purpose": "After a visit or after the closing event.",
            "subject": "Thank you for your time, from {school}",
            "body": "Dear [name]\n\nThank you very much for welcoming our students. For many of them it was their first meeting with the industry.\n\nWould you take part again when the next class starts?\n\nKind regards\n{contact_person}, {school}",
        },
    ),
    (
        "welcome-students",
        40,
        {
            "title": "Velkommen til nye elever",
            "purpose": "Til eleverne inden første skoledag.",
            "subject": "Velkommen til {school}: din første dag i branchen",
            "body": "Hej [navn]\n\nVelkommen til grundforløb 2 på {school}. Den {start_date} er din første skoledag, og din første dag i branchen: du møder lærlinge og virksomheder allerede den dag.\n\nVi ses kl. [tid] ved [sted].\n\nHilsen\n{contact_person}, {school}",
        },
        {
            "title": "Welcoming new students",
            "purpose": "To the students before the first school day.",
            "subject": "Welcome to {school}: your first day in the industry",
            "body": "Hi [name]\n\nWelcome to the second basic course at {school}. {start_date} is your first school day, and your first day in the industry: you meet apprentices and companies on that very day.\n\nSee you at [time] at [place].\n\nBest wishes\n{contact_person}, {school}",
        },
    ),
    (
        "invite-apprentice",
        50,
        {
            "title": "Invitation til lærling",
            "purpose": "Til erfarne lærlinge, der kan være med på velkomstdagen.",
            "subject": "Vil du fortælle nye elever om dit fag?",
            "body": "Hej [navn]\n\nDen {start_date} starter nye elever på {school}. Vil du være med på velkomstdagen og fortælle, hvordan du kom ind i faget?\n\nDet tager en formiddag, og din virksomhed er spurgt.\n\nHilsen\n{contact_person}, {school}\n{contact_email}",
        },
        {
            "title": "Inviting an apprentice",
            "purpose": "To experienced apprentices who can join the welcome day.",
            "subject": "Would you tell new students about your trade?",
            "body": "Hi [name]\n\nOn {start_date} new students start at {school}. Would you join the welcome day and tell how you got into the trade?\n\nIt takes a morning, and your company has been asked.\n\nBest wishes\n{contact_person}, {school}\n{contact_email}",
        },
    ),
]
