"""Final quizzes of the “Social-media skills” course, in English and French.

Plain data, keyed by workshop slug; the format is described in
``lms.demo.quizzes`` and loaded by ``lms.demo.quiz_builder``.
"""

from .levels import quiz_settings

SOCIAL_MEDIA_QUIZZES = {
    "social-media-beginner": {
        "title": {
            "en": "Final quiz: first steps as an ambassador",
            "fr": "Quiz final : premiers pas d’ambassadeur",
        },
        "description": {
            "en": (
                "Questions on why your voice matters, your profile and sharing content from the "
                "library. You need 70% to pass the workshop. Take the quiz as often as you like: "
                "after each attempt you see the right answers and why they are right."
            ),
            "fr": (
                "Des questions sur la force de votre parole, votre profil et le partage des "
                "contenus de la bibliothèque. Il faut 70 % pour valider l’atelier. Vous pouvez "
                "repasser le quiz autant de fois que vous le souhaitez : après chaque tentative, "
                "vous découvrez les bonnes réponses et leur explication."
            ),
        },
        "settings": quiz_settings("beginner"),
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Why do posts shared by employees usually reach and convince more people "
                        "than posts from the {company} page?"
                    ),
                    "fr": (
                        "Pourquoi une publication relayée par un collaborateur touche-t-elle et "
                        "convainc-t-elle généralement plus de monde qu’une publication de la page "
                        "{company} ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "An ambassador programme works because people trust people: your contacts "
                        "know you, so a post you vouch for carries more weight than one signed by "
                        "a logo."
                    ),
                    "fr": (
                        "Un programme d’ambassadeurs repose sur une idée simple : on fait "
                        "confiance aux personnes. Vos contacts vous connaissent ; ce que vous "
                        "relayez pèse donc plus lourd qu’un message signé d’un logo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Their network is made of people who know them and trust a real "
                                "person more than a logo"
                            ),
                            "fr": (
                                "Leur réseau est fait de gens qui les connaissent et se fient "
                                "davantage à une personne qu’à un logo"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Right: your readers know you, so they read, react to and trust "
                                "what you share."
                            ),
                            "fr": (
                                "Exactement : vos lecteurs vous connaissent, ils lisent, "
                                "réagissent et vous croient plus volontiers."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Employees are allowed to say things the company cannot",
                            "fr": (
                                "Les collaborateurs peuvent dire ce que l’entreprise n’a pas le "
                                "droit de dire"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: the same rules apply to you; the difference is trust, not a "
                                "freer tone."
                            ),
                            "fr": (
                                "Non : les mêmes règles s’appliquent à vous ; la différence tient "
                                "à la confiance, pas à une plus grande liberté de ton."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Ambassadors are expected to post every day",
                            "fr": "Les ambassadeurs sont censés publier tous les jours",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: two or three posts a week is plenty. Reach comes from trust, "
                                "not volume."
                            ),
                            "fr": (
                                "Non : deux ou trois publications par semaine suffisent. "
                                "L’audience vient de la confiance, pas du volume."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Ambassadors are influencers with large audiences",
                            "fr": (
                                "Les ambassadeurs sont des influenceurs suivis par un large public"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: nobody asks you to become an influencer; the network you "
                                "already have is what counts."
                            ),
                            "fr": (
                                "Non : personne ne vous demande de devenir influenceur ; c’est le "
                                "réseau que vous avez déjà qui compte."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "To take part in the ambassador programme, you first need to build an "
                        "influencer-sized audience."
                    ),
                    "fr": (
                        "Pour participer au programme d’ambassadeurs, il faut d’abord se "
                        "constituer une audience d’influenceur."
                    ),
                },
                "explanation": {
                    "en": (
                        "Porte-voix does not try to turn you into an influencer. You are probably "
                        "already on LinkedIn, Instagram or Facebook; the workshops add the method "
                        "that makes talking about your work feel natural and safe."
                    ),
                    "fr": (
                        "Porte-voix ne cherche pas à faire de vous un influenceur. Vous êtes sans "
                        "doute déjà sur LinkedIn, Instagram ou Facebook ; les ateliers vous "
                        "apportent la méthode pour parler de votre travail naturellement et sans "
                        "risque."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "Not so: ambassadors are not influencers. You simply talk about your work, "
                        "with a little method, to the network you already have."
                    ),
                    "fr": (
                        "Eh non : un ambassadeur n’est pas un influenceur. Vous parlez simplement "
                        "de votre métier, avec un peu de méthode, au réseau que vous avez déjà."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Correct: the network you already have is enough; the academy helps you "
                        "talk about your work with method."
                    ),
                    "fr": (
                        "Bien vu : votre réseau actuel suffit ; l’académie vous aide à parler de "
                        "votre travail avec méthode."
                    ),
                },
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": "Which of these belong on your profile checklist? Tick all that apply.",
                    "fr": (
                        "Lesquels de ces points font partie de la vérification de votre profil ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Your profile is the first thing people look at before trusting what you "
                        "share: a real face, a headline that says what you do and {company} "
                        "as your employer. Logos and work contact details stay off it."
                    ),
                    "fr": (
                        "Votre profil est la première chose que l’on consulte avant de se fier à "
                        "vous : un vrai visage, un titre qui dit ce que vous faites et {company} "
                        "comme employeur. Ni logo, ni coordonnées professionnelles."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "A recent, well-lit photo where your face is clearly visible",
                            "fr": "Une photo récente et lumineuse où l’on voit bien votre visage",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: people want to see who is speaking.",
                            "fr": "Oui : on veut voir qui s’exprime.",
                        },
                    },
                    {
                        "text": {
                            "en": "A headline that says what you do, not just your job title",
                            "fr": (
                                "Un titre qui dit ce que vous faites, pas seulement l’intitulé de "
                                "votre poste"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: it tells readers why your view is worth reading.",
                            "fr": (
                                "Oui : il explique à vos lecteurs pourquoi votre avis mérite "
                                "d’être lu."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "{company} listed as your current employer",
                            "fr": "{company} indiqué comme employeur actuel",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: readers are entitled to know you work here, and that "
                                "transparency makes you credible."
                            ),
                            "fr": (
                                "Oui : vos lecteurs ont le droit de savoir que vous y travaillez, "
                                "et cette transparence fait votre crédibilité."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "The company logo as your profile picture",
                            "fr": "Le logo de l’entreprise en photo de profil",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: with a logo you look like an official account, and you are "
                                "not a spokesperson."
                            ),
                            "fr": (
                                "Non : avec le logo, vous ressemblez à un compte officiel, alors "
                                "que vous n’êtes pas porte-parole."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Your work phone number and office address",
                            "fr": (
                                "Votre numéro de téléphone professionnel et l’adresse de votre "
                                "bureau"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: keep those off your public profile.",
                            "fr": "Non : ces informations n’ont rien à faire sur un profil public.",
                        },
                    },
                ],
            },
            {
                "type": "ordering",
                "points": 2,
                "prompt": {
                    "en": (
                        "You have found a post in the content library that you want to share. Put "
                        "these steps in order."
                    ),
                    "fr": (
                        "Vous avez trouvé dans la bibliothèque de contenus une publication à "
                        "partager. Remettez ces étapes dans l’ordre."
                    ),
                },
                "explanation": {
                    "en": (
                        "Your name goes with everything you share, so you read first. A personal "
                        "line makes the repost engaging, the preview catches a broken link or "
                        "image, and staying around turns reactions into conversations."
                    ),
                    "fr": (
                        "Votre nom accompagne tout ce que vous partagez : on lit donc d’abord. La "
                        "phrase personnelle rend le partage engageant, l’aperçu évite un lien ou "
                        "une image cassés, et rester dans les parages transforme les réactions en "
                        "échanges."
                    ),
                },
                "steps": [
                    {
                        "en": "Read the article or watch the video all the way through",
                        "fr": "Lire l’article ou regarder la vidéo jusqu’au bout",
                    },
                    {"en": "Add one sentence of your own", "fr": "Ajouter une phrase à vous"},
                    {
                        "en": "Check that the link, the image and any mentions display correctly",
                        "fr": (
                            "Vérifier que le lien, l’image et les mentions s’affichent correctement"
                        ),
                    },
                    {
                        "en": (
                            "Come back in the following hours to thank people and answer simple "
                            "questions"
                        ),
                        "fr": (
                            "Revenir dans les heures qui suivent pour remercier et répondre aux "
                            "questions simples"
                        ),
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": (
                        "Julie Martin adds a hashtag to her post to make it clear that she works "
                        "for {company}. Which hashtag?"
                    ),
                    "fr": (
                        "Julie Martin ajoute un mot-dièse à sa publication pour indiquer "
                        "clairement qu’elle travaille chez {company}. Lequel ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "#employee (#collaborateur or #collaboratrice in French) tells readers at "
                        "a glance that you work for the company. Whenever you mention {company}, "
                        "make that link visible."
                    ),
                    "fr": (
                        "#collaboratrice ou #collaborateur (#employee en anglais) signale d’un "
                        "coup d’œil que vous travaillez pour l’entreprise. Dès que vous évoquez "
                        "{company}, ce lien doit être visible."
                    ),
                },
                "accepted": {
                    "en": ["#employee", "employee"],
                    "fr": ["#collaboratrice", "collaboratrice", "#collaborateur", "collaborateur"],
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "On Monday you shared a product post from the content library. On "
                        "Wednesday morning it is suddenly drawing angry comments from people you "
                        "do not know, and more keep coming."
                    ),
                    "fr": (
                        "Lundi, vous avez partagé une actualité produit tirée de la bibliothèque "
                        "de contenus. Mercredi matin, elle attire soudain des commentaires "
                        "hostiles de personnes que vous ne connaissez pas, et il en arrive "
                        "toujours plus."
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "Content from the library is checked in advance, but situations change. "
                        "When a post suddenly attracts hostile comments, stop and let the referent "
                        "help you decide how to respond rather than replying on your own."
                    ),
                    "fr": (
                        "Les contenus de la bibliothèque sont vérifiés en amont, mais les "
                        "situations évoluent. Quand une publication attire soudain des "
                        "commentaires hostiles, arrêtez-vous et laissez votre {referent_title} "
                        "vous aider à "
                        "choisir la réponse plutôt que de répondre seul."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Stop, reply to nobody and contact the referent",
                            "fr": (
                                "Vous vous arrêtez, ne répondez à personne et contactez votre "
                                "{referent_title}"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Right: stop and get help rather than handling it alone.",
                            "fr": (
                                "Bonne réaction : on s’arrête et on se fait épauler plutôt que de "
                                "gérer seul."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Answer every comment quickly to defend the product",
                            "fr": (
                                "Vous répondez vite à chaque commentaire pour défendre le produit"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: replying alone and under pressure usually fans the flames.",
                            "fr": (
                                "Non : répondre seul et sous pression attise généralement "
                                "l’incendie."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Delete the post without telling anyone",
                            "fr": "Vous supprimez la publication sans prévenir personne",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not on your own: it can look as if you have something to hide. "
                                "Decide what to do with the referent."
                            ),
                            "fr": (
                                "Pas seul : cela peut donner l’impression que vous avez quelque "
                                "chose à cacher. Décidez-en avec votre {referent_title}."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Share it again so your supporters drown out the critics",
                            "fr": "Vous la repartagez pour que vos soutiens couvrent les critiques",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: that only gives the controversy more visibility.",
                            "fr": (
                                "Non : cela ne fait que donner plus de visibilité à la polémique."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "How often should you post when you start out as an ambassador?",
                    "fr": "À quel rythme publier quand on débute comme ambassadeur ?",
                },
                "explanation": {
                    "en": (
                        "Two or three posts a week keeps you present without turning your profile "
                        "into a billboard. Regular, sincere posts beat a flood of reposts."
                    ),
                    "fr": (
                        "Deux ou trois publications par semaine vous gardent présent sans "
                        "transformer votre profil en panneau publicitaire. La régularité et la "
                        "sincérité l’emportent sur l’avalanche de partages."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Two or three posts a week: regularity matters more than volume",
                            "fr": (
                                "Deux ou trois publications par semaine : la régularité compte "
                                "plus que le volume"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: nobody expects you to share everything.",
                            "fr": "Oui : personne n’attend de vous que vous partagiez tout.",
                        },
                    },
                    {
                        "text": {
                            "en": "Everything the content library offers, as soon as it appears",
                            "fr": "Tout ce que propose la bibliothèque, dès sa mise en ligne",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: share what relates to your job or your interests; your "
                                "network notices when it sounds forced."
                            ),
                            "fr": (
                                "Non : relayez ce qui touche à votre métier ou à vos centres "
                                "d’intérêt ; votre réseau sent très vite quand c’est forcé."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "At least three times a day, to stay visible",
                            "fr": "Au moins trois fois par jour, pour rester visible",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: volume does not build trust; a steady rhythm does.",
                            "fr": (
                                "Non : le volume ne crée pas la confiance ; un rythme régulier, si."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Once a year, for big announcements",
                            "fr": "Une fois par an, pour les grandes annonces",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Too rare: a modest but steady rhythm works better.",
                            "fr": (
                                "C’est trop peu : un rythme modeste mais régulier fonctionne mieux."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "social-media-intermediate": {
        "title": {
            "en": "Final quiz: tone, personal posts and comments",
            "fr": "Quiz final : ton, publications personnelles et commentaires",
        },
        "description": {
            "en": (
                "Questions on personalising your posts, adapting them to each network and handling "
                "comments. You need 75% to pass the workshop. You have three attempts, at least "
                "ten minutes apart, and after each one you see the right answers and why they are "
                "right."
            ),
            "fr": (
                "Des questions sur la personnalisation de vos publications, leur adaptation à "
                "chaque réseau et la gestion des commentaires. Il faut 75 % pour valider "
                "l’atelier. Vous disposez de trois tentatives, espacées d’au moins dix minutes, et "
                "chacune est suivie des bonnes réponses et de leur explication."
            ),
        },
        "settings": quiz_settings("intermediate"),
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What does personalising a ready-made post mean?",
                    "fr": "Que veut dire personnaliser un contenu prêt à l’emploi ?",
                },
                "explanation": {
                    "en": (
                        "A personal post explains why the news matters to you: your part in it, "
                        "what surprised you. The facts, figures and names stay exactly as the "
                        "communications team approved them."
                    ),
                    "fr": (
                        "Une publication personnelle explique pourquoi la nouvelle compte pour "
                        "vous : votre rôle, ce qui vous a surpris. Faits, chiffres et noms restent "
                        "ceux qu’a validés l’équipe communication."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Keeping the facts exactly as approved and telling them from your "
                                "own angle"
                            ),
                            "fr": (
                                "Garder les faits tels qu’ils ont été validés et les raconter avec "
                                "votre regard"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: same facts, your angle.",
                            "fr": "Oui : mêmes faits, votre regard.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Making the news more striking, for example by rounding figures up"
                            ),
                            "fr": (
                                "Rendre l’annonce plus frappante, par exemple en arrondissant les "
                                "chiffres"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: personalising never means embellishing; figures stay as "
                                "approved."
                            ),
                            "fr": (
                                "Non : personnaliser ne veut jamais dire enjoliver ; les chiffres "
                                "restent ceux qui ont été validés."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Adding details about the customer that only you know",
                            "fr": (
                                "Ajouter sur le client des détails que vous êtes seul à connaître"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: a detail from your own experience, yes; unannounced details "
                                "about a customer, never."
                            ),
                            "fr": (
                                "Non : un détail de votre vécu, oui ; des informations non "
                                "annoncées sur un client, jamais."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Pasting the library text word for word on every network",
                            "fr": (
                                "Coller le texte de la bibliothèque mot pour mot sur tous les "
                                "réseaux"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: that is sharing, not personalising, and each network has its "
                                "own codes."
                            ),
                            "fr": (
                                "Non : c’est partager, pas personnaliser, et chaque réseau a ses "
                                "codes."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each network with the kind of post that works best there.",
                    "fr": (
                        "Associez chaque réseau au type de publication qui y fonctionne le mieux."
                    ),
                },
                "explanation": {
                    "en": (
                        "Same facts, different codes: adapting length and format to each network "
                        "is what gets a post read rather than scrolled past."
                    ),
                    "fr": (
                        "Mêmes faits, codes différents : c’est en adaptant la longueur et le "
                        "format à chaque réseau qu’une publication est lue plutôt que survolée."
                    ),
                },
                "pairs": [
                    {
                        "source": {"en": "LinkedIn", "fr": "LinkedIn"},
                        "target": {
                            "en": "Short paragraphs in a professional yet warm tone",
                            "fr": (
                                "Des paragraphes courts, sur un ton professionnel mais chaleureux"
                            ),
                        },
                    },
                    {
                        "source": {"en": "Instagram", "fr": "Instagram"},
                        "target": {
                            "en": "The picture comes first and the caption supports it",
                            "fr": "L’image d’abord, la légende en appui",
                        },
                    },
                    {
                        "source": {"en": "X", "fr": "X"},
                        "target": {
                            "en": "One sharp idea and a link",
                            "fr": "Une idée percutante et un lien",
                        },
                    },
                    {
                        "source": {"en": "Facebook", "fr": "Facebook"},
                        "target": {
                            "en": "Local news and events",
                            "fr": "Les nouvelles de proximité et les événements",
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": (
                        "Sort before you react: match each kind of comment with the right reaction."
                    ),
                    "fr": (
                        "Classez avant de réagir : associez chaque type de commentaire à la bonne "
                        "réaction."
                    ),
                },
                "explanation": {
                    "en": (
                        "Sorting a comment before reacting keeps you calm and consistent: warmth "
                        "for thanks, facts for questions, acknowledgement and a private channel "
                        "for criticism, and no audience for provocation."
                    ),
                    "fr": (
                        "Classer un commentaire avant de réagir aide à garder son calme : de la "
                        "chaleur pour les remerciements, des faits pour les questions, de l’écoute "
                        "et un canal privé pour les critiques, et aucune tribune pour les "
                        "provocations."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "Thanks and encouragement",
                            "fr": "Remerciements et encouragements",
                        },
                        "target": {
                            "en": "A short, warm reply or a simple like",
                            "fr": "Une réponse courte et chaleureuse, ou un simple « J’aime »",
                        },
                    },
                    {
                        "source": {"en": "A genuine question", "fr": "Une vraie question"},
                        "target": {
                            "en": (
                                "Answer if the information is public, otherwise point to the right "
                                "page"
                            ),
                            "fr": (
                                "Répondre si l’information est publique, sinon renvoyer vers la "
                                "bonne page"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "Criticism or a complaint",
                            "fr": "Une critique ou une réclamation",
                        },
                        "target": {
                            "en": "Acknowledge it, stick to the facts and offer a private channel",
                            "fr": (
                                "En prendre acte, rester factuel et proposer de poursuivre en privé"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "Provocation or insults",
                            "fr": "Une provocation ou des insultes",
                        },
                        "target": {
                            "en": "Do not engage: hide or report it and tell the referent",
                            "fr": (
                                "Ne pas entrer dans le jeu : masquer ou signaler, et prévenir "
                                "votre "
                                "{referent_title}"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": (
                        "A comment under your post mentions one of the following. In which cases "
                        "should you not reply, but send the link to the referent instead? Tick all "
                        "that apply."
                    ),
                    "fr": (
                        "Un commentaire sous votre publication évoque l’un des sujets suivants. "
                        "Dans quels cas faut-il s’abstenir de répondre et transmettre le lien à "
                        "votre "
                        "{referent_title} ? Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Accidents, legal threats, journalists, personal data and customer "
                        "disputes go to {referent_name}: take a screenshot, send the link and let "
                        "the referent coordinate the answer. Friendly comments and questions "
                        "about public "
                        "information are yours to handle."
                    ),
                    "fr": (
                        "Accidents, menaces de poursuites, journalistes, données personnelles et "
                        "litiges clients vont à {referent_name} : capture d’écran, lien transmis, "
                        "et "
                        "c’est votre {referent_title} qui coordonne la réponse. Les commentaires "
                        "aimables et "
                        "les "
                        "questions sur des informations publiques, vous pouvez les gérer."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "An accident on a site",
                            "fr": "Un accident sur un chantier",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: incidents belong to the people in charge of them.",
                            "fr": "Oui : les incidents relèvent de ceux qui en ont la charge.",
                        },
                    },
                    {
                        "text": {
                            "en": "A threat of legal action",
                            "fr": "Une menace de poursuites",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: legal matters never belong in a comment thread.",
                            "fr": "Oui : le juridique ne se traite jamais en commentaire.",
                        },
                    },
                    {
                        "text": {
                            "en": "A journalist asking for your comment",
                            "fr": "Un journaliste qui vous demande votre avis",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the referent coordinates anything involving the press.",
                            "fr": "Oui : votre {referent_title} coordonne tout ce qui touche à la "
                            "presse.",
                        },
                    },
                    {
                        "text": {
                            "en": "A former colleague congratulating the team",
                            "fr": "Un ancien collègue qui félicite l’équipe",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No need: a short, warm reply or a like is enough.",
                            "fr": "Inutile : une réponse chaleureuse ou un « J’aime » suffit.",
                        },
                    },
                    {
                        "text": {
                            "en": "A question about a job offer published on the careers page",
                            "fr": (
                                "Une question sur une offre d’emploi publiée sur la page carrières"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: the information is public, so you can answer or point to the "
                                "offer."
                            ),
                            "fr": (
                                "Non : l’information est publique, vous pouvez répondre ou "
                                "renvoyer vers l’offre."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "A calm reply posted an hour later is better than a defensive one posted "
                        "straight away."
                    ),
                    "fr": (
                        "Une réponse posée, publiée une heure plus tard, vaut mieux qu’une réponse "
                        "défensive publiée sur-le-champ."
                    ),
                },
                "explanation": {
                    "en": (
                        "You reply to one person but write for everyone who will read the thread "
                        "later. Taking an hour to answer calmly, as you would face to face at a "
                        "trade fair, is always the better choice."
                    ),
                    "fr": (
                        "Vous répondez à une personne, mais vous écrivez pour tous ceux qui liront "
                        "l’échange. Prendre une heure pour répondre posément, comme en face à face "
                        "sur un salon, est toujours le meilleur choix."
                    ),
                },
                "correct": True,
                "feedback_true": {
                    "en": (
                        "Right: nobody expects an answer within the minute, and a calm reply reads "
                        "better for everyone who sees the thread later."
                    ),
                    "fr": (
                        "Exact : personne n’attend de réponse dans la minute, et une réponse posée "
                        "fait meilleure impression sur tous ceux qui liront l’échange."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "It is true: you never have to answer within the minute, and a defensive "
                        "reply usually makes things worse."
                    ),
                    "fr": (
                        "C’est pourtant vrai : rien ne vous oblige à répondre dans la minute, et "
                        "une réponse défensive envenime généralement les choses."
                    ),
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "Under your post about the new Aeris heat-recovery unit, a customer "
                        "writes: “Nice words, but the unit in our offices is still noisy and "
                        "nobody has come back in three weeks.”"
                    ),
                    "fr": (
                        "Sous votre publication sur la nouvelle centrale de récupération de "
                        "chaleur Aeris, un client écrit : « Beau discours, mais l’appareil de nos "
                        "bureaux est toujours bruyant et personne n’est revenu depuis trois "
                        "semaines. »"
                    ),
                },
                "prompt": {
                    "en": "What is the best reply?",
                    "fr": "Quelle est la meilleure réponse ?",
                },
                "explanation": {
                    "en": (
                        "A complaint deserves acknowledgement, facts and a private channel, in a "
                        "courteous tone. Dates, prices and compensation belong to customer "
                        "service, not to a comment thread."
                    ),
                    "fr": (
                        "Une réclamation appelle de l’écoute, des faits et un canal privé, sur un "
                        "ton courtois. Délais, prix et dédommagements relèvent du service client, "
                        "pas d’un fil de commentaires."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Thank them, acknowledge the problem and offer to continue in "
                                "private or with customer service"
                            ),
                            "fr": (
                                "Le remercier, reconnaître le problème et proposer de poursuivre "
                                "en privé ou avec le service client"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: you acknowledge the problem, stay factual and move it to "
                                "where it can be solved."
                            ),
                            "fr": (
                                "Oui : vous reconnaissez le problème, restez factuel et l’orientez "
                                "là où il peut être réglé."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Explain that the Aeris unit is one of the quietest on the market"
                            ),
                            "fr": (
                                "Expliquer que la centrale Aeris est l’une des plus silencieuses "
                                "du marché"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: arguing point by point sounds defensive and does not solve "
                                "their problem."
                            ),
                            "fr": (
                                "Non : argumenter point par point paraît défensif et ne règle pas "
                                "son problème."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Delete the comment: it spoils the post",
                            "fr": "Supprimer le commentaire : il gâche la publication",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: deleting a comment just because it is unpleasant looks like "
                                "censorship and can backfire."
                            ),
                            "fr": (
                                "Non : supprimer une critique parce qu’elle dérange ressemble à de "
                                "la censure et peut se retourner contre vous."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Promise that a technician will come tomorrow, free of charge",
                            "fr": "Promettre qu’un technicien passera demain, gratuitement",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: never promise dates or compensation on the company’s behalf."
                            ),
                            "fr": (
                                "Non : ne promettez jamais de date ni de dédommagement au nom de "
                                "l’entreprise."
                            ),
                        },
                    },
                ],
            },
            {
                # A choice, not a typed name: the referent is whoever the brand settings name
                # ({referent_name}), and grading compares option keys, never texts.
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A comment under your post touches on something sensitive. Who "
                        "coordinates the answer?"
                    ),
                    "fr": (
                        "Un commentaire sous votre publication touche un sujet sensible. Qui "
                        "coordonne la réponse ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "{referent_name} ({referent_role}) coordinates the answer whenever a "
                        "comment touches on something sensitive. Send a screenshot and the link, "
                        "and let the referent take it from there."
                    ),
                    "fr": (
                        "{referent_name} ({referent_role}) coordonne la réponse dès qu’un "
                        "commentaire touche un sujet sensible. Envoyez une capture d’écran et le "
                        "lien : votre {referent_title} prend le relais."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "{referent_name}, the social-media referent",
                            "fr": "{referent_name}, {referent_title} réseaux sociaux",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Right: the referent coordinates sensitive answers.",
                            "fr": "Exact : votre {referent_title} coordonne les réponses "
                            "sensibles.",
                        },
                    },
                    {
                        "text": {
                            "en": "You, as quickly as possible, before it spreads",
                            "fr": "Vous, le plus vite possible, avant que cela circule",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: a quick answer on a sensitive subject can make it worse.",
                            "fr": "Non : une réponse rapide sur un sujet sensible peut l’aggraver.",
                        },
                    },
                    {
                        "text": {
                            "en": "The colleague who wrote the original post",
                            "fr": "Le collègue qui a rédigé la publication d’origine",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: they pass it on to the referent, like you.",
                            "fr": "Non : comme vous, il transmet à votre {referent_title}.",
                        },
                    },
                ],
            },
        ],
    },
    "social-media-expert": {
        "title": {
            "en": "Final quiz: create, measure and lead the way",
            "fr": "Quiz final : créer, mesurer et entraîner les autres",
        },
        "description": {
            "en": (
                "Questions on your editorial line, formats and rights, statistics and mentoring "
                "colleagues. You need 80% to pass the workshop. You have three attempts, at least "
                "an hour apart. The right answers and their explanations are revealed once you "
                "have passed."
            ),
            "fr": (
                "Des questions sur votre ligne éditoriale, les formats et les droits, les "
                "statistiques et l’accompagnement de vos collègues. Il faut 80 % pour valider "
                "l’atelier. Vous disposez de trois tentatives, espacées d’au moins une heure. Les "
                "bonnes réponses et leurs explications vous sont dévoilées une fois l’atelier "
                "validé."
            ),
        },
        "settings": quiz_settings("expert"),
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What is the key to a good editorial line?",
                    "fr": "Quelle est la clé d’une bonne ligne éditoriale ?",
                },
                "explanation": {
                    "en": (
                        "Indoor air quality, maintenance planning, women in engineering: choose "
                        "two or three subjects you genuinely know and link everything you publish "
                        "to them. That focus turns occasional posts into a recognisable voice."
                    ),
                    "fr": (
                        "Qualité de l’air intérieur, planification de la maintenance, place des "
                        "femmes dans l’ingénierie : choisissez deux ou trois sujets que vous "
                        "connaissez vraiment et rattachez-y tout ce que vous publiez. C’est cette "
                        "cohérence qui fait d’un profil une voix reconnaissable."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Two or three topics where you have real experience, with every "
                                "post linked to one of them"
                            ),
                            "fr": (
                                "Deux ou trois sujets où vous avez une vraie expérience, chaque "
                                "publication étant rattachée à l’un d’eux"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: that focus lets your followers know what to expect from you."
                            ),
                            "fr": (
                                "Oui : cette cohérence permet à ceux qui vous suivent de savoir à "
                                "quoi s’attendre."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Reacting to every trending topic to stay visible",
                            "fr": "Réagir à chaque sujet tendance pour rester visible",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: chasing trends dilutes your expertise.",
                            "fr": "Non : courir après les tendances dilue votre expertise.",
                        },
                    },
                    {
                        "text": {
                            "en": "Waiting for the content library to suggest a topic",
                            "fr": "Attendre que la bibliothèque de contenus vous propose un sujet",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not at this level: experienced ambassadors write their own posts."
                            ),
                            "fr": (
                                "Plus à ce niveau : les ambassadeurs aguerris rédigent leurs "
                                "propres publications."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Always using the same format",
                            "fr": "Toujours publier dans le même format",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the topics stay focused, but the formats should vary.",
                            "fr": (
                                "Non : les sujets restent ciblés, mais les formats gagnent à "
                                "varier."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each format with its description.",
                    "fr": "Associez chaque format à sa description.",
                },
                "explanation": {
                    "en": (
                        "Varying formats keeps your editorial line lively: short field stories "
                        "most of the time, an explainer when customers keep asking the same "
                        "question, and an in-depth piece now and then."
                    ),
                    "fr": (
                        "Varier les formats fait vivre votre ligne éditoriale : des récits de "
                        "terrain courts la plupart du temps, un décryptage quand les clients "
                        "posent toujours la même question, et un article de fond de temps à autre."
                    ),
                },
                "pairs": [
                    {
                        "source": {"en": "The field story", "fr": "Le récit de terrain"},
                        "target": {
                            "en": "The situation, what you did, what you learned",
                            "fr": "La situation, ce que vous avez fait, ce que vous en avez appris",
                        },
                    },
                    {
                        "source": {"en": "The explainer", "fr": "Le décryptage"},
                        "target": {
                            "en": (
                                "A carousel or short video answering a question customers often ask"
                            ),
                            "fr": (
                                "Un carrousel ou une courte vidéo qui répond à une question "
                                "fréquente des clients"
                            ),
                        },
                    },
                    {
                        "source": {"en": "The curated read", "fr": "La lecture commentée"},
                        "target": {
                            "en": (
                                "An article from another source, with your view on what it gets "
                                "right or wrong"
                            ),
                            "fr": (
                                "L’article d’une autre source, avec votre avis sur ce qu’il dit de "
                                "juste ou d’inexact"
                            ),
                        },
                    },
                    {
                        "source": {"en": "The in-depth article", "fr": "L’article de fond"},
                        "target": {
                            "en": "A longer piece once a quarter, on LinkedIn or the company blog",
                            "fr": (
                                "Un texte plus long, une fois par trimestre, sur LinkedIn ou le "
                                "blog de l’entreprise"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": (
                        "You are preparing a short video about a recent installation. Which of "
                        "these may you use? Tick all that apply."
                    ),
                    "fr": (
                        "Vous préparez une courte vidéo sur une installation récente. Que "
                        "pouvez-vous utiliser ? Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Creating content makes image rights, consent and copyright your "
                        "responsibility: your own or company images, people’s agreement, written "
                        "permission on customer sites and no commercial music. If in doubt, send "
                        "the draft to the referent."
                    ),
                    "fr": (
                        "Créer ses contenus, c’est assumer le droit à l’image, le consentement et "
                        "le droit d’auteur : vos images ou celles de l’entreprise, l’accord des "
                        "personnes, une autorisation écrite chez le client et pas de musique "
                        "commerciale. Au moindre doute, soumettez le brouillon à votre "
                        "{referent_title}."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Photos and footage you took yourself",
                            "fr": "Des photos et des images que vous avez prises vous-même",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: your own images are the safest choice.",
                            "fr": "Oui : vos propres images sont le choix le plus sûr.",
                        },
                    },
                    {
                        "text": {
                            "en": "Visuals provided by the company",
                            "fr": "Des visuels fournis par l’entreprise",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: company visuals are cleared for use.",
                            "fr": (
                                "Oui : les visuels de l’entreprise sont faits pour être utilisés."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "A colleague’s face, after asking for their agreement",
                            "fr": "Le visage d’un collègue, après lui avoir demandé son accord",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: asking first is exactly what consent means.",
                            "fr": "Oui : demander avant, c’est précisément cela, le consentement.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Footage shot on the customer’s site after a verbal OK from "
                                "someone there"
                            ),
                            "fr": (
                                "Des images tournées chez le client après l’accord oral d’une "
                                "personne sur place"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: filming on a customer site needs written permission.",
                            "fr": "Non : filmer chez un client exige une autorisation écrite.",
                        },
                    },
                    {
                        "text": {
                            "en": "A popular chart hit as background music",
                            "fr": "Un tube du moment en musique de fond",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: avoid commercial music in your videos.",
                            "fr": "Non : évitez la musique commerciale dans vos vidéos.",
                        },
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": "Which statistic tells you how many people saw a post? (one word)",
                    "fr": (
                        "Quel indicateur vous dit combien de personnes ont vu une publication ? "
                        "(un mot)"
                    ),
                },
                "explanation": {
                    "en": (
                        "Impressions tell you how many people saw a post; comments and messages "
                        "tell you whether it started a conversation. Review both once a month and "
                        "keep what sparked real exchanges."
                    ),
                    "fr": (
                        "Les impressions indiquent combien de personnes ont vu une publication ; "
                        "les commentaires et les messages disent si elle a lancé une conversation. "
                        "Faites le point une fois par mois et gardez ce qui a suscité de vrais "
                        "échanges."
                    ),
                },
                "accepted": {
                    "en": ["impressions", "impression"],
                    "fr": ["impressions", "impression"],
                },
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "The three-reader test asks whether you would be comfortable if your "
                        "manager, a customer and a competitor all read your post today."
                    ),
                    "fr": (
                        "Le test des trois lecteurs consiste à se demander si l’on serait à l’aise "
                        "que son manager, un client et un concurrent lisent la publication "
                        "aujourd’hui."
                    ),
                },
                "explanation": {
                    "en": (
                        "Nobody reviews an original post before it goes out, so the three-reader "
                        "test is your own review: if your manager, a customer or a competitor "
                        "makes you hesitate, rework the post or ask for a second opinion."
                    ),
                    "fr": (
                        "Personne ne relit un contenu original avant sa publication : le test des "
                        "trois lecteurs vous sert de relecture. Si votre manager, un client ou un "
                        "concurrent vous fait hésiter, retravaillez le texte ou demandez un second "
                        "avis."
                    ),
                },
                "correct": True,
                "feedback_true": {
                    "en": (
                        "Correct: if one of those three readers makes you hesitate, rework the "
                        "post."
                    ),
                    "fr": (
                        "Exact : si l’un de ces trois lecteurs vous fait hésiter, retravaillez la "
                        "publication."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "It is true: manager, customer and competitor are the three readers to "
                        "picture before publishing."
                    ),
                    "fr": (
                        "C’est pourtant vrai : manager, client et concurrent sont les trois "
                        "lecteurs à imaginer avant de publier."
                    ),
                },
            },
            {
                "type": "ordering",
                "points": 1,
                "prompt": {
                    "en": "You are running a 30-minute peer session. Put its three parts in order.",
                    "fr": (
                        "Vous animez une séance de 30 minutes entre pairs. Remettez ses trois "
                        "temps dans l’ordre."
                    ),
                },
                "explanation": {
                    "en": (
                        "Examples first, then practice, then feedback: colleagues see what works, "
                        "try it on their own topic and leave with a draft a peer has already "
                        "reviewed."
                    ),
                    "fr": (
                        "D’abord des exemples, puis la pratique, puis les retours : chacun voit ce "
                        "qui fonctionne, s’essaie sur son propre sujet et repart avec un brouillon "
                        "déjà relu par un pair."
                    ),
                },
                "steps": [
                    {
                        "en": "Look at three good posts by colleagues and discuss why they work",
                        "fr": (
                            "Examiner trois bonnes publications de collègues et comprendre "
                            "pourquoi elles fonctionnent"
                        ),
                    },
                    {
                        "en": "Everyone drafts a post on their own topic",
                        "fr": "Chacun rédige un post sur son propre sujet",
                    },
                    {
                        "en": "Friendly feedback in pairs, with the charter at hand",
                        "fr": "Retours bienveillants en binôme, la charte à portée de main",
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each colleague with the help that suits them best.",
                    "fr": "Associez chaque collègue à l’aide qui lui convient le mieux.",
                },
                "explanation": {
                    "en": (
                        "Fear of getting it wrong is the main barrier, and it looks different at "
                        "each stage. Meeting colleagues where they are keeps your help useful and "
                        "never pushy."
                    ),
                    "fr": (
                        "La peur de mal faire est le principal frein, et elle ne prend pas la même "
                        "forme à chaque étape. Partir de là où en est chacun rend votre aide "
                        "utile, jamais pesante."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "A beginner who has never posted",
                            "fr": "Un débutant qui n’a jamais publié",
                        },
                        "target": {
                            "en": (
                                "Show them the content library and share a first ready-made post "
                                "together"
                            ),
                            "fr": (
                                "Lui montrer la bibliothèque de contenus et partager ensemble un "
                                "premier post prêt à l’emploi"
                            ),
                        },
                    },
                    {
                        "source": {"en": "An occasional poster", "fr": "Un publieur occasionnel"},
                        "target": {
                            "en": "Help them add a personal sentence and choose the right network",
                            "fr": (
                                "L’aider à ajouter une phrase personnelle et à choisir le bon "
                                "réseau"
                            ),
                        },
                    },
                    {
                        "source": {"en": "A confident ambassador", "fr": "Un ambassadeur confirmé"},
                        "target": {
                            "en": (
                                "Brainstorm topics together and review their drafts when they ask"
                            ),
                            "fr": (
                                "Chercher des sujets avec lui et relire ses brouillons s’il le "
                                "souhaite"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "Malik, a colleague you have been mentoring, publishes his very first "
                        "post. It is enthusiastic and well written, but he has tagged a customer "
                        "who never agreed to be mentioned."
                    ),
                    "fr": (
                        "Malik, un collègue que vous accompagnez, publie son tout premier post. Il "
                        "est enthousiaste et bien écrit, mais il y identifie un client qui n’a "
                        "jamais donné son accord."
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "Encourage first posts in public and correct them in private, with a "
                        "concrete suggestion. Malik keeps his confidence, the customer is "
                        "protected, and if the post had already caused trouble you would pass it "
                        "on to the referent."
                    ),
                    "fr": (
                        "Encouragez les premières publications en public et corrigez-les en privé, "
                        "avec une suggestion concrète. Malik garde confiance, le client est "
                        "protégé, et si le post avait déjà posé problème, vous auriez prévenu "
                        "votre "
                        "{referent_title}."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Like the post, then suggest in a private message that he removes "
                                "the tag"
                            ),
                            "fr": (
                                "Vous aimez la publication, puis vous lui suggérez en message "
                                "privé de retirer l’identification"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: praise in public, correct in private.",
                            "fr": "Oui : on félicite en public, on corrige en privé.",
                        },
                    },
                    {
                        "text": {
                            "en": "Point out the mistake in a comment so that others learn from it",
                            "fr": (
                                "Vous signalez l’erreur en commentaire pour que d’autres en tirent "
                                "la leçon"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: a public correction embarrasses him and may put him off "
                                "posting again."
                            ),
                            "fr": (
                                "Non : une correction publique le met mal à l’aise et risque de le "
                                "dissuader de publier à nouveau."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Rewrite the post for him so that it sounds like yours",
                            "fr": "Vous réécrivez la publication à sa place, à votre manière",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: help him fix the tag, but let his voice stay his own.",
                            "fr": (
                                "Non : aidez-le à retirer l’identification, mais laissez-lui sa "
                                "propre voix."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Say nothing: it is his first post and the tag is a detail",
                            "fr": (
                                "Vous ne dites rien : c’est son premier post, l’identification "
                                "n’est qu’un détail"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: tagging someone without their agreement is a real problem; a "
                                "quiet word now avoids a bigger one later."
                            ),
                            "fr": (
                                "Non : identifier quelqu’un sans son accord pose un vrai problème "
                                "; un mot discret maintenant en évite un plus gros ensuite."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
