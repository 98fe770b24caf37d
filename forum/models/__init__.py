"""The forum's models, split by area; import them from `forum.models`."""

# core first: it imports the other areas at its end, once Board, Topic and Post exist.
from forum.models.core import (  # noqa: F401
    TITLE_MAX_LENGTH,
    Board,
    ContentVersion,
    Post,
    PostQuerySet,
    PostRevision,
    PostSearchDocument,
    Topic,
    TopicQuerySet,
    make_slug,
)

# isort: split
from forum.models.community import (  # noqa: F401
    Bookmark,
    BookmarkQuerySet,
    IgnoredMember,
    Reaction,
    TopicTag,
)
from forum.models.moderation import (  # noqa: F401
    Appeal,
    CrisisResource,
    CrisisResourceQuerySet,
    MemberNote,
    MemberNotice,
    MemberNoticeQuerySet,
    ModerationAction,
    ModerationActionQuerySet,
    ModerationReason,
    Report,
    ReportQuerySet,
    SafetyLabel,
    SafetyLabelQuerySet,
    Suspension,
    SuspensionQuerySet,
    UnsafeAdviceCategory,
)
from forum.models.notifications import (  # noqa: F401
    BoardReadState,
    TopicReadState,
    Watch,
)
from forum.models.screening import (  # noqa: F401
    ScreeningRule,
    ScreeningRuleQuerySet,
    ScreeningThresholds,
)
