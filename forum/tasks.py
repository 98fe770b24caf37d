"""Background work of the forum, run by the TASKS backend (config/settings.py).

Arguments are ids, never model instances: tasks run after the request's transaction has
committed, possibly in another process, and reload what they need.
"""

from django.db import close_old_connections
from django.tasks import task

from forum.notifications import emails


# Pool threads outlive requests, so they close stale connections themselves.
@task
def send_notice_email(notice_id: int) -> bool:
    close_old_connections()
    try:
        return emails.send_notice_email_now(notice_id)
    finally:
        close_old_connections()


@task
def send_digest(user_id: int) -> int:
    close_old_connections()
    try:
        return emails.send_digest_now(user_id)
    finally:
        close_old_connections()
