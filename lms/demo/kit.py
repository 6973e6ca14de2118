"""Demo content kit and referent: the site's named referent (with a Referents account),
ready-to-use posts for each tier in English and French, and two questions to the referent
(one answered).

Runs after the tiers exist (lms/demo/advocacy.py creates relay, ambassador, champion): with
no tiers it creates nothing and says so. Idempotent: posts have fixed translation keys,
the referent account and the questions are looked up before being created. Posts go
through full_clean (the admin's own validation); the questions are written as rows so that
loading the demo sends no e-mail.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.files.images import ImageFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Site

from lms.accounts import roles
from lms.accounts import services as account_services
from lms.accounts.models import User
from lms.advocacy.kit_text import post_x_length
from lms.advocacy.models import ContentPost, ReferentQuestion, Tier
from themes.models import BrandSettings
from themes.placeholders import expand

NAMESPACE = uuid.UUID("6d1f3a52-41c4-4f0e-9b59-7f3e0c2a9d10")
REFERENT = {
    "email": "referent@porte-voix.test",
    "first_name": "Inès",
    "last_name": "Garnier",
    "role": "Community manager",
    # French texts say "votre référente" (BrandSettings.referent_title).
    "grammar": "feminine",
    "contact": "Teams channel #ambassadors · ext. 4210 · Mon–Fri 9:00–17:30",
    "employee_id": "E0004",
}
SITE = "https://www.northwind.example"

# slug, tier, image (None or a colour), days valid from/until (None: open), {en, fr}
POSTS = [
    (
        "carbon-neutral-2030",
        "relay",
        "#1f4e79",
        None,
        None,
        {
            "en": {
                "title": "Our path to carbon neutrality by 2030",
                "linkedin": "{company} has committed to carbon neutrality by 2030. "
                "Our new climate report shows where we stand: 38% less energy used in our "
                "sites since 2021, and every delivery van in Lyon now electric.\n\n"
                "I'm proud to work for a company that publishes its numbers, the good ones "
                "and the ones still to improve.",
                "x": "Carbon neutral by 2030: {company} publishes its climate report, "
                "numbers included. -38% energy in our sites since 2021.",
                "facebook": "Carbon neutral by 2030: that's the commitment of {company} "
                "Our climate report shows the progress made and what is still ahead.",
                "hashtags": "#Northwind #Climate",
                "link": f"{SITE}/climate-report",
                "alt": "{company} climate report 2030 cover",
            },
            "fr": {
                "title": "Notre chemin vers la neutralité carbone en 2030",
                "linkedin": "{company} s'engage à atteindre la neutralité carbone d'ici "
                "2030. Notre nouveau rapport climat montre où nous en sommes : 38 % "
                "d'énergie consommée en moins sur nos sites depuis 2021, et toutes nos "
                "camionnettes de livraison lyonnaises sont désormais électriques.\n\n"
                "Fier de travailler pour une entreprise qui publie ses chiffres, les bons "
                "comme ceux qu'il reste à améliorer.",
                "x": "Neutralité carbone en 2030 : {company} publie son rapport climat, "
                "chiffres à l'appui. -38 % d'énergie sur nos sites depuis 2021.",
                "facebook": "Neutralité carbone en 2030 : c'est l'engagement de {company}. "
                "Notre rapport climat montre le chemin parcouru et celui qui reste.",
                "hashtags": "#Northwind #Climat",
                "link": f"{SITE}/fr/rapport-climat",
                "alt": "Couverture du rapport climat 2030 de {company}",
            },
        },
    ),
    (
        "hiring-cloud",
        "relay",
        None,
        None,
        None,
        {
            "en": {
                "title": "We are hiring: cloud engineers in Lyon and Nantes",
                "linkedin": "My team is growing! {company} is hiring cloud engineers in "
                "Lyon and Nantes: hybrid work, a real training budget and projects that "
                "reach millions of customers.\n\nKnow someone who would love it? Share or "
                "tag them below.",
                "x": "{company} is hiring cloud engineers in Lyon and Nantes: hybrid "
                "work, a training budget, projects at scale. Know someone?",
                "facebook": "{company} is hiring cloud engineers in Lyon and Nantes. "
                "Know someone who would love it? Pass it on!",
                "hashtags": "#Hiring #Cloud #Northwind",
                "link": f"{SITE}/careers/cloud",
            },
            "fr": {
                "title": "Nous recrutons : ingénieurs cloud à Lyon et Nantes",
                "linkedin": "Mon équipe s'agrandit ! {company} recrute des ingénieurs "
                "cloud à Lyon et à Nantes : télétravail partiel, un vrai budget formation "
                "et des projets qui touchent des millions de clients.\n\nVous connaissez "
                "quelqu'un que ça intéresserait ? Partagez ou identifiez-le en commentaire.",
                "x": "{company} recrute des ingénieurs cloud à Lyon et Nantes : "
                "télétravail partiel, budget formation, projets d'envergure. Partagez !",
                "facebook": "{company} recrute des ingénieurs cloud à Lyon et à Nantes. "
                "Vous connaissez quelqu'un que ça intéresserait ? Faites passer !",
                "hashtags": "#Recrutement #Cloud #Northwind",
                "link": f"{SITE}/fr/carrieres/cloud",
            },
        },
    ),
    (
        "two-factor",
        "relay",
        "#14532d",
        None,
        None,
        {
            "en": {
                "title": "Security tip: turn on two-factor authentication",
                "linkedin": "A 30-second habit that stops most account takeovers: turn on "
                "two-factor authentication on every social network you use. A stolen "
                "password is then not enough to post in your name.\n\nAt {company} "
                "we learn it in our ambassador academy. Done it already?",
                "x": "30 seconds that stop most account takeovers: turn on two-factor "
                "authentication on every social network. Done it already?",
                "facebook": "",
                "hashtags": "#Cybersecurity #2FA",
                "link": f"{SITE}/security/2fa",
                "alt": "A phone showing a six-digit sign-in code",
            },
            "fr": {
                "title": "Conseil sécurité : activez la double authentification",
                "linkedin": "Un réflexe de 30 secondes qui bloque la plupart des piratages de "
                "compte : activer la double authentification sur chaque réseau social. Un "
                "mot de passe volé ne suffit alors plus pour publier en votre nom.\n\nChez "
                "{company}, on l'apprend dans notre académie des ambassadeurs. Et "
                "vous, c'est fait ?",
                "x": "30 secondes qui bloquent la plupart des piratages : activez la double "
                "authentification sur chaque réseau social. C'est fait ?",
                "facebook": "",
                "hashtags": "#Cybersécurité #2FA",
                "link": f"{SITE}/fr/securite/2fa",
                "alt": "Un téléphone affichant un code de connexion à six chiffres",
            },
        },
    ),
    (
        "academy-launch",
        "relay",
        None,
        None,
        None,
        {
            "en": {
                "title": "I joined our ambassador academy",
                "linkedin": "I've just earned my first certificate in the {company} "
                "ambassador academy: social-media skills, our brand values and the safety "
                "habits that go with speaking for a company online.\n\nLevel by level, at "
                "my own pace. Next step: the intermediate workshop!",
                "x": "First certificate earned in the {company} ambassador academy: "
                "social-media skills, brand values, safety habits. Next: intermediate!",
                "facebook": "I've just earned my first certificate in our ambassador academy "
                "at {company}. Next step: the intermediate workshop!",
                "hashtags": "#Learning #Northwind",
                "link": "",
            },
            "fr": {
                "title": "J'ai rejoint notre académie des ambassadeurs",
                "linkedin": "Je viens d'obtenir mon premier certificat de l'académie des "
                "ambassadeurs de {company} : compétences sur les réseaux sociaux, "
                "valeurs de la marque et réflexes de sécurité pour s'exprimer au nom de "
                "l'entreprise.\n\nNiveau après niveau, à mon rythme. Prochaine étape : "
                "l'atelier intermédiaire !",
                "x": "Premier certificat obtenu à l'académie des ambassadeurs de {company} : "
                "réseaux sociaux, valeurs, sécurité. Prochaine étape : intermédiaire !",
                "facebook": "Je viens d'obtenir mon premier certificat à l'académie des "
                "ambassadeurs de {company}. Prochaine étape : l'atelier intermédiaire !",
                "hashtags": "#Formation #Northwind",
                "link": "",
            },
        },
    ),
    (
        "inclusion-week",
        "ambassador",
        None,
        -3,
        25,
        {
            "en": {
                "title": "Diversity & inclusion week: what it means in my team",
                "linkedin": "This week is diversity & inclusion week at {company}: "
                "talks, workshops and a mentoring programme open to everyone.\n\nIn my "
                "team, inclusion means [one concrete example from your daily work].\n\n"
                "What does it look like where you work?",
                "x": "Diversity & inclusion week at {company}: talks, workshops and "
                "mentoring for all. In my team it means [your example].",
                "facebook": "It's diversity & inclusion week at {company}. Here is what "
                "inclusion means in my team: [your example].",
                "hashtags": "#Inclusion #Northwind",
                "link": f"{SITE}/inclusion",
            },
            "fr": {
                "title": "Semaine diversité et inclusion : ce que cela veut dire dans mon équipe",
                "linkedin": "Cette semaine, c'est la semaine diversité et inclusion chez "
                "{company} : conférences, ateliers et un programme de mentorat ouvert "
                "à tous.\n\nDans mon équipe, l'inclusion, c'est [un exemple concret de "
                "votre quotidien].\n\nEt chez vous, à quoi cela ressemble-t-il ?",
                "x": "Semaine diversité et inclusion chez {company} : conférences, "
                "ateliers, mentorat pour tous. Dans mon équipe : [votre exemple].",
                "facebook": "C'est la semaine diversité et inclusion chez {company}. "
                "Dans mon équipe, l'inclusion c'est : [votre exemple].",
                "hashtags": "#Inclusion #Northwind",
                "link": f"{SITE}/fr/inclusion",
            },
        },
    ),
    (
        "day-in-my-team",
        "ambassador",
        "#b8461b",
        None,
        None,
        {
            "en": {
                "title": "Behind the scenes: a day in my team",
                "linkedin": "People often ask me what we actually do at {company} "
                "Here is a day in my team: [morning], [the project you are proud of], "
                "[what you learned this week].\n\nNo confidential details, just the real "
                "work. Questions welcome!",
                "x": "What do we actually do at {company}? A day in my team: "
                "[your project], [what you learned]. Questions welcome!",
                "facebook": "",
                "hashtags": "#LifeAtNorthwind",
                "link": "",
                "alt": "Colleagues around a whiteboard covered in sticky notes",
            },
            "fr": {
                "title": "Les coulisses : une journée dans mon équipe",
                "linkedin": "On me demande souvent ce que nous faisons vraiment chez "
                "{company}. Voici une journée dans mon équipe : [le matin], [le "
                "projet dont vous êtes fier], [ce que vous avez appris cette semaine].\n\n"
                "Aucun détail confidentiel, juste le vrai travail. Vos questions sont les "
                "bienvenues !",
                "x": "Que fait-on vraiment chez {company} ? Une journée dans mon "
                "équipe : [votre projet], [ce que vous avez appris]. Vos questions ?",
                "facebook": "",
                "hashtags": "#VieChezNorthwind",
                "link": "",
                "alt": "Des collègues autour d'un tableau blanc couvert de post-it",
            },
        },
    ),
    (
        "customer-story",
        "ambassador",
        None,
        None,
        None,
        {
            "en": {
                "title": "Customer story: 40% faster deliveries for a Nantes bakery chain",
                "linkedin": "With our routing platform, a Nantes bakery chain now delivers "
                "its 60 shops 40% faster, with 25% fewer kilometres driven. The customer "
                "agreed to tell the story; read it here.\n\nWhat I like about this project: "
                "[your angle].",
                "x": "40% faster deliveries and 25% fewer km for a Nantes bakery chain, "
                "thanks to our routing platform. The full story:",
                "facebook": "A Nantes bakery chain now delivers its 60 shops 40% faster with "
                "our routing platform. The full story:",
                "hashtags": "#CustomerStory #Logistics",
                "link": f"{SITE}/customers/nantes-bakeries",
            },
            "fr": {
                "title": "Témoignage client : des livraisons 40 % plus rapides pour des "
                "boulangeries nantaises",
                "linkedin": "Grâce à notre plateforme d'optimisation des tournées, une "
                "chaîne de boulangeries nantaise livre désormais ses 60 magasins 40 % plus "
                "vite, avec 25 % de kilomètres en moins. Le client a accepté de raconter "
                "son projet : à lire ici.\n\nCe qui me plaît dans ce projet : [votre angle].",
                "x": "Des livraisons 40 % plus rapides et 25 % de km en moins pour des "
                "boulangeries nantaises grâce à notre plateforme. Le témoignage :",
                "facebook": "Une chaîne de boulangeries nantaise livre ses 60 magasins 40 % "
                "plus vite grâce à notre plateforme. Le témoignage :",
                "hashtags": "#TémoignageClient #Logistique",
                "link": f"{SITE}/fr/clients/boulangeries-nantaises",
            },
        },
    ),
    (
        "charter-explained",
        "ambassador",
        None,
        None,
        None,
        {
            "en": {
                "title": "Why we have a social-media charter (and why it frees us)",
                "linkedin": "Like the highway code, our social-media charter is there to "
                "protect us, not to silence us: what stays confidential, how to respect "
                "copyright, who to ask when in doubt.\n\nSince I know the rules, I post "
                "more, not less. [Add your own experience.]",
                "x": "Like the highway code, our social-media charter protects more than it "
                "forbids. Since I know the rules, I post more, not less.",
                "facebook": "",
                "hashtags": "#EmployeeAdvocacy #Northwind",
                "link": "",
            },
            "fr": {
                "title": "Pourquoi nous avons une charte des réseaux sociaux (et pourquoi "
                "elle nous libère)",
                "linkedin": "Comme le code de la route, notre charte des réseaux sociaux est "
                "là pour nous protéger, pas pour nous faire taire : ce qui reste "
                "confidentiel, comment respecter le droit d'auteur, à qui demander en cas "
                "de doute.\n\nDepuis que je connais les règles, je publie plus, pas moins. "
                "[Ajoutez votre expérience.]",
                "x": "Comme le code de la route, notre charte des réseaux sociaux protège "
                "plus qu'elle n'interdit. Depuis que je connais les règles, je publie plus.",
                "facebook": "",
                "hashtags": "#EmployeeAdvocacy #Northwind",
                "link": "",
            },
        },
    ),
    (
        "trust-voices",
        "champion",
        None,
        None,
        None,
        {
            "en": {
                "title": "Expert take: why employees' voices build trust",
                "linkedin": "People trust people more than logos. When experts share what "
                "they actually work on, a brand stops being an abstraction.\n\nBut it "
                "only works with a frame: clear values, training, a charter, and a "
                "referent to ask when in doubt. That is what we built at {company}, "
                "and what I would tell any company starting out: [your three lessons].",
                "x": "People trust people more than logos. Employee voices work when there "
                "is a frame: values, training, a charter, someone to ask.",
                "facebook": "",
                "hashtags": "#EmployeeAdvocacy #Leadership",
                "link": f"{SITE}/blog/employee-voices",
            },
            "fr": {
                "title": "Point de vue d'expert : pourquoi la parole des collaborateurs crée "
                "la confiance",
                "linkedin": "On fait davantage confiance aux personnes qu'aux logos. Quand "
                "des experts partagent ce sur quoi ils travaillent vraiment, une marque "
                "cesse d'être une abstraction.\n\nMais cela ne fonctionne qu'avec un cadre "
                ": des valeurs claires, de la formation, une charte et un référent à qui "
                "poser ses questions. C'est ce que nous avons construit chez {company}, et ce que "
                "je conseillerais à toute entreprise qui se lance : [vos "
                "trois enseignements].",
                "x": "On fait plus confiance aux personnes qu'aux logos. La parole des "
                "salariés marche avec un cadre : valeurs, formation, charte, référent.",
                "facebook": "",
                "hashtags": "#EmployeeAdvocacy #Leadership",
                "link": f"{SITE}/fr/blog/parole-des-collaborateurs",
            },
        },
    ),
    (
        "tech-summit",
        "champion",
        "#173e6b",
        -1,
        40,
        {
            "en": {
                "title": "Meet me at the Lyon Tech Summit",
                "linkedin": "I'll be speaking at the Lyon Tech Summit on how we cut delivery "
                "emissions with better routing. Come and say hello at the {company} "
                "stand, or book a slot with our team below.",
                "x": "I'm speaking at the Lyon Tech Summit on cutting delivery emissions "
                "with better routing. Come and say hello at the {company} stand!",
                "facebook": "See you at the Lyon Tech Summit! I'll talk about cutting "
                "delivery emissions with better routing.",
                "hashtags": "#LyonTechSummit #Northwind",
                "link": f"{SITE}/events/lyon-tech-summit",
                "alt": "Lyon Tech Summit banner with the {company} logo",
            },
            "fr": {
                "title": "Retrouvez-moi au Lyon Tech Summit",
                "linkedin": "J'interviendrai au Lyon Tech Summit sur la façon dont nous "
                "réduisons les émissions de nos livraisons grâce à de meilleures tournées. "
                "Passez dire bonjour sur le stand {company}, ou réservez un créneau "
                "avec notre équipe.",
                "x": "J'interviens au Lyon Tech Summit : réduire les émissions des livraisons "
                "grâce à de meilleures tournées. Passez sur le stand {company} !",
                "facebook": "Rendez-vous au Lyon Tech Summit ! J'y parlerai de la réduction "
                "des émissions de nos livraisons.",
                "hashtags": "#LyonTechSummit #Northwind",
                "link": f"{SITE}/fr/evenements/lyon-tech-summit",
                "alt": "Bannière du Lyon Tech Summit avec le logo de {company}",
            },
        },
    ),
    (
        "open-day-2025",
        "relay",
        None,
        -90,
        -30,
        {
            "en": {
                "title": "Open day at our Lyon site (past)",
                "linkedin": "Our Lyon site opened its doors last month: thank you to the "
                "300 visitors who came to meet our teams!",
                "x": "Thank you to the 300 visitors of our Lyon open day!",
                "facebook": "",
                "hashtags": "#Northwind",
                "link": "",
            },
            "fr": {
                "title": "Portes ouvertes sur notre site lyonnais (passé)",
                "linkedin": "Notre site de Lyon a ouvert ses portes le mois dernier : merci "
                "aux 300 visiteurs venus rencontrer nos équipes !",
                "x": "Merci aux 300 visiteurs de nos portes ouvertes lyonnaises !",
                "facebook": "",
                "hashtags": "#Northwind",
                "link": "",
            },
        },
    ),
]


@dataclass
class KitReport:
    created_posts: int = 0
    created_users: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _card_image(title: str, colour: str, alt: str, *, company: str, size=(1200, 627)):
    """A plain branded card (the size LinkedIn shows), drawn here so the demo needs no file."""
    image = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    big = ImageFont.load_default(size=64)
    small = ImageFont.load_default(size=32)
    words, lines, line = title.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=big) > size[0] - 160 and line:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    y = size[1] // 2 - 40 * len(lines)
    for text in lines:
        draw.text((80, y), text, font=big, fill="#ffffff")
        y += 80
    draw.text((80, size[1] - 90), company, font=small, fill="#ffffff")
    return _store(image, f"kit-{uuid.uuid5(NAMESPACE, title).hex[:12]}.png", title, alt)


def _store(image, filename: str, title: str, alt: str):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    record = Image(title=title, collection=Collection.get_first_root_node())
    if hasattr(record, "description"):
        record.description = alt
    record.file = ImageFile(buffer, name=filename)
    record.save()
    return record


def _avatar():
    image = PILImage.new("RGB", (256, 256), "#b8461b")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=110)
    box = draw.textbbox((0, 0), "IG", font=font)
    draw.text(
        ((256 - (box[2] - box[0])) / 2 - box[0], (256 - (box[3] - box[1])) / 2 - box[1]),
        "IG",
        font=font,
        fill="#ffffff",
    )
    return _store(image, "referent-ines-garnier.png", "Inès Garnier", "Inès Garnier")


def _referent(report: KitReport, site: Site) -> User:
    user = User.objects.filter(email=REFERENT["email"]).first()
    if user is None:
        from .builder import DEMO_PASSWORD

        user = account_services.user_create(
            email=REFERENT["email"],
            first_name=REFERENT["first_name"],
            last_name=REFERENT["last_name"],
            password=DEMO_PASSWORD,
            employee_id=REFERENT["employee_id"],
            department="Communication",
            team="Social media",
            preferred_language="fr",
            groups=(roles.REFERENTS,),
        )
        report.created_users.append(user.email)
    brand = BrandSettings.for_site(site)
    if not brand.referent_role:  # not set up by this demo yet (an admin's edit stays)
        brand.referent_name = f"{REFERENT['first_name']} {REFERENT['last_name']}"
        brand.referent_role = REFERENT["role"]
        brand.referent_grammar = REFERENT["grammar"]
        brand.referent_email = REFERENT["email"]
        brand.referent_contact = REFERENT["contact"]
        brand.referent_photo = _avatar()
        brand.save()
    return user


def _tiers() -> dict[str, dict[str, Tier]]:
    """{slug: {language: Tier}} for the demo's tiers, in every language they exist in."""
    found: dict[str, dict[str, Tier]] = {}
    for tier in Tier.objects.filter(slug__in=["relay", "ambassador", "champion"]).select_related(
        "locale"
    ):
        found.setdefault(tier.slug, {})[tier.locale.language_code] = tier
    return found


