"""Background work of the forum, run by the TASKS backend (config/settings.py).

Arguments are ids, never model instances: tasks run after the request's transaction has
committed, possibly in another process, and reload what they need.
"""

from django.tasks import task

from forum.notifications import emails


@task
def send_notice_email(notice_id: int) -> bool:
    return emails.send_notice_email_now(notice_id)


@task
def send_digest(user_id: int) -> int:
    return emails.send_digest_now(user_id)
