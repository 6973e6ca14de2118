"""Final quizzes of the “Cybersecurity for ambassadors” course, in English and French.

Plain data, keyed by workshop slug; the format is described in
``lms.demo.quizzes`` and loaded by ``lms.demo.quiz_builder``.
"""

from .levels import quiz_settings

CYBERSECURITY_QUIZZES = {
    "cybersecurity-beginner": {
        "title": {
            "en": "Final quiz: lock down your accounts",
            "fr": "Quiz final : verrouiller vos comptes",
        },
        "description": {
            "en": (
                "Questions on passphrases, password managers, two-factor authentication and "
                "recovery codes. You need 70% to pass the workshop. Take the quiz as often as you "
                "like: after each attempt you see the right answers and why they are right."
            ),
            "fr": (
                "Des questions sur les phrases de passe, les gestionnaires de mots de passe, "
                "l’authentification à deux facteurs et les codes de secours. Il faut 70 % pour "
                "valider l’atelier. Vous pouvez repasser le quiz autant de fois que vous le "
                "souhaitez : après chaque tentative, vous découvrez les bonnes réponses et leur "
                "explication."
            ),
        },
        "settings": quiz_settings("beginner"),
        "questions": [
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "Why is an ambassador’s social-media account an attractive target for "
                        "attackers?"
                    ),
                    "fr": (
                        "Pourquoi le compte d’un ambassadeur sur les réseaux sociaux est-il une "
                        "cible de choix pour les attaquants ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "A hijacked ambassador account carries your credibility and the {company} "
                        "name. Most takeovers involve no clever hacking: a guessed password, "
                        "or one reused from a site that leaked."
                    ),
                    "fr": (
                        "Un compte d’ambassadeur piraté emporte avec lui votre crédibilité et le "
                        "nom de {company}. La plupart des prises de contrôle ne doivent rien "
                        "à un piratage sophistiqué : un mot de passe deviné, ou réutilisé après "
                        "une fuite sur un autre site."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Its credibility lets an attacker message your contacts, spread "
                                "scams under the {company} name or gather information about "
                                "the company"
                            ),
                            "fr": (
                                "Sa crédibilité permet à un attaquant d’écrire à vos contacts, de "
                                "diffuser des arnaques sous le nom de {company} ou de "
                                "recueillir des informations sur l’entreprise"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: your profile says where you work, what you do and who you "
                                "know."
                            ),
                            "fr": (
                                "Oui : votre profil dit où vous travaillez, ce que vous faites et "
                                "qui vous connaissez."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "The company protects ambassador accounts, so attackers see them "
                                "as a challenge"
                            ),
                            "fr": (
                                "L’entreprise protège les comptes des ambassadeurs, ce qui en fait "
                                "un défi pour les attaquants"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: your personal accounts are protected by your own habits, not "
                                "by the company."
                            ),
                            "fr": (
                                "Non : vos comptes personnels sont protégés par vos propres "
                                "réflexes, pas par l’entreprise."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "It gives access to the company’s bank accounts",
                            "fr": "Il donne accès aux comptes bancaires de l’entreprise",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: its value lies in your credibility and your contacts.",
                            "fr": "Non : sa valeur tient à votre crédibilité et à vos contacts.",
                        },
                    },
                    {
                        "text": {
                            "en": "Attackers only go after accounts with many followers",
                            "fr": "Les attaquants ne visent que les comptes très suivis",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: any credible account is worth taking over, whatever its size."
                            ),
                            "fr": (
                                "Non : tout compte crédible vaut la peine d’être piraté, quelle "
                                "que soit son audience."
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
                        "A password like N0rthw!nd24 is stronger than a passphrase of five random "
                        "words, because it mixes symbols, numbers and capitals."
                    ),
                    "fr": (
                        "Un mot de passe comme N0rthw!nd24 est plus solide qu’une phrase de passe "
                        "de cinq mots tirés au hasard, parce qu’il mélange symboles, chiffres et "
                        "majuscules."
                    ),
                },
                "explanation": {
                    "en": (
                        "Swapping letters for symbols is exactly what cracking tools expect. Four "
                        "or five random words are far longer, much harder to guess and easier to "
                        "remember: keep passphrases for your computer session and your password "
                        "manager."
                    ),
                    "fr": (
                        "Remplacer des lettres par des symboles, c’est précisément ce qu’attendent "
                        "les outils de cassage. Quatre ou cinq mots tirés au hasard sont bien plus "
                        "longs, plus difficiles à deviner et plus faciles à retenir : réservez les "
                        "phrases de passe à votre session et à votre gestionnaire de mots de "
                        "passe."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "No: it looks complicated but follows patterns that cracking tools try "
                        "first. Length beats complexity."
                    ),
                    "fr": (
                        "Non : il paraît compliqué, mais il suit des schémas que les outils de "
                        "cassage testent en priorité. La longueur l’emporte sur la complexité."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right: length beats complexity, and a passphrase is easier to remember "
                        "too."
                    ),
                    "fr": (
                        "Exact : la longueur l’emporte sur la complexité, et une phrase de passe "
                        "est en outre plus facile à retenir."
                    ),
                },
            },
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": True,
                "prompt": {
                    "en": "Which of these are good password habits? Tick all that apply.",
                    "fr": (
                        "Lesquelles de ces habitudes sont bonnes pour vos mots de passe ? Cochez "
                        "toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "With the company-approved password manager you remember one master "
                        "passphrase, and every other account gets a unique, strong password. It "
                        "also warns you about reused or leaked passwords and spots look-alike "
                        "login pages."
                    ),
                    "fr": (
                        "Avec le gestionnaire validé par l’entreprise, vous ne retenez qu’une "
                        "phrase de passe maîtresse et chaque compte reçoit un mot de passe unique "
                        "et robuste. Il vous alerte aussi sur les mots de passe réutilisés ou "
                        "divulgués et déjoue les fausses pages de connexion."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "A different password for every account, generated by the approved "
                                "password manager"
                            ),
                            "fr": (
                                "Un mot de passe différent pour chaque compte, généré par le "
                                "gestionnaire validé"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: one leak then compromises one account, not all of them.",
                            "fr": "Oui : une fuite ne compromet alors qu’un compte, pas tous.",
                        },
                    },
                    {
                        "text": {
                            "en": "Acting on the manager’s alerts about leaked passwords",
                            "fr": (
                                "Tenir compte des alertes du gestionnaire sur les mots de passe "
                                "divulgués"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: those alerts are there to be acted on.",
                            "fr": "Oui : ces alertes sont faites pour être suivies.",
                        },
                    },
                    {
                        "text": {
                            "en": "Changing a password at once if you think it has been exposed",
                            "fr": "Changer aussitôt un mot de passe que vous pensez exposé",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the sooner you change it, the less time an attacker has.",
                            "fr": "Oui : plus vous le changez tôt, moins l’attaquant a de temps.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Using your work password on LinkedIn so that you only have one to "
                                "remember"
                            ),
                            "fr": (
                                "Utiliser votre mot de passe professionnel sur LinkedIn pour n’en "
                                "retenir qu’un"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: if LinkedIn leaks, your work account falls with it.",
                            "fr": (
                                "Non : si LinkedIn subit une fuite, votre compte professionnel "
                                "tombe avec."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Keeping your passwords on a sticky note under the keyboard",
                            "fr": "Garder vos mots de passe sur un post-it sous le clavier",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: anyone passing your desk can read them.",
                            "fr": "Non : quiconque passe devant votre bureau peut les lire.",
                        },
                    },
                    {
                        "text": {
                            "en": "Lending your password to a colleague who needs to post urgently",
                            "fr": (
                                "Prêter votre mot de passe à un collègue qui doit publier en "
                                "urgence"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: a password is never shared, not even as a favour.",
                            "fr": (
                                "Non : un mot de passe ne se prête jamais, même pour rendre "
                                "service."
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
                        "What is the protection called that asks for something you know (your "
                        "password) and something you have (usually your phone)? Its full name or "
                        "its abbreviation will do."
                    ),
                    "fr": (
                        "Comment s’appelle la protection qui demande quelque chose que vous savez "
                        "(votre mot de passe) et quelque chose que vous possédez (le plus souvent "
                        "votre téléphone) ? Le nom complet ou l’abréviation conviennent."
                    ),
                },
                "explanation": {
                    "en": (
                        "With two-factor authentication (2FA), a leaked password is no longer "
                        "enough to get in. It takes about five minutes per network and is the "
                        "single most effective step you can take."
                    ),
                    "fr": (
                        "Avec l’authentification à deux facteurs (2FA), un mot de passe divulgué "
                        "ne suffit plus pour entrer. Comptez environ cinq minutes par réseau : "
                        "c’est la mesure la plus efficace pour protéger vos comptes."
                    ),
                },
                "accepted": {
                    "en": [
                        "2FA",
                        "two-factor authentication",
                        "two factor authentication",
                        "two-factor",
                    ],
                    "fr": [
                        "2FA",
                        "authentification à deux facteurs",
                        "double authentification",
                        "A2F",
                        "authentification à double facteur",
                    ],
                },
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each second factor with how the workshop rates it.",
                    "fr": "Associez chaque second facteur à l’appréciation qu’en donne l’atelier.",
                },
                "explanation": {
                    "en": (
                        "Use a passkey where a network offers one, otherwise the authenticator app "
                        "approved by IT or built into your password manager. SMS is better than "
                        "nothing, but fraudsters can persuade an operator to move your number to "
                        "their own SIM card."
                    ),
                    "fr": (
                        "Choisissez une clé d’accès quand le réseau la propose, sinon "
                        "l’application validée par l’informatique ou intégrée à votre "
                        "gestionnaire. Le SMS vaut mieux que rien, mais des fraudeurs savent "
                        "convaincre un opérateur de transférer votre numéro sur leur propre carte "
                        "SIM."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "Authenticator app",
                            "fr": "Application d’authentification",
                        },
                        "target": {
                            "en": (
                                "Recommended: a new six-digit code every 30 seconds, even offline"
                            ),
                            "fr": (
                                "Recommandée : un nouveau code à six chiffres toutes les 30 "
                                "secondes, même hors connexion"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "Passkey or security key",
                            "fr": "Clé d’accès ou clé de sécurité",
                        },
                        "target": {
                            "en": (
                                "Best: it only works on the genuine site, so it cannot be phished"
                            ),
                            "fr": (
                                "Idéal : ne fonctionnant que sur le site authentique, elle ne peut "
                                "pas être hameçonnée"
                            ),
                        },
                    },
                    {
                        "source": {"en": "Code by SMS", "fr": "Code par SMS"},
                        "target": {
                            "en": (
                                "Last resort: codes can be intercepted or diverted by SIM swapping"
                            ),
                            "fr": (
                                "Dernier recours : les codes peuvent être interceptés ou détournés "
                                "par SIM swapping"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "ordering",
                "points": 2,
                "prompt": {
                    "en": (
                        "You are switching on two-factor authentication for LinkedIn. Put the "
                        "steps in order."
                    ),
                    "fr": (
                        "Vous activez l’authentification à deux facteurs sur LinkedIn. Remettez "
                        "les étapes dans l’ordre."
                    ),
                },
                "explanation": {
                    "en": (
                        "The QR code links the app to your account, the first code proves it "
                        "works, and the recovery codes are your way back in if you lose your "
                        "phone, so save them before leaving the page."
                    ),
                    "fr": (
                        "Le QR code relie l’application à votre compte, le premier code prouve que "
                        "tout fonctionne, et les codes de secours vous permettront de revenir si "
                        "vous perdez votre téléphone : enregistrez-les avant de quitter la page."
                    ),
                },
                "steps": [
                    {
                        "en": "Open the security settings (“Sign in & security” on LinkedIn)",
                        "fr": (
                            "Ouvrir les paramètres de sécurité (« Connexion et sécurité » sur "
                            "LinkedIn)"
                        ),
                    },
                    {
                        "en": "Choose the authenticator app option and scan the QR code",
                        "fr": (
                            "Choisir l’option « application d’authentification » et scanner le QR "
                            "code"
                        ),
                    },
                    {
                        "en": "Type in the code shown by the app to confirm",
                        "fr": "Saisir le code affiché par l’application pour confirmer",
                    },
                    {
                        "en": "Save the recovery codes before closing the page",
                        "fr": "Enregistrer les codes de secours avant de fermer la page",
                    },
                ],
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "Your phone shows a LinkedIn login code you did not ask for. A minute "
                        "later someone calls: “Hi, IT support here. We’re checking your account "
                        "after a security alert. Could you read me the code you just received?”"
                    ),
                    "fr": (
                        "Votre téléphone affiche un code de connexion LinkedIn que vous n’avez pas "
                        "demandé. Une minute plus tard, quelqu’un vous appelle : « Bonjour, ici le "
                        "support informatique. Nous vérifions votre compte après une alerte de "
                        "sécurité. Pouvez-vous me lire le code que vous venez de recevoir ? »"
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "An unexpected code means someone already has your password and is trying "
                        "to log in. Never share a 2FA code with anyone, change the password with "
                        "your password manager and tell IT."
                    ),
                    "fr": (
                        "Un code inattendu signifie que quelqu’un connaît déjà votre mot de passe "
                        "et tente de se connecter. Ne communiquez jamais un code 2FA, changez le "
                        "mot de passe avec votre gestionnaire et prévenez l’informatique."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Refuse, hang up and report the call to IT through the usual "
                                "channel"
                            ),
                            "fr": (
                                "Vous refusez, raccrochez et signalez l’appel à l’informatique par "
                                "le canal habituel"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: no genuine service, and no IT colleague, will ever ask you "
                                "for a code."
                            ),
                            "fr": (
                                "Oui : aucun service légitime, ni aucun collègue de "
                                "l’informatique, ne vous demandera jamais un code."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Read out the code: IT needs it to secure your account",
                            "fr": (
                                "Vous lisez le code : l’informatique en a besoin pour sécuriser "
                                "votre compte"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: that code is exactly what the caller is missing to get into "
                                "your account."
                            ),
                            "fr": (
                                "Non : ce code est précisément ce qui manque à l’appelant pour "
                                "entrer dans votre compte."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Ask for the caller’s name first, then give the code",
                            "fr": (
                                "Vous demandez d’abord son nom à l’appelant, puis vous donnez le "
                                "code"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: a name proves nothing; the code is never shared.",
                            "fr": "Non : un nom ne prouve rien ; le code ne se communique jamais.",
                        },
                    },
                    {
                        "text": {
                            "en": "Give only the first three digits, to be on the safe side",
                            "fr": "Vous ne donnez que les trois premiers chiffres, par prudence",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: any part of the code helps the attacker; give none of it.",
                            "fr": "Non : le moindre fragment aide l’attaquant ; n’en donnez rien.",
                        },
                    },
                ],
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "A screenshot of your recovery codes in your phone’s photo gallery is a "
                        "safe way to keep them."
                    ),
                    "fr": (
                        "Une capture d’écran de vos codes de secours dans la galerie photo de "
                        "votre téléphone est un bon moyen de les conserver."
                    ),
                },
                "explanation": {
                    "en": (
                        "Recovery codes are your spare keys: if you lose or replace your phone, "
                        "they are the only way back into your account. Keep them in your password "
                        "manager or on paper at home; each code works only once."
                    ),
                    "fr": (
                        "Les codes de secours sont vos doubles de clés : si vous perdez ou changez "
                        "de téléphone, ils sont le seul moyen de récupérer votre compte. "
                        "Gardez-les dans votre gestionnaire ou sur papier chez vous ; chaque code "
                        "ne sert qu’une fois."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": "No: lose the phone and you lose the codes with it.",
                    "fr": "Non : si vous perdez le téléphone, vous perdez les codes avec.",
                },
                "feedback_false": {
                    "en": (
                        "Right: store them in your password manager, or print them and keep them "
                        "at home."
                    ),
                    "fr": (
                        "Exact : rangez-les dans votre gestionnaire de mots de passe, ou "
                        "imprimez-les et gardez-les chez vous."
                    ),
                },
            },
        ],
    },
    "cybersecurity-intermediate": {
        "title": {
            "en": "Final quiz: spot scams, phishing and fake profiles",
            "fr": "Quiz final : déjouer arnaques, hameçonnage et faux profils",
        },
        "description": {
            "en": (
                "Questions on phishing in direct messages, fake recruiters and impostors. You need "
                "75% to pass the workshop. You have three attempts, at least ten minutes apart, "
                "and after each one you see the right answers and why they are right."
            ),
            "fr": (
                "Des questions sur l’hameçonnage en messagerie privée, les faux recruteurs et les "
                "usurpateurs. Il faut 75 % pour valider l’atelier. Vous disposez de trois "
                "tentatives, espacées d’au moins dix minutes, et chacune est suivie des bonnes "
                "réponses et de leur explication."
            ),
        },
        "settings": quiz_settings("intermediate"),
        "questions": [
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each classic message with the lever or trap behind it.",
                    "fr": "Associez chaque message classique au levier ou au piège qu’il cache.",
                },
                "explanation": {
                    "en": (
                        "Fear, shock, flattery and vanity are the scammer’s favourite levers. "
                        "Recognising the lever is the first step of the thirty-second check: pause "
                        "before you click."
                    ),
                    "fr": (
                        "La peur, le choc, la flatterie et la vanité sont les leviers préférés des "
                        "escrocs. Reconnaître le levier est la première étape de la vérification "
                        "en trente secondes : on marque une pause avant de cliquer."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": (
                                "“Your page violates our copyright policy and will be deleted "
                                "within 24 hours. Appeal here.”"
                            ),
                            "fr": (
                                "« Votre page enfreint nos règles sur le droit d’auteur et sera "
                                "supprimée sous 24 heures. Faites appel ici. »"
                            ),
                        },
                        "target": {
                            "en": "Fear and a deadline, from an account that is not the platform",
                            "fr": (
                                "La peur et un délai, venant d’un compte qui n’est pas la "
                                "plateforme"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "“Is this you in this video?”",
                            "fr": "« C’est toi sur cette vidéo ? »",
                        },
                        "target": {
                            "en": "Shock, then a link to a fake login page",
                            "fr": "Le choc, puis un lien vers une fausse page de connexion",
                        },
                    },
                    {
                        "source": {
                            "en": "“We’d love a paid partnership with you: the brief is attached.”",
                            "fr": (
                                "« Nous aimerions vous proposer un partenariat rémunéré : le "
                                "cahier des charges est en pièce jointe. »"
                            ),
                        },
                        "target": {
                            "en": "Flattery, then an attachment to download",
                            "fr": "La flatterie, puis une pièce jointe à télécharger",
                        },
                    },
                    {
                        "source": {
                            "en": "“Get your profile certified: just confirm your password.”",
                            "fr": (
                                "« Faites certifier votre profil : il suffit de confirmer votre "
                                "mot de passe. »"
                            ),
                        },
                        "target": {
                            "en": "A verification badge in exchange for your password or a payment",
                            "fr": (
                                "Un badge de vérification contre votre mot de passe ou un paiement"
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "A message says your LinkedIn account will be suspended unless you confirm "
                        "your details. How do you check whether it is genuine?"
                    ),
                    "fr": (
                        "Un message vous annonce la suspension de votre compte LinkedIn si vous ne "
                        "confirmez pas vos informations. Comment vérifier qu’il est authentique ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Networks do not warn you through a private message from an unknown "
                        "account. To check any alert, use the front door: open the app or type the "
                        "site’s address yourself."
                    ),
                    "fr": (
                        "Les réseaux ne vous préviennent pas par message privé depuis un compte "
                        "inconnu. Pour vérifier une alerte, passez par la porte d’entrée : ouvrez "
                        "l’application ou saisissez vous-même l’adresse du site."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Open the LinkedIn app, or type the address yourself, and look for "
                                "the alert there"
                            ),
                            "fr": (
                                "Vous ouvrez l’application LinkedIn, ou saisissez vous-même "
                                "l’adresse, et cherchez l’alerte sur place"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: use the front door, never the link in the message.",
                            "fr": (
                                "Oui : passez par la porte d’entrée, jamais par le lien du message."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Click the link and check that the page looks like LinkedIn",
                            "fr": (
                                "Vous cliquez sur le lien et vérifiez que la page ressemble bien à "
                                "LinkedIn"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: fake login pages are designed to look exactly like the real "
                                "one."
                            ),
                            "fr": (
                                "Non : les fausses pages de connexion sont conçues pour ressembler "
                                "trait pour trait à la vraie."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Reply to the sender and ask whether the message is real",
                            "fr": (
                                "Vous répondez à l’expéditeur pour lui demander si le message est "
                                "authentique"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: a scammer will always say yes.",
                            "fr": "Non : un escroc répondra toujours oui.",
                        },
                    },
                    {
                        "text": {
                            "en": "Ask colleagues whether they got it too, then follow the link",
                            "fr": (
                                "Vous demandez à vos collègues s’ils l’ont reçu aussi, puis vous "
                                "suivez le lien"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Warning colleagues is good; following the link is not.",
                            "fr": "Prévenir les collègues, oui ; suivre le lien, non.",
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
                        "A recruiter contacts you with a flattering offer. Which signs suggest a "
                        "fake profile? Tick all that apply."
                    ),
                    "fr": (
                        "Un recruteur vous contacte avec une offre flatteuse. Quels signes "
                        "évoquent un faux profil ? Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Fake recruiters are after your identity documents, your device or "
                        "information about how our systems work. Check account age, photo, "
                        "connections and email domain before engaging, and be wary of any rush to "
                        "leave the platform."
                    ),
                    "fr": (
                        "Les faux recruteurs en veulent à vos pièces d’identité, à votre appareil "
                        "ou à des informations sur nos systèmes. Vérifiez l’ancienneté du compte, "
                        "la photo, les relations et le domaine de l’e-mail avant d’échanger, et "
                        "méfiez-vous de toute hâte à quitter la plateforme."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "The account was created recently and has few posts",
                            "fr": "Le compte a été créé récemment et compte peu de publications",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: a new, empty account is a classic sign.",
                            "fr": "Oui : un compte récent et vide est un signe classique.",
                        },
                    },
                    {
                        "text": {
                            "en": "The profile photo looks like a stock image",
                            "fr": "La photo de profil ressemble à une image de banque d’images",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: impostors rarely use their own face.",
                            "fr": "Oui : les usurpateurs utilisent rarement leur propre visage.",
                        },
                    },
                    {
                        "text": {
                            "en": "The email address comes from a free webmail service",
                            "fr": "L’adresse e-mail provient d’une messagerie gratuite",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: real recruiters write from their company’s domain.",
                            "fr": (
                                "Oui : un vrai recruteur écrit depuis le domaine de son entreprise."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "They push you to move quickly to a messaging app",
                            "fr": (
                                "Il insiste pour basculer rapidement sur une application de "
                                "messagerie"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: leaving the platform removes its protections.",
                            "fr": "Oui : quitter la plateforme, c’est perdre ses protections.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "They point you to the vacancy on the company’s official careers "
                                "page"
                            ),
                            "fr": (
                                "Il vous renvoie vers l’offre publiée sur la page carrières "
                                "officielle de l’entreprise"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "That is reassuring: genuine vacancies are listed there.",
                            "fr": "C’est plutôt rassurant : les vraies offres y figurent.",
                        },
                    },
                    {
                        "text": {
                            "en": "Their company page has years of posts and real employees",
                            "fr": (
                                "La page de leur entreprise affiche des années de publications et "
                                "de vrais salariés"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "That points to a real company, although a quick check of the "
                                "person is still worthwhile."
                            ),
                            "fr": (
                                "C’est le signe d’une vraie entreprise, même si une vérification "
                                "de la personne reste utile."
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
                        "Which check often reveals that a recruiter’s profile photo has been taken "
                        "from somewhere else? (three words)"
                    ),
                    "fr": (
                        "Quelle vérification révèle souvent que la photo de profil d’un recruteur "
                        "a été prise ailleurs ? (quelques mots)"
                    ),
                },
                "explanation": {
                    "en": (
                        "A reverse image search looks for the same picture elsewhere on the web. "
                        "If a recruiter’s face turns up on a stock photo site or under another "
                        "name, the profile is fake."
                    ),
                    "fr": (
                        "Une recherche d’image inversée retrouve la même photo ailleurs sur le "
                        "web. Si le visage d’un recruteur apparaît sur une banque d’images ou sous "
                        "un autre nom, le profil est faux."
                    ),
                },
                "accepted": {
                    "en": [
                        "reverse image search",
                        "reverse image lookup",
                        "reverse search",
                        "reverse image",
                    ],
                    "fr": [
                        "recherche d’image inversée",
                        "recherche d’images inversée",
                        "recherche inversée d’image",
                        "recherche inversée d’images",
                        "recherche inversée",
                        "recherche d’image inverse",
                    ],
                },
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": (
                        "In an emergency, a {company} manager may ask you through LinkedIn "
                        "to buy gift cards and send them the codes."
                    ),
                    "fr": (
                        "En cas d’urgence, un responsable de {company} peut vous demander "
                        "via LinkedIn d’acheter des cartes cadeaux et de lui envoyer les codes."
                    ),
                },
                "explanation": {
                    "en": (
                        "The fake-executive scam plays on urgency and authority: gift cards, a "
                        "document to forward, a payment. No manager will ever ask for any of these "
                        "through a social network, so report the account instead."
                    ),
                    "fr": (
                        "L’arnaque au faux dirigeant joue sur l’urgence et l’autorité : cartes "
                        "cadeaux, document à transmettre, paiement. Aucun responsable ne vous "
                        "demandera cela via un réseau social : signalez plutôt le compte."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": (
                        "No: whatever the tone, no {company} manager will ever ask you for "
                        "this through a social network."
                    ),
                    "fr": (
                        "Non : quel que soit le ton, aucun responsable de {company} ne vous "
                        "demandera jamais cela via un réseau social."
                    ),
                },
                "feedback_false": {
                    "en": "Right: this is the classic fake-executive scam.",
                    "fr": "Exact : c’est l’arnaque classique du faux dirigeant.",
                },
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "A profile with the photo and title of {company}’s operations "
                        "director messages you: “I’m stuck in a meeting. I need you to pay a "
                        "deposit to a new supplier today. I’ll explain later; keep this between "
                        "us.”"
                    ),
                    "fr": (
                        "Un profil qui reprend la photo et la fonction du directeur des opérations "
                        "de {company} vous écrit : « Je suis coincé en réunion. J’ai besoin "
                        "que vous versiez un acompte à un nouveau fournisseur aujourd’hui. Je vous "
                        "expliquerai ; gardez ça pour vous. »"
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "Impostors copy a manager’s photo and title and rely on urgency and "
                        "secrecy. Use the platform’s impersonation report and tell "
                        "{referent_name}, "
                        "so that the communications team can warn everyone else."
                    ),
                    "fr": (
                        "Les usurpateurs copient la photo et la fonction d’un responsable et "
                        "misent sur l’urgence et le secret. Utilisez le signalement d’usurpation "
                        "d’identité de la plateforme et prévenez {referent_name}, pour que "
                        "l’équipe "
                        "communication alerte les autres."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Do none of it, report the account to the platform for "
                                "impersonation and tell the referent"
                            ),
                            "fr": (
                                "Vous n’en faites rien, signalez le compte à la plateforme pour "
                                "usurpation d’identité et prévenez votre {referent_title}"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: the communications team can then warn everyone else.",
                            "fr": (
                                "Oui : l’équipe communication pourra ainsi prévenir tout le monde."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Reply and ask him to prove that it is really him",
                            "fr": (
                                "Vous lui répondez pour lui demander de prouver que c’est bien lui"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: arguing with a scammer gets you nowhere; report the account "
                                "instead."
                            ),
                            "fr": (
                                "Non : discuter avec un escroc ne mène à rien ; signalez plutôt le "
                                "compte."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Make the payment: he is senior and it is urgent",
                            "fr": "Vous faites le virement : c’est un supérieur et c’est urgent",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: urgency and secrecy are precisely the warning signs of this "
                                "scam."
                            ),
                            "fr": (
                                "Non : l’urgence et le secret sont justement les signaux d’alerte "
                                "de cette arnaque."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Delete the message and forget about it",
                            "fr": "Vous supprimez le message et n’y pensez plus",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not enough: colleagues may receive it too; report it so that they "
                                "can be warned."
                            ),
                            "fr": (
                                "Insuffisant : d’autres collègues peuvent le recevoir ; "
                                "signalez-le pour qu’ils soient prévenus."
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
                        "You followed a link about a “copyright violation” and typed your LinkedIn "
                        "password before realising the page was fake."
                    ),
                    "fr": (
                        "Vous avez suivi un lien sur une prétendue « violation du droit d’auteur » "
                        "et saisi votre mot de passe LinkedIn avant de comprendre que la page "
                        "était fausse."
                    ),
                },
                "prompt": {"en": "What do you do now?", "fr": "Que faites-vous maintenant ?"},
                "explanation": {
                    "en": (
                        "It happens to everyone. Change the password from the genuine site, check "
                        "that your 2FA settings have not been touched and tell IT and "
                        "{referent_name}: speed matters more than pride."
                    ),
                    "fr": (
                        "Cela arrive à tout le monde. Changez le mot de passe depuis le vrai site, "
                        "vérifiez que vos réglages 2FA n’ont pas été modifiés et prévenez "
                        "l’informatique ainsi que {referent_name} : la rapidité compte plus que "
                        "l’amour-propre."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Change the password from the real site, check your 2FA settings "
                                "and tell IT and the referent"
                            ),
                            "fr": (
                                "Vous changez le mot de passe depuis le vrai site, vérifiez vos "
                                "réglages 2FA et prévenez l’informatique et votre {referent_title}"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: reporting quickly limits the damage, and nobody will blame "
                                "you for it."
                            ),
                            "fr": (
                                "Oui : signaler vite limite les dégâts, et personne ne vous le "
                                "reprochera."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Wait and see whether anything strange happens",
                            "fr": "Vous attendez de voir s’il se passe quelque chose d’anormal",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: by the time you notice, the attacker may already have locked "
                                "you out."
                            ),
                            "fr": (
                                "Non : le temps que vous le remarquiez, l’attaquant vous aura "
                                "peut-être déjà mis dehors."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Change the password by following the same link again",
                            "fr": "Vous changez le mot de passe en suivant de nouveau le même lien",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: you would hand your new password to the attacker as well.",
                            "fr": (
                                "Non : vous donneriez aussi votre nouveau mot de passe à "
                                "l’attaquant."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Say nothing: it is embarrassing",
                            "fr": "Vous n’en parlez pas : c’est gênant",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: it happens to everyone, and speed matters more than pride.",
                            "fr": (
                                "Non : cela arrive à tout le monde, et la rapidité compte plus que "
                                "l’amour-propre."
                            ),
                        },
                    },
                ],
            },
        ],
    },
    "cybersecurity-expert": {
        "title": {
            "en": "Final quiz: respond to incidents and protect information",
            "fr": "Quiz final : réagir aux incidents et protéger l’information",
        },
        "description": {
            "en": (
                "Questions on hacked accounts, the recovery plan, privacy settings and accidental "
                "leaks. You need 80% to pass the workshop. You have three attempts, at least an "
                "hour apart. The right answers and their explanations are revealed once you have "
                "passed."
            ),
            "fr": (
                "Des questions sur les comptes piratés, le plan de reprise, les paramètres de "
                "confidentialité et les fuites involontaires. Il faut 80 % pour valider l’atelier. "
                "Vous disposez de trois tentatives, espacées d’au moins une heure. Les bonnes "
                "réponses et leurs explications vous sont dévoilées une fois l’atelier validé."
            ),
        },
        "settings": quiz_settings("expert"),
        "questions": [
            {
                "type": "multiple",
                "points": 2,
                "partial_credit": False,
                "prompt": {
                    "en": (
                        "Which of these are signs that your account has been taken over? Tick all "
                        "that apply."
                    ),
                    "fr": (
                        "Lesquels de ces signes indiquent une prise de contrôle de votre compte ? "
                        "Cochez toutes les bonnes réponses."
                    ),
                },
                "explanation": {
                    "en": (
                        "Unknown logins, messages you never sent and settings that changed by "
                        "themselves all signal a takeover. With an ambassador account every hour "
                        "counts, because the attacker may already be writing to your contacts in "
                        "your name."
                    ),
                    "fr": (
                        "Connexions inconnues, messages jamais envoyés et réglages modifiés à "
                        "votre insu signalent une prise de contrôle. Avec un compte d’ambassadeur, "
                        "chaque heure compte : l’attaquant écrit peut-être déjà à vos contacts en "
                        "votre nom."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "You have been logged out and your password no longer works",
                            "fr": (
                                "Vous avez été déconnecté et votre mot de passe ne fonctionne plus"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: someone has probably changed it.",
                            "fr": "Oui : quelqu’un l’a probablement changé.",
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "An alert reports a login from a device or country you do not know"
                            ),
                            "fr": (
                                "Une alerte signale une connexion depuis un appareil ou un pays "
                                "inconnu"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: take those alerts seriously.",
                            "fr": "Oui : ces alertes sont à prendre au sérieux.",
                        },
                    },
                    {
                        "text": {
                            "en": "Contacts ask you about messages you never sent",
                            "fr": (
                                "Des contacts vous interrogent sur des messages que vous n’avez "
                                "jamais envoyés"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: someone is writing in your name.",
                            "fr": "Oui : quelqu’un écrit en votre nom.",
                        },
                    },
                    {
                        "text": {
                            "en": "Your 2FA settings have changed without your knowledge",
                            "fr": "Vos réglages 2FA ont changé à votre insu",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: an attacker is trying to keep control.",
                            "fr": "Oui : un attaquant cherche à garder la main.",
                        },
                    },
                    {
                        "text": {
                            "en": "More connection requests than usual after a popular post",
                            "fr": (
                                "Plus de demandes de connexion que d’habitude après une "
                                "publication appréciée"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: that is the normal effect of a post that worked.",
                            "fr": "Non : c’est l’effet normal d’une publication qui a plu.",
                        },
                    },
                    {
                        "text": {
                            "en": "A colleague mentions you in a post",
                            "fr": "Un collègue vous mentionne dans une publication",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: being mentioned is ordinary activity.",
                            "fr": "Non : être mentionné relève de l’activité ordinaire.",
                        },
                    },
                ],
            },
            {
                "type": "ordering",
                "points": 3,
                "prompt": {
                    "en": "Your LinkedIn account has been hacked. Put the recovery plan in order.",
                    "fr": (
                        "Votre compte LinkedIn a été piraté. Remettez le plan de reprise dans "
                        "l’ordre."
                    ),
                },
                "explanation": {
                    "en": (
                        "Alerting first lets IT and {referent_name} warn colleagues and watch the "
                        "official pages while you work. You then take the account back, close "
                        "every door the attacker may still hold, and only then clean up."
                    ),
                    "fr": (
                        "Alerter d’abord permet à l’informatique et à {referent_name} de prévenir "
                        "vos "
                        "collègues et de surveiller les pages officielles pendant que vous "
                        "agissez. Vous reprenez ensuite le compte, fermez toutes les portes que "
                        "l’attaquant pourrait encore tenir, et seulement alors vous faites le "
                        "ménage."
                    ),
                },
                "steps": [
                    {
                        "en": "Alert IT and the social-media referent",
                        "fr": "Alerter l’informatique et votre {referent_title} réseaux sociaux",
                    },
                    {
                        "en": "Regain access through the platform’s official recovery process",
                        "fr": (
                            "Reprendre la main par la procédure officielle de récupération de la "
                            "plateforme"
                        ),
                    },
                    {
                        "en": "Change the password to a new one generated by your password manager",
                        "fr": (
                            "Changer le mot de passe pour un nouveau, généré par votre gestionnaire"
                        ),
                    },
                    {
                        "en": (
                            "Log out all other devices and remove third-party apps you do not "
                            "recognise"
                        ),
                        "fr": (
                            "Déconnecter tous les autres appareils et supprimer les applications "
                            "tierces inconnues"
                        ),
                    },
                    {
                        "en": (
                            "Check your email and phone number, re-enable 2FA and generate new "
                            "recovery codes"
                        ),
                        "fr": (
                            "Vérifier e-mail et numéro, réactiver la 2FA et générer de nouveaux "
                            "codes de secours"
                        ),
                    },
                    {
                        "en": (
                            "Delete what the attacker posted and ask contacts to ignore anything "
                            "suspicious"
                        ),
                        "fr": (
                            "Supprimer ce que l’attaquant a publié et inviter vos contacts à "
                            "ignorer tout message suspect"
                        ),
                    },
                ],
            },
            {
                "type": "scenario",
                "points": 2,
                "situation": {
                    "en": (
                        "Your account was hacked yesterday. Under your notice asking contacts to "
                        "ignore suspicious messages, an account comments: “I got my profile back "
                        "in one hour thanks to @RecoverPro. DM them, they’re legit!”"
                    ),
                    "fr": (
                        "Votre compte a été piraté hier. Sous votre avis demandant à vos contacts "
                        "d’ignorer les messages suspects, un compte commente : « J’ai récupéré mon "
                        "profil en une heure grâce à @RecupPro. Écrivez-leur, c’est du sérieux ! »"
                    ),
                },
                "prompt": {"en": "What do you do?", "fr": "Que faites-vous ?"},
                "explanation": {
                    "en": (
                        "After a hack, fake helpers pop up in the comments offering to recover "
                        "your profile. Only the platform’s official support and {company}’s "
                        "IT team can help you, and you never pay anyone to unlock an account."
                    ),
                    "fr": (
                        "Après un piratage, de faux sauveteurs surgissent dans les commentaires "
                        "pour proposer de récupérer votre profil. Seules l’assistance officielle "
                        "de la plateforme et l’équipe informatique de {company} peuvent vous "
                        "aider, et l’on ne paie jamais personne pour débloquer un compte."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Ignore the offer and deal only with the platform’s official "
                                "support and the company’s IT team"
                            ),
                            "fr": (
                                "Vous ignorez la proposition et ne passez que par l’assistance "
                                "officielle de la plateforme et l’informatique de l’entreprise"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: these “helpers” are scammers.",
                            "fr": "Oui : ces « sauveteurs » sont des escrocs.",
                        },
                    },
                    {
                        "text": {
                            "en": "Message them: if it worked for someone else, it is worth a try",
                            "fr": (
                                "Vous leur écrivez : si cela a marché pour quelqu’un d’autre, "
                                "pourquoi pas"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: the glowing testimonial is part of the scam.",
                            "fr": "Non : le témoignage enthousiaste fait partie de l’arnaque.",
                        },
                    },
                    {
                        "text": {
                            "en": "Pay them, but only once the account has been unlocked",
                            "fr": "Vous les payez, mais seulement une fois le compte débloqué",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: never pay anyone who promises to unlock your account.",
                            "fr": (
                                "Non : ne payez jamais quiconque promet de débloquer votre compte."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Reply publicly to call them scammers",
                            "fr": "Vous répondez publiquement pour les traiter d’escrocs",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: don’t engage; report or hide the comment instead.",
                            "fr": (
                                "Non : n’entrez pas dans le jeu ; signalez ou masquez plutôt le "
                                "commentaire."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "matching",
                "points": 2,
                "prompt": {
                    "en": "Match each detail in a post with what it can give away.",
                    "fr": "Associez chaque détail d’une publication à ce qu’il peut révéler.",
                },
                "explanation": {
                    "en": (
                        "Each detail seems harmless on its own; together they are pieces of a "
                        "puzzle. Zoom in on every photo, turn off geotagging and talk about a "
                        "place once you have left it."
                    ),
                    "fr": (
                        "Chaque détail paraît anodin ; ensemble, ce sont les pièces d’un puzzle. "
                        "Agrandissez chaque photo, coupez la géolocalisation et parlez d’un lieu "
                        "une fois que vous l’avez quitté."
                    ),
                },
                "pairs": [
                    {
                        "source": {
                            "en": "A photo of your badge, even blurred",
                            "fr": "La photo de votre badge, même floutée",
                        },
                        "target": {
                            "en": "Enough to produce a copy of it",
                            "fr": "De quoi en fabriquer une copie",
                        },
                    },
                    {
                        "source": {
                            "en": "A whiteboard in the background",
                            "fr": "Un tableau blanc à l’arrière-plan",
                        },
                        "target": {
                            "en": "Client names, plans or passwords on sticky notes",
                            "fr": "Des noms de clients, des plans ou des mots de passe sur post-it",
                        },
                    },
                    {
                        "source": {
                            "en": "A live geotag from a customer’s site",
                            "fr": "Une géolocalisation en direct depuis le site d’un client",
                        },
                        "target": {
                            "en": "Which buildings we equip, and where you are right now",
                            "fr": (
                                "Les bâtiments que nous équipons, et l’endroit où vous êtes en ce "
                                "moment"
                            ),
                        },
                    },
                    {
                        "source": {
                            "en": "Your travel dates and holiday plans",
                            "fr": "Vos dates de déplacement et vos projets de vacances",
                        },
                        "target": {
                            "en": "When you are away and which places are empty",
                            "fr": "Quand vous êtes absent et quels lieux sont vides",
                        },
                    },
                ],
            },
            {
                "type": "short_text",
                "points": 1,
                "prompt": {
                    "en": (
                        "Small details from several posts add up until an attacker can write a "
                        "convincing message in your name. What does the workshop call this? (two "
                        "words)"
                    ),
                    "fr": (
                        "De petits détails tirés de plusieurs publications s’additionnent jusqu’à "
                        "permettre à un attaquant d’écrire un message crédible en votre nom. "
                        "Comment l’atelier appelle-t-il ce phénomène ? (deux mots)"
                    ),
                },
                "explanation": {
                    "en": (
                        "The puzzle effect: your job title on LinkedIn, your badge on Instagram, a "
                        "check-in at a client’s site. No single post gives away a secret, but "
                        "together they tell an attacker who handles payments or when a building is "
                        "empty."
                    ),
                    "fr": (
                        "L’effet puzzle : votre fonction sur LinkedIn, votre badge sur Instagram, "
                        "une géolocalisation chez un client. Aucune publication ne trahit seule un "
                        "secret, mais ensemble elles indiquent à un attaquant qui gère les "
                        "paiements ou quand un bâtiment est vide."
                    ),
                },
                "accepted": {
                    "en": ["puzzle effect", "the puzzle effect", "puzzle"],
                    "fr": ["effet puzzle", "l’effet puzzle", "puzzle"],
                },
            },
            {
                "type": "true_false",
                "points": 1,
                "prompt": {
                    "en": "Blurring your badge makes it safe to show in a photo.",
                    "fr": "Flouter votre badge suffit pour pouvoir le montrer sur une photo.",
                },
                "explanation": {
                    "en": (
                        "Badges and access cards stay out of every picture, blurred or not. Before "
                        "posting a photo taken at work, zoom into every corner: if you can read "
                        "anything at all, crop or retake it."
                    ),
                    "fr": (
                        "Badges et cartes d’accès n’apparaissent sur aucune photo, floutés ou non. "
                        "Avant de publier une photo prise au travail, agrandissez-en chaque recoin "
                        ": si quelque chose est lisible, recadrez ou refaites-la."
                    ),
                },
                "correct": False,
                "feedback_true": {
                    "en": "No: never show badges or access cards, even blurred.",
                    "fr": "Non : ne montrez jamais badges ni cartes d’accès, même floutés.",
                },
                "feedback_false": {
                    "en": "Right: even a blurred badge photo can be enough to produce a copy.",
                    "fr": (
                        "Exact : même floutée, une photo de badge peut suffire à en fabriquer une "
                        "copie."
                    ),
                },
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": "When should you review your privacy settings on a network?",
                    "fr": "Quand faut-il revoir vos paramètres de confidentialité sur un réseau ?",
                },
                "explanation": {
                    "en": (
                        "Once a year, and whenever a network changes its rules, check who can see "
                        "your connections, contact details, date of birth and old posts. Turn off "
                        "location access for your camera and social apps while you are at it."
                    ),
                    "fr": (
                        "Une fois par an, et chaque fois qu’un réseau modifie ses règles, vérifiez "
                        "qui voit vos relations, vos coordonnées, votre date de naissance et vos "
                        "anciennes publications. Profitez-en pour couper l’accès à la localisation "
                        "de l’appareil photo et des applications sociales."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "At least once a year, and whenever the network changes its rules"
                            ),
                            "fr": (
                                "Au moins une fois par an, et chaque fois que le réseau modifie "
                                "ses règles"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes: check who can see your connections, contact details, date of "
                                "birth and old posts."
                            ),
                            "fr": (
                                "Oui : vérifiez qui voit vos relations, vos coordonnées, votre "
                                "date de naissance et vos anciennes publications."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Only when you create the account",
                            "fr": "Uniquement à la création du compte",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: settings and rules change over time.",
                            "fr": "Non : les réglages et les règles évoluent avec le temps.",
                        },
                    },
                    {
                        "text": {
                            "en": "Only after an incident",
                            "fr": "Seulement après un incident",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: the point is to limit what strangers learn before anything "
                                "happens."
                            ),
                            "fr": (
                                "Non : le but est de limiter ce qu’apprennent les inconnus avant "
                                "qu’il se passe quoi que ce soit."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Never: the default settings are there to protect you",
                            "fr": "Jamais : les réglages par défaut sont là pour vous protéger",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: you decide what strangers can see; the defaults will not do "
                                "it for you."
                            ),
                            "fr": (
                                "Non : c’est à vous de décider ce que voient les inconnus ; les "
                                "réglages par défaut ne le feront pas pour vous."
                            ),
                        },
                    },
                ],
            },
            {
                "type": "single",
                "points": 1,
                "prompt": {
                    "en": (
                        "You have recovered a hacked social-media account. Why must you also check "
                        "your email account?"
                    ),
                    "fr": (
                        "Vous avez récupéré un compte de réseau social piraté. Pourquoi vérifier "
                        "aussi votre messagerie ?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Password resets for almost every account go through your email. If the "
                        "attacker still controls your mailbox, they can take back the account you "
                        "have just recovered, so secure it just as carefully."
                    ),
                    "fr": (
                        "Les réinitialisations de mot de passe de presque tous vos comptes passent "
                        "par votre messagerie. Si l’attaquant la contrôle encore, il peut "
                        "reprendre le compte que vous venez de récupérer : sécurisez-la avec le "
                        "même soin."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "If it was compromised too, the attacker can reset everything else "
                                "from it"
                            ),
                            "fr": (
                                "Si elle a été compromise elle aussi, l’attaquant peut tout "
                                "réinitialiser à partir d’elle"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes: your mailbox holds the keys to your other accounts.",
                            "fr": "Oui : votre messagerie détient les clés de vos autres comptes.",
                        },
                    },
                    {
                        "text": {
                            "en": "Because the platform emails you your new password",
                            "fr": (
                                "Parce que la plateforme vous envoie votre nouveau mot de passe "
                                "par e-mail"
                            ),
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: your new password comes from your password manager, not from "
                                "an email."
                            ),
                            "fr": (
                                "Non : votre nouveau mot de passe vient de votre gestionnaire, pas "
                                "d’un e-mail."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "To delete the security alerts so that they stop worrying you",
                            "fr": "Pour supprimer les alertes de sécurité qui vous inquiètent",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "No: keep alerts and screenshots; IT may need them.",
                            "fr": (
                                "Non : conservez alertes et captures d’écran, l’informatique "
                                "pourrait en avoir besoin."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "There is no need: email and social networks are unrelated",
                            "fr": "C’est inutile : messagerie et réseaux sociaux n’ont rien à voir",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "No: password resets go through your email, so the two are closely "
                                "linked."
                            ),
                            "fr": (
                                "Non : les réinitialisations de mot de passe passent par votre "
                                "messagerie, les deux sont donc étroitement liés."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
