"""Delete prepared export files older than REPORTS_EXPORT_FILE_DAYS (daily, from cron).
The export log keeps its row: who exported what, when, how many rows."""

from django.core.management.base import BaseCommand

from lms.reports.exports.prepared import export_files_purge


class Command(BaseCommand):
    help = "Delete prepared completion-export files past their keeping period."

    def handle(self, *args, **options):
        deleted = export_files_purge()
        self.stdout.write(f"{deleted} export file(s) deleted.")
