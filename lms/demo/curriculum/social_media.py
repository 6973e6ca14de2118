"""Demo curriculum: the "Social-media skills" course (English and French).

Plain data consumed by the demo seeding code; see ``lms.demo.curriculum``.
"""

SOCIAL_MEDIA = {
    "slug": "social-media-skills",
    "title": {"en": "Social-media skills", "fr": "Compétences réseaux sociaux"},
    "summary": {
        "en": (
            "Learn to represent the company on social networks with confidence, from sharing "
            "your first ready-made post to creating original content and coaching colleagues."
        ),
        "fr": (
            "Apprenez à représenter l’entreprise sur les réseaux sociaux en toute confiance, du "
            "premier partage d’un contenu prêt à l’emploi jusqu’à la création de vos propres "
            "publications et à l’accompagnement de vos collègues."
        ),
    },
    "workshops": [
        {
            "slug": "social-media-beginner",
            "level": "beginner",
            "title": {"en": "First steps as an ambassador", "fr": "Premiers pas d’ambassadeur"},
            "summary": {
                "en": (
                    "Set up a credible professional profile and share ready-made content safely, "
                    "without worrying about getting it wrong."
                ),
                "fr": (
                    "Soignez votre profil professionnel et partagez en toute sécurité des contenus "
                    "prêts à l’emploi, sans craindre de mal faire."
                ),
            },
            "duration_minutes": 30,
            "pass_mark": 70,
            "objectives": {
                "en": [
                    (
                        "Explain why posts by employees reach and convince more people than brand "
                        "posts"
                    ),
                    "Set up a professional profile that clearly states where you work",
                    "Share a post from the ambassador content library in under five minutes",
                    "Recognise the situations where you should pause and ask the referent",
                ],
                "fr": [
                    (
                        "Expliquer pourquoi les publications des collaborateurs touchent et "
                        "convainquent davantage que celles de la marque"
                    ),
                    "Construire un profil professionnel qui indique clairement votre employeur",
                    (
                        "Partager une publication de la bibliothèque de contenus en moins de cinq "
                        "minutes"
                    ),
                    "Repérer les situations où il vaut mieux s’arrêter et consulter votre "
                    "{referent_title}",
                ],
            },
            "lessons": [
                {
                    "slug": "why-your-voice-matters",
                    "title": {"en": "Why your voice matters", "fr": "Pourquoi votre voix compte"},
                    "summary": {
                        "en": (
                            "Understand what employee advocacy brings to you and to the company, "
                            "and prepare a profile people can trust."
                        ),
                        "fr": (
                            "Comprenez ce que la prise de parole des collaborateurs vous apporte, "
                            "ainsi qu’à l’entreprise, et préparez un profil qui inspire confiance."
                        ),
                    },
                    "duration_minutes": 10,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>People trust people</h2>"
                                    "<p>When {company} publishes an announcement, "
                                    "readers know it comes from the marketing team. When an "
                                    "engineer who worked on the project shares the same news with "
                                    "two lines about what she learned, readers see a real person "
                                    "vouching for it. That difference is the whole point of an "
                                    "ambassador programme: your network is made of people who know "
                                    "you, and they are far more likely to read, react to and trust "
                                    "what you post than anything signed by a logo.</p>"
                                    "<p>Most of us are already on LinkedIn, Instagram or Facebook. "
                                    "The academy does not ask you to become an influencer. It "
                                    "helps you do what you already do with a little more method, "
                                    "so that talking about your work feels natural and safe.</p>"
                                    "<h2>What it brings, and to whom</h2>"
                                    "<ul>"
                                    "<li><strong>For you:</strong> a visible professional profile, "
                                    "a network that grows around your expertise, and recognition "
                                    "for your work.</li>"
                                    "<li><strong>For your colleagues:</strong> candidates who "
                                    "discover the team through real people, and customers who see "
                                    "the faces behind our products.</li>"
                                    "<li><strong>For the company:</strong> an audience that "
                                    "official accounts rarely reach on their own.</li>"
                                    "</ul>"
                                    "<h2>Start with your profile</h2>"
                                    "<p>Before your first post, take ten minutes to review your "
                                    "profile. It is the first thing people look at when they "
                                    "wonder whether to trust what you share.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Say where you work",
                                    "text": (
                                        "<p>State your role at {company} in your "
                                        "headline or bio. When you talk about the company, your "
                                        "readers are entitled to know that you are an employee. "
                                        "This transparency is what makes your voice credible; it "
                                        "is not a weakness.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Your profile checklist",
                                    "do": [
                                        (
                                            "Use a recent, well-lit photo where your face is "
                                            "clearly visible"
                                        ),
                                        (
                                            "Write a headline that says what you do, not just your "
                                            "job title"
                                        ),
                                        "List {company} as your current employer",
                                        "Check which parts of your profile are visible to everyone",
                                    ],
                                    "dont": [
                                        "Use the company logo as your profile picture",
                                        (
                                            "Present yourself as an official spokesperson for the "
                                            "company"
                                        ),
                                        (
                                            "Leave a former employer or an outdated role in your "
                                            "headline"
                                        ),
                                        "Publish your work phone number or office address",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Your network trusts you more than it trusts a brand "
                                            "account."
                                        ),
                                        (
                                            "Ambassadors are not influencers: you simply talk "
                                            "about your work, with method."
                                        ),
                                        (
                                            "A clear, honest profile is the foundation of "
                                            "everything you will share."
                                        ),
                                        "Always make it visible that you work for {company}.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>On fait confiance aux personnes</h2>"
                                    "<p>Quand {company} publie une annonce, chacun sait "
                                    "qu’elle sort du service marketing. Quand une ingénieure qui a "
                                    "travaillé sur le projet partage la même nouvelle en y "
                                    "ajoutant deux lignes sur ce qu’elle en a retenu, ses lecteurs "
                                    "voient une personne réelle qui s’engage. Toute la force d’un "
                                    "programme d’ambassadeurs est là : votre réseau est composé de "
                                    "gens qui vous connaissent, et ils liront, commenteront et "
                                    "croiront bien plus volontiers ce que vous publiez que ce qui "
                                    "est signé d’un logo.</p>"
                                    "<p>La plupart d’entre nous sont déjà présents sur LinkedIn, "
                                    "Instagram ou Facebook. L’académie ne vous demande pas de "
                                    "devenir influenceur. Elle vous aide à faire ce que vous "
                                    "faites déjà, avec un peu plus de méthode, pour que parler de "
                                    "votre travail devienne naturel et sans risque.</p>"
                                    "<h2>Ce que cela apporte, et à qui</h2>"
                                    "<ul>"
                                    "<li><strong>À vous :</strong> un profil professionnel "
                                    "visible, un réseau qui se construit autour de votre expertise "
                                    "et une reconnaissance de votre travail.</li>"
                                    "<li><strong>À vos collègues :</strong> des candidats qui "
                                    "découvrent l’équipe à travers de vraies personnes, et des "
                                    "clients qui mettent des visages sur nos produits.</li>"
                                    "<li><strong>À l’entreprise :</strong> une audience que les "
                                    "comptes officiels atteignent rarement seuls.</li>"
                                    "</ul>"
                                    "<h2>Commencez par votre profil</h2>"
                                    "<p>Avant votre première publication, prenez dix minutes pour "
                                    "relire votre profil. C’est la première chose que l’on "
                                    "consulte avant de décider de se fier à ce que vous "
                                    "partagez.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Indiquez où vous travaillez",
                                    "text": (
                                        "<p>Mentionnez votre fonction chez {company} "
                                        "dans votre titre ou votre bio. Lorsque vous parlez de "
                                        "l’entreprise, vos lecteurs ont le droit de savoir que "
                                        "vous y travaillez. Cette transparence fait votre "
                                        "crédibilité ; ce n’est pas une faiblesse.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Votre profil en un coup d’œil",
                                    "do": [
                                        (
                                            "Choisir une photo récente et lumineuse où l’on voit "
                                            "bien votre visage"
                                        ),
                                        (
                                            "Rédiger un titre qui dit ce que vous faites, pas "
                                            "seulement l’intitulé de votre poste"
                                        ),
                                        "Indiquer {company} comme employeur actuel",
                                        (
                                            "Vérifier quelles parties de votre profil sont "
                                            "visibles de tous"
                                        ),
                                    ],
                                    "dont": [
                                        "Utiliser le logo de l’entreprise comme photo de profil",
                                        (
                                            "Vous présenter comme porte-parole officiel de "
                                            "l’entreprise"
                                        ),
                                        (
                                            "Laisser un ancien employeur ou un poste dépassé dans "
                                            "votre titre"
                                        ),
                                        (
                                            "Afficher votre numéro de téléphone professionnel ou "
                                            "l’adresse de votre bureau"
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
                                            "Votre réseau vous fait davantage confiance qu’à un "
                                            "compte de marque."
                                        ),
                                        (
                                            "Un ambassadeur n’est pas un influenceur : il parle de "
                                            "son métier, avec méthode."
                                        ),
                                        (
                                            "Un profil clair et honnête est la base de tout ce que "
                                            "vous partagerez."
                                        ),
                                        (
                                            "Rendez toujours visible le fait que vous travaillez "
                                            "chez {company}."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "sharing-ready-made-content",
                    "title": {
                        "en": "Sharing ready-made content safely",
                        "fr": "Partager un contenu prêt à l’emploi en toute sécurité",
                    },
                    "summary": {
                        "en": (
                            "Use the ambassador content library to share approved posts with a "
                            "simple routine that avoids the classic mistakes."
                        ),
                        "fr": (
                            "Utilisez la bibliothèque de contenus pour relayer des publications "
                            "validées grâce à une routine simple qui évite les erreurs classiques."
                        ),
                    },
                    "duration_minutes": 10,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>The content library</h2>"
                                    "<p>Every week, the communications team adds posts to the "
                                    "ambassador content library: product news, job openings, event "
                                    "announcements, articles written by colleagues. Each item has "
                                    "already been checked for accuracy, confidentiality and image "
                                    "rights, and comes with a suggested text that you can publish "
                                    "as it is or adapt. If you are not sure what to talk about, "
                                    "this is the safest place to start.</p>"
                                    "<h2>A five-step routine</h2>"
                                    "<ol>"
                                    "<li><strong>Read the whole thing.</strong> Open the article "
                                    "or watch the video before sharing it: your name goes with "
                                    "it.</li>"
                                    "<li><strong>Pick what speaks to you.</strong> Share content "
                                    "related to your job or your interests; your network notices "
                                    "when it sounds forced.</li>"
                                    "<li><strong>Add one sentence of your own.</strong> A short "
                                    "personal line, such as “Our Lyon team worked on this for a "
                                    "year”, makes a repost far more engaging.</li>"
                                    "<li><strong>Check the preview.</strong> Make sure the link, "
                                    "the image and any mentions display correctly.</li>"
                                    "<li><strong>Stay around.</strong> Come back in the following "
                                    "hours to thank people who react and answer simple "
                                    "questions.</li>"
                                    "</ol>"
                                    "<p>Two or three posts a week is plenty. Regularity matters "
                                    "more than volume, and nobody expects you to share "
                                    "everything.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": ("Julie Martin, maintenance planner at {company}"),
                                    "text": (
                                        "Proud to see our new Aeris heat-recovery unit up and "
                                        "running at Sainte-Anne school in Nantes.\n"
                                        "\n"
                                        "Our team spent months fine-tuning it so that classrooms "
                                        "get fresh air without wasting heat. I’d love to hear how "
                                        "other schools deal with air quality in winter!\n"
                                        "\n"
                                        "#employee #IndoorAir #NorthwindCo"
                                    ),
                                    "note": (
                                        "Julie kept the approved library text but added a personal "
                                        "sentence and a question that invites replies. The "
                                        "#employee hashtag makes it clear that she works for the "
                                        "company."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "When to hold back",
                                    "text": (
                                        "<p>Do not share library content in a hurry if the "
                                        "situation has changed since it was published, for example "
                                        "if a product has been recalled or an event cancelled. If "
                                        "a post suddenly attracts angry comments, stop and contact "
                                        "the referent rather than replying on your own.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The content library is checked in advance: it is the "
                                            "safest place to start."
                                        ),
                                        (
                                            "Read before you share, because your name is attached "
                                            "to the post."
                                        ),
                                        "One personal sentence makes a repost much more engaging.",
                                        (
                                            "Two or three posts a week is enough; regularity beats "
                                            "volume."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>La bibliothèque de contenus</h2>"
                                    "<p>Chaque semaine, l’équipe communication alimente la "
                                    "bibliothèque de contenus des ambassadeurs : actualités "
                                    "produits, offres d’emploi, annonces d’événements, articles "
                                    "rédigés par des collègues. Chaque élément a déjà été vérifié "
                                    "sur le plan de l’exactitude, de la confidentialité et des "
                                    "droits à l’image, et s’accompagne d’un texte suggéré, à "
                                    "publier tel quel ou à adapter. Si vous ne savez pas de quoi "
                                    "parler, c’est le point de départ le plus sûr.</p>"
                                    "<h2>Une routine en cinq étapes</h2>"
                                    "<ol>"
                                    "<li><strong>Lisez jusqu’au bout.</strong> Ouvrez l’article ou "
                                    "regardez la vidéo avant de la partager : votre nom "
                                    "l’accompagne.</li>"
                                    "<li><strong>Choisissez ce qui vous parle.</strong> Relayez "
                                    "des contenus liés à votre métier ou à vos centres d’intérêt ; "
                                    "votre réseau sent très vite quand c’est forcé.</li>"
                                    "<li><strong>Ajoutez une phrase à vous.</strong> Une courte "
                                    "ligne personnelle, comme « Notre équipe lyonnaise a travaillé "
                                    "un an sur ce projet », rend un partage bien plus "
                                    "engageant.</li>"
                                    "<li><strong>Vérifiez l’aperçu.</strong> Assurez-vous que le "
                                    "lien, l’image et les mentions s’affichent correctement.</li>"
                                    "<li><strong>Restez dans les parages.</strong> Revenez dans "
                                    "les heures qui suivent pour remercier ceux qui réagissent et "
                                    "répondre aux questions simples.</li>"
                                    "</ol>"
                                    "<p>Deux ou trois publications par semaine suffisent "
                                    "largement. La régularité compte plus que le volume, et "
                                    "personne n’attend de vous que vous partagiez tout.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Julie Martin, planificatrice de maintenance chez {company}"
                                    ),
                                    "text": (
                                        "Fière de voir notre nouvelle centrale de récupération de "
                                        "chaleur Aeris en service à l’école Sainte-Anne de "
                                        "Nantes.\n"
                                        "\n"
                                        "Notre équipe a passé des mois à la régler pour que les "
                                        "classes profitent d’un air neuf sans gaspiller de "
                                        "chaleur. Curieuse de savoir comment d’autres "
                                        "établissements gèrent la qualité de l’air en hiver !\n"
                                        "\n"
                                        "#collaboratrice #AirIntérieur #NorthwindCie"
                                    ),
                                    "note": (
                                        "Julie a conservé le texte validé de la bibliothèque, mais "
                                        "elle y ajoute une phrase personnelle et une question qui "
                                        "invite à réagir. Le mot-dièse #collaboratrice indique "
                                        "clairement qu’elle travaille pour l’entreprise."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Quand s’abstenir",
                                    "text": (
                                        "<p>Ne partagez pas dans la précipitation un contenu de la "
                                        "bibliothèque si la situation a changé depuis sa mise en "
                                        "ligne, par exemple si un produit fait l’objet d’un rappel "
                                        "ou si un événement est annulé. Si une publication attire "
                                        "soudain des commentaires hostiles, arrêtez-vous et "
                                        "contactez votre {referent_title} plutôt que de répondre "
                                        "seul.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "La bibliothèque de contenus est vérifiée en amont : "
                                            "c’est le point de départ le plus sûr."
                                        ),
                                        (
                                            "Lisez avant de partager, car votre nom est associé à "
                                            "la publication."
                                        ),
                                        (
                                            "Une phrase personnelle rend un partage bien plus "
                                            "engageant."
                                        ),
                                        (
                                            "Deux ou trois publications par semaine suffisent ; la "
                                            "régularité prime sur le volume."
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
            "slug": "social-media-intermediate",
            "level": "intermediate",
            "title": {
                "en": "Make it yours: tone, personal posts and comments",
                "fr": "Trouver sa voix : ton, publications personnelles et commentaires",
            },
            "summary": {
                "en": (
                    "Go beyond resharing: adapt posts to your own voice and to each network, and "
                    "handle comments calmly and tactfully."
                ),
                "fr": (
                    "Allez au-delà du simple partage : adaptez vos publications à votre style et à "
                    "chaque réseau, et gérez les commentaires avec calme et tact."
                ),
            },
            "duration_minutes": 35,
            "pass_mark": 75,
            "objectives": {
                "en": [
                    "Rewrite a ready-made post in your own words without altering the facts",
                    "Adapt format, length and hashtags to LinkedIn, Instagram, X and Facebook",
                    "Answer questions and criticism in comments with the right tone",
                    "Decide which comments to ignore, which to answer and which to escalate",
                ],
                "fr": [
                    (
                        "Réécrire un contenu prêt à l’emploi avec vos propres mots sans altérer "
                        "les faits"
                    ),
                    (
                        "Adapter le format, la longueur et les mots-dièse à LinkedIn, Instagram, X "
                        "et Facebook"
                    ),
                    "Répondre aux questions et aux critiques en commentaire sur le ton juste",
                    (
                        "Savoir quels commentaires ignorer, lesquels traiter et lesquels faire "
                        "remonter"
                    ),
                ],
            },
            "lessons": [
                {
                    "slug": "personalising-your-posts",
                    "title": {
                        "en": "Personalising your posts",
                        "fr": "Personnaliser vos publications",
                    },
                    "summary": {
                        "en": (
                            "Turn a generic announcement into a post that sounds like you and "
                            "suits the network you publish on."
                        ),
                        "fr": (
                            "Transformez une annonce générique en une publication qui vous "
                            "ressemble et qui convient au réseau choisi."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>From announcement to story</h2>"
                                    "<p>A ready-made post tells people what happened. A personal "
                                    "post tells them why it matters to you. The facts stay the "
                                    "same; only the angle changes. Before rewriting, ask yourself "
                                    "three questions: what was my part in this, what surprised me, "
                                    "and who in my network would care?</p>"
                                    "<h3>A simple structure</h3>"
                                    "<ul>"
                                    "<li><strong>A hook</strong> in the first line, because most "
                                    "networks cut the text after two or three lines.</li>"
                                    "<li><strong>One idea</strong> per post, illustrated by a "
                                    "detail only you could know.</li>"
                                    "<li><strong>An opening</strong> at the end: a question, a "
                                    "link or an invitation to get in touch.</li>"
                                    "</ul>"
                                    "<h2>Adapt to the network</h2>"
                                    "<p>On LinkedIn, short paragraphs and a professional yet warm "
                                    "tone work well. On Instagram, the picture comes first and the "
                                    "caption supports it. On X, keep to one sharp idea and a link. "
                                    "Facebook suits local news and events. Use two or three "
                                    "relevant hashtags rather than ten, and only tag colleagues or "
                                    "partners who have agreed to it.</p>"
                                    "<p>Personalising never means embellishing. Do not round "
                                    "figures up, promise delivery dates or add information that is "
                                    "not in the original content.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": "Karim Benali, field technician at {company}",
                                    "text": (
                                        "Last Tuesday, 6 a.m., minus 4 °C outside: our crew "
                                        "switched Sainte-Anne school in Nantes over to its new "
                                        "ventilation system before the first pupils arrived.\n"
                                        "\n"
                                        "What I’ll remember is the caretaker telling us that the "
                                        "classrooms no longer feel stuffy by 10 o’clock.\n"
                                        "\n"
                                        "That’s why I love this job. Have you noticed the "
                                        "difference good ventilation makes where you work?\n"
                                        "\n"
                                        "#employee #Ventilation #NorthwindCo"
                                    ),
                                    "note": (
                                        "Karim opens with a concrete scene, shares a detail only "
                                        "he witnessed and ends with a question. The facts are "
                                        "identical to the library version; only the angle is his."
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Personalising responsibly",
                                    "do": [
                                        "Start from a real moment you lived or observed",
                                        "Keep figures, dates and names exactly as approved",
                                        "Read your post aloud before publishing it",
                                    ],
                                    "dont": [
                                        "Invent an anecdote to make the post more striking",
                                        "Add unannounced details about a customer or a project",
                                        "Paste the library text word for word on every network",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Same facts, your angle: that is what personalising means.",
                                        (
                                            "A hook in the first line, one idea, an opening at the "
                                            "end."
                                        ),
                                        "Each network has its own codes; adapt length and format.",
                                        (
                                            "Never embellish figures or reveal details that were "
                                            "not approved."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>De l’annonce au récit</h2>"
                                    "<p>Un contenu prêt à l’emploi dit ce qui s’est passé. Une "
                                    "publication personnelle explique pourquoi cela compte pour "
                                    "vous. Les faits restent les mêmes ; seul l’angle change. "
                                    "Avant de réécrire, posez-vous trois questions : quel a été "
                                    "mon rôle, qu’est-ce qui m’a surpris, et qui, dans mon réseau, "
                                    "pourrait s’y intéresser ?</p>"
                                    "<h3>Une structure simple</h3>"
                                    "<ul>"
                                    "<li><strong>Une accroche</strong> dès la première ligne, car "
                                    "la plupart des réseaux coupent le texte au bout de deux ou "
                                    "trois lignes.</li>"
                                    "<li><strong>Une seule idée</strong> par publication, "
                                    "illustrée par un détail que vous êtes seul à connaître.</li>"
                                    "<li><strong>Une ouverture</strong> pour finir : une question, "
                                    "un lien ou une invitation à échanger.</li>"
                                    "</ul>"
                                    "<h2>Adaptez-vous au réseau</h2>"
                                    "<p>Sur LinkedIn, des paragraphes courts et un ton "
                                    "professionnel mais chaleureux fonctionnent bien. Sur "
                                    "Instagram, l’image passe en premier et la légende "
                                    "l’accompagne. Sur X, on s’en tient à une idée percutante et à "
                                    "un lien. Facebook se prête aux nouvelles de proximité et aux "
                                    "événements. Préférez deux ou trois mots-dièse pertinents à "
                                    "une dizaine, et n’identifiez que les collègues ou partenaires "
                                    "qui vous ont donné leur accord.</p>"
                                    "<p>Personnaliser ne veut jamais dire enjoliver. N’arrondissez "
                                    "pas les chiffres à la hausse, ne promettez pas de date de "
                                    "livraison et n’ajoutez aucune information absente du contenu "
                                    "d’origine.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Karim Benali, technicien d’intervention chez {company}"
                                    ),
                                    "text": (
                                        "Mardi dernier, 6 h du matin, -4 °C dehors : notre équipe "
                                        "a basculé l’école Sainte-Anne de Nantes sur sa nouvelle "
                                        "ventilation avant l’arrivée des premiers élèves.\n"
                                        "\n"
                                        "Ce que je retiendrai, c’est le gardien qui nous a dit que "
                                        "les salles ne sentent plus le renfermé dès 10 h.\n"
                                        "\n"
                                        "C’est pour ce genre de moment que j’aime mon métier. Et "
                                        "vous, avez-vous remarqué ce que change une bonne "
                                        "ventilation sur votre lieu de travail ?\n"
                                        "\n"
                                        "#collaborateur #Ventilation #NorthwindCie"
                                    ),
                                    "note": (
                                        "Karim commence par une scène concrète, partage un détail "
                                        "dont il a été le seul témoin et termine par une question. "
                                        "Les faits sont identiques à ceux de la bibliothèque ; "
                                        "seul l’angle lui appartient."
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Personnaliser avec discernement",
                                    "do": [
                                        "Partir d’un moment réel que vous avez vécu ou observé",
                                        (
                                            "Conserver à l’identique les chiffres, dates et noms "
                                            "validés"
                                        ),
                                        "Relire votre texte à voix haute avant de le publier",
                                    ],
                                    "dont": [
                                        "Inventer une anecdote pour rendre le post plus frappant",
                                        (
                                            "Ajouter des détails non annoncés sur un client ou un "
                                            "projet"
                                        ),
                                        (
                                            "Coller mot pour mot le texte de la bibliothèque sur "
                                            "tous les réseaux"
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
                                            "Mêmes faits, votre regard : voilà ce que signifie "
                                            "personnaliser."
                                        ),
                                        (
                                            "Une accroche dès la première ligne, une seule idée, "
                                            "une ouverture pour finir."
                                        ),
                                        (
                                            "Chaque réseau a ses codes : adaptez la longueur et le "
                                            "format."
                                        ),
                                        (
                                            "N’enjolivez jamais les chiffres et ne révélez rien "
                                            "qui n’ait été validé."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "handling-comments",
                    "title": {
                        "en": "Handling comments with tact",
                        "fr": "Gérer les commentaires avec tact",
                    },
                    "summary": {
                        "en": (
                            "Learn to sort comments, reply in the right tone and recognise when a "
                            "conversation should be handed over to the referent."
                        ),
                        "fr": (
                            "Apprenez à trier les commentaires, à répondre sur le bon ton et à "
                            "reconnaître le moment où il faut passer la main à votre "
                            "{referent_title}."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Comments are the conversation</h2>"
                                    "<p>Comments are where a post comes to life, and where most "
                                    "awkward situations begin. A good habit is to sort each "
                                    "comment into one of four groups before reacting.</p>"
                                    "<ul>"
                                    "<li><strong>Thanks and encouragement:</strong> a short, warm "
                                    "reply or a simple like is enough.</li>"
                                    "<li><strong>Genuine questions:</strong> answer if the "
                                    "information is public; otherwise point to the right page or "
                                    "say you will find out.</li>"
                                    "<li><strong>Criticism and complaints:</strong> acknowledge "
                                    "them, stick to the facts and offer to continue in private or "
                                    "through customer service.</li>"
                                    "<li><strong>Provocation, insults or trolling:</strong> do not "
                                    "engage. Hide or report the comment if needed, and let the "
                                    "referent know.</li>"
                                    "</ul>"
                                    "<h2>Finding the right tone</h2>"
                                    "<p>Write as you would speak to someone standing in front of "
                                    "you at a trade fair: courteous, simple, never sarcastic. "
                                    "Thank people for their feedback, even when it stings. "
                                    "Remember that you are replying to one person but writing for "
                                    "everyone who will read the thread later.</p>"
                                    "<p>You never have to answer within the minute. A calm reply "
                                    "an hour later is better than a defensive one straight away. "
                                    "Nor do you have to handle everything: questions about prices, "
                                    "contracts, incidents or legal matters belong to the people in "
                                    "charge of them.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Hand over, don’t argue",
                                    "text": (
                                        "<p>If a comment mentions an accident, a legal threat, a "
                                        "journalist, personal data or a customer dispute, do not "
                                        "reply. Take a screenshot, send the link to "
                                        "{referent_name}, "
                                        "our social-media referent, who coordinates the "
                                        "answer.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Replying to a critical comment",
                                    "do": [
                                        (
                                            "Thank the person and restate their concern in neutral "
                                            "terms"
                                        ),
                                        "Give verifiable facts or point to an official source",
                                        "Offer a private channel to continue the discussion",
                                    ],
                                    "dont": [
                                        "Delete a critical comment just because it is unpleasant",
                                        "Reply in anger, with irony or in capital letters",
                                        "Speculate about causes or promise compensation",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Sort each comment before reacting: thanks, question, "
                                            "criticism or provocation."
                                        ),
                                        (
                                            "Reply as if face to face, knowing that many others "
                                            "will read it."
                                        ),
                                        (
                                            "A calm answer an hour later beats a defensive one "
                                            "right away."
                                        ),
                                        (
                                            "Sensitive topics go to the referent, not into the "
                                            "comment thread."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Les commentaires, c’est la conversation</h2>"
                                    "<p>C’est dans les commentaires qu’une publication prend vie, "
                                    "et c’est aussi là que naissent la plupart des situations "
                                    "délicates. Prenez l’habitude de ranger chaque commentaire "
                                    "dans l’une des quatre catégories suivantes avant de "
                                    "réagir.</p>"
                                    "<ul>"
                                    "<li><strong>Remerciements et encouragements :</strong> une "
                                    "réponse courte et chaleureuse, ou une simple mention « J’aime "
                                    "», suffit.</li>"
                                    "<li><strong>Vraies questions :</strong> répondez si "
                                    "l’information est publique ; sinon, renvoyez vers la bonne "
                                    "page ou indiquez que vous allez vous renseigner.</li>"
                                    "<li><strong>Critiques et réclamations :</strong> prenez-en "
                                    "acte, restez factuel et proposez de poursuivre en privé ou "
                                    "avec le service client.</li>"
                                    "<li><strong>Provocations, insultes ou trolls :</strong> "
                                    "n’entrez pas dans le jeu. Masquez ou signalez le commentaire "
                                    "si besoin, et prévenez votre {referent_title}.</li>"
                                    "</ul>"
                                    "<h2>Trouver le ton juste</h2>"
                                    "<p>Écrivez comme si vous parliez à quelqu’un en face de vous "
                                    "sur un salon professionnel : avec courtoisie, simplicité et "
                                    "sans la moindre ironie. Remerciez pour le retour, même quand "
                                    "il pique. Gardez en tête que vous répondez à une personne, "
                                    "mais que vous écrivez pour tous ceux qui liront l’échange "
                                    "plus tard.</p>"
                                    "<p>Rien ne vous oblige à répondre dans la minute. Une réponse "
                                    "posée une heure plus tard vaut mieux qu’une réaction "
                                    "défensive immédiate. Et vous n’avez pas à tout traiter : les "
                                    "questions de prix, de contrats, d’incidents ou d’ordre "
                                    "juridique relèvent des personnes qui en ont la charge.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Passez la main, ne polémiquez pas",
                                    "text": (
                                        "<p>Si un commentaire évoque un accident, une menace de "
                                        "poursuites, un journaliste, des données personnelles ou "
                                        "un litige client, ne répondez pas. Faites une capture "
                                        "d’écran, transmettez le lien à {referent_name}, notre "
                                        "{referent_title} réseaux sociaux, et laissez-lui la "
                                        "coordination "
                                        "de la réponse.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Répondre à une critique",
                                    "do": [
                                        (
                                            "Remercier la personne et reformuler son inquiétude en "
                                            "termes neutres"
                                        ),
                                        (
                                            "Donner des faits vérifiables ou renvoyer vers une "
                                            "source officielle"
                                        ),
                                        "Proposer un canal privé pour poursuivre l’échange",
                                    ],
                                    "dont": [
                                        (
                                            "Supprimer un commentaire critique au seul motif qu’il "
                                            "est désagréable"
                                        ),
                                        (
                                            "Répondre sous le coup de la colère, avec ironie ou en "
                                            "majuscules"
                                        ),
                                        (
                                            "Avancer des hypothèses sur les causes ou promettre un "
                                            "dédommagement"
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
                                            "Classez chaque commentaire avant de réagir : "
                                            "remerciement, question, critique ou provocation."
                                        ),
                                        (
                                            "Répondez comme en face à face, en sachant que "
                                            "beaucoup d’autres vous liront."
                                        ),
                                        (
                                            "Une réponse posée une heure plus tard vaut mieux "
                                            "qu’une réaction défensive immédiate."
                                        ),
                                        (
                                            "Les sujets sensibles vont à votre {referent_title}, "
                                            "pas dans le "
                                            "fil des commentaires."
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
            "slug": "social-media-expert",
            "level": "expert",
            "title": {
                "en": "Create, measure and lead the way",
                "fr": "Créer, mesurer et entraîner les autres",
            },
            "summary": {
                "en": (
                    "Produce original content around your expertise, measure what works and help "
                    "colleagues find their own voice."
                ),
                "fr": (
                    "Produisez des contenus originaux autour de votre expertise, mesurez ce qui "
                    "fonctionne et aidez vos collègues à trouver leur propre voix."
                ),
            },
            "duration_minutes": 40,
            "pass_mark": 80,
            "objectives": {
                "en": [
                    "Plan a month of original content around two or three topics you master",
                    "Choose the right format while respecting image rights, consent and copyright",
                    "Read your statistics to improve your posts rather than chase vanity metrics",
                    "Coach a hesitant colleague through their first posts",
                ],
                "fr": [
                    (
                        "Planifier un mois de contenus originaux autour de deux ou trois sujets "
                        "que vous maîtrisez"
                    ),
                    (
                        "Choisir le bon format en respectant le droit à l’image, le consentement "
                        "et le droit d’auteur"
                    ),
                    (
                        "Lire vos statistiques pour progresser plutôt que courir après les "
                        "indicateurs flatteurs"
                    ),
                    "Accompagner un collègue hésitant dans ses premières publications",
                ],
            },
            "lessons": [
                {
                    "slug": "creating-original-content",
                    "title": {
                        "en": "Creating original content",
                        "fr": "Créer des contenus originaux",
                    },
                    "summary": {
                        "en": (
                            "Build an editorial line from your expertise, choose formats wisely "
                            "and measure the results that matter."
                        ),
                        "fr": (
                            "Construisez une ligne éditoriale à partir de votre expertise, "
                            "choisissez les bons formats et mesurez les résultats qui comptent."
                        ),
                    },
                    "duration_minutes": 15,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Define your editorial line</h2>"
                                    "<p>Experienced ambassadors no longer wait for the content "
                                    "library: they write their own posts. The key is focus. Choose "
                                    "two or three topics on which you have real experience, such "
                                    "as indoor air quality, maintenance planning or being a woman "
                                    "in engineering, and connect everything you publish to one of "
                                    "them, so that your followers know what to expect.</p>"
                                    "<h3>Formats that work</h3>"
                                    "<ul>"
                                    "<li><strong>The field story:</strong> the situation, what you "
                                    "did, what you learned. Short and concrete.</li>"
                                    "<li><strong>The explainer:</strong> a carousel or short video "
                                    "answering a question customers often ask.</li>"
                                    "<li><strong>The curated read:</strong> an article from "
                                    "another source, with your view on what it gets right or "
                                    "wrong.</li>"
                                    "<li><strong>The in-depth article:</strong> once a quarter, a "
                                    "longer piece on LinkedIn or the company blog.</li>"
                                    "</ul>"
                                    "<h2>Rights and consent</h2>"
                                    "<p>Creating content brings new responsibilities. Only use "
                                    "images you took yourself or that the company provides, ask "
                                    "colleagues before showing their faces, never film on a "
                                    "customer site without written permission, and avoid "
                                    "commercial music in videos. If you have any doubt about "
                                    "confidentiality, send your draft to the referent: a quick "
                                    "review is always better than a deletion.</p>"
                                    "<h2>Measure what matters</h2>"
                                    "<p>Impressions tell you how many people saw a post; comments "
                                    "and messages tell you whether it started a conversation. "
                                    "Review your statistics once a month, keep what sparked real "
                                    "exchanges and drop the rest.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Sophie Lambert, indoor air quality engineer at {company}"
                                    ),
                                    "text": (
                                        "“Should we open the windows or trust the ventilation?”\n"
                                        "\n"
                                        "I hear this in almost every school we equip. My honest "
                                        "answer: both, but not at the same time.\n"
                                        "\n"
                                        "1. Ventilation renews the air continuously, even when "
                                        "nobody thinks about it.\n"
                                        "2. Opening wide for five minutes between lessons helps "
                                        "after a busy class.\n"
                                        "3. Leaving windows ajar all day in winter mostly heats "
                                        "the playground.\n"
                                        "\n"
                                        "What question do people ask you most about your job?\n"
                                        "\n"
                                        "#employee #IndoorAir #Schools"
                                    ),
                                    "note": (
                                        "Sophie answers a real customer question from her own "
                                        "expertise, in a list that is easy to skim. No "
                                        "confidential figures, no customer names, and a closing "
                                        "question that invites peers to join in."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "The three-reader test",
                                    "text": (
                                        "<p>Before publishing an original post, ask yourself: "
                                        "would I be comfortable if my manager, a customer and a "
                                        "competitor all read it today? If one of them makes you "
                                        "hesitate, rework the post or ask for a second opinion.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Focus on two or three topics where your experience is "
                                            "real."
                                        ),
                                        (
                                            "Vary formats: field stories, explainers, curated "
                                            "reads, occasional in-depth articles."
                                        ),
                                        (
                                            "Respect image rights, consent and confidentiality in "
                                            "everything you create."
                                        ),
                                        "Judge success by conversations, not only by impressions.",
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Définissez votre ligne éditoriale</h2>"
                                    "<p>Les ambassadeurs aguerris n’attendent plus la bibliothèque "
                                    "de contenus : ils rédigent leurs propres publications. La "
                                    "clé, c’est la cohérence. Choisissez deux ou trois sujets sur "
                                    "lesquels vous avez une vraie expérience, comme la qualité de "
                                    "l’air intérieur, la planification de la maintenance ou la "
                                    "place des femmes dans l’ingénierie, et rattachez-y tout ce "
                                    "que vous publiez, afin que ceux qui vous suivent sachent à "
                                    "quoi s’attendre.</p>"
                                    "<h3>Les formats qui fonctionnent</h3>"
                                    "<ul>"
                                    "<li><strong>Le récit de terrain :</strong> la situation, ce "
                                    "que vous avez fait, ce que vous en avez appris. Court et "
                                    "concret.</li>"
                                    "<li><strong>Le décryptage :</strong> un carrousel ou une "
                                    "courte vidéo qui répond à une question fréquente des "
                                    "clients.</li>"
                                    "<li><strong>La lecture commentée :</strong> un article d’une "
                                    "autre source, avec votre avis sur ce qu’il dit de juste ou "
                                    "d’inexact.</li>"
                                    "<li><strong>L’article de fond :</strong> une fois par "
                                    "trimestre, un texte plus long sur LinkedIn ou sur le blog de "
                                    "l’entreprise.</li>"
                                    "</ul>"
                                    "<h2>Droits et consentement</h2>"
                                    "<p>Créer ses contenus implique de nouvelles responsabilités. "
                                    "N’utilisez que des images prises par vous ou fournies par "
                                    "l’entreprise, demandez l’accord de vos collègues avant de "
                                    "montrer leur visage, ne filmez jamais chez un client sans "
                                    "autorisation écrite et évitez la musique commerciale dans vos "
                                    "vidéos. Au moindre doute sur la confidentialité, soumettez "
                                    "votre brouillon à votre {referent_title} : une relecture "
                                    "rapide vaut "
                                    "toujours mieux qu’une suppression.</p>"
                                    "<h2>Mesurez ce qui compte</h2>"
                                    "<p>Les impressions indiquent combien de personnes ont vu une "
                                    "publication ; les commentaires et les messages montrent si "
                                    "elle a lancé une conversation. Faites le point sur vos "
                                    "statistiques une fois par mois, gardez ce qui a suscité de "
                                    "vrais échanges et abandonnez le reste.</p>"
                                ),
                            ),
                            (
                                "example_post",
                                {
                                    "network": "linkedin",
                                    "author": (
                                        "Sophie Lambert, ingénieure qualité de l’air intérieur "
                                        "chez {company}"
                                    ),
                                    "text": (
                                        "« Faut-il ouvrir les fenêtres ou faire confiance à la "
                                        "ventilation ? »\n"
                                        "\n"
                                        "On me pose la question dans presque chaque école que nous "
                                        "équipons. Ma réponse honnête : les deux, mais pas en même "
                                        "temps.\n"
                                        "\n"
                                        "1. La ventilation renouvelle l’air en continu, même quand "
                                        "personne n’y pense.\n"
                                        "2. Ouvrir grand cinq minutes entre deux cours aide après "
                                        "une séance chargée.\n"
                                        "3. Laisser les fenêtres entrouvertes toute la journée en "
                                        "hiver chauffe surtout la cour.\n"
                                        "\n"
                                        "Et vous, quelle question vous pose-t-on le plus souvent "
                                        "sur votre métier ?\n"
                                        "\n"
                                        "#collaboratrice #AirIntérieur #Écoles"
                                    ),
                                    "note": (
                                        "Sophie répond à une vraie question de clients en "
                                        "s’appuyant sur son expertise, sous forme de liste facile "
                                        "à parcourir. Aucun chiffre confidentiel, aucun nom de "
                                        "client, et une question finale qui invite ses pairs à "
                                        "réagir."
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Le test des trois lecteurs",
                                    "text": (
                                        "<p>Avant de publier un contenu original, demandez-vous : "
                                        "serais-je à l’aise si mon manager, un client et un "
                                        "concurrent le lisaient aujourd’hui ? Si l’un d’eux vous "
                                        "fait hésiter, retravaillez le texte ou demandez un second "
                                        "avis.</p>"
                                    ),
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "Concentrez-vous sur deux ou trois sujets où votre "
                                            "expérience est réelle."
                                        ),
                                        (
                                            "Variez les formats : récits de terrain, décryptages, "
                                            "lectures commentées, articles de fond ponctuels."
                                        ),
                                        (
                                            "Respectez droits à l’image, consentement et "
                                            "confidentialité dans tout ce que vous créez."
                                        ),
                                        (
                                            "Mesurez le succès aux conversations, pas seulement "
                                            "aux impressions."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                },
                {
                    "slug": "mentoring-colleagues",
                    "title": {"en": "Mentoring colleagues", "fr": "Accompagner vos collègues"},
                    "summary": {
                        "en": (
                            "Help hesitant colleagues take their first steps, run a peer session "
                            "and act as a relay between the team and the referent."
                        ),
                        "fr": (
                            "Aidez les collègues hésitants à se lancer, animez une séance entre "
                            "pairs et faites le lien entre l’équipe et votre {referent_title}."
                        ),
                    },
                    "duration_minutes": 12,
                    "body": {
                        "en": [
                            (
                                "rich_text",
                                (
                                    "<h2>Why peers make the difference</h2>"
                                    "<p>Many colleagues never post, not because they have nothing "
                                    "to say, but because they are afraid of getting it wrong and "
                                    "being blamed for it. Training helps, but nothing is as "
                                    "reassuring as a colleague who has been there. As an "
                                    "experienced ambassador, you can lower that barrier.</p>"
                                    "<h2>Meet people where they are</h2>"
                                    "<p>Not everyone starts from the same place. Some colleagues "
                                    "only need a nudge; others have never written a post in their "
                                    "life. Adjust your help accordingly.</p>"
                                    "<ul>"
                                    "<li><strong>Beginners:</strong> show them the content "
                                    "library, share a first ready-made post together and celebrate "
                                    "the first reactions.</li>"
                                    "<li><strong>Occasional posters:</strong> help them add a "
                                    "personal sentence and choose the right network for their "
                                    "audience.</li>"
                                    "<li><strong>Confident ambassadors:</strong> brainstorm topics "
                                    "with them and review their drafts when they ask.</li>"
                                    "</ul>"
                                    "<h2>Run a 30-minute peer session</h2>"
                                    "<ol>"
                                    "<li>Ten minutes to look at three good posts by colleagues and "
                                    "discuss why they work.</li>"
                                    "<li>Ten minutes for everyone to draft a post on their own "
                                    "topic.</li>"
                                    "<li>Ten minutes of friendly feedback in pairs, with the "
                                    "charter at hand.</li>"
                                    "</ol>"
                                    "<p>Finally, be a relay. If you notice a post that could cause "
                                    "trouble, a colleague under pressure in the comments or a "
                                    "question you cannot answer, pass it on to the referent "
                                    "quickly and discreetly.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Praise in public, correct in private",
                                    "text": (
                                        "<p>Like and comment on colleagues’ first posts to "
                                        "encourage them. If something needs to change, send a "
                                        "private message with a suggestion, never a public "
                                        "remark.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Mentoring well",
                                    "do": [
                                        "Share your own early mistakes and what they taught you",
                                        "Let everyone choose their topics and their pace",
                                        (
                                            "Refer to the charter and the referent rather than "
                                            "inventing rules"
                                        ),
                                    ],
                                    "dont": [
                                        "Pressure anyone to post or to reach a number of shares",
                                        "Rewrite a colleague’s post until it sounds like you",
                                        "Criticise a post in public, even as a joke",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Fear of getting it wrong is the main barrier, and "
                                            "peers are best placed to lower it."
                                        ),
                                        "Adapt your help to each colleague’s starting point.",
                                        (
                                            "A short peer session with real examples builds "
                                            "confidence quickly."
                                        ),
                                        (
                                            "You are a relay: report problems to the referent "
                                            "early and discreetly."
                                        ),
                                    ],
                                },
                            ),
                        ],
                        "fr": [
                            (
                                "rich_text",
                                (
                                    "<h2>Pourquoi les pairs font la différence</h2>"
                                    "<p>Beaucoup de collègues ne publient jamais, non parce qu’ils "
                                    "n’ont rien à dire, mais parce qu’ils craignent de mal faire "
                                    "et de se le voir reprocher. Une formation aide, mais rien ne "
                                    "rassure autant qu’un collègue qui est passé par là. En tant "
                                    "qu’ambassadeur expérimenté, vous pouvez lever ce frein.</p>"
                                    "<h2>Partir de là où en est chacun</h2>"
                                    "<p>Tout le monde ne part pas du même point. Certains ont "
                                    "juste besoin d’un coup de pouce ; d’autres n’ont jamais "
                                    "rédigé la moindre publication. Adaptez votre aide.</p>"
                                    "<ul>"
                                    "<li><strong>Débutants :</strong> montrez-leur la bibliothèque "
                                    "de contenus, partagez ensemble un premier post prêt à "
                                    "l’emploi et saluez les premières réactions.</li>"
                                    "<li><strong>Publieurs occasionnels :</strong> aidez-les à "
                                    "ajouter une phrase personnelle et à choisir le réseau adapté "
                                    "à leur public.</li>"
                                    "<li><strong>Ambassadeurs confirmés :</strong> cherchez des "
                                    "idées de sujets avec eux et relisez leurs brouillons s’ils le "
                                    "souhaitent.</li>"
                                    "</ul>"
                                    "<h2>Animer une séance de 30 minutes entre pairs</h2>"
                                    "<ol>"
                                    "<li>Dix minutes pour examiner trois bonnes publications de "
                                    "collègues et comprendre pourquoi elles fonctionnent.</li>"
                                    "<li>Dix minutes pour que chacun rédige un post sur son propre "
                                    "sujet.</li>"
                                    "<li>Dix minutes de retours bienveillants en binôme, la charte "
                                    "à portée de main.</li>"
                                    "</ol>"
                                    "<p>Enfin, soyez un relais. Si vous repérez une publication "
                                    "qui pourrait poser problème, un collègue malmené dans les "
                                    "commentaires ou une question à laquelle vous ne savez pas "
                                    "répondre, transmettez-la rapidement et discrètement à votre "
                                    "{referent_title}.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Féliciter en public, corriger en privé",
                                    "text": (
                                        "<p>Aimez et commentez les premières publications de vos "
                                        "collègues pour les encourager. Si quelque chose doit "
                                        "changer, envoyez un message privé avec une suggestion, "
                                        "jamais une remarque publique.</p>"
                                    ),
                                },
                            ),
                            (
                                "do_dont",
                                {
                                    "title": "Bien accompagner",
                                    "do": [
                                        (
                                            "Raconter vos propres erreurs de débutant et ce "
                                            "qu’elles vous ont appris"
                                        ),
                                        "Laisser chacun choisir ses sujets et son rythme",
                                        (
                                            "Renvoyer vers la charte et votre {referent_title} "
                                            "plutôt que "
                                            "d’inventer des règles"
                                        ),
                                    ],
                                    "dont": [
                                        (
                                            "Mettre la pression pour publier ou atteindre un "
                                            "nombre de partages"
                                        ),
                                        (
                                            "Réécrire le post d’un collègue jusqu’à ce qu’il vous "
                                            "ressemble"
                                        ),
                                        "Critiquer une publication en public, même pour plaisanter",
                                    ],
                                },
                            ),
                            (
                                "takeaways",
                                {
                                    "title": "À retenir",
                                    "items": [
                                        (
                                            "La peur de mal faire est le principal frein, et ce "
                                            "sont les pairs qui le lèvent le mieux."
                                        ),
                                        "Adaptez votre aide au point de départ de chaque collègue.",
                                        (
                                            "Une courte séance entre pairs, avec de vrais "
                                            "exemples, donne vite confiance."
                                        ),
                                        (
                                            "Vous êtes un relais : signalez les problèmes à votre "
                                            "{referent_title} tôt et discrètement."
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
