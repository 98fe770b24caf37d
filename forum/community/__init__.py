"""Community features (issue 6): reactions, topic tags, bookmarks, ignoring a member."""
