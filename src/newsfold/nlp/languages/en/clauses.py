"""English words the relevance rules read a trigger's clause by (what refers back, what is asked for, where a
statement was made), and the names of state forces an assault's sentences may give."""

from __future__ import annotations

from ..base import ClauseWords

CLAUSE_WORDS = ClauseWords(
    definite=frozenset({"the", "these", "those", "such", "their", "its", "his", "her", "our"}),
    background=frozenset({"of", "since", "into", "throughout", "because"}),
    circumstance=frozenset({"with"}),
    setting=frozenset({"at", "during"}),
    asking=frozenset({"for"}),
    asking_verbs=frozenset({"call", "demand", "urge", "appeal"}),
    state_forces=frozenset({"police", "policeman", "policemen", "officers", "security forces", "riot police",
                            "troops", "soldiers", "army", "military", "guards", "riot squad", "special forces"}),
    denying=frozenset({"without"}),
    deadline=frozenset({"until", "till", "pending"}),
    purpose=frozenset({"in"}),
)
