"""Final quizzes of the “Brand values and the social-media charter” course, in English and French.

Plain data, keyed by workshop slug; the format is described in
``lms.demo.quizzes`` and loaded by ``lms.demo.quiz_builder``.
"""

from .levels import quiz_settings

BRAND_VALUES_QUIZZES = {
    "brand-values-beginner": {
        "title": {
            "en": "Final quiz: our values and the charter",
            "fr": "Quiz final : nos valeurs et la charte",
        },
        "description": {
            "en": (
                "Questions on candour, care and craft, and on the social-media charter. You need "
                "70% to pass the workshop. Take the quiz as often as you like: after each attempt "
                "you see the right answers and why they are right."
            ),
            "fr": (
                "Des questions sur la franchise, la bienveillance et l’exigence, et sur la charte "
                "des réseaux sociaux. Il faut 70 % pour valider l’atelier. Vous pouvez repasser le "
                "quiz autant de fois que vous le souhaitez : après chaque tentative, vous "
                "découvrez les bonnes réponses et leur explication."
            ),
        },
        "settings": quiz_settings("beginner"),
        "questions": [
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": ("Match each {company} value with what it looks like on social media."),
                    "fr": (
                        "Associez chaque valeur de {company} à la façon dont elle se traduit "
                        "sur les réseaux sociaux."
                    ),
                },
                "explanation": {
                    "en": (
                        "Candour, care and craft grew out of the way our teams already worked. "
                        "Online they become concrete habits: honest disclosure, courtesy towards "
                        "everyone and accurate, specific posts."
                    ),
                    "fr": (
                        "Franchise, bienveillance et exigence sont nées de la façon dont nos "
                        "équipes travaillaient déjà. En ligne, elles deviennent des réflexes "
                        "concrets : transparence, courtoisie envers tous et publications précises."
                    ),
                },
                "pairs": [
                    {
                        "source": {"en": "Candour", "fr": "Franchise"},
                        "target": {
                            "en": (
                                "No exaggeration, no hidden partnerships and a clear statement "
                                "that you work here"
                            ),
                            "fr": (
                                "Ne rien exagérer, ne cacher aucun partenariat et indiquer "
                                "clairement que vous travaillez ici"
                            ),
                        },
                    },
                    {
                        "source": {"en": "Care", "fr": "Bienveillance"},
                        "target": {
                            "en": (
                                "Courtesy towards everyone, critics and competitors included, and "
                                "respect for privacy"
                            ),
                            "fr": (
                                "La courtoisie envers tous, critiques et concurrents compris, et "
                                "le respect de la vie privée"
                            ),
                        },
                    },
                    {
                        "source": {"en": "Craft", "fr": "Exigence"},
                        "target": {
                            "en": (
                                "Accurate facts, a careful tone and a real detail from your work "
                                "rather than a slogan"
                            ),
                            "fr": (
                                "Des faits exacts, un ton soigné et un vrai détail de votre "
                                "travail plutôt qu’un slogan"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": (
                        "Which of our three values means saying what we know, admitting what we do "
                        "not know and correcting our mistakes openly? (one word)"
                    ),
                    "fr": (
                        "Laquelle de nos trois valeurs consiste à dire ce que nous savons, à "
                        "reconnaître ce que nous ignorons et à corriger nos erreurs ouvertement ? "
                        "(un mot)"
                    ),
                },
                "explanation": {
                    "en": (
                        "That is candour. Thomas Roux’s post about a badly calibrated sensor on "
                        "the Lyon hospital project shows it in action: the mistake is owned, "
                        "explained and already put right."
                    ),
                    "fr": (
                        "C’est la franchise. La publication de Thomas Roux sur le capteur mal "
                        "étalonné du chantier de l’hôpital de Lyon l’illustre : l’erreur est "
                        "assumée, expliquée et déjà corrigée."
                    ),
                },
                "accepted": {
                    "en": ["candour", "candor"],
                    "fr": ["franchise"],
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What is the social-media charter for?",
                    "fr": "À quoi sert la charte des réseaux sociaux ?",
                },
                "explanation": {
                    "en": (
                        "The charter is a highway code, not a gag. It lives in the Ambassadors "
                        "space on the intranet and gives you the landmarks you need to speak "
                        "freely without stumbling into a risk you had not seen."
                    ),
                    "fr": (
                        "La charte est un code de la route, pas un bâillon. Rangée dans l’espace "
                        "Ambassadeurs de l’intranet, elle vous donne les repères pour vous "
                        "exprimer librement sans tomber dans un piège que vous n’aviez pas vu."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "To give you clear landmarks so that you can speak freely without "
                                "putting yourself, your colleagues or the company at risk"
                            ),
                            "fr": (
                                "Vous donner des repères clairs pour vous exprimer librement sans "
                                "vous mettre en danger, ni exposer vos collègues ou l’entreprise"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: like the highway code, it is there to protect you.",
                            "fr": (
                                "Oui : comme le code de la route, elle est là pour vous protéger."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "To tell ambassadors what to think about the company",
                            "fr": "Dire aux ambassadeurs ce qu’ils doivent penser de l’entreprise",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: it points out the risks; it does not tell you what to think."
                            ),
                            "fr": "Non : elle signale les risques, elle ne dicte pas les opinions.",
                        },
                    },
                    {
                        "text": {
                            "en": "To make every post go through an approval process",
                            "fr": "Soumettre chaque publication à une validation",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: green topics are shared freely; only amber ones need approval."
                            ),
                            "fr": (
                                "Non : ce qui est vert se partage librement ; seul l’orange "
                                "demande une validation."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "To replace the referent, so that you never need to ask anyone",
                            "fr": "Remplacer votre {referent_title}, pour n’avoir jamais à "
                            "demander",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: the charter and the referent go together; when you hesitate, "
                                "ask {referent_name}."
                            ),
                            "fr": (
                                "Non : la charte et votre {referent_title} vont de pair ; en cas "
                                "d’hésitation, demandez à {referent_name}."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": (
                        "Green, amber or red? Match each piece of information with its colour in "
                        "the charter."
                    ),
                    "fr": (
                        "Vert, orange ou rouge ? Associez chaque information à sa couleur dans la "
                        "charte."
                    ),
                },
                "explanation": {
                    "en": (
                        "What the company has already published is green; customer names, site "
                        "photos, unpublished figures and colleagues’ images are amber; financial "
                        "results, unannounced products and personal data are red. For anything "
                        "amber, ask the referent before posting."
                    ),
                    "fr": (
                        "Ce que l’entreprise a déjà publié est vert ; noms de clients, photos de "
                        "chantier, chiffres non publiés et image des collègues sont orange ; "
                        "résultats financiers, produits non annoncés et données personnelles sont "
                        "rouges. Pour l’orange, demandez à votre {referent_title} avant de publier."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "A job offer {company} has already published",
                            "fr": "Une offre d’emploi déjà publiée par {company}",
                        },
                        "target": {
                            "en": "Green: share freely",
                            "fr": "Vert : à partager librement",
                        },
                    },
                    {
                        "source": {
                            "en": "A photo taken on a customer’s site",
                            "fr": "Une photo prise sur le chantier d’un client",
                        },
                        "target": {"en": "Amber: ask first", "fr": "Orange : à faire valider"},
                    },
                    {
                        "source": {
                            "en": "Financial results before their official release",
                            "fr": "Les résultats financiers avant leur publication officielle",
                        },
                        "target": {"en": "Red: never", "fr": "Rouge : jamais"},
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": (
                        "Which of these are among the four rules of the charter that always apply? "
                        "Tick all that apply."
                    ),
                    "fr": (
                        "Lesquelles de ces règles font partie des quatre règles de la charte "
                        "toujours valables ? Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Disclose, speak for yourself, respect people and respect rights: four "
                        "rules that apply to every post, whatever its colour. Adding “views are my "
                        "own” to your profile replaces none of them."
                    ),
                    "fr": (
                        "Transparence, parler en son nom, respect des personnes et droits d’auteur "
                        ": quatre règles valables pour toute publication, quelle que soit sa "
                        "couleur. La mention « mes propos n’engagent que moi » n’en remplace "
                        "aucune."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Say that you work at {company} whenever you mention the company"
                            ),
                            "fr": (
                                "Indiquer que vous travaillez chez {company} dès que vous "
                                "évoquez l’entreprise"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: that is the disclosure rule.",
                            "fr": "Oui : c’est la règle de transparence.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Speak for yourself and make no commitments on the company’s behalf"
                            ),
                            "fr": (
                                "Parler en votre nom et ne prendre aucun engagement au nom de "
                                "l’entreprise"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: you are not an official spokesperson.",
                            "fr": "Oui : vous n’êtes pas porte-parole officiel.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "No insults, discrimination or attacks on competitors, customers "
                                "or colleagues"
                            ),
                            "fr": (
                                "Ni insulte, ni discrimination, ni attaque contre des concurrents, "
                                "des clients ou des collègues"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: that is the respect rule.",
                            "fr": "Oui : c’est la règle du respect.",
                        },
                    },
                    {
                        "text": {
                            "en": "Credit authors and only use images you are allowed to use",
                            "fr": (
                                "Citer vos sources et n’utiliser que des images dont vous avez le "
                                "droit de vous servir"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: other people’s rights count too.",
                            "fr": "Oui : les droits des autres comptent aussi.",
                        },
                    },
                    {
                        "text": {
                            "en": "Post at least once a week",
                            "fr": "Publier au moins une fois par semaine",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the charter sets no quota; how often you post is up to you.",
                            "fr": (
                                "Non : la charte ne fixe aucun quota ; votre rythme de publication "
                                "vous appartient."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Have every post approved by your manager",
                            "fr": "Faire valider chaque publication par votre manager",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: only amber topics need approval, and it is the referent you "
                                "ask."
                            ),
                            "fr": (
                                "Non : seuls les sujets orange demandent une validation, et c’est "
                                "à votre {referent_title} que l’on s’adresse."
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
                        "With “views are my own” in your profile, you may share confidential "
                        "information as long as you present it as your personal opinion."
                    ),
                    "fr": (
                        "Avec la mention « mes propos n’engagent que moi » sur votre profil, vous "
                        "pouvez partager une information confidentielle du moment que vous la "
                        "présentez comme votre avis personnel."
                    ),
                },
                "explanation": {
                    "en": (
                        "“Views are my own” reminds readers that you are not an official "
                        "spokesperson. It changes nothing about what is confidential: red "
                        "information stays red, whatever your profile says."
                    ),
                    "fr": (
                        "« Mes propos n’engagent que moi » rappelle que vous n’êtes pas "
                        "porte-parole officiel. Cela ne change rien à ce qui est confidentiel : le "
                        "rouge reste rouge, quoi qu’indique votre profil."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "No: the mention is useful, but it never makes a confidential leak or an "
                        "offensive post acceptable."
                    ),
                    "fr": (
                        "Non : la mention est utile, mais elle ne rend jamais acceptable une fuite "
                        "d’information confidentielle ou une publication blessante."
                    ),
                },
                "feedback_false": {
                    "en": "Right: the mention is useful, but a leak is still a leak.",
                    "fr": "Exact : la mention est utile, mais une fuite reste une fuite.",
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "Your team has just commissioned the ventilation in a new hospital wing. "
                        "You took a great photo on site and would like to post it, naming the "
                        "hospital."
                    ),
                    "fr": (
                        "Votre équipe vient de mettre en service la ventilation d’une nouvelle "
                        "aile d’hôpital. Vous avez pris une belle photo sur place et vous aimeriez "
                        "la publier en citant l’hôpital."
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "Customer names and photos taken on a site are amber: they can often be "
                        "shared, but only once approved. {referent_name} will check with the "
                        "customer "
                        "and spot anything sensitive in the picture."
                    ),
                    "fr": (
                        "Les noms de clients et les photos de chantier sont orange : souvent "
                        "partageables, mais seulement après validation. {referent_name} vérifiera "
                        "avec le client et repérera tout élément sensible sur la photo."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Ask {referent_name} first: a customer’s name and a site photo are "
                                "amber"
                            ),
                            "fr": (
                                "Vous demandez d’abord à {referent_name} : un nom de client et une "
                                "photo de chantier, c’est orange"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: amber means you ask before posting, not after.",
                            "fr": (
                                "Oui : orange signifie qu’on demande avant de publier, pas après."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post it straight away: it is good news and shows our craft",
                            "fr": (
                                "Vous la publiez tout de suite : c’est une bonne nouvelle qui "
                                "montre notre exigence"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Not yet: good news about a customer still needs approval.",
                            "fr": (
                                "Pas encore : une bonne nouvelle concernant un client doit tout de "
                                "même être validée."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post it with “views are my own” added",
                            "fr": "Vous la publiez en ajoutant « mes propos n’engagent que moi »",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the mention does not replace the customer’s agreement.",
                            "fr": "Non : la mention ne remplace pas l’accord du client.",
                        },
                    },
                    {
                        "text": {
                            "en": "Give up: anything about a customer is red",
                            "fr": "Vous renoncez : tout ce qui concerne un client est rouge",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Too strict: it is amber, so it may well be shared once approved."
                            ),
                            "fr": (
                                "C’est trop strict : c’est orange, donc partageable une fois "
                                "validé."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "brand-values-intermediate": {
        "title": {
            "en": "Final quiz: applying the charter in grey areas",
            "fr": "Quiz final : appliquer la charte dans les zones grises",
        },
        "description": {
            "en": (
                "Questions on the four-question test, hidden leaks, criticism and disagreement. "
                "You need 75% to pass the workshop. You have three attempts, at least ten minutes "
                "apart, and after each one you see the right answers and why they are right."
            ),
            "fr": (
                "Des questions sur le test des quatre questions, les fuites cachées, les critiques "
                "et les désaccords. Il faut 75 % pour valider l’atelier. Vous disposez de trois "
                "tentatives, espacées d’au moins dix minutes, et chacune est suivie des bonnes "
                "réponses et de leur explication."
            ),
        },
        "settings": quiz_settings("intermediate"),
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "You run the four-question test on a draft and one answer is “I’m not "
                        "sure”. What next?"
                    ),
                    "fr": (
                        "Vous appliquez le test des quatre questions à un brouillon et l’une des "
                        "réponses est « je ne sais pas ». Et ensuite ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "The charter cannot foresee every situation, and the four-question test "
                        "covers the rest. If any answer is “no” or “I’m not sure”, a quick "
                        "question to {referent_name} costs far less than a post that goes wrong."
                    ),
                    "fr": (
                        "La charte ne peut pas tout prévoir ; le test des quatre questions couvre "
                        "le reste. Si une réponse est « non » ou « je ne sais pas », une question "
                        "rapide à {referent_name} coûte bien moins cher qu’une publication qui "
                        "dérape."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Ask the referent before posting",
                            "fr": "Vous interrogez votre {referent_title} avant de publier",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: one doubtful answer is enough to ask.",
                            "fr": "Oui : une seule réponse incertaine suffit pour demander.",
                        },
                    },
                    {
                        "text": {
                            "en": "Post it: three answers out of four is a pass",
                            "fr": "Vous publiez : trois réponses sur quatre, c’est suffisant",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the test is not a score; any doubt means you ask.",
                            "fr": (
                                "Non : le test n’est pas une note ; le moindre doute impose de "
                                "demander."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post it, and ask the referent if anyone complains",
                            "fr": (
                                "Vous publiez, et vous consulterez votre {referent_title} si "
                                "quelqu’un "
                                "réagit mal"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: ask before posting, not after.",
                            "fr": "Non : on demande avant de publier, pas après.",
                        },
                    },
                    {
                        "text": {
                            "en": "Drop the post for good",
                            "fr": "Vous renoncez définitivement à la publication",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not necessarily: the referent may help you adjust it so that it "
                                "can go out."
                            ),
                            "fr": (
                                "Pas forcément : votre {referent_title} peut vous aider à "
                                "l’ajuster pour "
                                "qu’elle puisse paraître."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": False,
                "prompt": {
                    "en": (
                        "Which of these questions make up the four-question test? Tick all that "
                        "apply."
                    ),
                    "fr": (
                        "Quelles questions composent le test des quatre questions ? Cochez toutes "
                        "les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Public or approved, everyone’s agreement, our three values and the "
                        "newspaper test: these four questions settle most grey areas. Like the "
                        "test itself, this question is all or nothing."
                    ),
                    "fr": (
                        "Information publique ou validée, accord des personnes, nos trois valeurs "
                        "et le test du journal : ces quatre questions tranchent la plupart des "
                        "zones grises. Comme le test lui-même, cette question se note en tout ou "
                        "rien."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Is this information already public, or approved for sharing?",
                            "fr": (
                                "Cette information est-elle déjà publique, ou son partage a-t-il "
                                "été validé ?"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: that is the first question.",
                            "fr": "Oui : c’est la première question.",
                        },
                    },
                    {
                        "text": {
                            "en": "Would everyone shown or mentioned agree to appear in it?",
                            "fr": (
                                "Toutes les personnes montrées ou citées accepteraient-elles d’y "
                                "apparaître ?"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: consent is part of the test.",
                            "fr": "Oui : le consentement fait partie du test.",
                        },
                    },
                    {
                        "text": {
                            "en": "Does it reflect candour, care and craft?",
                            "fr": "Reflète-t-elle la franchise, la bienveillance et l’exigence ?",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: our values are part of the test.",
                            "fr": "Oui : nos valeurs font partie du test.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Would I be comfortable seeing it quoted in a newspaper next to my "
                                "name?"
                            ),
                            "fr": (
                                "Serais-je à l’aise de la voir citée dans un journal à côté de mon "
                                "nom ?"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: that is the newspaper test.",
                            "fr": "Oui : c’est le test du journal.",
                        },
                    },
                    {
                        "text": {
                            "en": "Will it get more reactions than my last post?",
                            "fr": "Fera-t-elle plus de réactions que ma dernière publication ?",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: popularity says nothing about risk.",
                            "fr": "Non : la popularité ne dit rien du risque.",
                        },
                    },
                    {
                        "text": {
                            "en": "Has a customer already posted something similar?",
                            "fr": "Un client a-t-il déjà publié quelque chose de semblable ?",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: what a customer posted is not automatically fine for you to "
                                "share."
                            ),
                            "fr": (
                                "Non : ce qu’un client a publié n’est pas forcément partageable "
                                "par vous."
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
                        "After a successful commissioning, your team poses for a photo in the "
                        "plant room. Looking at it on your phone, you notice that a screen behind "
                        "you shows the building management system and that the client’s logo is "
                        "visible."
                    ),
                    "fr": (
                        "Après une mise en service réussie, votre équipe pose pour une photo dans "
                        "le local technique. En la regardant sur votre téléphone, vous remarquez "
                        "qu’un écran derrière vous affiche la supervision du bâtiment et que le "
                        "logo du client est visible."
                    ),
                },
                "prompt": {
                    "en": "What do you do before posting it?",
                    "fr": "Que faites-vous avant de la publier ?",
                },
                "explanation": {
                    "en": (
                        "Photos are the most common source of accidental leaks. Zoom in on every "
                        "photo before posting, deal with screens, documents and badges, and make "
                        "sure everyone shown or named has agreed."
                    ),
                    "fr": (
                        "Les photos sont la première source de fuites involontaires. Agrandissez "
                        "chaque photo avant de publier, traitez écrans, documents et badges, et "
                        "assurez-vous que toutes les personnes montrées ou citées sont d’accord."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Crop or retake the photo, and check that the client agrees to be "
                                "named"
                            ),
                            "fr": (
                                "Vous recadrez ou refaites la photo, et vérifiez que le client "
                                "accepte d’être nommé"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the screen goes and the client gets a say.",
                            "fr": "Oui : l’écran disparaît et le client a son mot à dire.",
                        },
                    },
                    {
                        "text": {
                            "en": "Post it as it is: the screen is too small to read",
                            "fr": (
                                "Vous la publiez telle quelle : l’écran est trop petit pour être lu"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: zoomed in, screens are often perfectly readable.",
                            "fr": "Non : en zoomant, un écran est souvent parfaitement lisible.",
                        },
                    },
                    {
                        "text": {
                            "en": "Blur the screen and post it, naming the client",
                            "fr": "Vous floutez l’écran et la publiez en citant le client",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Half right: the screen is dealt with, but the client has not "
                                "agreed to be named."
                            ),
                            "fr": (
                                "À moitié : l’écran est traité, mais le client n’a pas accepté "
                                "d’être cité."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post it and tag the client to thank them",
                            "fr": "Vous la publiez en identifiant le client pour le remercier",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: tagging is not asking, and the screen is still there.",
                            "fr": (
                                "Non : identifier n’est pas demander, et l’écran est toujours là."
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
                        "Your manager mentions that a major contract has just been signed, and "
                        "someone at the client has already hinted at it online. You may now "
                        "celebrate it on LinkedIn."
                    ),
                    "fr": (
                        "Votre manager annonce la signature d’un gros contrat, et un interlocuteur "
                        "côté client y a déjà fait allusion en ligne. Vous pouvez désormais le "
                        "célébrer sur LinkedIn."
                    ),
                },
                "explanation": {
                    "en": (
                        "Contracts and figures stay internal until {company} announces them. "
                        "A hint from the client does not make the news public, and what a customer "
                        "posts is not automatically yours to share."
                    ),
                    "fr": (
                        "Contrats et chiffres restent internes jusqu’à l’annonce officielle de "
                        "{company}. Une allusion du client ne rend pas la nouvelle publique, "
                        "et ce qu’un client publie n’est pas automatiquement partageable par vous."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "No: until the official announcement the contract stays internal, whatever "
                        "the client hints at."
                    ),
                    "fr": (
                        "Non : tant que l’annonce officielle n’a pas eu lieu, le contrat reste "
                        "interne, quelles que soient les allusions du client."
                    ),
                },
                "feedback_false": {
                    "en": "Right: wait for the official announcement, then share it with pleasure.",
                    "fr": "Exact : attendez l’annonce officielle, puis partagez-la avec plaisir.",
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A competitor’s installation fails very publicly and the trade press "
                        "covers it. What does the charter call for?"
                    ),
                    "fr": (
                        "L’installation d’un concurrent tombe en panne de façon très visible et la "
                        "presse spécialisée s’en fait l’écho. Que demande la charte ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Never mock a competitor, even when the facts are public. It breaks the "
                        "respect rule of the charter, and it invites the same treatment the day "
                        "one of our own installations has a problem."
                    ),
                    "fr": (
                        "Ne vous moquez jamais d’un concurrent, même quand les faits sont publics. "
                        "C’est contraire à la règle du respect, et cela vous expose au même "
                        "traitement le jour où l’une de nos installations aura un souci."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Say nothing: silence beats a clever remark",
                            "fr": "Ne rien dire : le silence vaut mieux qu’un bon mot",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: and the next incident could be ours.",
                            "fr": "Oui : et le prochain incident pourrait bien être le nôtre.",
                        },
                    },
                    {
                        "text": {
                            "en": "Share the article with a knowing wink",
                            "fr": "Partager l’article avec un clin d’œil entendu",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: it breaks the respect rule, even though the facts are public."
                            ),
                            "fr": (
                                "Non : c’est contraire à la règle du respect, même si les faits "
                                "sont publics."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": ("Comment that this would never happen with a {company} unit"),
                            "fr": (
                                "Commenter que cela n’arriverait jamais avec un équipement "
                                "{company}"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: it attacks a competitor and promises something nobody can "
                                "guarantee."
                            ),
                            "fr": (
                                "Non : c’est attaquer un concurrent et promettre ce que personne "
                                "ne peut garantir."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Contact the journalist to offer your expert opinion",
                            "fr": "Contacter le journaliste pour lui proposer votre avis d’expert",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: you are not a spokesperson, and the press is not yours to "
                                "handle."
                            ),
                            "fr": (
                                "Non : vous n’êtes pas porte-parole, et la presse n’est pas de "
                                "votre ressort."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": (
                        "Someone criticises {company} online. Match each situation with the "
                        "right response."
                    ),
                    "fr": (
                        "Quelqu’un critique {company} en ligne. Associez chaque situation à "
                        "la bonne réponse."
                    ),
                },
                "explanation": {
                    "en": (
                        "An ambassador who argues point by point makes criticism more visible, not "
                        "less. Correct facts once, send real problems to the people who can solve "
                        "them and leave disputes to the referent."
                    ),
                    "fr": (
                        "Un ambassadeur qui argumente point par point rend la critique plus "
                        "visible, pas moins. Corrigez les faits une fois, confiez les vrais "
                        "problèmes à ceux qui peuvent les régler et laissez les litiges à votre "
                        "{referent_title}."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "The facts are wrong and public information can correct them",
                            "fr": (
                                "Les faits sont inexacts et une information publique permet de les "
                                "corriger"
                            ),
                        },
                        "target": {
                            "en": "Reply once, politely, with a link to the source",
                            "fr": "Répondre une seule fois, poliment, avec un lien vers la source",
                        },
                    },
                    {
                        "source": {
                            "en": "The person has a real problem",
                            "fr": "La personne rencontre un vrai problème",
                        },
                        "target": {
                            "en": (
                                "Acknowledge it and direct them to customer service or the referent"
                            ),
                            "fr": (
                                "Le reconnaître et l’orienter vers le service client ou votre "
                                "{referent_title}"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "The discussion is heated or involves a dispute",
                            "fr": "La discussion s’envenime ou touche à un litige",
                        },
                        "target": {
                            "en": "Do not reply; alert the referent",
                            "fr": "Ne pas répondre et alerter votre {referent_title}",
                        },
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": (
                        "According to the Weber Shandwick study quoted in the workshop, what "
                        "percentage of employees have already posted criticism of their employer "
                        "online? (a number)"
                    ),
                    "fr": (
                        "D’après l’étude de Weber Shandwick citée dans l’atelier, quel pourcentage "
                        "de salariés a déjà publié en ligne des critiques sur son employeur ? (un "
                        "nombre)"
                    ),
                },
                "explanation": {
                    "en": (
                        "16% of employees have already criticised their employer online, most of "
                        "them out of frustration rather than malice. Such posts spread within "
                        "hours and are almost impossible to take back."
                    ),
                    "fr": (
                        "16 % des salariés ont déjà critiqué leur employeur en ligne, le plus "
                        "souvent par frustration plutôt que par malveillance. Ces messages se "
                        "propagent en quelques heures et ne se rattrapent presque jamais."
                    ),
                },
                "accepted": {
                    "en": ["16", "16%", "16 %", "16 percent", "16 per cent", "sixteen"],
                    "fr": ["16", "16%", "16 %", "16 pour cent", "seize", "seize pour cent"],
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "A new on-call rota has just been announced for your team. You think it is "
                        "unfair and feel that nobody listened to your objections. You are tempted "
                        "to say so on LinkedIn."
                    ),
                    "fr": (
                        "Un nouveau planning d’astreinte vient d’être annoncé dans votre équipe. "
                        "Vous le trouvez injuste et vous avez le sentiment que personne n’a écouté "
                        "vos objections. Vous êtes tenté de le dire sur LinkedIn."
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "Disagreeing is legitimate and candour is one of our values; the real "
                        "question is where to say it. Internal channels can lead to change, while "
                        "a public post mostly creates noise and can follow you for years."
                    ),
                    "fr": (
                        "Être en désaccord est légitime et la franchise fait partie de nos valeurs "
                        "; toute la question est de savoir où l’exprimer. Les canaux internes "
                        "peuvent faire bouger les choses, alors qu’une publication crée surtout du "
                        "bruit et peut vous suivre pendant des années."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Raise it with your manager, HR or staff representatives, or use "
                                "the anonymous feedback form"
                            ),
                            "fr": (
                                "Vous en parlez à votre manager, aux RH ou aux représentants du "
                                "personnel, ou vous utilisez le formulaire de remontée anonyme"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: those channels can actually change the rota.",
                            "fr": (
                                "Oui : ce sont ces canaux qui peuvent réellement faire évoluer le "
                                "planning."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post about it: candour is one of our values",
                            "fr": "Vous publiez : la franchise fait partie de nos valeurs",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Candour, yes, but in the right place: a public post mostly "
                                "creates noise and exposes you."
                            ),
                            "fr": (
                                "La franchise, oui, mais au bon endroit : une publication crée "
                                "surtout du bruit et vous expose."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Post a vague hint without naming the company",
                            "fr": "Vous publiez une allusion vague sans nommer l’entreprise",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: your readers know where you work, and a hint spreads just as "
                                "fast."
                            ),
                            "fr": (
                                "Non : vos lecteurs savent où vous travaillez, et une allusion se "
                                "propage tout aussi vite."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Keep it to yourself: disagreeing would be disloyal",
                            "fr": "Vous gardez cela pour vous : être en désaccord serait déloyal",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: disagreeing is legitimate; it simply belongs in an internal "
                                "channel."
                            ),
                            "fr": (
                                "Non : le désaccord est légitime ; il a simplement sa place en "
                                "interne."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "brand-values-expert": {
        "title": {
            "en": "Final quiz: bad buzz and the referent’s role",
            "fr": "Quiz final : bad buzz et rôle de référent",
        },
        "description": {
            "en": (
                "Questions on how a bad buzz unfolds, the first-hour protocol and the work of a "
                "relay ambassador. You need 80% to pass the workshop. You have three attempts, at "
                "least an hour apart. The right answers and their explanations are revealed once "
                "you have passed."
            ),
            "fr": (
                "Des questions sur le déroulement d’un bad buzz, le protocole de la première heure "
                "et le rôle d’ambassadeur relais. Il faut 80 % pour valider l’atelier. Vous "
                "disposez de trois tentatives, espacées d’au moins une heure. Les bonnes réponses "
                "et leurs explications vous sont dévoilées une fois l’atelier validé."
            ),
        },
        "settings": quiz_settings("expert"),
        "questions": [
            {
                "type": "ordering",
                "points": 3,
                "prompt": {
                    "en": (
                        "Your post is turning into a bad buzz. Put the first-hour protocol in "
                        "order."
                    ),
                    "fr": (
                        "Votre publication tourne au bad buzz. Remettez dans l’ordre le protocole "
                        "de la première heure."
                    ),
                },
                "explanation": {
                    "en": (
                        "Stopping keeps the fire from spreading, and screenshots preserve the "
                        "facts before anything changes. The referent needs them to decide with "
                        "you; only then do you publish the agreed message and let the official "
                        "accounts take the lead."
                    ),
                    "fr": (
                        "S’arrêter empêche le feu de s’étendre, et les captures conservent les "
                        "faits avant que tout bouge. Votre {referent_title} en a besoin pour "
                        "décider avec "
                        "vous ; ensuite seulement, vous publiez le message convenu et laissez les "
                        "comptes officiels prendre le relais."
                    ),
                },
                "steps": [
                    {
                        "en": "Stop: do not reply, post again or argue",
                        "fr": "Stop : ne pas répondre, ne rien republier, ne pas polémiquer",
                    },
                    {
                        "en": "Take screenshots of the post and the main reactions",
                        "fr": (
                            "Faire des captures d’écran de la publication et des principales "
                            "réactions"
                        ),
                    },
                    {
                        "en": (
                            "Alert {referent_name} straight away, even in the evening or at the "
                            "weekend"
                        ),
                        "fr": "Alerter {referent_name} sans attendre, même le soir ou le week-end",
                    },
                    {
                        "en": "Decide together whether to correct, apologise or delete",
                        "fr": "Décider ensemble de corriger, de s’excuser ou de supprimer",
                    },
                    {
                        "en": (
                            "Publish only the agreed message and let the official accounts take "
                            "the lead"
                        ),
                        "fr": (
                            "Ne publier que le message convenu et laisser les comptes officiels "
                            "prendre le relais"
                        ),
                    },
                ],
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": (
                        "Which of these are early warning signs of a bad buzz? Tick all that apply."
                    ),
                    "fr": (
                        "Lesquels de ces signaux annoncent un bad buzz ? Cochez toutes les bonnes "
                        "réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "A bad buzz gives itself away through volume, strangers, screenshots and "
                        "requests for statements. Spotting them early gives {referent_name} and "
                        "the "
                        "communications team, who monitor brand mentions around the clock, time to "
                        "act."
                    ),
                    "fr": (
                        "Un bad buzz se trahit par le volume, les inconnus, les captures d’écran "
                        "et les demandes de déclaration. Les repérer tôt donne à {referent_name} "
                        "et à "
                        "l’équipe communication, qui assurent une veille permanente des mentions "
                        "de la marque, le temps d’agir."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "An unusual number of comments or shares in a short time",
                            "fr": (
                                "Un nombre inhabituel de commentaires ou de partages en peu de "
                                "temps"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a sudden surge is the first signal.",
                            "fr": "Oui : un emballement soudain est le premier signal.",
                        },
                    },
                    {
                        "text": {
                            "en": "Reactions from people outside your usual network",
                            "fr": "Des réactions de personnes extérieures à votre réseau habituel",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: your post has left your circle.",
                            "fr": "Oui : votre publication est sortie de votre cercle.",
                        },
                    },
                    {
                        "text": {
                            "en": "Screenshots of your post circulating elsewhere",
                            "fr": (
                                "Des captures d’écran de votre publication qui circulent ailleurs"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the story now lives beyond your post.",
                            "fr": "Oui : l’affaire vit désormais en dehors de votre publication.",
                        },
                    },
                    {
                        "text": {
                            "en": "Journalists or unknown accounts asking you for a statement",
                            "fr": (
                                "Des journalistes ou des comptes inconnus qui vous demandent une "
                                "déclaration"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: and those requests go to the communications team.",
                            "fr": "Oui : et ces demandes vont à l’équipe communication.",
                        },
                    },
                    {
                        "text": {
                            "en": "A few likes from colleagues",
                            "fr": "Quelques « J’aime » de collègues",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: that is an ordinary, healthy reaction.",
                            "fr": "Non : c’est une réaction ordinaire et saine.",
                        },
                    },
                    {
                        "text": {
                            "en": "A friendly question from a customer you know",
                            "fr": "Une question aimable d’un client que vous connaissez",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: that is the conversation you were hoping for.",
                            "fr": "Non : c’est justement la conversation que vous espériez.",
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "Quietly deleting a controversial post is the safest way to end a bad buzz."
                    ),
                    "fr": (
                        "Supprimer discrètement une publication polémique est le moyen le plus sûr "
                        "de mettre fin à un bad buzz."
                    ),
                },
                "explanation": {
                    "en": (
                        "Screenshots outlive deleted posts. Antoine Petit’s correction shows the "
                        "alternative: a short, sincere message, agreed with the referent, that "
                        "explains the deletion instead of hiding it."
                    ),
                    "fr": (
                        "Les captures d’écran survivent aux publications supprimées. La correction "
                        "d’Antoine Petit montre l’alternative : un message court et sincère, "
                        "convenu avec votre {referent_title}, qui explique la suppression au lieu "
                        "de la "
                        "cacher."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "No: a silent deletion often looks like an admission and fuels the story."
                    ),
                    "fr": (
                        "Non : une suppression discrète passe souvent pour un aveu et alimente "
                        "l’affaire."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right: whether to delete is decided with the referent, and a deletion is "
                        "explained openly."
                    ),
                    "fr": (
                        "Exact : la suppression se décide avec votre {referent_title}, et elle "
                        "s’explique "
                        "ouvertement."
                    ),
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "On the evening a colleague’s clumsy post starts drawing attention, a "
                        "journalist sends you a private message: “You work at {company}, "
                        "don’t you? Off the record, what are people saying internally?”"
                    ),
                    "fr": (
                        "Le soir où la publication maladroite d’un collègue commence à faire "
                        "parler d’elle, un journaliste vous écrit en message privé : « Vous "
                        "travaillez chez {company}, n’est-ce pas ? En off, qu’en dit-on en "
                        "interne ? »"
                    ),
                },
                "prompt": {"en": "How do you respond?", "fr": "Comment réagissez-vous ?"},
                "explanation": {
                    "en": (
                        "Press enquiries always go to the communications team. A polite "
                        "acknowledgement and a handover protect you, your colleague and the "
                        "company, and the team can answer with the full picture."
                    ),
                    "fr": (
                        "Les sollicitations de la presse vont toujours à l’équipe communication. "
                        "Un remerciement poli et un passage de relais vous protègent, vous, votre "
                        "collègue et l’entreprise, et l’équipe répondra en connaissance de cause."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Thank them, take their details and pass them on to the "
                                "communications team"
                            ),
                            "fr": (
                                "Vous le remerciez, notez ses coordonnées et les transmettez à "
                                "l’équipe communication"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: never talk to journalists alone.",
                            "fr": "Oui : on ne parle jamais seul à un journaliste.",
                        },
                    },
                    {
                        "text": {
                            "en": "Give a short off-the-record answer to calm things down",
                            "fr": "Vous répondez brièvement, en off, pour calmer le jeu",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: even a friendly off-the-record remark can end up in print.",
                            "fr": "Non : même une remarque amicale « en off » peut finir imprimée.",
                        },
                    },
                    {
                        "text": {
                            "en": "Defend your colleague publicly in the comments",
                            "fr": "Vous défendez publiquement votre collègue dans les commentaires",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: posting during a bad buzz adds fuel; let the official "
                                "accounts take the lead."
                            ),
                            "fr": (
                                "Non : publier en pleine polémique remet de l’huile sur le feu ; "
                                "laissez les comptes officiels prendre le relais."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Ignore the message and tell nobody",
                            "fr": "Vous ignorez le message sans en parler à personne",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: the communications team needs to know that a journalist is "
                                "asking questions."
                            ),
                            "fr": (
                                "Non : l’équipe communication doit savoir qu’un journaliste pose "
                                "des questions."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": (
                        "What do we call the experienced volunteer who extends the referent’s "
                        "reach on each site or in each large team? (two words)"
                    ),
                    "fr": (
                        "Comment appelle-t-on le volontaire expérimenté qui prolonge l’action de "
                        "votre {referent_title} sur chaque site ou dans chaque grande équipe ? "
                        "(deux mots)"
                    ),
                },
                "explanation": {
                    "en": (
                        "Relay ambassadors answer first-level questions, keep an eye out, escalate "
                        "quickly and feed back to the referent. Once you reach the expert level, "
                        "you may be offered the role."
                    ),
                    "fr": (
                        "Les ambassadeurs relais répondent aux questions de premier niveau, "
                        "restent attentifs, font remonter sans attendre et partagent avec votre "
                        "{referent_title}. Arrivé au niveau expert, ce rôle pourra vous être "
                        "proposé."
                    ),
                },
                "accepted": {
                    "en": ["relay ambassador", "relay ambassadors", "relay"],
                    "fr": [
                        "ambassadeur relais",
                        "ambassadrice relais",
                        "ambassadeurs relais",
                        "relais",
                    ],
                },
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "You are a relay ambassador. Match each situation with what you do.",
                    "fr": (
                        "Vous êtes ambassadeur relais. Associez chaque situation à ce que vous "
                        "faites."
                    ),
                },
                "explanation": {
                    "en": (
                        "A relay ambassador handles the routine, escalates anything sensitive and "
                        "makes sure recurring questions improve the charter and the training. That "
                        "is how one referent can support a whole company."
                    ),
                    "fr": (
                        "L’ambassadeur relais traite le courant, fait remonter le sensible et "
                        "veille à ce que les questions récurrentes améliorent la charte et les "
                        "formations. C’est ainsi qu’une seule personne peut épauler toute "
                        "l’entreprise."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "A colleague asks whether they may reshare a published job offer",
                            "fr": (
                                "Un collègue demande s’il peut relayer une offre d’emploi publiée"
                            ),
                        },
                        "target": {
                            "en": "Answer using the charter and the FAQ",
                            "fr": "Répondre à l’aide de la charte et de la FAQ",
                        },
                    },
                    {
                        "source": {
                            "en": (
                                "A hostile comment and a press enquiry appear under a team "
                                "member’s post"
                            ),
                            "fr": (
                                "Un commentaire hostile et une demande de la presse apparaissent "
                                "sous la publication d’un collègue"
                            ),
                        },
                        "target": {
                            "en": "Escalate to the referent straight away",
                            "fr": "Faire remonter sans attendre à votre {referent_title}",
                        },
                    },
                    {
                        "source": {
                            "en": "The same question about hashtags keeps coming back",
                            "fr": "La même question sur les mots-dièse revient sans cesse",
                        },
                        "target": {
                            "en": "Pass it on to the referent so that the FAQ improves",
                            "fr": "La transmettre à votre {referent_title} pour enrichir la FAQ",
                        },
                    },
                ],
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "A colleague on your team has posted a photo of the new office. On the "
                        "whiteboard behind him, anyone can read the name of a tender we are "
                        "bidding for. The post has only a handful of reactions so far."
                    ),
                    "fr": (
                        "Un collègue de votre équipe a publié une photo des nouveaux bureaux. Sur "
                        "le tableau blanc derrière lui, chacun peut lire le nom d’un appel "
                        "d’offres auquel nous répondons. La publication n’a encore que quelques "
                        "réactions."
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "When a colleague’s post crosses a line, step in privately and quickly, "
                        "explain which rule is at stake and suggest a fix. Tenders are red, and "
                        "anything red or already spreading also goes straight to {referent_name}."
                    ),
                    "fr": (
                        "Quand la publication d’un collègue franchit une limite, intervenez en "
                        "privé et rapidement, expliquez la règle en jeu et proposez une "
                        "correction. Les appels d’offres relèvent du rouge, et tout ce qui est "
                        "rouge ou circule déjà va aussi directement à {referent_name}."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Message him privately now, explain that tenders are red, suggest "
                                "taking the photo down and let the referent know"
                            ),
                            "fr": (
                                "Vous lui écrivez tout de suite en privé, expliquez que les appels "
                                "d’offres relèvent du rouge, suggérez de retirer la photo et "
                                "prévenez votre {referent_title}"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: private, quick, explained, and the referent is involved "
                                "because it is red."
                            ),
                            "fr": (
                                "Oui : en privé, vite, avec une explication, et vous prévenez "
                                "votre "
                                "{referent_title} parce que c’est rouge."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Comment under the post so that he sees it immediately",
                            "fr": "Vous commentez la publication pour qu’il le voie immédiatement",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: a public comment draws attention to the whiteboard and "
                                "embarrasses him."
                            ),
                            "fr": (
                                "Non : un commentaire public attire l’attention sur le tableau et "
                                "le met dans l’embarras."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Warn him that he will be sanctioned if it happens again",
                            "fr": "Vous le prévenez qu’il sera sanctionné s’il recommence",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: threatening sanctions is not your role; the aim is to fix, "
                                "not to punish."
                            ),
                            "fr": (
                                "Non : brandir des sanctions n’est pas votre rôle ; le but est de "
                                "corriger, pas de punir."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Sort it out quietly with him and keep the referent out of it",
                            "fr": (
                                "Vous réglez cela discrètement avec lui, sans impliquer votre "
                                "{referent_title}"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not enough: anything red goes to the referent, even when it is "
                                "fixed quickly."
                            ),
                            "fr": (
                                "Insuffisant : tout ce qui est rouge va à votre {referent_title}, "
                                "même quand "
                                "c’est vite corrigé."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "What balance does the referent’s role strike?",
                    "fr": "Quel équilibre le rôle de votre {referent_title} cherche-t-il à tenir ?",
                },
                "explanation": {
                    "en": (
                        "The referent, {referent_name}, is the guardian of the charter: answering "
                        "questions, reviewing sensitive drafts, coordinating responses and "
                        "updating the charter. "
                        "Too strict and nobody posts; too lax and the charter means nothing."
                    ),
                    "fr": (
                        "Le rôle de {referent_name} est de garantir la charte : répondre aux "
                        "questions, relire les brouillons délicats, coordonner les réponses et "
                        "faire évoluer la charte. Trop stricte, plus personne ne publie ; trop "
                        "souple, la charte ne "
                        "veut plus rien dire."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Firm enough to maintain discipline, warm enough that colleagues "
                                "keep wanting to speak up"
                            ),
                            "fr": (
                                "Assez ferme pour maintenir une discipline, assez chaleureuse pour "
                                "que chacun garde l’envie de s’exprimer"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: discipline and encouragement go together.",
                            "fr": "Oui : discipline et encouragement vont de pair.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Monitoring every colleague’s personal accounts to prevent problems"
                            ),
                            "fr": (
                                "Surveiller les comptes personnels de chaque collègue pour "
                                "prévenir les problèmes"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: monitoring personal accounts or private groups is never part "
                                "of the role."
                            ),
                            "fr": (
                                "Non : surveiller les comptes personnels ou les groupes privés ne "
                                "fait jamais partie du rôle."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Approving every post before it is published",
                            "fr": "Valider chaque publication avant sa parution",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: {referent_name} reviews sensitive drafts, not every post.",
                            "fr": (
                                "Non : {referent_name} relit les brouillons délicats, pas chaque "
                                "publication."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Imposing sanctions whenever the charter is broken",
                            "fr": "Sanctionner chaque manquement à la charte",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the aim is to correct and encourage, not to punish.",
                            "fr": "Non : le but est de corriger et d’encourager, pas de punir.",
                        },
                    },
                ],
            },
        ],
    },
}