def _posts(report: KitReport, tiers: dict, brand) -> None:
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    default = Locale.get_default()
    for slug, tier_slug, colour, days_from, days_until, texts in POSTS:
        key = uuid.uuid5(NAMESPACE, f"post:{slug}")
        for language, text in texts.items():
            locale = Locale.objects.filter(language_code=language).first()
            if (
                locale is None
                or ContentPost.objects.filter(translation_key=key, locale=locale).exists()
            ):
                continue
            by_language = tiers[tier_slug]
            tier = by_language.get(language) or by_language.get(default.language_code)
            tier = tier or next(iter(by_language.values()))
            post = ContentPost(
                translation_key=key,
                locale=locale,
                title=text["title"],
                min_tier=tier,
                text_linkedin=text["linkedin"],
                text_x=text["x"],
                text_facebook=text["facebook"],
                hashtags=text["hashtags"],
                link=text["link"],
                valid_from=now + timedelta(days=days_from) if days_from is not None else None,
                valid_until=now + timedelta(days=days_until) if days_until is not None else None,
            )
            if colour:
                # Pixels and an image's description are not expanded when shown: fill the
                # placeholders in now, from the brand settings.
                post.image = _card_image(
                    expand(text["title"], brand),
                    colour,
                    expand(text.get("alt", text["title"]), brand),
                    company=expand("{company}", brand),
                )
            post.full_clean()
            assert post_x_length(post) <= 280, (slug, language)  # noqa: S101 - authoring bug
            post.save()
            report.created_posts += 1


