"""Exceptions factions raises, and what each means.

    FactionsError            base class; every message names the input it is about
    ├── InputError           a document could not be read (missing file, binary data, bad encoding,
    │                        empty article, HTML with no main text, malformed JSON Lines / feed)
    ├── KnowledgeBaseError   a knowledge-base file is unusable (YAML syntax error, wrong layout);
    │                        single broken entries are reported as KBIssue warnings and skipped
    ├── PipelineError        the stages of a pipeline are ordered so that one needs what is not made
    ├── StoreError           the SQLite store cannot be opened, migrated or written
    └── GoldError            a gold annotation file is malformed
"""

from __future__ import annotations


class FactionsError(Exception):
    """Base class of every error factions raises on purpose."""


class InputError(FactionsError):
    """A document could not be read. ``where`` names the file, URL or line."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class KnowledgeBaseError(FactionsError):
    """A knowledge-base file could not be used at all."""


class PipelineError(FactionsError):
    """The pipeline's stages are misconfigured."""


class StoreError(FactionsError):
    """The store could not be opened, migrated or written."""


class GoldError(FactionsError):
    """A gold annotation file is malformed."""
