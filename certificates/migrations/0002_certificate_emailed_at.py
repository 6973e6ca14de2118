from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="emailed_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
    ]
