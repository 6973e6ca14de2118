from django.urls import re_path

from . import views

app_name = "scim"

# A trailing slash is accepted (some clients add one); anything else under /scim/v2/ is a
# SCIM 404, never the site's HTML page.
urlpatterns = [
    re_path(r"^$", views.endpoint(views.service_provider_config, writes=False), name="root"),
    re_path(
        r"^ServiceProviderConfig/?$",
        views.endpoint(views.service_provider_config, writes=False),
        name="service_provider_config",
    ),
    re_path(
        r"^ResourceTypes/?$",
        views.endpoint(views.resource_types, writes=False),
        name="resource_types",
    ),
    re_path(
        r"^ResourceTypes/(?P<resource_id>[^/]+)/?$",
        views.endpoint(views.resource_types, writes=False),
    ),
    re_path(r"^Schemas/?$", views.endpoint(views.schemas, writes=False), name="schemas"),
    re_path(r"^Schemas/(?P<resource_id>[^/]+)/?$", views.endpoint(views.schemas, writes=False)),
    re_path(r"^Users/?$", views.endpoint(views.users_collection), name="users"),
    re_path(r"^Users/(?P<resource_id>[^/]+)/?$", views.endpoint(views.users_item), name="user"),
    re_path(r"^Groups/?$", views.endpoint(views.groups_collection), name="groups"),
    re_path(r"^Groups/(?P<resource_id>[^/]+)/?$", views.endpoint(views.groups_item), name="group"),
    re_path(r"^.*$", views.endpoint(views.no_such_endpoint, writes=False)),
]
