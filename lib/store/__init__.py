"""What the pipeline keeps between runs, so a restart or a one-file change does not re-parse a folder.

``parse_cache`` holds each article's parsed rows by content and rule version (SQLite, MessagePack
payloads); ``snapshot`` holds the last build's frames as Arrow files; ``snapshot_merge`` rebuilds
from that snapshot plus the articles that changed.
"""
