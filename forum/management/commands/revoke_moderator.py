from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from forum.moderation.members import do_revoke_moderator


class Command(BaseCommand):
    help = "Remove a member from the Moderators group (logged in the moderation log)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username: str, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No member with the username {username!r}.")
        if do_revoke_moderator(user):
            self.stdout.write(f"{username} is no longer a moderator.")
        else:
            self.stdout.write(f"{username} was not a moderator.")
