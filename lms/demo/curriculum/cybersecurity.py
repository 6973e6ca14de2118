"""Demo curriculum: the "Cybersecurity for ambassadors" course (English and French).

Plain data consumed by the demo seeding code; see ``lms.demo.curriculum``.
"""

CYBERSECURITY = {
    "slug": "cybersecurity-for-ambassadors",
    "title": {"en": "Cybersecurity for ambassadors", "fr": "Cybersécurité pour les ambassadeurs"},
    "summary": {
        "en": (
            "Protect your accounts, spot the scams that target visible employees and know exactly "
            "what to do when something goes wrong."
        ),
        "fr": (
            "Protégez vos comptes, déjouez les arnaques qui visent les collaborateurs visibles et "
            "sachez exactement quoi faire en cas de problème."
        ),
    },
    "workshops": [
        {
            "slug": "cybersecurity-beginner",
            "level": "beginner",
            "title": {"en": "Lock down your accounts", "fr": "Verrouiller vos comptes"},
            "summary": {
                "en": (
                    "Build strong, unique passwords with a password manager and switch on "
                    "two-factor authentication on every network you use."
                ),
                "fr": (
                    "Créez des mots de passe robustes et uniques grâce à un gestionnaire, et "
                    "activez l’authentification à deux facteurs sur chacun de vos réseaux."
                ),
            },
            "duration_minutes": 30,
            "pass_mark": 70,
            "objectives": {
                "en": [
                    "Explain why ambassadors’ accounts are attractive targets",
                    "Create a strong passphrase and keep unique passwords in a password manager",
                    "Enable two-factor authentication with an authenticator app",
                    "Store recovery codes safely and explain why SMS codes are a weaker option",
                ],
                "fr": [
                    "Expliquer pourquoi les comptes des ambassadeurs sont des cibles de choix",
                    (
                        "Créer une phrase de passe solide et conserver des mots de passe uniques "
                        "dans un gestionnaire"
                    ),
                    "Activer l’authentification à deux facteurs avec une application dédiée",
                    (
                        "Ranger vos codes de secours en lieu sûr et expliquer pourquoi le SMS est "
                        "moins sûr"
                    ),
                ],
            },
            "lessons": [
                {
                    "slug": "passphrases-and-password-managers",
                    "title": {
                        "en": "Passphrases and password managers",
                        "fr": "Phrases de passe et gestionnaires de mots de passe",
                    },
                    "summary": {
                        "en": (
                            "Understand why your accounts are targets and replace weak or reused "
                            "passwords with passphrases and a password manager."
                        ),
                        "fr": (
                            "Comprenez pourquoi vos comptes sont visés et remplacez les mots de "
                            "passe faibles ou réutilisés par des phrases de passe et un "
                            "gestionnaire."
                        ),
                    },
                    "duration_minutes": 10,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Why you are a target</h2>"
                                    "<p>As an ambassador, your profile says where you work, what "
                                    "you do and who you know. For an attacker, a hijacked account "
                                    "with that kind of credibility is valuable: it can be used to "
                                    "send fake messages to your contacts, spread scams under the "
                                    "{company} name or gather information about the "
                                    "company. Most account takeovers involve no clever hacking at "
                                    "all. They start with a password that was guessed, or one that "
                                    "leaked from another site and had been reused.</p>"
                                    "<h2>From passwords to passphrases</h2>"
                                    "<p>Length beats complexity. A password such as "
                                    "<em>N0rthw!nd24</em> looks complicated but follows patterns "
                                    "that cracking tools try first. A passphrase made of four or "
                                    "five random words, such as <em>lantern orbit pebble cinnamon "
                                    "harbour</em> (don’t use this one), is far longer, much harder "
                                    "to guess and easier to remember. Keep passphrases for the few "
                                    "secrets you must know by heart: your computer session and "
                                    "your password manager.</p>"
                                    "<h2>Let a password manager do the rest</h2>"
                                    "<p>For every other account, let the company-approved password "
                                    "manager generate and store a long random password. You only "
                                    "remember one master passphrase; the manager fills in the rest "
                                    "and warns you about reused or leaked passwords. It also "
                                    "checks the real address of the website, which protects you "
                                    "against look-alike login pages.</p>"
                                    "<ol>"
                                    "<li>Install the approved manager from the IT self-service "
                                    "portal.</li>"
                                    "<li>Choose a strong master passphrase and never use it "
                                    "anywhere else.</li>"
                                    "<li>Start with your most important accounts: email, LinkedIn "
                                    "and your other networks.</li>"
                                    "<li>Replace each old password with a generated one.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Password hygiene",
                                    "do": [
                                        "Use a different password for every account",
                                        "Act on the manager’s alerts about leaked passwords",
                                        (
                                            "Change a password immediately if you think it has "
                                            "been exposed"
                                        ),
                                    ],
                                    "dont": [
                                        "Reuse your work password on a social network",
                                        "Write passwords on sticky notes or in an unencrypted file",
                                        "Give a password to a colleague, even as a quick favour",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A visible ambassador account is a valuable target for "
                                            "attackers."
                                        ),
                                        "A long passphrase beats a short, complicated password.",
                                        (
                                            "A password manager gives every account a unique, "
                                            "strong password."
                                        ),
                                        "Never reuse a password, least of all your work one.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Pourquoi vous êtes une cible</h2>"
                                    "<p>En tant qu’ambassadeur, votre profil indique où vous "
                                    "travaillez, ce que vous faites et qui vous connaissez. Pour "
                                    "un attaquant, un compte piraté doté d’une telle crédibilité a "
                                    "de la valeur : il permet d’envoyer de faux messages à vos "
                                    "contacts, de diffuser des arnaques sous le nom de {company} "
                                    "ou de recueillir des informations sur l’entreprise. "
                                    "La plupart des prises de contrôle de comptes ne doivent rien "
                                    "à un piratage sophistiqué. Elles partent d’un mot de passe "
                                    "deviné, ou d’un mot de passe réutilisé qui avait fuité d’un "
                                    "autre site.</p>"
                                    "<h2>Du mot de passe à la phrase de passe</h2>"
                                    "<p>La longueur l’emporte sur la complexité. Un mot de passe "
                                    "comme <em>N0rthw!nd24</em> paraît compliqué, mais il suit des "
                                    "schémas que les outils de cassage testent en priorité. Une "
                                    "phrase de passe composée de quatre ou cinq mots tirés au "
                                    "hasard, par exemple <em>lanterne orbite galet cannelle "
                                    "estuaire</em> (n’utilisez pas celle-ci), est bien plus "
                                    "longue, beaucoup plus difficile à deviner et plus facile à "
                                    "retenir. Réservez-la aux quelques secrets que vous devez "
                                    "connaître par cœur : votre session d’ordinateur et votre "
                                    "gestionnaire de mots de passe.</p>"
                                    "<h2>Confiez le reste à un gestionnaire de mots de passe</h2>"
                                    "<p>Pour tous les autres comptes, laissez le gestionnaire "
                                    "validé par l’entreprise générer et conserver un long mot de "
                                    "passe aléatoire. Vous ne retenez qu’une phrase de passe "
                                    "maîtresse ; le gestionnaire s’occupe du reste et vous alerte "
                                    "en cas de mot de passe réutilisé ou divulgué. Il vérifie "
                                    "aussi l’adresse réelle du site, ce qui vous protège des "
                                    "fausses pages de connexion.</p>"
                                    "<ol>"
                                    "<li>Installez le gestionnaire validé depuis le portail "
                                    "libre-service de l’informatique.</li>"
                                    "<li>Choisissez une phrase de passe maîtresse solide et ne "
                                    "l’utilisez nulle part ailleurs.</li>"
                                    "<li>Commencez par vos comptes les plus importants : "
                                    "messagerie, LinkedIn et autres réseaux.</li>"
                                    "<li>Remplacez chaque ancien mot de passe par un mot de passe "
                                    "généré.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Hygiène des mots de passe",
                                    "do": [
                                        "Utiliser un mot de passe différent pour chaque compte",
                                        (
                                            "Tenir compte des alertes du gestionnaire sur les mots "
                                            "de passe divulgués"
                                        ),
                                        (
                                            "Changer immédiatement un mot de passe que vous pensez "
                                            "exposé"
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Réutiliser votre mot de passe professionnel sur un "
                                            "réseau social"
                                        ),
                                        (
                                            "Noter vos mots de passe sur un post-it ou dans un "
                                            "fichier non chiffré"
                                        ),
                                        (
                                            "Confier un mot de passe à un collègue, même pour "
                                            "rendre service"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Un compte d’ambassadeur visible est une cible "
                                            "précieuse pour les attaquants."
                                        ),
                                        (
                                            "Une longue phrase de passe vaut mieux qu’un mot de "
                                            "passe court et compliqué."
                                        ),
                                        (
                                            "Un gestionnaire attribue à chaque compte un mot de "
                                            "passe unique et robuste."
                                        ),
                                        (
                                            "Ne réutilisez jamais un mot de passe, et surtout pas "
                                            "le professionnel."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "two-factor-authentication",
                    "title": {
                        "en": "Two-factor authentication",
                        "fr": "L’authentification à deux facteurs",
                    },
                    "summary": {
                        "en": (
                            "Add a second lock to your accounts with an authenticator app, keep "
                            "your recovery codes safe and understand the limits of SMS."
                        ),
                        "fr": (
                            "Ajoutez un second verrou à vos comptes avec une application "
                            "d’authentification, protégez vos codes de secours et comprenez les "
                            "limites du SMS."
                        ),
                    },
                    "duration_minutes": 10,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>A second lock on the door</h2>"
                                    "<p>Two-factor authentication, or 2FA, asks for something you "
                                    "know (your password) and something you have (usually your "
                                    "phone). Even if your password leaks, an attacker cannot log "
                                    "in without the second factor. It is the single most effective "
                                    "step you can take to protect your accounts, and it takes "
                                    "about five minutes per network. No genuine service, and no IT "
                                    "colleague, will ever ask you to tell them a code.</p>"
                                    "<h2>Which second factor?</h2>"
                                    "<ul>"
                                    "<li><strong>Authenticator app (recommended):</strong> it "
                                    "generates a new six-digit code every 30 seconds, even "
                                    "offline. This method is known as TOTP. Use the app approved "
                                    "by IT or the one built into your password manager.</li>"
                                    "<li><strong>Passkey or security key (best):</strong> where a "
                                    "network offers it, this factor cannot be phished, because it "
                                    "only works on the genuine site.</li>"
                                    "<li><strong>SMS (last resort):</strong> better than nothing, "
                                    "but codes can be intercepted, and fraudsters sometimes "
                                    "persuade a mobile operator to move your number to their own "
                                    "SIM card, a trick known as SIM swapping.</li>"
                                    "</ul>"
                                    "<h2>Switch it on</h2>"
                                    "<ol>"
                                    "<li>Open the network’s security settings, for example “Sign "
                                    "in &amp; security” on LinkedIn.</li>"
                                    "<li>Choose the authenticator app option and scan the QR "
                                    "code.</li>"
                                    "<li>Type in the code shown by the app to confirm.</li>"
                                    "<li>Save the recovery codes before closing the page.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Recovery codes are your spare keys",
                                    "text": (
                                        "<p>If you lose or replace your phone, recovery codes are "
                                        "the only way back into your account. Store them in your "
                                        "password manager, or print them and keep them at home, "
                                        "never as a screenshot in your photo gallery. Each code "
                                        "works only once.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        "2FA stops most attacks, even when a password has leaked.",
                                        (
                                            "Prefer an authenticator app or a passkey; keep SMS as "
                                            "a last resort."
                                        ),
                                        (
                                            "Save your recovery codes somewhere safe as soon as "
                                            "you enable 2FA."
                                        ),
                                        (
                                            "Never give a 2FA code to anyone, even someone "
                                            "claiming to be from IT."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Un second verrou sur la porte</h2>"
                                    "<p>L’authentification à deux facteurs, ou 2FA, demande "
                                    "quelque chose que vous savez (votre mot de passe) et quelque "
                                    "chose que vous possédez (le plus souvent votre téléphone). "
                                    "Même si votre mot de passe fuite, un attaquant ne peut pas se "
                                    "connecter sans ce second facteur. C’est la mesure la plus "
                                    "efficace pour protéger vos comptes, et elle prend environ "
                                    "cinq minutes par réseau. Aucun service légitime, ni aucun "
                                    "collègue de l’informatique, ne vous demandera jamais de lui "
                                    "communiquer un code.</p>"
                                    "<h2>Quel second facteur choisir ?</h2>"
                                    "<ul>"
                                    "<li><strong>Application d’authentification (recommandée) "
                                    ":</strong> elle génère un nouveau code à six chiffres toutes "
                                    "les 30 secondes, même hors connexion. On parle de méthode "
                                    "TOTP. Utilisez l’application validée par l’informatique ou "
                                    "celle intégrée à votre gestionnaire de mots de passe.</li>"
                                    "<li><strong>Clé d’accès ou clé de sécurité (idéal) :</strong> "
                                    "lorsque le réseau le propose, ce facteur ne peut pas être "
                                    "hameçonné, car il ne fonctionne que sur le site "
                                    "authentique.</li>"
                                    "<li><strong>SMS (en dernier recours) :</strong> mieux que "
                                    "rien, mais les codes peuvent être interceptés, et des "
                                    "fraudeurs parviennent parfois à convaincre un opérateur de "
                                    "transférer votre numéro sur leur propre carte SIM : c’est "
                                    "l’arnaque dite du « SIM swapping ».</li>"
                                    "</ul>"
                                    "<h2>Activez-la</h2>"
                                    "<ol>"
                                    "<li>Ouvrez les paramètres de sécurité du réseau, par exemple "
                                    "« Connexion et sécurité » sur LinkedIn.</li>"
                                    "<li>Choisissez l’option « application d’authentification » et "
                                    "scannez le QR code.</li>"
                                    "<li>Saisissez le code affiché par l’application pour "
                                    "confirmer.</li>"
                                    "<li>Enregistrez les codes de secours avant de fermer la "
                                    "page.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Les codes de secours sont vos doubles de clés",
                                    "text": (
                                        "<p>Si vous perdez ou changez de téléphone, les codes de "
                                        "secours sont le seul moyen de récupérer votre compte. "
                                        "Rangez-les dans votre gestionnaire de mots de passe, ou "
                                        "imprimez-les et gardez-les chez vous, jamais sous forme "
                                        "de capture d’écran dans votre galerie photo. Chaque code "
                                        "ne sert qu’une fois.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "La 2FA bloque la plupart des attaques, même quand un "
                                            "mot de passe a fuité."
                                        ),
                                        (
                                            "Préférez une application d’authentification ou une "
                                            "clé d’accès ; gardez le SMS en dernier recours."
                                        ),
                                        (
                                            "Enregistrez vos codes de secours en lieu sûr dès "
                                            "l’activation de la 2FA."
                                        ),
                                        (
                                            "Ne communiquez jamais un code 2FA, même à quelqu’un "
                                            "qui se dit de l’informatique."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
            ],
        },
        {
            "slug": "cybersecurity-intermediate",
            "level": "intermediate",
            "title": {
                "en": "Spot scams, phishing and fake profiles",
                "fr": "Déjouer arnaques, hameçonnage et faux profils",
            },
            "summary": {
                "en": (
                    "Recognise the phishing messages, scams and impostor profiles that target "
                    "visible employees on social networks."
                ),
                "fr": (
                    "Reconnaissez les messages d’hameçonnage, les arnaques et les faux profils qui "
                    "visent les collaborateurs visibles sur les réseaux sociaux."
                ),
            },
            "duration_minutes": 35,
            "pass_mark": 75,
            "objectives": {
                "en": [
                    "Recognise the most common phishing and scam messages sent by direct message",
                    "Check a link or an attachment before opening it",
                    "Identify a fake recruiter or an impostor profile",
                    "Report a scam or an impersonation to the platform and to the company",
                ],
                "fr": [
                    (
                        "Reconnaître les messages d’hameçonnage et d’arnaque les plus fréquents en "
                        "messagerie privée"
                    ),
                    "Vérifier un lien ou une pièce jointe avant de l’ouvrir",
                    "Identifier un faux recruteur ou un profil usurpateur",
                    (
                        "Signaler une arnaque ou une usurpation d’identité à la plateforme et à "
                        "l’entreprise"
                    ),
                ],
            },
            "lessons": [
                {
                    "slug": "phishing-in-direct-messages",
                    "title": {
                        "en": "Phishing in your direct messages",
                        "fr": "L’hameçonnage dans vos messages privés",
                    },
                    "summary": {
                        "en": (
                            "Learn the classic scams that arrive by direct message and a simple "
                            "routine to check any link or attachment."
                        ),
                        "fr": (
                            "Découvrez les arnaques classiques qui arrivent par message privé et "
                            "une routine simple pour vérifier tout lien ou toute pièce jointe."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Why scammers love direct messages</h2>"
                                    "<p>On social networks, messages arrive from people you do not "
                                    "know, in a relaxed setting where we click quickly. Attackers "
                                    "take advantage of this. Their goal is usually to steal your "
                                    "login details, install malware on your device or push you "
                                    "into paying or revealing something. The more visible you are "
                                    "as an ambassador, the more of these messages you will "
                                    "receive.</p>"
                                    "<h2>Classic scenarios</h2>"
                                    "<ul>"
                                    "<li><strong>The fake platform alert:</strong> “Your page "
                                    "violates our copyright policy and will be deleted within 24 "
                                    "hours. Appeal here.” Networks do not warn you through a "
                                    "private message from an unknown account.</li>"
                                    "<li><strong>The shocking video:</strong> “Is this you in this "
                                    "video?”, followed by a link to a fake login page.</li>"
                                    "<li><strong>The flattering offer:</strong> a paid "
                                    "partnership, an invitation to speak or an award, with a "
                                    "“brief” to download as an attachment.</li>"
                                    "<li><strong>The verification badge:</strong> an offer to "
                                    "certify your profile in exchange for your password or a "
                                    "payment.</li>"
                                    "</ul>"
                                    "<h2>A thirty-second check</h2>"
                                    "<ol>"
                                    "<li><strong>Pause on urgency or emotion:</strong> fear, "
                                    "flattery and deadlines are the scammer’s favourite "
                                    "levers.</li>"
                                    "<li><strong>Look at the sender:</strong> a recent account, "
                                    "few connections, a generic photo, a name that does not match "
                                    "the address.</li>"
                                    "<li><strong>Hover before you click:</strong> check the real "
                                    "address behind the link; a look-alike domain is a red "
                                    "flag.</li>"
                                    "<li><strong>Use the front door:</strong> to check an alert, "
                                    "open the app or type the site’s address yourself instead of "
                                    "following the link.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Already clicked?",
                                    "text": (
                                        "<p>It happens to everyone. If you typed your password on "
                                        "a suspicious page or opened an attachment, change the "
                                        "password straight away from the real site, check your 2FA "
                                        "settings and tell IT and the referent. Reporting quickly "
                                        "limits the damage, and nobody will blame you for it.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Handling a suspicious message",
                                    "do": [
                                        "Report the message to the platform and block the sender",
                                        "Forward a screenshot to IT if it mentions {company}.",
                                        "Warn colleagues if the same message is going around",
                                    ],
                                    "dont": [
                                        "Open attachments from people you do not know",
                                        "Reply to argue with the scammer",
                                        "Log in through a link received by message",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Direct messages are a favourite channel for phishing "
                                            "and scams."
                                        ),
                                        (
                                            "Urgency, flattery and fear are warning signs in "
                                            "themselves."
                                        ),
                                        (
                                            "Check the sender and the real link address before "
                                            "clicking."
                                        ),
                                        (
                                            "If you clicked, report it at once: speed matters more "
                                            "than pride."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Pourquoi les escrocs adorent les messages privés</h2>"
                                    "<p>Sur les réseaux sociaux, les messages arrivent de "
                                    "personnes que vous ne connaissez pas, dans un contexte "
                                    "détendu où l’on clique vite. Les attaquants en profitent. "
                                    "Leur objectif : voler vos identifiants, installer un logiciel "
                                    "malveillant sur votre appareil, ou vous pousser à payer ou à "
                                    "divulguer une information. Plus vous êtes visible en tant "
                                    "qu’ambassadeur, plus vous recevrez ce type de messages.</p>"
                                    "<h2>Les scénarios classiques</h2>"
                                    "<ul>"
                                    "<li><strong>La fausse alerte de la plateforme :</strong> « "
                                    "Votre page enfreint nos règles sur le droit d’auteur et sera "
                                    "supprimée sous 24 heures. Faites appel ici. » Les réseaux ne "
                                    "vous préviennent pas par message privé depuis un compte "
                                    "inconnu.</li>"
                                    "<li><strong>La vidéo choc :</strong> « C’est toi sur cette "
                                    "vidéo ? », suivi d’un lien vers une fausse page de "
                                    "connexion.</li>"
                                    "<li><strong>L’offre flatteuse :</strong> un partenariat "
                                    "rémunéré, une invitation à intervenir ou un prix, avec un « "
                                    "cahier des charges » à télécharger en pièce jointe.</li>"
                                    "<li><strong>Le badge de vérification :</strong> une "
                                    "proposition de certifier votre profil en échange de votre mot "
                                    "de passe ou d’un paiement.</li>"
                                    "</ul>"
                                    "<h2>Une vérification en trente secondes</h2>"
                                    "<ol>"
                                    "<li><strong>Méfiez-vous de l’urgence et de l’émotion "
                                    ":</strong> la peur, la flatterie et les délais sont les "
                                    "leviers préférés de l’escroc.</li>"
                                    "<li><strong>Examinez l’expéditeur :</strong> compte récent, "
                                    "peu de relations, photo générique, nom qui ne correspond pas "
                                    "à l’adresse.</li>"
                                    "<li><strong>Survolez avant de cliquer :</strong> vérifiez "
                                    "l’adresse réelle du lien ; un domaine qui imite le vrai est "
                                    "un signal d’alarme.</li>"
                                    "<li><strong>Passez par la porte d’entrée :</strong> pour "
                                    "vérifier une alerte, ouvrez l’application ou saisissez "
                                    "vous-même l’adresse du site au lieu de suivre le lien.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Vous avez déjà cliqué ?",
                                    "text": (
                                        "<p>Cela arrive à tout le monde. Si vous avez saisi votre "
                                        "mot de passe sur une page suspecte ou ouvert une pièce "
                                        "jointe, changez immédiatement le mot de passe depuis le "
                                        "vrai site, vérifiez vos réglages 2FA et prévenez "
                                        "l’informatique ainsi que votre {referent_title}. Signaler "
                                        "vite "
                                        "limite les dégâts, et personne ne vous le reprochera.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Que faire d’un message suspect",
                                    "do": [
                                        (
                                            "Signaler le message à la plateforme et bloquer "
                                            "l’expéditeur"
                                        ),
                                        (
                                            "Transmettre une capture d’écran à l’informatique s’il "
                                            "mentionne {company}"
                                        ),
                                        "Prévenir vos collègues si le même message circule",
                                    ],
                                    "dont": [
                                        "Ouvrir les pièces jointes de personnes inconnues",
                                        "Répondre à l’escroc pour le confondre",
                                        "Vous connecter via un lien reçu par message",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "La messagerie privée est un canal privilégié pour "
                                            "l’hameçonnage et les arnaques."
                                        ),
                                        (
                                            "L’urgence, la flatterie et la peur sont en soi des "
                                            "signaux d’alerte."
                                        ),
                                        (
                                            "Vérifiez l’expéditeur et l’adresse réelle du lien "
                                            "avant de cliquer."
                                        ),
                                        (
                                            "Si vous avez cliqué, signalez-le aussitôt : la "
                                            "rapidité compte plus que l’amour-propre."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "fake-recruiters-and-impostors",
                    "title": {
                        "en": "Fake recruiters and impostor profiles",
                        "fr": "Faux recruteurs et profils usurpateurs",
                    },
                    "summary": {
                        "en": (
                            "Identify fake recruiters and impostor accounts, including those that "
                            "pose as the company or its executives."
                        ),
                        "fr": (
                            "Identifiez les faux recruteurs et les comptes usurpateurs, y compris "
                            "ceux qui se font passer pour l’entreprise ou ses dirigeants."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>The too-good-to-be-true job offer</h2>"
                                    "<p>Fake recruiters are among the most common scams on "
                                    "professional networks. The profile looks polished, the offer "
                                    "is flattering and the process is suspiciously fast. The aim "
                                    "varies: stealing your identity documents, getting you to "
                                    "install “interview software” that is really malware, or "
                                    "setting a “technical test” that reveals how our systems work. "
                                    "Sometimes the target is not you but the company, through "
                                    "you.</p>"
                                    "<h3>How to check a profile</h3>"
                                    "<ul>"
                                    "<li>An account created recently, with few posts or "
                                    "connections who are all strangers.</li>"
                                    "<li>A photo that looks like a stock image: a reverse image "
                                    "search often finds it elsewhere.</li>"
                                    "<li>A company page that does not exist, or an email address "
                                    "from a free webmail service.</li>"
                                    "<li>Pressure to move quickly to a messaging app, or questions "
                                    "about your current projects and tools.</li>"
                                    "</ul>"
                                    "<h2>When someone pretends to be us</h2>"
                                    "<p>Impostors also create fake {company} pages, fake "
                                    "job offers in our name or profiles that copy a manager’s "
                                    "photo and title. A classic move is a message from a fake "
                                    "executive asking for an urgent favour: buying gift cards, "
                                    "forwarding a document, making a payment. Whatever the tone, "
                                    "no {company} manager will ever ask you for this "
                                    "through a social network.</p>"
                                    "<p>If you spot an impostor, report the account to the "
                                    "platform using its impersonation option, and tell the "
                                    "referent so that the communications team can warn everyone "
                                    "else.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "{referent_name}, {referent_role} at {company}",
                                    "text": (
                                        "Heads-up: fake job offers are circulating under the "
                                        "{company} name.\n"
                                        "\n"
                                        "Our recruiters will never ask you to pay fees, install "
                                        "software for an interview or send identity documents by "
                                        "private message. All our genuine vacancies are listed on "
                                        "our careers page.\n"
                                        "\n"
                                        "If you receive a suspicious offer, please report the "
                                        "profile and let us know. And thank you for passing this "
                                        "warning on to your network.\n"
                                        "\n"
                                        "#employee #ScamAlert"
                                    ),
                                    "note": (
                                        "A warning post that ambassadors can reshare. It lists "
                                        "concrete signs of the scam, points to the official source "
                                        "and asks people to report, without naming or mocking "
                                        "anyone."
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Fake recruiters target your data, your device, or the "
                                            "company through you."
                                        ),
                                        (
                                            "Check account age, photo, connections and email "
                                            "domain before engaging."
                                        ),
                                        (
                                            "No manager will ever ask you for gift cards or "
                                            "payments via a social network."
                                        ),
                                        "Report impostors to the platform and to the referent.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>L’offre d’emploi trop belle pour être vraie</h2>"
                                    "<p>Les faux recruteurs comptent parmi les arnaques les plus "
                                    "répandues sur les réseaux professionnels. Le profil est "
                                    "soigné, la proposition flatteuse et le processus étonnamment "
                                    "rapide. Le but varie : dérober vos pièces d’identité, vous "
                                    "faire installer un « logiciel d’entretien » qui s’avère "
                                    "malveillant, ou vous soumettre un « test technique » qui "
                                    "révèle le fonctionnement de nos systèmes. Parfois, la cible "
                                    "n’est pas vous, mais l’entreprise, à travers vous.</p>"
                                    "<h3>Comment vérifier un profil</h3>"
                                    "<ul>"
                                    "<li>Un compte créé récemment, avec peu de publications ou des "
                                    "relations qui sont toutes des inconnus.</li>"
                                    "<li>Une photo qui ressemble à une image de banque d’images : "
                                    "une recherche d’image inversée la retrouve souvent "
                                    "ailleurs.</li>"
                                    "<li>Une page entreprise inexistante, ou une adresse e-mail "
                                    "issue d’une messagerie gratuite.</li>"
                                    "<li>Une insistance pour basculer vite sur une application de "
                                    "messagerie, ou des questions sur vos projets et outils "
                                    "actuels.</li>"
                                    "</ul>"
                                    "<h2>Quand quelqu’un se fait passer pour nous</h2>"
                                    "<p>Des usurpateurs créent aussi de fausses pages {company}, "
                                    "de fausses offres d’emploi à notre nom ou des "
                                    "profils qui copient la photo et la fonction d’un manager. "
                                    "Grand classique : le message d’un faux dirigeant qui "
                                    "sollicite un service urgent, qu’il s’agisse d’acheter des "
                                    "cartes cadeaux, de transmettre un document ou d’effectuer un "
                                    "paiement. Quel que soit le ton, aucun responsable de "
                                    "{company} ne vous demandera jamais cela via un "
                                    "réseau social.</p>"
                                    "<p>Si vous repérez un usurpateur, signalez le compte à la "
                                    "plateforme avec l’option prévue pour l’usurpation d’identité, "
                                    "et prévenez votre {referent_title} pour que l’équipe "
                                    "communication "
                                    "puisse alerter les autres.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "{referent_name}, {referent_role} chez {company}",
                                    "text": (
                                        "Vigilance : de fausses offres d’emploi circulent au nom "
                                        "de {company}.\n"
                                        "\n"
                                        "Nos recruteurs ne vous demanderont jamais de payer des "
                                        "frais, d’installer un logiciel pour un entretien ou "
                                        "d’envoyer vos pièces d’identité par message privé. Toutes "
                                        "nos offres authentiques figurent sur notre page "
                                        "carrières.\n"
                                        "\n"
                                        "Si vous recevez une proposition suspecte, merci de "
                                        "signaler le profil et de nous prévenir. Et merci de "
                                        "relayer cette alerte auprès de votre réseau.\n"
                                        "\n"
                                        "#collaboratrice #AlerteArnaque"
                                    ),
                                    "note": (
                                        "Une publication d’alerte que les ambassadeurs peuvent "
                                        "relayer. Elle décrit des signes concrets de l’arnaque, "
                                        "renvoie vers la source officielle et invite à signaler, "
                                        "sans nommer ni moquer qui que ce soit."
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Les faux recruteurs visent vos données, votre "
                                            "appareil ou l’entreprise à travers vous."
                                        ),
                                        (
                                            "Vérifiez l’ancienneté du compte, la photo, les "
                                            "relations et le domaine de l’e-mail avant d’échanger."
                                        ),
                                        (
                                            "Aucun responsable ne vous demandera jamais de cartes "
                                            "cadeaux ni de paiement via un réseau social."
                                        ),
                                        (
                                            "Signalez les usurpateurs à la plateforme et à votre "
                                            "{referent_title}."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
            ],
        },
        {
            "slug": "cybersecurity-expert",
            "level": "expert",
            "title": {
                "en": "Respond to incidents and protect information",
                "fr": "Réagir aux incidents et protéger l’information",
            },
            "summary": {
                "en": (
                    "Respond calmly and in the right order when an account is compromised, and "
                    "avoid leaking confidential information through what you post."
                ),
                "fr": (
                    "Réagissez avec calme et dans le bon ordre face à un compte compromis, et "
                    "évitez de laisser fuiter des informations confidentielles à travers vos "
                    "publications."
                ),
            },
            "duration_minutes": 40,
            "pass_mark": 80,
            "objectives": {
                "en": [
                    "Recognise the signs that an account has been compromised",
                    "Carry out the account-recovery steps in the right order",
                    "Configure privacy settings to limit what strangers can learn about you",
                    "Spot location clues, badges, screens and documents before they leak",
                ],
                "fr": [
                    "Reconnaître les signes d’un compte compromis",
                    "Dérouler les étapes de récupération d’un compte dans le bon ordre",
                    (
                        "Régler vos paramètres de confidentialité pour limiter ce que des inconnus "
                        "apprennent de vous"
                    ),
                    (
                        "Repérer indices de localisation, badges, écrans et documents avant qu’ils "
                        "ne fuitent"
                    ),
                ],
            },
            "lessons": [
                {
                    "slug": "when-an-account-is-hacked",
                    "title": {
                        "en": "When an account is hacked",
                        "fr": "Quand un compte est piraté",
                    },
                    "summary": {
                        "en": (
                            "Follow a clear recovery plan to regain control of a compromised "
                            "account and limit the damage for you and the company."
                        ),
                        "fr": (
                            "Suivez un plan de reprise clair pour reprendre le contrôle d’un "
                            "compte compromis et limiter les dégâts pour vous et pour l’entreprise."
                        ),
                    },
                    "duration_minutes": 15,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Signs that something is wrong</h2>"
                                    "<ul>"
                                    "<li>You have been logged out and your password no longer "
                                    "works.</li>"
                                    "<li>You receive alerts about a login from an unknown device "
                                    "or country.</li>"
                                    "<li>Contacts ask you about messages or posts you never "
                                    "sent.</li>"
                                    "<li>Your email address, phone number or 2FA settings have "
                                    "changed without your knowledge.</li>"
                                    "</ul>"
                                    "<p>Act immediately. With an ambassador account, every hour "
                                    "counts: the attacker may be messaging your contacts in your "
                                    "name or posting scams that appear to carry the backing of "
                                    "{company}</p>"
                                    "<h2>The recovery plan</h2>"
                                    "<ol>"
                                    "<li><strong>Alert first.</strong> Contact IT and "
                                    "{referent_name}, the social-media referent. They can warn "
                                    "colleagues, watch the official pages and help you deal with "
                                    "the platform.</li>"
                                    "<li><strong>Regain access.</strong> Use the platform’s "
                                    "official recovery process, from the app or its real website, "
                                    "with your recovery codes if you have them.</li>"
                                    "<li><strong>Change the password</strong> to a new one "
                                    "generated by your password manager, then change it on any "
                                    "other account that shared it.</li>"
                                    "<li><strong>Revoke sessions and apps.</strong> Log out all "
                                    "other devices and remove any third-party applications you do "
                                    "not recognise.</li>"
                                    "<li><strong>Lock it down again.</strong> Check your email "
                                    "address, phone number and settings, re-enable 2FA and "
                                    "generate new recovery codes.</li>"
                                    "<li><strong>Clean up.</strong> Delete posts and messages sent "
                                    "by the attacker and publish a short notice asking contacts to "
                                    "ignore anything suspicious.</li>"
                                    "</ol>"
                                    "<p>Finally, check your email account: if it was compromised "
                                    "too, the attacker can reset everything else from there.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Beware of fake helpers",
                                    "text": (
                                        "<p>After a hack, accounts offering to “recover your "
                                        "profile” often pop up in the comments. They are scammers. "
                                        "Only use the platform’s official support and the "
                                        "company’s IT team.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "During an incident",
                                    "do": [
                                        "Keep screenshots of the suspicious activity for IT",
                                        (
                                            "Use another channel to tell your contacts not to "
                                            "click anything"
                                        ),
                                        "Write down what happened and when",
                                    ],
                                    "dont": [
                                        "Wait a day to see whether things sort themselves out",
                                        "Pay anyone who promises to unlock your account",
                                        "Keep quiet out of embarrassment",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Unknown logins, strange messages and changed settings "
                                            "signal a takeover."
                                        ),
                                        (
                                            "Alert IT and the referent first, then recover through "
                                            "official channels."
                                        ),
                                        (
                                            "Change passwords, revoke sessions and apps, and "
                                            "re-enable 2FA."
                                        ),
                                        (
                                            "Clean up and warn your contacts so that the attack "
                                            "stops spreading."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Les signes qui doivent alerter</h2>"
                                    "<ul>"
                                    "<li>Vous avez été déconnecté et votre mot de passe ne "
                                    "fonctionne plus.</li>"
                                    "<li>Vous recevez des alertes de connexion depuis un appareil "
                                    "ou un pays inconnu.</li>"
                                    "<li>Des contacts vous interrogent sur des messages ou des "
                                    "publications que vous n’avez jamais envoyés.</li>"
                                    "<li>Votre adresse e-mail, votre numéro de téléphone ou vos "
                                    "réglages 2FA ont changé à votre insu.</li>"
                                    "</ul>"
                                    "<p>Agissez immédiatement. Avec un compte d’ambassadeur, "
                                    "chaque heure compte : l’attaquant peut écrire à vos contacts "
                                    "en votre nom ou publier des arnaques qui semblent cautionnées "
                                    "par {company}.</p>"
                                    "<h2>Le plan de reprise</h2>"
                                    "<ol>"
                                    "<li><strong>Alertez d’abord.</strong> Contactez "
                                    "l’informatique et {referent_name}, votre {referent_title} "
                                    "réseaux "
                                    "sociaux. "
                                    "Ils pourront prévenir vos collègues, surveiller les pages "
                                    "officielles et vous épauler face à la plateforme.</li>"
                                    "<li><strong>Reprenez la main.</strong> Suivez la procédure "
                                    "officielle de récupération de la plateforme, depuis "
                                    "l’application ou son vrai site, avec vos codes de secours si "
                                    "vous les avez.</li>"
                                    "<li><strong>Changez le mot de passe</strong> pour un nouveau, "
                                    "généré par votre gestionnaire, puis modifiez-le sur tout "
                                    "autre compte qui l’utilisait.</li>"
                                    "<li><strong>Révoquez sessions et applications.</strong> "
                                    "Déconnectez tous les autres appareils et supprimez les "
                                    "applications tierces que vous ne reconnaissez pas.</li>"
                                    "<li><strong>Verrouillez de nouveau.</strong> Vérifiez votre "
                                    "adresse e-mail, votre numéro et vos réglages, réactivez la "
                                    "2FA et générez de nouveaux codes de secours.</li>"
                                    "<li><strong>Faites le ménage.</strong> Supprimez les "
                                    "publications et messages envoyés par l’attaquant et publiez "
                                    "un court avis invitant vos contacts à ignorer tout message "
                                    "suspect.</li>"
                                    "</ol>"
                                    "<p>Enfin, vérifiez votre messagerie : si elle a été "
                                    "compromise elle aussi, l’attaquant peut tout réinitialiser à "
                                    "partir d’elle.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Méfiez-vous des faux sauveteurs",
                                    "text": (
                                        "<p>Après un piratage, des comptes proposant de « "
                                        "récupérer votre profil » surgissent souvent dans les "
                                        "commentaires. Ce sont des escrocs. Ne passez que par "
                                        "l’assistance officielle de la plateforme et par l’équipe "
                                        "informatique de l’entreprise.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Pendant l’incident",
                                    "do": [
                                        (
                                            "Conserver des captures d’écran de l’activité suspecte "
                                            "pour l’informatique"
                                        ),
                                        (
                                            "Prévenir vos contacts par un autre canal de ne rien "
                                            "ouvrir"
                                        ),
                                        "Noter ce qui s’est passé et à quel moment",
                                    ],
                                    "dont": [
                                        (
                                            "Attendre le lendemain en espérant que tout rentre "
                                            "dans l’ordre"
                                        ),
                                        "Payer quiconque promet de débloquer votre compte",
                                        "Garder le silence par gêne",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Connexions inconnues, messages étranges et réglages "
                                            "modifiés signalent une prise de contrôle."
                                        ),
                                        (
                                            "Alertez d’abord l’informatique et votre "
                                            "{referent_title}, puis "
                                            "récupérez le compte par les voies officielles."
                                        ),
                                        (
                                            "Changez les mots de passe, révoquez sessions et "
                                            "applications, réactivez la 2FA."
                                        ),
                                        (
                                            "Faites le ménage et prévenez vos contacts pour que "
                                            "l’attaque cesse de se propager."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "oversharing-and-leaks",
                    "title": {
                        "en": "Oversharing and accidental leaks",
                        "fr": "Trop en dire : les fuites involontaires",
                    },
                    "summary": {
                        "en": (
                            "See how everyday photos and details reveal more than you think, and "
                            "tighten your privacy settings accordingly."
                        ),
                        "fr": (
                            "Voyez comment des photos et des détails du quotidien en révèlent plus "
                            "qu’on ne le croit, et resserrez vos paramètres de confidentialité en "
                            "conséquence."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>The puzzle effect</h2>"
                                    "<p>A single post rarely gives away a secret. The danger lies "
                                    "in accumulation: your job title on LinkedIn, a photo of your "
                                    "badge on Instagram, a check-in at a client’s site, a story "
                                    "about tomorrow’s trip. Put together, these pieces let an "
                                    "attacker write a convincing message in your name, find out "
                                    "who handles payments, or work out which buildings we equip "
                                    "and when they are empty.</p>"
                                    "<h2>What to look for before posting</h2>"
                                    "<ul>"
                                    "<li><strong>Badges and access cards:</strong> never show "
                                    "them, even blurred; a badge photo can be enough to produce a "
                                    "copy.</li>"
                                    "<li><strong>Screens and whiteboards:</strong> emails, "
                                    "dashboards, client names, floor plans and passwords on sticky "
                                    "notes appear in the background of countless photos.</li>"
                                    "<li><strong>Documents and drawings:</strong> technical plans, "
                                    "quotes or meeting slides left on a table.</li>"
                                    "<li><strong>Location:</strong> geotags, site signs, vehicle "
                                    "number plates, and live posts from a place you are still "
                                    "at.</li>"
                                    "<li><strong>Routines and absences:</strong> travel dates, the "
                                    "fact that a site is empty at night, your holiday plans.</li>"
                                    "</ul>"
                                    "<h2>Tighten your privacy settings</h2>"
                                    "<p>Once a year, and whenever a network changes its rules, "
                                    "review who can see your connections, contact details, date of "
                                    "birth and old posts. Turn off location access for your camera "
                                    "and social apps, and keep your personal accounts separate "
                                    "from the professional profile you use as an ambassador.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Zoom in before you post",
                                    "text": (
                                        "<p>Before publishing a photo taken at work, enlarge every "
                                        "corner of it. If you can read anything at all, crop or "
                                        "retake the picture.</p>"
                                    ),
                                },
                            ),
                            (
                                "example_post",
                                {
                                    "network": "instagram",
                                    "author": "Camille Moreau, office manager at {company}",
                                    "text": (
                                        "Team breakfast this morning in our new meeting room, "
                                        "fitted out with reclaimed timber from our old warehouse. "
                                        "A great way to kick off a day of workshops!\n"
                                        "\n"
                                        "#employee #LifeAtNorthwind #Reuse"
                                    ),
                                    "note": (
                                        "The photo shows the room and the coffee cups, not the "
                                        "screens, the whiteboard or anyone’s badge. No geotag, no "
                                        "address, and nobody is named without their agreement."
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Small details add up: attackers assemble them like a "
                                            "puzzle."
                                        ),
                                        (
                                            "Never show badges, screens, whiteboards or documents, "
                                            "even in the background."
                                        ),
                                        (
                                            "Turn off geotagging and talk about a place once you "
                                            "have left it."
                                        ),
                                        "Review your privacy settings at least once a year.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>L’effet puzzle</h2>"
                                    "<p>Une publication isolée trahit rarement un secret. Le "
                                    "danger tient à l’accumulation : votre fonction sur LinkedIn, "
                                    "une photo de votre badge sur Instagram, une géolocalisation "
                                    "sur le site d’un client, une story sur votre déplacement du "
                                    "lendemain. Mises bout à bout, ces pièces permettent à un "
                                    "attaquant de rédiger un message crédible en votre nom, de "
                                    "savoir qui gère les paiements, ou de deviner quels bâtiments "
                                    "nous équipons et quand ils sont vides.</p>"
                                    "<h2>Ce qu’il faut vérifier avant de publier</h2>"
                                    "<ul>"
                                    "<li><strong>Badges et cartes d’accès :</strong> ne les "
                                    "montrez jamais, même floutés ; une photo de badge peut "
                                    "suffire à en fabriquer une copie.</li>"
                                    "<li><strong>Écrans et tableaux blancs :</strong> e-mails, "
                                    "tableaux de bord, noms de clients, plans et mots de passe sur "
                                    "post-it apparaissent à l’arrière-plan d’innombrables "
                                    "photos.</li>"
                                    "<li><strong>Documents et plans :</strong> dessins techniques, "
                                    "devis ou supports de réunion oubliés sur une table.</li>"
                                    "<li><strong>Localisation :</strong> géolocalisation, panneaux "
                                    "de chantier, plaques d’immatriculation, et publications en "
                                    "direct d’un lieu où vous vous trouvez encore.</li>"
                                    "<li><strong>Habitudes et absences :</strong> dates de "
                                    "déplacement, site désert la nuit, projets de vacances.</li>"
                                    "</ul>"
                                    "<h2>Resserrez vos paramètres de confidentialité</h2>"
                                    "<p>Une fois par an, et chaque fois qu’un réseau modifie ses "
                                    "règles, vérifiez qui peut voir vos relations, vos "
                                    "coordonnées, votre date de naissance et vos anciennes "
                                    "publications. Coupez l’accès à la localisation pour "
                                    "l’appareil photo et les applications sociales, et séparez vos "
                                    "comptes personnels du profil professionnel que vous utilisez "
                                    "en tant qu’ambassadeur.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Zoomez avant de publier",
                                    "text": (
                                        "<p>Avant de publier une photo prise au travail, "
                                        "agrandissez-en chaque recoin. Si vous y trouvez quoi que "
                                        "ce soit de lisible, recadrez ou refaites la photo.</p>"
                                    ),
                                },
                            ),
                            (
                                "example_post",
                                {
                                    "network": "instagram",
                                    "author": (
                                        "Camille Moreau, responsable des services généraux chez "
                                        "{company}"
                                    ),
                                    "text": (
                                        "Petit-déjeuner d’équipe ce matin dans notre nouvelle "
                                        "salle de réunion, aménagée avec le bois de récupération "
                                        "de notre ancien entrepôt. De quoi bien démarrer une "
                                        "journée d’ateliers !\n"
                                        "\n"
                                        "#collaboratrice #VieChezNorthwind #Réemploi"
                                    ),
                                    "note": (
                                        "La photo montre la salle et les tasses de café, pas les "
                                        "écrans, le tableau blanc ni le badge de quiconque. Pas de "
                                        "géolocalisation, pas d’adresse, et personne n’est nommé "
                                        "sans son accord."
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Les petits détails s’additionnent : les attaquants "
                                            "les assemblent comme un puzzle."
                                        ),
                                        (
                                            "Ne montrez jamais badges, écrans, tableaux blancs ou "
                                            "documents, même à l’arrière-plan."
                                        ),
                                        (
                                            "Désactivez la géolocalisation et parlez d’un lieu une "
                                            "fois que vous l’avez quitté."
                                        ),
                                        (
                                            "Vérifiez vos paramètres de confidentialité au moins "
                                            "une fois par an."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
            ],
        },
    ],
}
