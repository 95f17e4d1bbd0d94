"""Shared code of the announcement feeds (kind: feed): feed/HTML reading, ids, and the
mapping of extracted ban records to `BanRecord`s. See `transforms.feeds.common`."""
