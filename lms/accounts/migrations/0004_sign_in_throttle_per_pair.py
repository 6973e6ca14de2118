"""Sign-in throttling per account-and-address (issue 18): failures record the e-mail and the
address hashes side by side, known sign-in addresses are remembered. Past failures are
dropped: they only ever mattered for 15 minutes."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def forget_failures(apps, schema_editor):
    apps.get_model("accounts", "LoginFailure").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_import_rules_and_two_factor"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(forget_failures, migrations.RunPython.noop),
        migrations.RemoveField(model_name="loginfailure", name="key"),
        migrations.AddField(
            model_name="loginfailure",
            name="account",
            field=models.CharField(default="", max_length=80),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="loginfailure",
            name="address",
            field=models.CharField(blank=True, max_length=80),
        ),
        migrations.AddField(
            model_name="loginfailure",
            name="known_device",
            field=models.BooleanField(default=False),
        ),
        migrations.AddField(
            model_name="loginfailure",
            name="user",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AlterModelOptions(
            name="loginfailure",
            options={
                "permissions": [
                    ("manage_sign_in_throttles", "Can see and clear sign-in throttles")
                ],
                "verbose_name": "failed sign-in",
                "verbose_name_plural": "failed sign-ins",
            },
        ),
        migrations.AddIndex(
            model_name="loginfailure",
            index=models.Index(fields=["account", "at"], name="loginfailure_account_at"),
        ),
        migrations.AddIndex(
            model_name="loginfailure",
            index=models.Index(fields=["address", "at"], name="loginfailure_address_at"),
        ),
        migrations.CreateModel(
            name="KnownSignIn",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("account", models.CharField(max_length=80)),
                ("address", models.CharField(max_length=80)),
                ("last_at", models.DateTimeField()),
            ],
            options={
                "verbose_name": "known sign-in address",
                "verbose_name_plural": "known sign-in addresses",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("account", "address"), name="knownsignin_unique"
                    )
                ],
            },
        ),
    ]
