"""Demo curriculum: the "Brand values and the social-media charter" course (English and French).

Plain data consumed by the demo seeding code; see ``lms.demo.curriculum``.
"""

BRAND_VALUES = {
    "slug": "brand-values-charter",
    "title": {
        "en": "Brand values and the social-media charter",
        "fr": "Valeurs de marque et charte des réseaux sociaux",
    },
    "summary": {
        "en": (
            "Understand what we stand for and how the social-media charter protects "
            "you when you talk about your work in public."
        ),
        "fr": (
            "Comprenez ce que nous défendons et comment la charte des réseaux sociaux vous "
            "protège lorsque vous parlez de votre travail en public."
        ),
    },
    "workshops": [
        {
            "slug": "brand-values-beginner",
            "level": "beginner",
            "title": {
                "en": "Our values and the charter in plain words",
                "fr": "Nos valeurs et la charte, sans jargon",
            },
            "summary": {
                "en": (
                    "Discover our three values and the essential rules of the social-media charter."
                ),
                "fr": (
                    "Découvrez nos trois valeurs et les règles essentielles de "
                    "la charte des réseaux sociaux."
                ),
            },
            "duration_minutes": 30,
            "pass_mark": 70,
            "objectives": {
                "en": [
                    "Describe candour, care and craft with an example from your own work",
                    "Explain what the social-media charter is for and where to find it",
                    (
                        "Sort information into what you may share, what needs approval and what "
                        "stays internal"
                    ),
                    "Name the social-media referent and know when to get in touch",
                ],
                "fr": [
                    (
                        "Décrire la franchise, la bienveillance et l’exigence à partir d’un "
                        "exemple tiré de votre travail"
                    ),
                    "Expliquer à quoi sert la charte des réseaux sociaux et où la trouver",
                    "Classer une information : partageable, à faire valider ou strictement interne",
                    "Nommer votre {referent_title} réseaux sociaux et savoir quand lui demander "
                    "conseil",
                ],
            },
            "lessons": [
                {
                    "slug": "candour-care-craft",
                    "title": {
                        "en": "Candour, care and craft",
                        "fr": "Franchise, bienveillance, exigence",
                    },
                    "summary": {
                        "en": (
                            "Discover the three values that guide us and how they "
                            "show in what ambassadors post."
                        ),
                        "fr": (
                            "Découvrez les trois valeurs qui nous guident et la façon "
                            "dont elles se traduisent dans les publications des ambassadeurs."
                        ),
                    },
                    "duration_minutes": 10,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Where our values come from</h2>"
                                    "<p>{company} designs, installs and maintains "
                                    "ventilation and heat-recovery systems for schools, hospitals "
                                    "and offices. Our job is to give people healthy air while "
                                    "using as little energy as possible. Our three values grew out "
                                    "of the way our teams were already working, long before anyone "
                                    "wrote them down.</p>"
                                    "<h3>Candour</h3>"
                                    "<p>We say what we know, admit what we do not know and correct "
                                    "our mistakes openly. On social media, candour means no "
                                    "exaggeration, no hidden partnerships and a clear statement "
                                    "that you work here.</p>"
                                    "<h3>Care</h3>"
                                    "<p>We care about the people who breathe the air in the "
                                    "buildings we equip, about our colleagues and about the "
                                    "planet. Online, care means courtesy towards everyone, critics "
                                    "and competitors included, and respect for other people’s "
                                    "privacy.</p>"
                                    "<h3>Craft</h3>"
                                    "<p>We take pride in work done properly: measured, tested, "
                                    "documented. In a post, craft shows in accurate facts, a "
                                    "careful tone and a real detail from your work rather than a "
                                    "slogan.</p>"
                                    "<h2>Why values make you credible</h2>"
                                    "<p>Values are not a marketing veneer. When you share a story "
                                    "that genuinely reflects them, readers can tell, and your "
                                    "pride in the company becomes contagious. When a post "
                                    "contradicts them, even through a joke that seemed harmless, "
                                    "it erodes trust in you and in {company}</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "Thomas Roux, project manager at {company}",
                                    "text": (
                                        "We got something wrong on the Lyon hospital project: our "
                                        "first airflow measurements in the new wing were off "
                                        "because of a badly calibrated sensor.\n"
                                        "\n"
                                        "We told the client the same day, recalibrated everything "
                                        "and delivered the corrected report a week later.\n"
                                        "\n"
                                        "Not the most glamorous post, but it’s the part of my job "
                                        "I’m proudest of.\n"
                                        "\n"
                                        "#employee #Candour"
                                    ),
                                    "note": (
                                        "Thomas illustrates candour with a real situation that has "
                                        "already been resolved, without blaming anyone or "
                                        "revealing confidential data. He checked with the client "
                                        "and the referent before posting."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Find your own example",
                                    "text": (
                                        "<p>Think of a moment this month when you or your team "
                                        "showed candour, care or craft. That moment is probably "
                                        "your best next post.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The three values of {company} are candour, care "
                                            "and craft."
                                        ),
                                        (
                                            "Candour: accurate facts, visible disclosure, mistakes "
                                            "owned."
                                        ),
                                        (
                                            "Care: courtesy and respect for everyone, critics "
                                            "included."
                                        ),
                                        "Craft: real details and careful work rather than slogans.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>D’où viennent nos valeurs</h2>"
                                    "<p>{company} conçoit, installe et entretient des "
                                    "systèmes de ventilation et de récupération de chaleur pour "
                                    "des écoles, des hôpitaux et des bureaux. Notre métier : "
                                    "offrir un air sain en consommant le moins d’énergie possible. "
                                    "Nos trois valeurs sont nées de la manière dont nos équipes "
                                    "travaillaient déjà, bien avant que quiconque ne les mette par "
                                    "écrit.</p>"
                                    "<h3>Franchise</h3>"
                                    "<p>Nous disons ce que nous savons, nous reconnaissons ce que "
                                    "nous ignorons et nous corrigeons nos erreurs ouvertement. Sur "
                                    "les réseaux sociaux, la franchise, c’est ne rien exagérer, ne "
                                    "cacher aucun partenariat et indiquer clairement que vous "
                                    "travaillez ici.</p>"
                                    "<h3>Bienveillance</h3>"
                                    "<p>Nous prenons soin des personnes qui respirent l’air des "
                                    "bâtiments que nous équipons, de nos collègues et de la "
                                    "planète. En ligne, la bienveillance se traduit par la "
                                    "courtoisie envers tous, critiques et concurrents compris, et "
                                    "par le respect de la vie privée d’autrui.</p>"
                                    "<h3>Exigence</h3>"
                                    "<p>Nous sommes fiers du travail bien fait : mesuré, testé, "
                                    "documenté. Dans une publication, l’exigence se voit à "
                                    "l’exactitude des faits, au soin du ton et à un vrai détail "
                                    "tiré de votre quotidien plutôt qu’à un slogan.</p>"
                                    "<h2>Des valeurs qui vous rendent crédible</h2>"
                                    "<p>Nos valeurs ne sont pas un vernis marketing. Quand vous "
                                    "partagez une histoire qui les reflète sincèrement, vos "
                                    "lecteurs le sentent et votre fierté d’appartenance devient "
                                    "communicative. Quand une publication les contredit, même à "
                                    "travers une plaisanterie en apparence anodine, elle entame la "
                                    "confiance qu’on vous accorde, ainsi qu’à {company}.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "Thomas Roux, chef de projet chez {company}",
                                    "text": (
                                        "Nous nous sommes trompés sur le chantier de l’hôpital de "
                                        "Lyon : nos premières mesures de débit d’air dans la "
                                        "nouvelle aile étaient fausses, à cause d’un capteur mal "
                                        "étalonné.\n"
                                        "\n"
                                        "Nous l’avons dit au client le jour même, avons tout "
                                        "réétalonné et remis le rapport corrigé une semaine plus "
                                        "tard.\n"
                                        "\n"
                                        "Ce n’est pas la publication la plus glamour, mais c’est "
                                        "la partie de mon métier dont je suis le plus fier.\n"
                                        "\n"
                                        "#collaborateur #Franchise"
                                    ),
                                    "note": (
                                        "Thomas illustre la franchise par une situation réelle et "
                                        "déjà résolue, sans accuser personne ni révéler de données "
                                        "confidentielles. Il a obtenu l’accord du client et de "
                                        "votre "
                                        "{referent_title} avant de publier."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Trouvez votre propre exemple",
                                    "text": (
                                        "<p>Pensez à un moment, ce mois-ci, où vous ou votre "
                                        "équipe avez fait preuve de franchise, de bienveillance ou "
                                        "d’exigence. Ce moment est sans doute votre meilleure "
                                        "prochaine publication.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Les trois valeurs de {company} sont la "
                                            "franchise, la bienveillance et l’exigence."
                                        ),
                                        (
                                            "Franchise : des faits exacts, un lien d’emploi "
                                            "affiché, des erreurs assumées."
                                        ),
                                        (
                                            "Bienveillance : courtoisie et respect envers tous, "
                                            "critiques compris."
                                        ),
                                        (
                                            "Exigence : de vrais détails et un travail soigné "
                                            "plutôt que des slogans."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "charter-essentials",
                    "title": {
                        "en": "The social-media charter in ten minutes",
                        "fr": "La charte des réseaux sociaux en dix minutes",
                    },
                    "summary": {
                        "en": (
                            "Learn what you may share, what needs approval, what stays internal "
                            "and who to ask when in doubt."
                        ),
                        "fr": (
                            "Apprenez ce que vous pouvez partager, ce qui doit être validé, ce qui "
                            "reste interne et à qui vous adresser en cas de doute."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>A highway code, not a gag</h2>"
                                    "<p>The charter exists to protect you, just as the highway "
                                    "code protects road users. It does not tell you what to think; "
                                    "it gives you clear landmarks so that you can speak freely "
                                    "without putting yourself, your colleagues or the company at "
                                    "risk. The full text is on the intranet, in the Ambassadors "
                                    "space.</p>"
                                    "<h2>Green, amber, red</h2>"
                                    "<ul>"
                                    "<li><strong>Green, share freely:</strong> anything {company} "
                                    "has already published, job offers, public events, "
                                    "your expertise and your experience of your job.</li>"
                                    "<li><strong>Amber, ask first:</strong> customer or partner "
                                    "names, photos taken on a site, unpublished figures, anything "
                                    "involving a colleague’s image.</li>"
                                    "<li><strong>Red, never:</strong> financial results before "
                                    "their official release, unannounced products, tenders, "
                                    "internal disputes, security arrangements, personal data about "
                                    "customers or colleagues.</li>"
                                    "</ul>"
                                    "<h2>Four rules that always apply</h2>"
                                    "<ol>"
                                    "<li><strong>Disclose:</strong> whenever you mention the "
                                    "company, make it clear that you work here, with #employee or "
                                    "a sentence such as “I work at {company}”.</li>"
                                    "<li><strong>Speak for yourself:</strong> you are not an "
                                    "official spokesperson, so make no commitments on the "
                                    "company’s behalf.</li>"
                                    "<li><strong>Respect:</strong> no insults, discrimination or "
                                    "attacks on competitors, customers or colleagues.</li>"
                                    "<li><strong>Respect rights:</strong> credit authors and only "
                                    "use images you are allowed to use.</li>"
                                    "</ol>"
                                    "<p>Adding “views are my own” to your profile is useful, but "
                                    "it does not make a confidential leak or an offensive post "
                                    "acceptable.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Your referent: {referent_name}",
                                    "text": (
                                        "<p>{referent_name} ({referent_role}) is the referent for "
                                        "the "
                                        "charter. Get in touch ({referent_contact}) whenever you "
                                        "hesitate, if a post gets out of hand or if you spot "
                                        "something worrying about the company online. No "
                                        "question is too small.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Quick check before posting",
                                    "do": [
                                        "Make sure the information is already public or approved",
                                        "Mention that you work for {company}.",
                                        "Ask the referent about anything amber",
                                    ],
                                    "dont": [
                                        "Share photos of documents, screens or whiteboards",
                                        "Comment on rumours, lawsuits or internal conflicts",
                                        "Speak on behalf of the company",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        "The charter is there to protect you, not to silence you.",
                                        "Green: share. Amber: ask first. Red: never.",
                                        "Always disclose that you work for {company}.",
                                        (
                                            "When in doubt, ask {referent_name} before posting, "
                                            "not "
                                            "after."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Un code de la route, pas un bâillon</h2>"
                                    "<p>La charte existe pour vous protéger, comme le code de la "
                                    "route protège les usagers. Elle ne vous dit pas quoi penser ; "
                                    "elle vous donne des repères clairs pour vous exprimer "
                                    "librement sans vous mettre en danger, ni exposer vos "
                                    "collègues ou l’entreprise. Son texte complet se trouve sur "
                                    "l’intranet, dans l’espace Ambassadeurs.</p>"
                                    "<h2>Vert, orange, rouge</h2>"
                                    "<ul>"
                                    "<li><strong>Vert, à partager librement :</strong> tout ce que "
                                    "{company} a déjà publié, les offres d’emploi, les "
                                    "événements publics, votre expertise et votre expérience du "
                                    "métier.</li>"
                                    "<li><strong>Orange, à faire valider :</strong> les noms de "
                                    "clients ou de partenaires, les photos prises sur un chantier, "
                                    "les chiffres non publiés, tout ce qui touche à l’image d’un "
                                    "collègue.</li>"
                                    "<li><strong>Rouge, jamais :</strong> les résultats financiers "
                                    "avant leur publication officielle, les produits non annoncés, "
                                    "les appels d’offres, les différends internes, les dispositifs "
                                    "de sécurité, les données personnelles de clients ou de "
                                    "collègues.</li>"
                                    "</ul>"
                                    "<h2>Quatre règles toujours valables</h2>"
                                    "<ol>"
                                    "<li><strong>Transparence :</strong> dès que vous évoquez "
                                    "l’entreprise, indiquez que vous y travaillez, avec "
                                    "#collaborateur ou une phrase comme « Je travaille chez "
                                    "{company} ».</li>"
                                    "<li><strong>Parler en son nom :</strong> vous n’êtes pas "
                                    "porte-parole officiel ; ne prenez donc aucun engagement au "
                                    "nom de l’entreprise.</li>"
                                    "<li><strong>Respect :</strong> ni insulte, ni discrimination, "
                                    "ni attaque contre des concurrents, des clients ou des "
                                    "collègues.</li>"
                                    "<li><strong>Droits d’auteur :</strong> citez vos sources et "
                                    "n’utilisez que des images dont vous avez le droit de vous "
                                    "servir.</li>"
                                    "</ol>"
                                    "<p>Préciser sur votre profil que « mes propos n’engagent que "
                                    "moi » est utile, mais cela ne rend acceptable ni une fuite "
                                    "d’information confidentielle, ni une publication "
                                    "blessante.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Votre {referent_title} : {referent_name}",
                                    "text": (
                                        "<p>{referent_name} ({referent_role}) est votre "
                                        "{referent_title} de "
                                        "la "
                                        "charte. Prenez contact ({referent_contact}) dès que vous "
                                        "hésitez, si une publication vous échappe ou si vous "
                                        "repérez en ligne quelque chose d’inquiétant au sujet de "
                                        "l’entreprise. Aucune question n’est trop petite.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Vérification express avant de publier",
                                    "do": [
                                        "Vérifier que l’information est déjà publique ou validée",
                                        "Mentionner que vous travaillez chez {company}",
                                        "Consulter votre {referent_title} pour tout ce qui est "
                                        "orange",
                                    ],
                                    "dont": [
                                        (
                                            "Partager des photos de documents, d’écrans ou de "
                                            "tableaux blancs"
                                        ),
                                        (
                                            "Commenter des rumeurs, des procédures judiciaires ou "
                                            "des conflits internes"
                                        ),
                                        "Vous exprimer au nom de l’entreprise",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "La charte est là pour vous protéger, pas pour vous "
                                            "faire taire."
                                        ),
                                        (
                                            "Vert : on partage. Orange : on demande d’abord. Rouge "
                                            ": jamais."
                                        ),
                                        ("Indiquez toujours que vous travaillez chez {company}."),
                                        (
                                            "En cas de doute, interrogez {referent_name} avant de "
                                            "publier, pas après."
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
            "slug": "brand-values-intermediate",
            "level": "intermediate",
            "title": {
                "en": "Applying the charter in grey areas",
                "fr": "Appliquer la charte dans les zones grises",
            },
            "summary": {
                "en": (
                    "Practise on realistic cases where the right answer is not obvious, and learn "
                    "to respond to criticism of the company in line with our values."
                ),
                "fr": (
                    "Entraînez-vous sur des cas réalistes où la bonne réponse ne va pas de soi, et "
                    "apprenez à réagir aux critiques visant l’entreprise dans le respect de nos "
                    "valeurs."
                ),
            },
            "duration_minutes": 35,
            "pass_mark": 75,
            "objectives": {
                "en": [
                    "Apply a four-question test to decide whether a post is appropriate",
                    "Spot confidential details hidden in photos, figures and anecdotes",
                    "Respond to public criticism of the company with candour and care",
                    "Raise a disagreement with your employer through the right channels",
                ],
                "fr": [
                    (
                        "Appliquer un test en quatre questions pour décider si une publication est "
                        "appropriée"
                    ),
                    (
                        "Repérer les détails confidentiels cachés dans une photo, un chiffre ou "
                        "une anecdote"
                    ),
                    (
                        "Répondre à une critique publique de l’entreprise avec franchise et "
                        "bienveillance"
                    ),
                    "Exprimer un désaccord avec votre employeur par les bons canaux",
                ],
            },
            "lessons": [
                {
                    "slug": "navigating-grey-areas",
                    "title": {
                        "en": "Navigating grey areas",
                        "fr": "S’orienter dans les zones grises",
                    },
                    "summary": {
                        "en": (
                            "Apply a simple four-question test to realistic cases where the "
                            "charter gives no immediate answer."
                        ),
                        "fr": (
                            "Appliquez un test simple en quatre questions à des cas réalistes où "
                            "la charte ne donne pas de réponse immédiate."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>The four-question test</h2>"
                                    "<p>The charter cannot foresee every situation. When you "
                                    "hesitate, go through these four questions. If any answer is "
                                    "“no” or “I’m not sure”, ask the referent before posting.</p>"
                                    "<ol>"
                                    "<li>Is this information already public, or has it been "
                                    "approved for sharing?</li>"
                                    "<li>Would everyone shown or mentioned agree to appear in this "
                                    "post?</li>"
                                    "<li>Does it reflect candour, care and craft?</li>"
                                    "<li>Would I be comfortable seeing it quoted in a newspaper "
                                    "next to my name?</li>"
                                    "</ol>"
                                    "<h2>Three cases to practise on</h2>"
                                    "<h3>The team photo</h3>"
                                    "<p>After a successful commissioning, your team poses in the "
                                    "plant room. Lovely picture, but behind you a screen displays "
                                    "the building management system and the client’s logo is "
                                    "visible. Crop or retake the photo, and check that the client "
                                    "agrees to be named.</p>"
                                    "<h3>The competitor’s mishap</h3>"
                                    "<p>A competitor’s installation fails very publicly and the "
                                    "trade press covers it. It is tempting to comment with a "
                                    "knowing wink. Don’t: it breaks the respect rule, and the next "
                                    "incident could be ours.</p>"
                                    "<h3>Good news overheard in a meeting</h3>"
                                    "<p>Your manager mentions that a major contract has just been "
                                    "signed. Until the official announcement, it stays internal, "
                                    "even if someone on the client’s side has already hinted at it "
                                    "online.</p>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Grey-area reflexes",
                                    "do": [
                                        (
                                            "Zoom in on every photo before posting: screens, "
                                            "documents, badges, plates"
                                        ),
                                        (
                                            "Wait for the official announcement before celebrating "
                                            "a contract"
                                        ),
                                        "Prefer silence to a clever remark about a competitor",
                                    ],
                                    "dont": [
                                        (
                                            "Assume that whatever a customer posted is "
                                            "automatically fine for you to share"
                                        ),
                                        "Share a figure because it seems harmless",
                                        "Tag people who have not agreed to appear",
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Copyright counts too",
                                    "text": (
                                        "<p>An image found through a search engine is not free to "
                                        "use. Prefer your own photos, visuals from the content "
                                        "library or sources that explicitly allow reuse, and "
                                        "always credit the author.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "When unsure, run the four-question test: one doubtful "
                                            "answer means you ask."
                                        ),
                                        "Photos are the most common source of accidental leaks.",
                                        (
                                            "Contracts and figures stay internal until the "
                                            "official announcement."
                                        ),
                                        "Never mock a competitor, even when the facts are public.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Le test des quatre questions</h2>"
                                    "<p>La charte ne peut pas prévoir toutes les situations. Quand "
                                    "vous hésitez, passez en revue ces quatre questions. Si une "
                                    "seule réponse est « non » ou « je ne sais pas », interrogez "
                                    "votre {referent_title} avant de publier.</p>"
                                    "<ol>"
                                    "<li>Cette information est-elle déjà publique, ou son partage "
                                    "a-t-il été validé ?</li>"
                                    "<li>Toutes les personnes montrées ou citées "
                                    "accepteraient-elles d’apparaître dans cette publication ?</li>"
                                    "<li>Reflète-t-elle la franchise, la bienveillance et "
                                    "l’exigence ?</li>"
                                    "<li>Serais-je à l’aise de la voir citée dans un journal à "
                                    "côté de mon nom ?</li>"
                                    "</ol>"
                                    "<h2>Trois cas pour s’exercer</h2>"
                                    "<h3>La photo d’équipe</h3>"
                                    "<p>Après une mise en service réussie, votre équipe pose dans "
                                    "le local technique. Belle photo, mais derrière vous un écran "
                                    "affiche la supervision du bâtiment et le logo du client est "
                                    "visible. Recadrez ou refaites la photo, et vérifiez que le "
                                    "client accepte d’être nommé.</p>"
                                    "<h3>Le raté d’un concurrent</h3>"
                                    "<p>L’installation d’un concurrent tombe en panne de façon "
                                    "très visible et la presse spécialisée s’en fait l’écho. Il "
                                    "est tentant de commenter avec un clin d’œil entendu. "
                                    "Abstenez-vous : c’est contraire à la règle de respect, et le "
                                    "prochain incident pourrait bien être le nôtre.</p>"
                                    "<h3>La bonne nouvelle entendue en réunion</h3>"
                                    "<p>Votre manager annonce qu’un gros contrat vient d’être "
                                    "signé. Tant que l’annonce officielle n’a pas eu lieu, "
                                    "l’information reste interne, même si un interlocuteur côté "
                                    "client y a déjà fait allusion en ligne.</p>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Les bons réflexes en zone grise",
                                    "do": [
                                        (
                                            "Agrandir chaque photo avant publication : écrans, "
                                            "documents, badges, plaques"
                                        ),
                                        (
                                            "Attendre l’annonce officielle avant de célébrer un "
                                            "contrat"
                                        ),
                                        "Préférer le silence à un bon mot sur un concurrent",
                                    ],
                                    "dont": [
                                        (
                                            "Considérer que ce qu’un client a publié, vous pouvez "
                                            "forcément le partager"
                                        ),
                                        "Partager un chiffre parce qu’il semble anodin",
                                        "Identifier des personnes qui n’ont pas donné leur accord",
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Le droit d’auteur compte aussi",
                                    "text": (
                                        "<p>Une image trouvée sur un moteur de recherche n’est pas "
                                        "libre de droits. Privilégiez vos propres photos, les "
                                        "visuels de la bibliothèque de contenus ou les sources qui "
                                        "autorisent explicitement la réutilisation, et citez "
                                        "toujours l’auteur.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "En cas de doute, appliquez le test des quatre "
                                            "questions : une seule réponse incertaine, et l’on "
                                            "demande."
                                        ),
                                        (
                                            "Les photos sont la première source de fuites "
                                            "involontaires."
                                        ),
                                        (
                                            "Contrats et chiffres restent internes jusqu’à "
                                            "l’annonce officielle."
                                        ),
                                        (
                                            "Ne vous moquez jamais d’un concurrent, même quand les "
                                            "faits sont publics."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "criticism-and-disagreement",
                    "title": {
                        "en": "Criticism, disagreement and loyalty",
                        "fr": "Critiques, désaccords et loyauté",
                    },
                    "summary": {
                        "en": (
                            "Respond to public criticism of the company in line with our values, "
                            "and voice your own disagreements where they can be heard."
                        ),
                        "fr": (
                            "Réagissez aux critiques publiques visant l’entreprise dans le respect "
                            "de nos valeurs, et exprimez vos propres désaccords là où ils peuvent "
                            "être entendus."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>When the criticism comes from outside</h2>"
                                    "<p>Sooner or later, you will come across a negative comment "
                                    "about {company}: a delayed installation, a noisy "
                                    "unit, a disappointed candidate. Your first instinct may be to "
                                    "defend the company. Pause first. An ambassador who argues "
                                    "point by point often makes the criticism more visible, not "
                                    "less.</p>"
                                    "<ul>"
                                    "<li>If the facts are wrong and public information can correct "
                                    "them, reply once, politely, with a link to the source.</li>"
                                    "<li>If the person has a real problem, acknowledge it and "
                                    "direct them to customer service or the referent, who can "
                                    "actually solve it.</li>"
                                    "<li>If the discussion is heated or involves a dispute, do not "
                                    "reply: alert the referent.</li>"
                                    "</ul>"
                                    "<h2>When the criticism comes from you</h2>"
                                    "<p>According to a Weber Shandwick study, 16% of employees "
                                    "have already posted criticism or negative comments about "
                                    "their employer online. Most of them were not trying to do "
                                    "harm: they were frustrated and felt unheard. Yet such posts "
                                    "can spread within hours and are almost impossible to take "
                                    "back.</p>"
                                    "<p>Disagreeing is legitimate, and candour is one of our "
                                    "values. The real question is where to say it. Talk to your "
                                    "manager, to HR or to staff representatives, or use the "
                                    "anonymous feedback form on the intranet. Those channels can "
                                    "change things; a public post mostly creates noise and can "
                                    "expose you.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": ("Nadia Haddad, customer service lead at {company}"),
                                    "text": (
                                        "Hello Marc, I work at {company} and I’m sorry to "
                                        "read that the ventilation in your offices is still noisy "
                                        "after our visit. That’s not the result we aim for. I’ve "
                                        "just sent you a private message so that we can arrange a "
                                        "check with the technical team this week."
                                    ),
                                    "note": (
                                        "A reply to a critical comment: Nadia states her role, "
                                        "acknowledges the problem without arguing or shifting the "
                                        "blame, and moves the conversation to a private channel "
                                        "where it can actually be solved."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Never reply in the heat of the moment",
                                    "text": (
                                        "<p>If a comment about the company makes you angry, close "
                                        "the app and come back later. A message written in anger "
                                        "can follow you for years, and it rarely helps the person "
                                        "who complained.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Pause before defending the company: arguing amplifies "
                                            "criticism."
                                        ),
                                        (
                                            "Correct facts once, politely, and send real problems "
                                            "to those who can solve them."
                                        ),
                                        (
                                            "Voice your own disagreements internally, where they "
                                            "can lead to change."
                                        ),
                                        (
                                            "A negative post about your employer spreads fast and "
                                            "cannot be taken back."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Quand la critique vient de l’extérieur</h2>"
                                    "<p>Tôt ou tard, vous tomberez sur un commentaire négatif au "
                                    "sujet de {company} : une installation en retard, un "
                                    "appareil bruyant, un candidat déçu. Votre premier réflexe "
                                    "sera peut-être de défendre l’entreprise. Marquez d’abord une "
                                    "pause. Un ambassadeur qui argumente point par point rend "
                                    "souvent la critique plus visible, pas moins.</p>"
                                    "<ul>"
                                    "<li>Si les faits sont inexacts et qu’une information publique "
                                    "permet de les corriger, répondez une seule fois, poliment, "
                                    "avec un lien vers la source.</li>"
                                    "<li>Si la personne rencontre un vrai problème, "
                                    "reconnaissez-le et orientez-la vers le service client ou "
                                    "votre "
                                    "{referent_title}, qui pourront réellement le résoudre.</li>"
                                    "<li>Si la discussion s’envenime ou touche à un litige, ne "
                                    "répondez pas : alertez votre {referent_title}.</li>"
                                    "</ul>"
                                    "<h2>Quand la critique vient de vous</h2>"
                                    "<p>D’après une étude de Weber Shandwick, 16 % des salariés "
                                    "ont déjà publié en ligne des critiques ou des commentaires "
                                    "négatifs sur leur employeur. La plupart ne cherchaient pas à "
                                    "nuire : ils étaient frustrés et se sentaient ignorés. Or ce "
                                    "type de message peut se propager en quelques heures et se "
                                    "révèle presque impossible à rattraper.</p>"
                                    "<p>Être en désaccord est légitime, et la franchise fait "
                                    "partie de nos valeurs. Toute la question est de savoir où "
                                    "l’exprimer. Parlez-en à votre manager, aux RH ou aux "
                                    "représentants du personnel, ou utilisez le formulaire de "
                                    "remontée anonyme de l’intranet. Ces canaux peuvent faire "
                                    "bouger les choses ; une publication ouverte à tous crée "
                                    "surtout du bruit et peut vous exposer.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Nadia Haddad, responsable du service client chez {company}"
                                    ),
                                    "text": (
                                        "Bonjour Marc, je travaille chez {company} et je "
                                        "suis désolée d’apprendre que la ventilation de vos "
                                        "bureaux reste bruyante après notre intervention. Ce n’est "
                                        "pas le résultat que nous visons. Je viens de vous écrire "
                                        "en message privé pour organiser cette semaine une "
                                        "vérification avec l’équipe technique."
                                    ),
                                    "note": (
                                        "Une réponse à un commentaire critique : Nadia indique sa "
                                        "fonction, reconnaît le problème sans polémiquer ni "
                                        "rejeter la faute, et poursuit l’échange en privé, là où "
                                        "il pourra vraiment être résolu."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Ne répondez jamais à chaud",
                                    "text": (
                                        "<p>Si un commentaire sur l’entreprise vous met en colère, "
                                        "fermez l’application et revenez-y plus tard. Un message "
                                        "écrit sous le coup de l’émotion peut vous suivre pendant "
                                        "des années, et il aide rarement la personne qui s’est "
                                        "plainte.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Marquez une pause avant de défendre l’entreprise : "
                                            "polémiquer amplifie la critique."
                                        ),
                                        (
                                            "Corrigez les faits une fois, poliment, et confiez les "
                                            "vrais problèmes à ceux qui peuvent les régler."
                                        ),
                                        (
                                            "Exprimez vos désaccords en interne, là où ils peuvent "
                                            "faire évoluer les choses."
                                        ),
                                        (
                                            "Une publication négative sur votre employeur se "
                                            "propage vite et ne se rattrape pas."
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
            "slug": "brand-values-expert",
            "level": "expert",
            "title": {
                "en": "Bad buzz and the referent’s role",
                "fr": "Bad buzz et rôle de référent",
            },
            "summary": {
                "en": (
                    "Learn how a bad buzz unfolds, what to do in the first hour and how relay "
                    "ambassadors help the referent keep the charter alive."
                ),
                "fr": (
                    "Comprenez comment se déclenche un bad buzz, ce qu’il faut faire dans la "
                    "première heure et comment les ambassadeurs relais aident votre "
                    "{referent_title} à faire "
                    "vivre la charte."
                ),
            },
            "duration_minutes": 40,
            "pass_mark": 80,
            "objectives": {
                "en": [
                    "Describe the stages of a bad buzz and the signals that announce it",
                    "Apply the first-hour protocol when your post or a colleague’s goes wrong",
                    "Support the referent with monitoring, escalation and follow-up",
                    "Enforce the charter with colleagues, firmly but kindly",
                ],
                "fr": [
                    "Décrire les étapes d’un bad buzz et les signaux qui l’annoncent",
                    (
                        "Appliquer le protocole de la première heure quand votre publication ou "
                        "celle d’un collègue dérape"
                    ),
                    "Épauler votre {referent_title} dans la veille, l’escalade et le suivi",
                    "Faire respecter la charte auprès des collègues, avec fermeté et bienveillance",
                ],
            },
            "lessons": [
                {
                    "slug": "handling-a-bad-buzz",
                    "title": {"en": "Handling a bad buzz", "fr": "Faire face à un bad buzz"},
                    "summary": {
                        "en": (
                            "Recognise the early signs of a bad buzz and follow the first-hour "
                            "protocol without making things worse."
                        ),
                        "fr": (
                            "Repérez les premiers signes d’un bad buzz et suivez le protocole de "
                            "la première heure sans aggraver la situation."
                        ),
                    },
                    "duration_minutes": 15,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>How a bad buzz unfolds</h2>"
                                    "<p>Most online storms follow the same pattern. A post, a "
                                    "photo or a comment is perceived as clumsy or offensive. A few "
                                    "people share it with cutting remarks, an influential account "
                                    "picks it up and, within hours, the topic reaches the "
                                    "company’s official pages and sometimes the press. Because "
                                    "your readers know you work for {company}, a "
                                    "controversy that starts on your personal account quickly "
                                    "becomes the company’s problem. This is why the communications "
                                    "team monitors mentions of the brand around the clock, with or "
                                    "without ambassadors involved.</p>"
                                    "<h3>Early warning signs</h3>"
                                    "<ul>"
                                    "<li>An unusual number of comments or shares in a short "
                                    "time.</li>"
                                    "<li>Reactions from people outside your usual network.</li>"
                                    "<li>Screenshots of your post circulating elsewhere.</li>"
                                    "<li>Journalists or unknown accounts asking you for a "
                                    "statement.</li>"
                                    "</ul>"
                                    "<h2>The first-hour protocol</h2>"
                                    "<ol>"
                                    "<li><strong>Stop.</strong> Do not reply, post again or "
                                    "argue.</li>"
                                    "<li><strong>Capture.</strong> Take screenshots of the post "
                                    "and the main reactions.</li>"
                                    "<li><strong>Alert.</strong> Call or message {referent_name} "
                                    "straight away, even in the evening or at the weekend.</li>"
                                    "<li><strong>Decide together.</strong> Whether to correct, "
                                    "apologise or delete is decided with the referent; a silent "
                                    "deletion often looks like an admission and fuels the "
                                    "story.</li>"
                                    "<li><strong>Follow through.</strong> Publish only the agreed "
                                    "message, then let the official accounts take the lead.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "Antoine Petit, sales engineer at {company}",
                                    "text": (
                                        "Yesterday I posted a joke about a competitor’s "
                                        "installation. It was unfair, and it reflects neither how "
                                        "I want to work nor the values of {company}, where "
                                        "I’m employed. I’ve taken it down and I apologise to the "
                                        "teams concerned. Thank you to those who pointed it out."
                                    ),
                                    "note": (
                                        "A correction agreed with the referent: short, sincere, "
                                        "with no excuses or justifications, and it explains the "
                                        "deletion instead of hiding it."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Never talk to journalists alone",
                                    "text": (
                                        "<p>If a journalist contacts you about a controversy, "
                                        "thank them, take their details and pass them on to the "
                                        "communications team. Even a friendly off-the-record "
                                        "remark can end up in print.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A bad buzz on a personal account quickly becomes the "
                                            "company’s problem."
                                        ),
                                        (
                                            "Watch for unusual volume, reactions from strangers "
                                            "and screenshots."
                                        ),
                                        (
                                            "First hour: stop, capture, alert, decide together, "
                                            "follow through."
                                        ),
                                        (
                                            "Deleting silently fuels the story; correct openly, "
                                            "with the referent."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Comment se déclenche un bad buzz</h2>"
                                    "<p>La plupart des tempêtes en ligne suivent le même scénario. "
                                    "Une publication, une photo ou un commentaire est perçu comme "
                                    "maladroit ou blessant. Quelques internautes le relaient avec "
                                    "des remarques acerbes, un compte influent s’en empare et, en "
                                    "quelques heures, le sujet atteint les pages officielles de "
                                    "l’entreprise, parfois la presse. Comme vos lecteurs savent "
                                    "que vous travaillez chez {company}, une polémique "
                                    "née sur votre compte personnel devient vite l’affaire de "
                                    "l’entreprise. C’est pourquoi l’équipe communication assure "
                                    "une veille permanente des mentions de la marque, qu’il y ait "
                                    "des ambassadeurs en jeu ou non.</p>"
                                    "<h3>Les signaux d’alerte</h3>"
                                    "<ul>"
                                    "<li>Un nombre inhabituel de commentaires ou de partages en "
                                    "peu de temps.</li>"
                                    "<li>Des réactions de personnes extérieures à votre réseau "
                                    "habituel.</li>"
                                    "<li>Des captures d’écran de votre publication qui circulent "
                                    "ailleurs.</li>"
                                    "<li>Des journalistes ou des comptes inconnus qui vous "
                                    "demandent une déclaration.</li>"
                                    "</ul>"
                                    "<h2>Le protocole de la première heure</h2>"
                                    "<ol>"
                                    "<li><strong>Stop.</strong> Ne répondez pas, ne republiez "
                                    "rien, ne polémiquez pas.</li>"
                                    "<li><strong>Capturez.</strong> Faites des captures d’écran de "
                                    "la publication et des principales réactions.</li>"
                                    "<li><strong>Alertez.</strong> Appelez ou écrivez sans "
                                    "attendre à {referent_name}, même le soir ou le week-end.</li>"
                                    "<li><strong>Décidez ensemble.</strong> Corriger, s’excuser ou "
                                    "supprimer : cela se décide avec votre {referent_title}. Une "
                                    "suppression "
                                    "discrète passe souvent pour un aveu et alimente "
                                    "l’affaire.</li>"
                                    "<li><strong>Assurez le suivi.</strong> Ne publiez que le "
                                    "message convenu, puis laissez les comptes officiels prendre "
                                    "le relais.</li>"
                                    "</ol>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Antoine Petit, ingénieur commercial chez {company}"
                                    ),
                                    "text": (
                                        "Hier, j’ai publié une plaisanterie sur l’installation "
                                        "d’un concurrent. C’était injuste, et cela ne reflète ni "
                                        "ma façon de travailler, ni les valeurs de {company}, où "
                                        "je suis salarié. Je l’ai retirée et je présente "
                                        "mes excuses aux équipes concernées. Merci à celles et "
                                        "ceux qui me l’ont signalé."
                                    ),
                                    "note": (
                                        "Un rectificatif convenu avec votre {referent_title} : "
                                        "court, "
                                        "sincère, sans justifications alambiquées, et qui explique "
                                        "la suppression au lieu de la cacher."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Ne parlez jamais seul à un journaliste",
                                    "text": (
                                        "<p>Si un journaliste vous contacte au sujet d’une "
                                        "polémique, remerciez-le, notez ses coordonnées et "
                                        "transmettez-les à l’équipe communication. Même une "
                                        "remarque amicale « en off » peut finir imprimée.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Un bad buzz sur un compte personnel devient vite "
                                            "l’affaire de l’entreprise."
                                        ),
                                        (
                                            "Surveillez les volumes inhabituels, les réactions "
                                            "d’inconnus et les captures d’écran."
                                        ),
                                        (
                                            "Première heure : stop, capture, alerte, décision "
                                            "commune, suivi."
                                        ),
                                        (
                                            "Supprimer en silence alimente l’affaire ; corrigez "
                                            "ouvertement, avec votre {referent_title}."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "acting-as-a-referent",
                    "title": {"en": "Acting as a referent", "fr": "Jouer le rôle de référent"},
                    "summary": {
                        "en": (
                            "Understand the referent’s mission and how relay ambassadors keep the "
                            "charter alive across teams."
                        ),
                        "fr": (
                            "Comprenez la mission de votre {referent_title} et la façon dont les "
                            "ambassadeurs relais font vivre la charte dans les équipes."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>The referent’s mission</h2>"
                                    "<p>{referent_name}, our community manager, is the guardian of "
                                    "the charter. The role is a balancing act: firm enough to "
                                    "maintain discipline, warm enough that colleagues keep wanting "
                                    "to speak up. {referent_name} answers questions, reviews "
                                    "sensitive drafts, "
                                    "coordinates the response when a post goes wrong and updates "
                                    "the charter as networks and situations evolve.</p>"
                                    "<p>One person cannot be everywhere. That is why each site and "
                                    "each large team has a relay ambassador: an experienced "
                                    "volunteer who extends the referent’s reach. Once you reach "
                                    "this level, you may be offered the role.</p>"
                                    "<h2>What a relay ambassador does</h2>"
                                    "<ul>"
                                    "<li><strong>Answers first-level questions</strong> from "
                                    "colleagues, using the charter and the FAQ, and forwards "
                                    "anything unusual.</li>"
                                    "<li><strong>Keeps an eye out</strong> for posts from their "
                                    "team that mention the company, without ever prying into "
                                    "anyone’s private life.</li>"
                                    "<li><strong>Escalates quickly</strong> anything sensitive: "
                                    "confidential information, hostile comments, press enquiries, "
                                    "security incidents.</li>"
                                    "<li><strong>Feeds back</strong> recurring questions to the "
                                    "referent, so the charter and the training keep improving.</li>"
                                    "</ul>"
                                    "<h2>Enforcing the charter kindly</h2>"
                                    "<p>When a colleague’s post crosses a line, the goal is to fix "
                                    "it, not to punish. Contact them privately and quickly, "
                                    "explain which rule is at stake and why, suggest a concrete "
                                    "correction, and involve the referent if the post is red or "
                                    "already spreading. Most people are grateful to be warned by a "
                                    "peer before the problem grows.</p>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Firm and friendly",
                                    "do": [
                                        "Step in privately as soon as you notice a problem",
                                        "Explain the reason behind the rule, not just the rule",
                                        "Log recurring questions so that the FAQ stays useful",
                                    ],
                                    "dont": [
                                        "Monitor colleagues’ personal accounts or private groups",
                                        "Threaten sanctions: that is not your role",
                                        (
                                            "Handle a red situation alone instead of alerting the "
                                            "referent"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Keep the door open",
                                    "text": (
                                        "<p>End every correction with an invitation: “Shall we "
                                        "rework it together?” A colleague who feels supported will "
                                        "post again, and better.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        "The referent balances discipline and encouragement.",
                                        (
                                            "Relay ambassadors answer, keep watch, escalate and "
                                            "feed back."
                                        ),
                                        "Correct privately, quickly and with explanations.",
                                        (
                                            "Anything red or already spreading goes straight to "
                                            "the referent."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>La mission de votre {referent_title}</h2>"
                                    "<p>{referent_name}, notre community manager, veille sur "
                                    "la charte. Ce rôle est un exercice d’équilibre : assez de "
                                    "fermeté pour maintenir une discipline, assez de chaleur pour "
                                    "que chacun garde l’envie de s’exprimer. {referent_name} "
                                    "répond aux "
                                    "questions, relit les brouillons délicats, coordonne la "
                                    "réponse quand une publication dérape et fait évoluer la "
                                    "charte au rythme des réseaux et des situations.</p>"
                                    "<p>Une seule personne ne peut pas être partout. C’est "
                                    "pourquoi chaque site et chaque grande équipe compte un "
                                    "ambassadeur relais : un volontaire expérimenté qui prolonge "
                                    "l’action de votre {referent_title}. Arrivé à ce niveau, ce "
                                    "rôle pourra "
                                    "vous être proposé.</p>"
                                    "<h2>Ce que fait un ambassadeur relais</h2>"
                                    "<ul>"
                                    "<li><strong>Il répond aux questions de premier "
                                    "niveau</strong> de ses collègues, à l’aide de la charte et de "
                                    "la FAQ, et transmet tout ce qui sort de l’ordinaire.</li>"
                                    "<li><strong>Il reste attentif</strong> aux publications de "
                                    "son équipe qui mentionnent l’entreprise, sans jamais "
                                    "s’immiscer dans la vie privée de quiconque.</li>"
                                    "<li><strong>Il fait remonter sans attendre</strong> tout "
                                    "sujet sensible : information confidentielle, commentaires "
                                    "hostiles, sollicitation de la presse, incident de "
                                    "sécurité.</li>"
                                    "<li><strong>Il partage</strong> avec votre {referent_title} "
                                    "les "
                                    "questions récurrentes, afin d’améliorer la charte et les "
                                    "formations.</li>"
                                    "</ul>"
                                    "<h2>Faire respecter la charte avec bienveillance</h2>"
                                    "<p>Quand la publication d’un collègue franchit une limite, "
                                    "l’objectif est de corriger, pas de sanctionner. Contactez-le "
                                    "en privé et rapidement, expliquez quelle règle est en jeu et "
                                    "pourquoi, proposez une correction concrète, et impliquez "
                                    "votre "
                                    "{referent_title} si la publication relève du rouge ou circule "
                                    "déjà. "
                                    "La plupart des gens sont reconnaissants d’être prévenus par "
                                    "un pair avant que le problème ne prenne de l’ampleur.</p>"
                                ),
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Ferme et bienveillant",
                                    "do": [
                                        "Intervenir en privé dès que vous repérez un problème",
                                        (
                                            "Expliquer la raison d’être de la règle, pas seulement "
                                            "la règle"
                                        ),
                                        (
                                            "Noter les questions récurrentes pour que la FAQ reste "
                                            "utile"
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Surveiller les comptes personnels ou les groupes "
                                            "privés de vos collègues"
                                        ),
                                        "Brandir des sanctions : ce n’est pas votre rôle",
                                        (
                                            "Gérer seul une situation rouge au lieu d’alerter "
                                            "votre "
                                            "{referent_title}"
                                        ),
                                    ],
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Gardez la porte ouverte",
                                    "text": (
                                        "<p>Terminez chaque correction par une proposition : « On "
                                        "le retravaille ensemble ? » Un collègue qui se sent "
                                        "soutenu publiera de nouveau, et mieux.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        "Votre {referent_title} concilie discipline et "
                                        "encouragement.",
                                        (
                                            "Les ambassadeurs relais répondent, veillent, font "
                                            "remonter et partagent."
                                        ),
                                        "Corrigez en privé, rapidement et en expliquant.",
                                        (
                                            "Tout ce qui est rouge ou circule déjà va directement "
                                            "à votre {referent_title}."
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
