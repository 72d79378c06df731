"""English speech verbs (lemmas): reporting with a clause, stance on an object, and cues of a direct quote."""

from __future__ import annotations

# Verbs that report what someone said, wrote or thought, with the words as a clause ("said that ...").
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "write", "tweet", "post", "email", "report", "note", "argue", "announce", "suggest",
    "claim", "warn", "insist", "deny", "admit", "acknowledge", "explain", "state", "declare", "confirm", "reveal",
    "indicate", "predict", "recall", "conclude", "respond", "reply", "answer", "ask", "vow", "promise", "pledge",
    "believe", "think", "expect", "hope", "fear", "worry", "feel", "assert", "contend", "maintain", "allege",
    "complain", "boast", "brag", "concede", "stress", "emphasize", "reiterate", "repeat", "mention", "observe",
    "remark", "retort", "joke", "quip", "speculate", "estimate", "agree", "wonder", "demand", "urge", "recommend",
    "propose", "advise", "caution", "signal", "hint", "imply", "disclose", "testify", "show", "find", "point",
    "assure", "guarantee", "lament", "charge", "counter", "scoff", "muse", "shout", "yell", "chant", "exclaim",
    "whisper", "proclaim", "doubt", "suspect",
})
# Verbs whose object or complement is the stance itself ("accused Y of ...", "endorsed Y", "wants to ...").
STANCE_VERBS = frozenset({
    "accuse", "blame", "criticize", "criticise", "blast", "slam", "praise", "endorse", "oppose", "reject",
    "dismiss", "defend", "condemn", "denounce", "decry", "mock", "ridicule", "cite", "describe", "call", "want",
    "plan", "intend", "seek", "refuse", "decline", "threaten", "prefer", "favor", "favour", "welcome", "applaud",
    "question", "challenge", "discuss", "attack", "thank", "apologize", "support", "back", "laud", "hail", "berate",
    "chide", "scold", "lambaste", "rebuke", "assail", "castigate", "label", "dub", "brand", "characterize", "tout",
    "highlight", "emphasize", "underscore", "acknowledge", "admit", "deny", "promise", "pledge", "vow", "urge",
    "demand", "propose", "recommend", "predict", "announce", "confirm", "reveal", "refer", "address", "dispute",
    "contest", "embrace", "mention", "talk", "offer", "express", "hope", "view", "regard", "recognize",
    "realize", "list", "remind", "portray", "order", "comment", "voice", "quote", "reference", "press", "convince",
    "persuade", "credit", "deem", "outline", "rail", "plead", "detail", "congratulate", "recount", "request",
    "rebut", "retweet", "vouch", "bemoan", "echo", "consider", "learn", "invoke", "cheer", "resist",
    "decide", "name", "publish", "issue",
})
# Verbs that introduce a direct quote ('"...," she said'; 'he told reporters: "..."').
QUOTE_CUES = frozenset({
    "say", "tell", "add", "tweet", "write", "shout", "warn", "state", "declare", "announce", "insist",
    "explain", "claim", "vow", "relate", "report", "chant", "reply", "ask", "note", "argue", "stress",
    "describe", "urge", "quote", "post", "scream", "yell", "promise", "admit", "recall", "continue",
})
