"""The demo's advocacy: the social-media charter (English and French, version 2026-11), the
four tiers of the curriculum, a certificate template for each of the nine workshops, and
three learners who climbed the ladder through the real services (one Relay, one
Ambassador, one Champion).

Written from the seed (seeds/000_...txt): a charter that reassures before it restricts,
"like the highway code, made first to protect those who use the road"; ready-to-use posts
for those who do not know where to start, personalised posts as confidence grows, and
experts who propose content themselves; a named referent; strong passwords and two-factor
authentication.

Idempotent like the rest of the demo: every step looks for what it would create first.

    from lms.demo import advocacy
    advocacy.build(academy=academy, report=report)  # after the courses and their quizzes
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Locale

from certificates.models import CertificateTemplate
from courses import services as course_services
from courses.models import CoursePage, Enrollment, LessonPage, WorkshopPage
from lms.accounts import roles
from lms.accounts import services as account_services
from lms.accounts.models import User
from lms.advocacy.models import CharterPage, Tier, TierRequirement
from lms.advocacy.services import charter_accept

from .curriculum import CURRICULUM

CHARTER_VERSION = "2026-11"

CHARTER = {
    "slug": "charter",
    "title": {"en": "Social-media charter", "fr": "Charte des réseaux sociaux"},
    "summary": {
        "en": (
            "Two-factor authentication is now required on every account you use to speak "
            "about the company, and a new rule explains what to do when a post goes wrong."
        ),
        "fr": (
            "La double authentification est désormais exigée sur chaque compte que vous "
            "utilisez pour parler de l’entreprise, et une nouvelle règle explique quoi faire "
            "quand une publication tourne mal."
        ),
    },
    "body": {
        "en": (
            "<p>Most of us already use LinkedIn, X or Facebook. This charter does not ask you "
            "to be silent: like the highway code, it is there first to protect the people on "
            "the road — you, your colleagues and the brand. Read it once, keep it in mind, and "
            "ask your referent whenever you are unsure.</p>"
            "<h2>Ten rules</h2>"
            "<ol>"
            "<li><b>Say who you work for.</b> When you speak about the company, our products or "
            "our market, make it clear that you work here. Speak in your own name: your "
            "opinions are yours, not the company's.</li>"
            "<li><b>Share freely what is already public.</b> The content kit's ready-to-use "
            "posts, our published articles, job offers and public events are made to be "
            "shared. Sharing them as they are is always safe.</li>"
            "<li><b>Never share what is confidential.</b> Results not yet published, client "
            "names, prices, contracts, roadmaps, internal documents, and photos of screens, "
            "whiteboards or badges stay inside. If you would not show it to a competitor, do "
            "not post it.</li>"
            "<li><b>Respect other people's work and rights.</b> Quote your sources, use only "
            "images you are allowed to use, and ask colleagues before you post a photo of "
            "them.</li>"
            "<li><b>Keep a courteous, positive tone.</b> No insults, no attacks on competitors "
            "or individuals, and no political or religious statements in the company's name. "
            "Write nothing you would not say aloud at a customer's office.</li>"
            "<li><b>Answer criticism calmly — or not at all.</b> Thank, acknowledge, offer to "
            "continue in private. Never argue in public and never answer in anger; pass "
            "serious complaints and journalists' questions to the referent.</li>"
            "<li><b>Build a profile you are proud of.</b> A recent photo, your real job title "
            "and a short description of what you do: a clear profile makes everything you "
            "share more credible.</li>"
            "<li><b>Protect your accounts.</b> Use a strong, different password for each "
            "account (a password manager helps), turn on two-factor authentication "
            "everywhere, and be wary of unexpected messages and links: impostors and scams "
            "are common on social networks.</li>"
            "<li><b>When in doubt, ask before you post.</b> The referent — our community "
            "manager — is there for your questions, doubts and worries. There is no silly "
            "question, and asking first is always better than deleting later.</li>"
            "<li><b>Tell us at once when something goes wrong.</b> A post that draws angry "
            "comments, a hacked account, a mistake: warn the referent straight away. The "
            "communications team watches the brand's accounts and will help you put it "
            "right. Nobody is blamed for asking for help.</li>"
            "</ol>"
            "<h2>The charter and your tier</h2>"
            "<p>Sharing the content kit's posts (the Relay tier and above) requires the "
            "current version of this charter. When the rules change, the version changes and "
            "everyone is asked to read and accept it again.</p>"
        ),
        "fr": (
            "<p>La plupart d'entre nous utilisent déjà LinkedIn, X ou Facebook. Cette charte "
            "ne vous demande pas de vous taire : comme le code de la route, elle est d'abord "
            "là pour protéger ceux qui sont sur la route — vous, vos collègues et la marque. "
            "Lisez-la une fois, gardez-la en tête, et interrogez votre {referent_title} dès que "
            "vous "
            "avez un doute.</p>"
            "<h2>Dix règles</h2>"
            "<ol>"
            "<li><b>Dites pour qui vous travaillez.</b> Quand vous parlez de l’entreprise, de nos "
            "produits ou de notre marché, indiquez clairement que vous y travaillez. "
            "Exprimez-vous en votre nom : vos opinions sont les vôtres, pas celles de "
            "l'entreprise.</li>"
            "<li><b>Partagez librement ce qui est déjà public.</b> Les publications prêtes à "
            "l'emploi du kit de contenus, nos articles publiés, nos offres d'emploi et nos "
            "événements publics sont faits pour être partagés. Les partager tels quels est "
            "toujours sûr.</li>"
            "<li><b>Ne partagez jamais ce qui est confidentiel.</b> Résultats non publiés, "
            "noms de clients, prix, contrats, feuilles de route, documents internes, photos "
            "d'écrans, de tableaux blancs ou de badges restent à l'intérieur. Si vous ne le "
            "montreriez pas à un concurrent, ne le publiez pas.</li>"
            "<li><b>Respectez le travail et les droits des autres.</b> Citez vos sources, "
            "n'utilisez que des images dont vous avez les droits, et demandez l'accord de vos "
            "collègues avant de publier leur photo.</li>"
            "<li><b>Gardez un ton courtois et positif.</b> Pas d'insultes, pas d'attaques "
            "contre des concurrents ou des personnes, pas de prise de position politique ou "
            "religieuse au nom de l'entreprise. N'écrivez rien que vous ne diriez pas à voix "
            "haute chez un client.</li>"
            "<li><b>Répondez aux critiques avec calme — ou pas du tout.</b> Remerciez, prenez "
            "acte, proposez de poursuivre en privé. Ne polémiquez jamais en public et ne "
            "répondez jamais sous le coup de la colère ; transmettez les réclamations sérieuses "
            "et les questions de journalistes à votre {referent_title}.</li>"
            "<li><b>Soignez votre profil.</b> Une photo récente, votre vrai intitulé de poste "
            "et une courte description de votre métier : un profil clair rend tout ce que "
            "vous partagez plus crédible.</li>"
            "<li><b>Protégez vos comptes.</b> Un mot de passe fort et différent pour chaque "
            "compte (un gestionnaire de mots de passe aide), la double authentification "
            "partout, et de la méfiance envers les messages et liens inattendus : usurpateurs "
            "et arnaques sont courants sur les réseaux sociaux.</li>"
            "<li><b>En cas de doute, demandez avant de publier.</b> Votre {referent_title} — notre "
            "community manager — répond à vos questions, vos doutes et vos craintes. Il "
            "n'y a pas de question bête, et mieux vaut demander avant que supprimer "
            "après.</li>"
            "<li><b>Prévenez-nous tout de suite quand quelque chose tourne mal.</b> Une "
            "publication qui attire des commentaires hostiles, un compte piraté, une erreur : "
            "alertez votre {referent_title} sans attendre. L'équipe communication surveille les "
            "comptes "
            "de la marque et vous aidera à rectifier. Personne n'est blâmé pour avoir demandé "
            "de l'aide.</li>"
            "</ol>"
            "<h2>La charte et votre palier</h2>"
            "<p>Partager les publications du kit de contenus (à partir du palier Relais) "
            "exige d'avoir accepté la version en vigueur de cette charte. Quand les règles "
            "changent, la version change et chacun est invité à la relire et à l'accepter "
            "de nouveau.</p>"
        ),
    },
}

TIERS = [
    {
        "slug": "explorer",
        "rank": 0,
        "level": None,
        "requires_charter": False,
        "may_edit_posts": False,
        "name": {"en": "Explorer", "fr": "Explorateur"},
        "description": {
            "en": (
                "Everyone starts here: discover the programme, take the beginner workshops "
                "and read the charter at your own pace."
            ),
            "fr": (
                "Tout le monde commence ici : découvrez le programme, suivez les ateliers "
                "débutant et lisez la charte à votre rythme."
            ),
        },
        "perks": {
            "en": (
                "<ul><li>Take every workshop at your own pace</li>"
                "<li>Like and comment on the brand's posts with your own account</li>"
                "<li>Ask the referent any question</li></ul>"
            ),
            "fr": (
                "<ul><li>Suivre chaque atelier à votre rythme</li>"
                "<li>Aimer et commenter les publications de la marque avec votre compte</li>"
                "<li>Poser toutes vos questions à votre {referent_title}</li></ul>"
            ),
        },
    },
    {
        "slug": "relay",
        "rank": 1,
        "level": "beginner",
        "requires_charter": True,
        "may_edit_posts": False,
        "name": {"en": "Relay", "fr": "Relais"},
        "description": {
            "en": (
                "You share the content kit's ready-to-use posts exactly as they are written: "
                "the safest way to start speaking for us."
            ),
            "fr": (
                "Vous partagez les publications prêtes à l'emploi du kit de contenus telles "
                "qu'elles sont écrites : la façon la plus sûre de commencer à parler pour nous."
            ),
        },
        "perks": {
            "en": (
                "<ul><li>Share ready-to-use posts on LinkedIn, X and Facebook, as written</li>"
                "<li>Receive the new posts of the content kit first</li></ul>"
            ),
            "fr": (
                "<ul><li>Partager les publications prêtes à l'emploi sur LinkedIn, X et "
                "Facebook, telles quelles</li>"
                "<li>Recevoir en premier les nouvelles publications du kit</li></ul>"
            ),
        },
    },
    {
        "slug": "ambassador",
        "rank": 2,
        "level": "intermediate",
        "requires_charter": False,
        "may_edit_posts": True,
        "name": {"en": "Ambassador", "fr": "Ambassadeur"},
        "description": {
            "en": (
                "You personalise posts with your own words and experience, and you handle "
                "comments and criticism calmly."
            ),
            "fr": (
                "Vous personnalisez les publications avec vos mots et votre expérience, et "
                "vous répondez aux commentaires et aux critiques avec calme."
            ),
        },
        "perks": {
            "en": (
                "<ul><li>Personalise ready-to-use posts before sharing them</li>"
                "<li>Write about your own work within the charter's rules</li></ul>"
            ),
            "fr": (
                "<ul><li>Personnaliser les publications prêtes à l'emploi avant de les "
                "partager</li>"
                "<li>Parler de votre propre travail dans le respect de la charte</li></ul>"
            ),
        },
    },
    {
        "slug": "champion",
        "rank": 3,
        "level": "expert",
        "requires_charter": False,
        "may_edit_posts": True,
        "name": {"en": "Champion", "fr": "Champion"},
        "description": {
            "en": (
                "An expert voice: you propose content of your own and help colleagues find theirs."
            ),
            "fr": (
                "Une voix experte : vous proposez vos propres contenus et aidez vos collègues "
                "à trouver les leurs."
            ),
        },
        "perks": {
            "en": (
                "<ul><li>Propose posts and articles for the content kit</li>"
                "<li>Coach colleagues and answer their first questions</li>"
                "<li>Represent the company in public conversations on your field</li></ul>"
            ),
            "fr": (
                "<ul><li>Proposer des publications et des articles pour le kit de "
                "contenus</li>"
                "<li>Accompagner vos collègues et répondre à leurs premières questions</li>"
                "<li>Représenter l’entreprise dans les échanges publics sur votre domaine</li></ul>"
            ),
        },
    },
]

LEVEL_NAMES = {
    "beginner": {"en": "Beginner", "fr": "Débutant"},
    "intermediate": {"en": "Intermediate", "fr": "Intermédiaire"},
    "expert": {"en": "Expert", "fr": "Expert"},
}
SIGNATORY = {
    "name": "Claire Fontaine",
    "title": {"en": "Head of Communications", "fr": "Directrice de la communication"},
}
# Expert certificates vouch for current know-how: they are renewed every two years.
VALIDITY_MONTHS = {"beginner": None, "intermediate": None, "expert": 24}

# email, first, last, language, employee id, department, team, levels passed
LADDER_LEARNERS = [
    ("relay@porte-voix.test", "Nadia", "Benali", "fr", "E1101", "Sales", "Retail", 1),
    ("ambassador@porte-voix.test", "Tom", "Becker", "en", "E1102", "Marketing", "Digital", 2),
    ("champion@porte-voix.test", "Hugo", "Lefèvre", "fr", "E1103", "Communication", "Press", 3),
]
LEVELS = ("beginner", "intermediate", "expert")
TIER_OF = {1: "Relay", 2: "Ambassador", 3: "Champion"}


def _locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def _workshops(language: str) -> dict[tuple[str, str], WorkshopPage]:
    """{(course slug, level): workshop} in one language."""
    found = {}
    for data in CURRICULUM:
        course = CoursePage.objects.filter(
            locale__language_code=language, translation_key__in=_course_keys(data["slug"])
        ).first()
        if course is None:
            continue
        for workshop in WorkshopPage.objects.child_of(course):
            found[(data["slug"], workshop.level)] = workshop
    return found


def _course_keys(slug: str):
    return CoursePage.objects.filter(locale__language_code="en", slug=slug).values_list(
        "translation_key", flat=True
    )


def _page(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _translation(page, locale, **fields):
    existing = page.get_translations().filter(locale=locale).first()
    if existing:
        return existing.specific, False
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return copy, True


def charter_build(academy) -> tuple[CharterPage, int]:
    """The charter page in English and French. Returns (English page, pages created)."""
    en, fr = _locale("en"), _locale("fr")
    created = 0
    charter, new = _page(
        academy,
        CharterPage,
        CHARTER["slug"],
        title=CHARTER["title"]["en"],
        version=CHARTER_VERSION,
        summary=CHARTER["summary"]["en"],
        body=CHARTER["body"]["en"],
    )
    created += new
    academy_fr = academy.get_translations().filter(locale=fr).first()
    if academy_fr is not None and charter.locale_id == en.pk:
        _french, new = _translation(
            charter,
            fr,
            title=CHARTER["title"]["fr"],
            version=CHARTER_VERSION,
            summary=CHARTER["summary"]["fr"],
            body=CHARTER["body"]["fr"],
        )
        created += new
    return charter, created


def tiers_build() -> dict[str, Tier]:
    """The four tiers in English (with their requirements) and French. A tier that already
    exists is left as the trainers made it."""
    en, fr = _locale("en"), _locale("fr")
    workshops = {"en": _workshops("en"), "fr": _workshops("fr")}
    tiers = {}
    for data in TIERS:
        tier = Tier.objects.filter(locale=en, slug=data["slug"]).first()
        if tier is None:
            tier = Tier.objects.create(
                locale=en,
                slug=data["slug"],
                rank=data["rank"],
                name=data["name"]["en"],
                description=data["description"]["en"],
                perks=data["perks"]["en"],
                requires_charter=data["requires_charter"],
                may_edit_posts=data["may_edit_posts"],
            )
            _requirements(tier, data["level"], workshops["en"])
        if not Tier.objects.filter(locale=fr, translation_key=tier.translation_key).exists():
            french = Tier.objects.create(
                locale=fr,
                translation_key=tier.translation_key,
                slug=tier.slug,
                rank=tier.rank,
                name=data["name"]["fr"],
                description=data["description"]["fr"],
                perks=data["perks"]["fr"],
                requires_charter=tier.requires_charter,
                may_edit_posts=tier.may_edit_posts,
            )
            _requirements(french, data["level"], workshops["fr"] or workshops["en"])
        tiers[data["slug"]] = tier
    return tiers


def _requirements(tier: Tier, level: str | None, workshops: dict) -> None:
    if level is None:
        return
    for order, data in enumerate(CURRICULUM):
        workshop = workshops.get((data["slug"], level))
        if workshop is not None:
            TierRequirement.objects.create(tier=tier, workshop=workshop, sort_order=order)


def certificate_templates_build() -> int:
    """A certificate template for each workshop, in English and French."""
    created = 0
    for language in ("en", "fr"):
        locale = _locale(language)
        english = _workshops("en")
        for (course_slug, level), workshop in _workshops(language).items():
            if CertificateTemplate.objects.filter(
                locale=locale, workshop__translation_key=workshop.translation_key
            ).exists():
                continue
            course = next(c for c in CURRICULUM if c["slug"] == course_slug)
            workshop_data = next(w for w in course["workshops"] if w["level"] == level)
            key_source = english.get((course_slug, level))
            existing_en = (
                CertificateTemplate.objects.filter(
                    workshop__translation_key=key_source.translation_key,
                    locale__language_code="en",
                ).first()
                if key_source and language != "en"
                else None
            )
            template = CertificateTemplate(
                locale=locale,
                workshop=workshop,
                title=f"{course['title'][language]} — {LEVEL_NAMES[level][language]}",
                wording=_wording(workshop_data["title"][language], language),
                signatory_name=SIGNATORY["name"],
                signatory_title=SIGNATORY["title"][language],
                validity_months=VALIDITY_MONTHS[level],
            )
            if existing_en is not None:
                template.translation_key = existing_en.translation_key
            template.save()
            created += 1
    return created


def _wording(workshop_title: str, language: str) -> str:
    if language == "fr":
        return f"a suivi l'atelier « {workshop_title} » et réussi son quiz final"
    return f"has completed the workshop “{workshop_title}” and passed its final quiz"


def _workshop_pass(user, workshop, when) -> None:
    """Enroll, complete every lesson and pass the final quiz, through the services."""
    from .builder import final_quiz_take

    course_services.workshop_enroll(user=user, workshop=workshop, now=when)
    lessons = LessonPage.objects.live().child_of(workshop).order_by("path")
    for offset, lesson in enumerate(lessons):
        course_services.lesson_complete(
            user=user, lesson=lesson, now=when + timedelta(minutes=20 * (offset + 1))
        )
    if workshop.final_quiz_id:
        final_quiz_take(user, workshop, when + timedelta(hours=3), right=True)


def learners_build(charter: CharterPage) -> list[tuple[str, str, bool]]:
    """One Relay, one Ambassador and one Champion. Returns (email, tier, created)."""
    workshops = _workshops("en")
    start = timezone.now() - timedelta(days=90)
    built = []
    for number, row in enumerate(LADDER_LEARNERS):
        email, first, last, language, employee_id, department, team, levels = row
        user = User.objects.filter(email=email).first()
        created = user is None
        if created:
            from .builder import DEMO_PASSWORD

            user = account_services.user_create(
                email=email,
                first_name=first,
                last_name=last,
                password=DEMO_PASSWORD,
                employee_id=employee_id,
                department=department,
                team=team,
                preferred_language=language,
                groups=(roles.LEARNERS,),
            )
        if not Enrollment.objects.filter(user=user).exists():
            day = start + timedelta(days=number)
            charter_accept(user=user, charter=charter, now=day)
            for level_index, level in enumerate(LEVELS[:levels]):
                for course_index, data in enumerate(CURRICULUM):
                    workshop = workshops.get((data["slug"], level))
                    if workshop is None:
                        continue
                    when = day + timedelta(days=1 + 12 * level_index + 3 * course_index)
                    _workshop_pass(user, workshop, when)
        built.append((email, TIER_OF[levels], created))
    return built


def build(*, academy, report=None, stdout=None) -> dict:
    """Build the demo's advocacy. `report` (builder.DemoReport) gets the pages and users
    created and the logins; `stdout` a one-line summary. Returns what was done."""
    charter, pages = charter_build(academy)
    tiers = tiers_build()
    templates = certificate_templates_build()
    learners = learners_build(charter)
    if report is not None:
        report.created_pages += pages
        for email, tier, created in learners:
            if created:
                report.created_users.append(email)
            report.logins.append((email, f"{roles.LEARNERS} ({tier})"))
    summary = {
        "charter_pages": pages,
        "tiers": len(tiers),
        "certificate_templates": templates,
        "learners": [(email, tier) for email, tier, _created in learners],
    }
    if stdout is not None:
        stdout.write(
            f"Advocacy: charter {CHARTER_VERSION}, {len(tiers)} tiers, "
            f"{templates} certificate template(s) created, "
            f"{len(learners)} learners on the ladder."
        )
    return summary
