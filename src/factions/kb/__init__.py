"""The knowledge base: actors with aliases and dated roles, and agents (sector nouns)."""

from factions.kb.entries import Agent, KBActor, KBIssue
from factions.kb.knowledge_base import KnowledgeBase
from factions.kb.loader import load_kb, packaged_kb_files, read_kb_file

__all__ = [
    "Agent",
    "KBActor",
    "KBIssue",
    "KnowledgeBase",
    "load_kb",
    "packaged_kb_files",
    "read_kb_file",
]
