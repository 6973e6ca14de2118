"""The three roles of the academy and what each may do. Least privilege: each group gets
only the permissions its job needs; learners get none in the admin."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

LEARNERS = "Learners"
TRAINERS = "Trainers"
HR = "HR"
# The community manager(s) who answer learners' questions (the site's named referent).
REFERENTS = "Referents"

# Model permissions by group, as "app_label.codename".
MODEL_PERMISSIONS = {
    LEARNERS: [],
    TRAINERS: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        "courses.add_enrollment",
        "courses.view_enrollment",
        "simple_translation.submit_translation",
        "quizzes.add_quiz",
        "quizzes.change_quiz",
        "quizzes.delete_quiz",
        "quizzes.view_quiz",
        "quizzes.add_question",
        "quizzes.change_question",
        "quizzes.delete_question",
        "quizzes.view_question",
        # Certificates: write the templates; see and revoke issued certificates.
        "certificates.add_certificatetemplate",
        "certificates.change_certificatetemplate",
        "certificates.delete_certificatetemplate",
        "certificates.view_certificatetemplate",
        "certificates.view_certificate",
        "certificates.change_certificate",
        # Advocacy: the tiers and the content kit (the charter is a page).
        "advocacy.add_tier",
        "advocacy.change_tier",
        "advocacy.delete_tier",
        "advocacy.view_tier",
        "advocacy.add_contentpost",
        "advocacy.change_contentpost",
        "advocacy.delete_contentpost",
        "advocacy.view_contentpost",
        # Gamification (lms.gamification): badges, the value of each point rule, and the
        # payouts the cheat guard refused (read-only).
        "gamification.add_badge",
        "gamification.change_badge",
        "gamification.delete_badge",
        "gamification.view_badge",
        "gamification.change_pointrule",
        "gamification.view_pointrule",
        "gamification.view_refusedaward",
    ],
    HR: [
        "wagtailadmin.access_admin",
        "courses.add_enrollment",
        "courses.view_enrollment",
        "accounts.view_learnerprofile",
        # xAPI tracking: read statements and delivery states, retry parked deliveries
        # (change_delivery), and configure the LRS destinations. Trainers get none of it.
        "tracking.view_statement",
        "tracking.view_delivery",
        "tracking.change_delivery",
        "tracking.view_destination",
        "tracking.add_destination",
        "tracking.change_destination",
        "tracking.delete_destination",
        # Certificates: see, download and revoke; who accepted the charter; tier history.
        "certificates.view_certificate",
        "certificates.change_certificate",
        "advocacy.view_charteracceptance",
        "advocacy.view_learnertier",
        "advocacy.view_tierchange",
        # Reports, exports, the employee import and the pull API's keys.
        "reports.view_completion_report",
        "reports.export_completions",
        "reports.import_employees",
        "reports.view_exportlog",
        "reports.view_apikey",
        "reports.add_apikey",
        "reports.change_apikey",
        # Gamification (lms.gamification): the leaderboard switches (on/off, initials) and
        # the CSV export of a leaderboard (opted-in learners only).
        "gamification.change_gamificationsettings",
        "gamification.export_leaderboard",
        # SCIM provisioning (lms/scim): see the directories, revoke a token, read the log.
        # Creating a token (add_scimdirectory) is for administrators only: it can create and
        # deactivate every learner account.
        "scim.view_scimdirectory",
        "scim.change_scimdirectory",
        "scim.view_scimrequest",
        # Corporate sign-in (lms.sso): HR sees the identity providers; only administrators
        # change them (an IdP decides who signs in as whom, see docs/decisions/0020).
        "sso.view_identityprovider",
    ],
    REFERENTS: [
        "wagtailadmin.access_admin",
        "advocacy.view_referentquestion",
        "advocacy.answer_referentquestion",
    ],
}

# Page permissions granted on the root of the page tree (so every academy is covered).
PAGE_PERMISSIONS = {
    TRAINERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    HR: [],
    LEARNERS: [],
    REFERENTS: [],
}

# Collection permissions (images and documents) granted on the root collection.
COLLECTION_PERMISSIONS = {
    TRAINERS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}


def _permission(dotted: str) -> Permission | None:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


@transaction.atomic
def roles_sync() -> dict[str, Group]:
    """Create the groups and (re)grant exactly the permissions listed above. Idempotent."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    groups = {}
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, dotted_names in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [p for p in (_permission(d) for d in dotted_names) if p]
        group.permissions.set(permissions)
        if root_page is not None:
            for codename in PAGE_PERMISSIONS.get(name, []):
                permission = Permission.objects.filter(
                    content_type__app_label="wagtailcore", codename=codename
                ).first()
                if permission:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root_page, permission=permission
                    )
        if root_collection is not None:
            for dotted in COLLECTION_PERMISSIONS.get(name, []):
                permission = _permission(dotted)
                if permission:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=root_collection, permission=permission
                    )
        groups[name] = group
    return groups


def roles_sync_after_migrate(sender, **kwargs):
    # post_migrate is sent once per app; permissions of every app exist only after the last.
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        roles_sync()
