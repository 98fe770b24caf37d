from django.core.management.base import BaseCommand

from forum.notifications.emails import members_due_a_digest
from forum.tasks import send_digest


class Command(BaseCommand):
    help = (
        "Queue the daily digest email of every member who chose it and has unread "
        "notifications since their last digest. Run it daily (cron); running it again is "
        "harmless: a member gets at most one digest per 20 hours and never the same "
        "notification twice."
    )

    def handle(self, *args, **options):
        member_ids = list(members_due_a_digest().values_list("pk", flat=True))
        for member_id in member_ids:
            send_digest.enqueue(member_id)
        self.stdout.write(f"Queued {len(member_ids)} digest(s).")
