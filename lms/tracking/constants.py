"""xAPI 1.0.3 vocabulary: verbs, activity types and profile IRIs, in one place."""

from dataclasses import dataclass

XAPI_VERSION = "1.0.3"  # the X-Experience-API-Version header; never written into bodies
PLATFORM = "Porte-voix"

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"

CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"


@dataclass(frozen=True)
class Verb:
    id: str
    en: str
    fr: str

    def as_dict(self) -> dict:
        return {"id": self.id, "display": {"en-US": self.en, "fr-FR": self.fr}}


REGISTERED = Verb(ADL_VERBS + "registered", "registered", "s'est inscrit")
LAUNCHED = Verb(ADL_VERBS + "launched", "launched", "a lancé")
INITIALIZED = Verb(ADL_VERBS + "initialized", "initialized", "a initialisé")
EXPERIENCED = Verb(ADL_VERBS + "experienced", "experienced", "a consulté")
ATTEMPTED = Verb(ADL_VERBS + "attempted", "attempted", "a tenté")
ANSWERED = Verb(ADL_VERBS + "answered", "answered", "a répondu")
PASSED = Verb(ADL_VERBS + "passed", "passed", "a réussi")
FAILED = Verb(ADL_VERBS + "failed", "failed", "a échoué")
COMPLETED = Verb(ADL_VERBS + "completed", "completed", "a terminé")
TERMINATED = Verb(ADL_VERBS + "terminated", "terminated", "a quitté")
EARNED = Verb("http://id.tincanapi.com/verb/earned", "earned", "a obtenu")
# Accepting the charter: ADL has no such verb; Activity Streams' "accept" is the one the
# xAPI registry lists.
ACCEPTED = Verb("http://activitystrea.ms/schema/1.0/accept", "accepted", "a accepté")
# Revoking a certificate voids the statement that said it was earned (xAPI 1.0.3, 2.2.4.3).
VOIDED = Verb(ADL_VERBS + "voided", "voided", "a annulé")

ALL_VERBS = (
    REGISTERED,
    LAUNCHED,
    INITIALIZED,
    EXPERIENCED,
    ATTEMPTED,
    ANSWERED,
    PASSED,
    FAILED,
    COMPLETED,
    TERMINATED,
    EARNED,
    ACCEPTED,
    VOIDED,
)

COURSE = ADL_ACTIVITIES + "course"
MODULE = ADL_ACTIVITIES + "module"  # a workshop
LESSON = ADL_ACTIVITIES + "lesson"
ASSESSMENT = ADL_ACTIVITIES + "assessment"
INTERACTION = ADL_ACTIVITIES + "cmi.interaction"
# Certificates, tiers and the charter (no ADL activity type fits better).
CERTIFICATE = "http://id.tincanapi.com/activitytype/certificate"
BADGE = "http://activitystrea.ms/schema/1.0/badge"
POLICY = "http://id.tincanapi.com/activitytype/document"
