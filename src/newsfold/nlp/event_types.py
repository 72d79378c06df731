"""Event typing: the ACLED-style sub-event type of each event mention (CASE 2021 Task 2 labels), behind one
``EventTyper`` protocol that ``newsfold run`` (through the nlp stage) and ``newsfold eval case2021`` both call.

The ``codebook`` typer is a rule system written from the ACLED codebook's definitions (no training data):
weapon- and tactic-specific types first, then the protest family (peaceful, with intervention, excessive force,
violent), then territory, group and agreement types, then the non-ACLED types (disasters, organised crime,
diplomacy, attribution). In the pipeline it reads each mention's sentence together with the PLOVER type its
trigger gave: the sentence may refine the trigger's type within its family (a march "dispersed with tear gas" is
a protest with intervention; a taking of a town by troops is the government regaining territory), never move it to
another family (a statement is never coded as a protest). ``event_label`` gives one event the label ACLED would
from all its mentions (the gravest thing done at a protest, the most specific weapon); ``case_label`` adds the CASE
types ACLED does not code, for the CASE evaluation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from ..errors import ConfigError
from ..models import EventMention

__all__ = ["classify_snippet", "LABELS", "ACLED_TYPES", "EventTyper", "CodebookTyper", "TYPERS", "load_typer",
           "type_mentions", "event_label", "case_label"]


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(words) + r")", re.I)


PROTEST = _rx(r"protest", r"demonstrat", r"rall(y|ies|ied)", r"march(ed|es|ers)?\b", r"sit-in", r"picket",
              r"agitat", r"dharna", r"strik(e|es|ing)\b(?! (killed|hit))", r"walk(ed)? ?out", r"boycott",
              r"gathered (to|outside|in front)", r"slogans", r"placards", r"hunger strike")
# The codebook: lethal force or serious injury on a peaceful protest is excessive force; dispersal with tear gas,
# water cannon, rubber bullets or batons, or arrests, is an intervention.
_CROWD = r"(protesters|demonstrators|crowds?|marchers|strikers|rally|procession|students)"
FORCE_ON_PROTEST = _rx(rf"fired (live )?(rounds|bullets|shots)? ?(at|on|into) (the )?{_CROWD}",
                       r"live (ammunition|rounds|fire)", r"shot dead", r"(protesters?|demonstrators?) (were |was )?"
                       r"(killed|shot)", rf"opened fire (at|on) (the )?{_CROWD}", r"beat(en)? (the )?protesters",
                       r"(killed|injured|wounded) (several |many |scores of |dozens of |\d+ |two |three |a |the )?"
                       r"(protesters|demonstrators)", r"pellet")
PROTESTER_VIOLENCE = _rx(r"pelted", r"thr(e|o)w(ing)? (stones|rocks|bricks|petrol|molotov)", r"stone[- ]pelting",
                         r"torched", r"set (fire|ablaze)", r"vandali[sz]", r"ransacked",
                         r"clash(ed|es)? with (the )?police", r"riot(s|ers|ing)?\b", r"violent (protest|demonstration)",
                         r"turned violent",
                         r"burn(ed|t|ing) (tyres|tires|vehicles)", r"attacked (a |the )?police", r"smashed")
_CONTENTION = _rx(r"protesters", r"demonstrators", r"opposition", r"crackdown", r"unrest", r"uprising", r"riot",
                  r"armed", r"militar", r"troops", r"rebels", r"insurgen", r"conflict", r"war\b")
INTERVENTION = _rx(r"tear ?gas", r"rubber bullets", r"water cannon", r"lathi", r"baton", r"dispersed",
                   r"arrested", r"detained", r"rounded up", r"removed (the )?(protesters|demonstrators)",
                   r"police (intervened|stopped|prevented|blocked)", r"taken into custody", r"broke up")

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("CHEM_WEAP", _rx(r"chemical (weapon|attack|agent)", r"chlorine", r"sarin", r"mustard gas", r"nerve agent",
                      r"toxic gas")),
    ("SUIC_BOMB", _rx(r"suicide (bomb|attack|vest|car)", r"self-detonat", r"blew (himself|herself|themselves) up")),
    ("GRENADE", _rx(r"grenade")),
    ("AIR_STRIKE", _rx(r"air ?strike", r"air ?raid", r"warplane", r"fighter jets?", r"drone (strike|attack)",
                       r"aerial (bombardment|attack)", r"helicopter gunship", r"jets? (bombed|struck|pounded)",
                       r"bombed from the air", r"air force")),
    ("ART_MISS_ATTACK", _rx(r"shell(ing|ed|s)\b", r"artillery", r"mortar", r"rocket", r"missile", r"howitzer",
                            r"mlrs", r"grad\b")),
    ("REM_EXPLOS", _rx(r"\bied\b", r"improvised explosive", r"roadside bomb", r"landmine", r"land mine",
                       r"mine (explo|blast)", r"car bomb", r"bomb (blast|exploded|went off)", r"explosive device",
                       r"remote[- ]controlled", r"blast (killed|injured|hit)", r"magnetic bomb", r"sticky bomb")),
    ("SEX_VIOL", _rx(r"rap(e|ed|es|ing)\b", r"sexual(ly)? (assault|abuse|violence|harass)", r"molest")),
    ("ABDUCT_DISSAP", _rx(r"abduct", r"kidnap", r"went missing", r"disappeared", r"enforced disappearance",
                          r"taken hostage", r"held hostage")),
    ("DISR_WEAP", _rx(r"defus", r"bomb disposal", r"(recovered|seized|found|discovered) (a |an )?(cache|weapons|arms|"
                      r"ammunition|explosives|rifles|ied)", r"arms cache", r"weapons cache", r"explosives were found",
                      r"neutrali[sz]ed (a|an|the) (bomb|ied|explosive)")),
    ("NATURAL_DISASTER", _rx(r"earthquake", r"flood", r"cyclone", r"hurricane", r"typhoon", r"tornado", r"drought",
                             r"landslide", r"tsunami", r"wildfire", r"forest fire", r"heavy rain", r"storm",
                             r"covid", r"coronavirus", r"pandemic", r"epidemic", r"outbreak", r"volcan", r"heatwave")),
    ("MAN_MADE_DISASTER", _rx(r"accident", r"collapsed", r"caught fire", r"fire broke out", r"(train|bus|plane|boat) "
                              r"(crash|derail|capsiz)", r"crashed", r"derail", r"capsiz", r"gas leak", r"oil spill",
                              r"stampede", r"(factory|building|warehouse|chemical) (fire|explosion|blast)",
                              r"cylinder (blast|explosion)", r"boiler")),
    ("ORG_CRIME", _rx(r"drug", r"narcotic", r"cartel", r"smuggl", r"trafficking", r"gang(s|ster)?\b", r"mafia",
                      r"extortion", r"robber", r"heist", r"money laundering", r"contraband", r"cocaine", r"heroin")),
    ("AGREEMENT", _rx(r"ceasefire", r"cease-fire", r"truce", r"peace (deal|agreement|accord|talks)", r"signed an? "
                      r"(agreement|accord|deal)", r"prisoner (swap|exchange)", r"agreed to", r"reached an agreement")),
    ("GOV_REGAINS_TERIT", _rx(r"(recaptur|regain|retook|retaken|liberat|reclaim)\w*")),
    ("NON_STATE_ACTOR_OVERTAKES_TER", _rx(r"(seized|captured|took|taken|overran|overrun) (full )?(control of )?"
                                          r"(the )?(town|city|village|district|area|territory|base|checkpoint)",
                                          r"took control", r"fell to")),
    ("NON_VIOL_TERRIT_TRANSFER", _rx(r"withdr(ew|awn|aw)", r"handed over", r"pulled out", r"evacuated (their|its) "
                                     r"positions", r"handover")),
    ("HQ_ESTABLISHED", _rx(r"(set up|established|establish|opened) (a |an |its |their )?(new )?(base|headquarters|hq|"
                           r"camp|office|outpost)", r"headquarters")),
    ("CHANGE_TO_GROUP_ACT", _rx(r"(new|formed|founded|launched) (a |an )?(group|faction|alliance|coalition|party|"
                                r"militia)", r"merged", r"split from", r"defected", r"joined (the )?(group|ranks)",
                                r"appointed (a |as )?(new )?(leader|commander|chief)", r"renamed", r"disbanded",
                                r"dissolved", r"recruit")),
    ("ATTRIB", _rx(r"claimed responsibility", r"responsibility for", r"blamed", r"attributed (the|to)",
                   r"accused .{0,40} of (carrying out|being behind|the attack)", r"was behind the")),
    ("DIPLO", _rx(r"foreign minist(er|ry)", r"foreign affairs", r"counterpart", r"envoy", r"consul", r"delegation",
                  r"ambassador", r"embass(y|ies)", r"diplomat", r"bilateral", r"summit",
                  r"state visit", r"official visit", r"talks with", r"met with (the )?(president|prime minister|"
                  r"counterpart)", r"sanction")),
    ("ARREST", _rx(r"arrested", r"detained", r"apprehended", r"taken into custody", r"nabbed", r"held by police",
                   r"custody", r"remanded")),
    ("MOB_VIOL", _rx(r"\bmob\b", r"lynch", r"vigilante", r"villagers (attacked|beat|killed)", r"angry crowd",
                     r"group of (men|people|villagers) (attacked|beat)")),
    ("PROPERTY_DISTRUCT", _rx(r"set (on )?fire", r"torched", r"burn(ed|t) down", r"arson", r"demolish",
                              r"destroyed (the |a |an |several |\d+ )?(houses|homes|shops|vehicles|property|buildings|"
                              r"school|church|mosque|temple|office)", r"vandali[sz]", r"razed")),
    ("ARMED_CLASH", _rx(r"clash(ed|es)?", r"fighting", r"gun ?battle", r"firefight", r"exchange of fire",
                        r"exchanged fire", r"ambush", r"encounter", r"offensive", r"militants", r"insurgents",
                        r"rebels", r"combat", r"skirmish", r"fought")),
    ("ATTACK", _rx(r"shot dead", r"gunmen", r"killed", r"stabbed", r"hacked", r"attacked", r"murdered",
                   r"beheaded", r"opened fire", r"assassinat", r"shot (and|at)", r"injured", r"wounded")),
]
LABELS = sorted({label for label, _ in RULES} | {"PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST",
                                                  "VIOL_DEMONSTR", "OTHER"})
# Types whose marker is specific enough to decide alone, before the protest family is considered.
_DECISIVE = ("CHEM_WEAP", "SUIC_BOMB", "GRENADE", "AIR_STRIKE", "DISR_WEAP", "REM_EXPLOS", "SEX_VIOL",
             "NATURAL_DISASTER")


def _protest_type(text: str) -> str:
    """The codebook: a protest whose crowd is violent is a riot, whatever force met it."""
    if PROTESTER_VIOLENCE.search(text):
        return "VIOL_DEMONSTR"
    if FORCE_ON_PROTEST.search(text):
        return "FORCE_AGAINST_PROTEST"
    if INTERVENTION.search(text):
        return "PROTEST_WITH_INTER"
    return "PEACE_PROTEST"


def classify_snippet(text: str) -> str:
    """The ACLED-style sub-event type of a snippet (OTHER when no rule fires)."""
    hits = {label: len(pattern.findall(text)) for label, pattern in RULES}
    for label in _DECISIVE:
        if hits[label]:
            return label
    if PROTEST.search(text) and not hits["ARMED_CLASH"] > 1:
        return _protest_type(text)
    for label, _ in RULES:
        if hits[label]:
            return label
    return "OTHER"


# CASE label -> ACLED (event_type, sub_event_type); labels ACLED does not code (disasters, crime, diplomacy,
# attribution, OTHER) are absent.
ACLED_TYPES: dict[str, tuple[str, str]] = {
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "STRATEGIC_OTHER": ("Strategic developments", "Other"),
}

_PROTEST = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
# Remote violence: what a weapon word in the sentence makes an attack or a battle
_BATTLE = ("ARMED_CLASH", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")
_REMOTE = ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB", "GRENADE", "CHEM_WEAP")
# PLOVER (type, mode) -> the CASE labels its sentence may refine it to; the first is the trigger's own reading.
# PLOVER types missing here (statements, meetings, requests, elections ...) are not ACLED events.
_FAMILY: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("PROTEST", "demonstrate"): _PROTEST, ("PROTEST", "strike"): _PROTEST, ("PROTEST", "boycott"): _PROTEST,
    ("PROTEST", "riot"): ("VIOL_DEMONSTR", "MOB_VIOL", "FORCE_AGAINST_PROTEST"),
    ("COERCE", "arrest"): ("ARREST", "ORG_CRIME"),  # drug arrests are crime, which ACLED does not code
    ("COERCE", "repress"): ("PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"),
    ("ASSAULT", None): ("ATTACK", "SEX_VIOL", "ABDUCT_DISSAP", "FORCE_AGAINST_PROTEST", "MOB_VIOL", *_REMOTE,
                        *_BATTLE),
    ("ASSAULT", "property"): ("PROPERTY_DISTRUCT", "VIOL_DEMONSTR", "MOB_VIOL"),
    ("ASSAULT", "abduct"): ("ABDUCT_DISSAP",), ("ASSAULT", "sexual"): ("SEX_VIOL",),
    ("ASSAULT", "aerial"): ("AIR_STRIKE", *_REMOTE), ("ASSAULT", "artillery"): ("ART_MISS_ATTACK", *_REMOTE),
    ("ASSAULT", "explosive"): ("REM_EXPLOS", *_REMOTE, "ATTACK"),
    ("FIGHT", None): (*_BATTLE, *_REMOTE),
    ("MOBILIZE", "military drill"): ("STRATEGIC_OTHER",),
    ("CONCEDE", "resign"): ("STRATEGIC_OTHER",),
    ("AGREE", "ceasefire"): ("AGREEMENT",), ("AGREE", "peace"): ("AGREEMENT",), ("AGREE", None): ("AGREEMENT",),
    ("COERCE", "seize"): ("DISR_WEAP",),
    ("ASSAULT", "grenade"): ("GRENADE", *_REMOTE), ("ASSAULT", "chemical"): ("CHEM_WEAP",),
    ("FIGHT", "occupy"): ("NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT"),
    ("FIGHT", "retake"): ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("RETREAT", "territory"): ("NON_VIOL_TERRIT_TRANSFER",), ("MOBILIZE", "base"): ("HQ_ESTABLISHED",),
    # labels ACLED does not code, given only where the sentence shows them: a meeting of diplomats, a claim
    # of responsibility, blame for an attack
    ("CONSULT", None): ("DIPLO",), ("SANCTION", None): ("DIPLO",), ("ACCUSE", None): ("ATTRIB", "DIPLO"),
    ("REQUEST", None): ("DIPLO",), ("REJECT", None): ("DIPLO",), ("THREATEN", None): ("DIPLO",),
    ("STATEMENT", None): ("DIPLO", "ATTRIB"), ("STATEMENT", "responsibility"): ("ATTRIB",),
    ("CONCEDE", "group"): ("CHANGE_TO_GROUP_ACT",), ("COOPERATE", "agree"): ("DIPLO",),
    ("CRIME", None): ("ORG_CRIME",),
    ("DISASTER", "natural"): ("NATURAL_DISASTER", "MAN_MADE_DISASTER"),
    ("DISASTER", "accident"): ("MAN_MADE_DISASTER", "NATURAL_DISASTER"),
}
# Families whose own reading needs the sentence's support (else the mention is not coded).
_SHOWN = frozenset({("DIPLO",), ("ATTRIB", "DIPLO"), ("DIPLO", "ATTRIB")})
# Armed parties: who holds territory decides whether it is regained (the state) or overtaken (anyone else); an
# assault by one on another is a battle, not an attack on civilians.
_ARMY_WORDS = (r"troops", r"soldiers?\b", r"army", r"military")
STATE_FORCES = _rx(r"(government|security|state|regime|federal|national) forces", *_ARMY_WORDS, r"police(men)?\b",
                   r"policem[ae]n", r"security personnel", r"paramilitar", r"border guards?", r"jawans?")
NON_STATE = _rx(r"militants?", r"rebels?", r"insurgents?", r"gunmen", r"fighters", r"jihadists?", r"militias?",
                r"guerrillas?", r"terrorists?", r"armed (group|men)", r"extremists?", r"separatists?")


# Armed parties of a battle besides the non-state groups: armies and forces, not police
_ARMY = _rx(*_ARMY_WORDS, r"forces")


class EventTyper(Protocol):
    """Gives a text (a mention's sentence, or a benchmark snippet) its CASE / ACLED-style label. ``plover`` is
    the (type, mode) the mention's trigger gave, or None when the text comes with no trigger reading."""

    name: str

    def label(self, text: str, plover: tuple[str, str | None] | None) -> str: ...


class CodebookTyper:
    """The ACLED codebook rules above; within the PLOVER family of the trigger when one is given."""

    name = "codebook"

    def label(self, text: str, plover: tuple[str, str | None] | None) -> str:
        found = classify_snippet(text)
        if plover is None:
            return found
        family = _FAMILY.get(plover) or _FAMILY.get((plover[0], None))
        if family is None:
            return "OTHER"
        if family == ("STRATEGIC_OTHER",) and not (PROTEST.search(text) or _CONTENTION.search(text)):
            return "OTHER"  # a resignation or a drill is a strategic development only amid contention
        if family in _SHOWN and found not in family:
            return "OTHER"
        if plover[0] == "FIGHT" and plover[1] in ("occupy", "retake"):
            return _territory(text)
        label = found if found in family else family[0]
        if plover[0] == "FIGHT" and label == "ARMED_CLASH" and not (NON_STATE.search(text) or _ARMY.search(text)):
            return "OTHER"  # a battle is fought by armed parties: "the fighting" of a night of protests is none
        return _battle(text) if label == "ATTACK" and "ARMED_CLASH" in family else label


def _territory(text: str) -> str:
    """Who takes a place: the state regains it, anyone else overtakes it (the first armed party named acts)."""
    state, other = STATE_FORCES.search(text), NON_STATE.search(text)
    if state and (not other or state.start() < other.start()):
        return "GOV_REGAINS_TERIT"
    return "NON_STATE_ACTOR_OVERTAKES_TER"


def _battle(text: str) -> str:
    """An assault where armed parties stand on both sides (militants against soldiers or police) is a battle;
    one on people who bear no arms is an attack."""
    return "ARMED_CLASH" if STATE_FORCES.search(text) and NON_STATE.search(text) else "ATTACK"


TYPERS: dict[str, type[CodebookTyper]] = {"codebook": CodebookTyper}


def load_typer(name: str) -> EventTyper:
    """The typer the settings name (``[nlp] event_typer``)."""
    if name not in TYPERS:
        raise ConfigError(f"unknown event typer {name!r} in [nlp] event_typer; known: {', '.join(sorted(TYPERS))}")
    return TYPERS[name]()


def type_mentions(mentions: list[EventMention], typer: EventTyper) -> list[EventMention]:
    """Each mention with its label (``EventMention.acled``), read from its sentence and trigger type."""
    return [replace(m, acled=typer.label(m.text, (m.type, m.mode))) for m in mentions]


# How ACLED codes one event told in several ways (its codebook): weapons found or defused are a disrupted use; the
# most specific weapon told decides an explosion (an "explosion" may be the suicide bomb's); a protest is coded by
# what happened at it (violence by its crowd or damage makes it a riot, an attack on its people or lethal force
# excessive force, a dispersal an intervention); a place one side left and another took changed hands without a
# battle; a change of territory names the battle that made it unless the fighting is told more often; an assault
# where armed parties fought on both sides is a battle.
_WEAPON_FIRST = ("CHEM_WEAP", "SUIC_BOMB", "AIR_STRIKE", "GRENADE", "ART_MISS_ATTACK", "REM_EXPLOS")
_PROTEST_GRAVEST = ("VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST", "PROTEST_WITH_INTER", "PEACE_PROTEST")
_TERRITORY = ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


def _most_common(labels: list[str]) -> str:
    counts = Counter(labels)
    return max(dict.fromkeys(labels), key=lambda x: counts[x])


def event_label(mentions: Iterable[EventMention]) -> str | None:
    """The label of an event told by these mentions, as ACLED codes one event (see above), else the most common
    ACLED-coded label among them (the earliest told first on a tie); None when ACLED codes none of them."""
    labels = [m.acled for m in mentions if m.acled in ACLED_TYPES]
    if not labels:
        return None
    found = set(labels)
    if "DISR_WEAP" in found:
        return "DISR_WEAP"  # the weapons told were found or defused: their use was disrupted
    weapon = next((x for x in _WEAPON_FIRST if x in found), None)
    if weapon:
        return weapon
    if found & set(_PROTEST_GRAVEST):
        if "PROPERTY_DISTRUCT" in found:
            return "VIOL_DEMONSTR"
        if "ATTACK" in found and "VIOL_DEMONSTR" not in found:
            return "FORCE_AGAINST_PROTEST"  # people attacked at a peaceful protest
        return next(x for x in _PROTEST_GRAVEST if x in found)
    territory = [x for x in labels if x in _TERRITORY]
    if "NON_VIOL_TERRIT_TRANSFER" in found and "NON_STATE_ACTOR_OVERTAKES_TER" in found:
        return "NON_VIOL_TERRIT_TRANSFER"  # one side left and another moved in, without a battle
    if territory and len(territory) >= labels.count("ARMED_CLASH"):
        return _most_common(territory)
    if {"ARMED_CLASH", "ATTACK"} <= found:
        return "ARMED_CLASH"
    return _most_common(labels)


def case_label(mentions: Iterable[EventMention]) -> str | None:
    """The CASE 2021 label of an event: an attribution when it holds a claim of responsibility, else its ACLED
    label (``event_label``), else the most common label the typer gave that ACLED does not code (a disaster,
    organised crime, diplomacy); None when the typer gave neither. ``run`` keeps that label on each mention
    (``EventMention.acled``) and writes no ACLED row for it."""
    told = list(mentions)
    if any(m.mode == "responsibility" and m.acled == "ATTRIB" for m in told):
        return "ATTRIB"  # CASE codes a claim of responsibility as the attribution, whatever it claims
    uncoded = [m.acled for m in told if m.acled and m.acled not in ACLED_TYPES and m.acled != "OTHER"]
    return event_label(told) or (_most_common(uncoded) if uncoded else None)
