"""The object-storage part of the production settings, from the environment (ADR 0018)."""

from __future__ import annotations

# Past this size a file read from the bucket waits in a temporary file, not in memory (a
# large export streamed to HR must not sit whole in a web process).
MAX_MEMORY_SIZE = 2 * 1024 * 1024


def object_storages(env) -> dict[str, dict]:
    """STORAGES entries for "default" (media, certificate PDFs) and "exports" (prepared
    exports) in the bucket(s) the environment names. Every object private; names never
    overwritten (two files saved under one name both survive, as on disk)."""
    bucket = env("AWS_STORAGE_BUCKET_NAME")
    # "" for a bucket whose ACLs are disabled (S3 "bucket owner enforced"): its policy rules.
    acl = env("AWS_DEFAULT_ACL", default="private") or None
    common = {
        "endpoint_url": env("AWS_S3_ENDPOINT_URL", default="") or None,
        "region_name": env("AWS_S3_REGION_NAME", default="") or None,
        "addressing_style": env("AWS_S3_ADDRESSING_STYLE", default="") or None,
        "default_acl": acl,
        "file_overwrite": False,
        "querystring_auth": True,
        "querystring_expire": 300,
        "max_memory_size": MAX_MEMORY_SIZE,
    }
    return {
        "default": {
            "BACKEND": "lms.object_storage.MediaS3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": bucket,
                "location": env("AWS_MEDIA_LOCATION", default="media"),
            },
        },
        "exports": {
            "BACKEND": "lms.object_storage.PrivateS3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": env("AWS_EXPORTS_BUCKET_NAME", default="") or bucket,
                "location": env("AWS_EXPORTS_LOCATION", default="exports"),
            },
        },
    }