def _questions(referent: User, site: Site) -> None:
    """One answered question (Alex, from the kit) and one waiting (Camille)."""
    asked = [
        (
            "alex.morgan@porte-voix.test",
            "en",
            "Can I add a sentence of my own to the hiring post before I share it? "
            "I'd like to say why I enjoy working in the Cloud team.",
            "Thank you for asking! As an Explorer, you can already like the post and "
            "write your own comment under it once it is published. Sharing the kit's posts "
            "comes with the Relay tier (the beginner workshops and the charter), as they "
            "are written: their wording has been checked with Legal and HR. Once you "
            "become an Ambassador (the intermediate workshop), you can personalise them, "
            "and a sentence about why you enjoy your team is exactly the kind of thing "
            "that works.",
        ),
        (
            "camille.martin@porte-voix.test",
            "fr",
            "Un client a laissé un commentaire négatif sous un post que j'ai partagé. "
            "Dois-je lui répondre moi-même, ou vous laisser faire ?",
            None,
        ),
    ]
    now = timezone.now()
    for email, language, question, answer in asked:
        user = User.objects.filter(email=email).first()
        if user is None or ReferentQuestion.objects.filter(user=user, question=question).exists():
            continue
        with translation.override(language):
            page_url = reverse("advocacy:kit")
        # Written as rows, not through the services: loading the demo must not send e-mails.
        ReferentQuestion.objects.create(
            user=user,
            site=site,
            question=question,
            page_title="Content kit" if language == "en" else "Kit de contenus",
            page_url=page_url,
            language=language,
            asked_at=now - timedelta(days=3),
            answer=answer or "",
            answered_by=referent if answer else None,
            answered_at=now - timedelta(days=2) if answer else None,
        )


@transaction.atomic
def build(report=None) -> KitReport:
    """Build the demo content kit and referent. `report` (the demo's DemoReport, optional)
    receives the referent's login."""
    kit_report = KitReport()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        kit_report.notes.append("No default site: content kit and referent skipped.")
        return kit_report
    referent = _referent(kit_report, site)
    if report is not None:
        report.created_users.extend(kit_report.created_users)
        report.logins.append((REFERENT["email"], roles.REFERENTS))
    tiers = _tiers()
    missing = [slug for slug in ("relay", "ambassador", "champion") if slug not in tiers]
    if missing:
        kit_report.notes.append(
            f"Tiers missing ({', '.join(missing)}): no ready-to-use post was created."
        )
    else:
        _posts(kit_report, tiers, BrandSettings.for_site(site))
    _questions(referent, site)
    return kit_report
