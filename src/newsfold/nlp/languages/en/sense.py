"""English trigger senses: when a trigger word means something else ("Russia beat Croatia", "shares rallied",
"in March", "demonstrated that ..."), read from the word's parse, and the vocabulary of off-topic articles.

``other_sense`` returns why a trigger is not the event its word can name, or None when it may be; the reasons are
kept in the analysis (``Analysis.set_aside``). Nothing here names a place, person, team or outlet.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .events import DRUGS, SEIZING, WEAPONS

__all__ = ["TOPIC_WORDS", "CONTENTION_WORDS", "other_sense", "refine"]

# Lemmas that mark what an article is about when they are frequent in it: a page of sport, markets or culture
# yields no contentious event unless a sentence of it reports one (with CONTENTION_WORDS).
TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""match game season league cup tournament championship team coach player score scorer goal
        goalkeeper striker midfielder defender tennis football soccer basketball baseball hockey cricket rugby golf
        final semifinal quarterfinal playoff playoffs victory defeat win draw set inning quarter touchdown assist
        rebound point fan stadium medal olympic race lap podium title seed doubles singles round club squad
        fixture kick penalty""".split()),
    "markets": frozenset("""share stock index investor market trading trader price earnings revenue profit dividend
        bond yield percent quarter sale sales analyst valuation ipo listing nasdaq sensex nifty dow futures oil
        crude forecast growth shareholder fund equity currency rate inflation""".split()),
    "culture": frozenset("""film movie song album music singer band concert festival actor actress director novel
        book author series episode show theatre theater premiere game review character scene streaming fan
        award oscar audience""".split()),
    "science": frozenset("""study researcher scientist cell protein molecule bacteria virus species patient disease
        infection immune gene genome experiment laboratory journal plague symptom""".split()),
}

# Lemmas that make a sentence about contention whatever the article's topic: a stadium protest is a protest.
CONTENTION_WORDS = frozenset("""protester demonstrator striker marcher activist rioter picket police policeman
    officer riot tear gas baton cannon crackdown dissident opposition regime government union unionist worker
    employee teacher student curfew martial soldier troop militant rebel insurgent gunman militia army security
    detainee prisoner hostage refugee civilian casualty sanction blockade strike walkout march rally protest
    demonstration sit-in boycott""".split())

_CROWD = frozenset("""people protester demonstrator worker employee striker student teacher nurse doctor driver
    farmer miner resident citizen supporter activist crowd thousand hundred dozen member union opponent marcher
    woman man youth villager voter pensioner veteran mother family""".split())
_VICTIM = _CROWD | frozenset("""detainee prisoner journalist reporter child boy girl civilian passenger victim
    person protestor he she they him her them us me someone""".split())
_FORCE = frozenset("""police policeman officer guard soldier troop security force mob attacker assailant gunman
    militant agent thug man riot""".split())
# Words that make "attack", "blast" or "battle" physical violence rather than words, a game or a party.
_VIOLENCE = frozenset("""kill killed injure wound dead death die gunman gunmen bomb bomber armed militant knife shoot
    shot gun gunfire police soldier troop explosion blast weapon rocket missile grenade terror terrorist civilian
    casualty hospital victim rebel insurgent jihadist army attacker assailant drone stab suicide fighter militia
    tank artillery mortar shell explosive device ied injured wounded chemical chlorine sarin poison toxic""".split())
# What explodes when an explosion is one: a device, a vehicle carrying one, a store of fuel.
_DEVICES = frozenset("""bomb device car mine grenade shell rocket missile vest ied explosive truck tank cylinder package
    bus vehicle boiler munition ammunition depot""".split())
_ARMED = frozenset("""troop soldier army rebel militant insurgent fighter militia jihadist force forces military
    gunman gunmen artillery""".split())
# Words of armed conflict: what makes taking a town, leaving a base or signing an accord a conflict event.
_CONFLICT = _ARMED | frozenset("""ceasefire truce peace war conflict hostage prisoner fighting warring police security
    insurgency occupation frontline offensive separatist extremist terrorist""".split()) | WEAPONS
# Lemmas of triggers that name a conflict event only amid armed conflict: a company "takes control" of a rival,
# a candidate "withdraws", a firm "opens an office" or "signs an agreement".
_NEEDS_CONFLICT = frozenset("""capture seize overrun take gain occupy storm wrest assume recapture retake regain
    reclaim liberate reestablish re-establish restore hand turn withdraw withdrawal pull pullout handover vacate cede
    abandon evacuate surrender transfer establish build erect construct sign reach conclude ink agree
    agreement accord treaty offensive surrender defect defection disband merge merger form join suspend lay pledge
    rename split launch found create announce""".split())
# Words of dealings between states: an agreement among them is diplomacy, not a conflict's accord.
_DIPLOMACY = frozenset("""minister ministry ambassador embassy diplomat diplomatic bilateral foreign president
    premier counterpart summit envoy consulate delegation nation country state""".split())
_AGREEING = frozenset("sign reach conclude ink agree agreement accord treaty".split())
# What strikes from the air or from afar: "warplanes struck the village" is an air strike, not a hit or a walkout.
_AIRBORNE = frozenset("warplane jet drone aircraft plane helicopter airstrike".split())
_FIRED = frozenset("missile rocket shell artillery mortar".split())
# What bases are: opening or setting one up is an event amid armed conflict.
_BASES = frozenset("base camp headquarters hq outpost office checkpoint post".split())
_ALLEGING = frozenset("allege accuse deny claim charge sue".split())
# A disaster or an accident is one when it harms people or property ("a flood of complaints" is not).
_HARM = frozenset("""kill die dead death injure injured wound hurt victim body passenger rescue rescuer casualty
    toll missing survivor destroy damage evacuate trap bury wreckage debris displace homeless inundate submerge
    magnitude richter firefighter burn gut engulf raze relief shelter sweep wash ravage devastate lash havoc strand
    """.split())
# What crashes, collapses or floods in a figure of speech: markets, talks, words, systems.
_FIGURATIVE = frozenset("""market share stock price economy currency bank talk negotiation government coalition deal
    party system server website app network complaint order criticism demand request application email message
    call letter comment question idea support ratings poll sale data tension violence emotion anger""".split())
# Things a disaster damages: a disaster word with one of them, or with harm, is one.
_PHYSICAL = frozenset("""building house home bridge wall roof dam tunnel school hospital hotel shop apartment structure
    tower road highway crop field forest hut shelter mosque temple church river sea beach coast water lake soil fish
    wildlife environment reactor plant""".split())
# Disasters of nature that are events whatever else the sentence says ("a 5.8 earthquake struck").
_NATURE = frozenset("""earthquake quake cyclone hurricane typhoon tornado tsunami landslide mudslide avalanche
    wildfire bushfire eruption cloudburst heatwave drought""".split())
# Where people die without an adversary: vehicles and the places they fall from.
_VEHICLES = frozenset("""bus truck lorry car vehicle train boat ferry plane aircraft helicopter van jeep tractor
    motorcycle tanker ship vessel gorge ravine""".split())
_WEAPONRY = frozenset("""police mob shoot shot stab beat gun gunfire bomb grenade rocket missile knife machete ambush
    attack abduct kidnap lynch rape torture gunman gunmen explosive airstrike shell mortar artillery assailant
    attacker murder clash riot protester open""".split())
_DISASTERS = frozenset("""earthquake quake flood flooding cyclone hurricane typhoon tornado landslide mudslide
    avalanche tsunami wildfire bushfire drought heatwave eruption downpour cloudburst lightning storm rain crash
    collision derailment derail capsize collapse stampede accident blaze fire explosion blast leak sink plunge
    overturn electrocute drown poisoning spill contamination contaminate pollution meltdown radiation burst""".split())
# Where an explosion is an accident: industry and households, with no attacker in the sentence.
_WORKS = frozenset("""factory works cylinder boiler gas coal colliery quarry refinery warehouse pipeline firecracker
    fireworks tanker kiln reactor furnace transformer circuit fuel depot""".split())
_ATTACKERS = frozenset("""militant terrorist attacker bomber plant planted ied attack suspect gunman insurgent rebel
    jihadist extremist claim responsibility""".split())
_MARKETS = TOPIC_WORDS["markets"] | frozenset("""stock bank sector rupee dollar euro yen gold""".split())
_MONTH_LEAD = frozenset("""in since until till by from of last next early late mid this before after during
    through between""".split())
_SCORE = re.compile(r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b")
_HIT = frozenset({"air", "drone", "missile", "lightning", "military", "preemptive", "pre-emptive", "first",
                  "price", "zone", "rate", "nuclear", "rocket"})
_NATURAL = frozenset("""plague disease virus pandemic epidemic cancer flood storm hurricane earthquake heat crash
    accident fire disaster illness famine drought outbreak flu infection""".split())


def _lemmas(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _heads_of(tok: Token, deps: tuple[str, ...]) -> set[str]:
    """Lemmas of the heads of the children with these dependencies, and of a conjoined or compound head."""
    out = set()
    for child in _children(tok, *deps):
        out.add(child.lemma_.lower())
        out |= {c.lemma_.lower() for c in child.children if c.dep_ in ("conj", "compound", "pobj")}
    return out


def _month(tok: Token) -> str | None:
    """"in March", "March 21", "March's high": the month, not a march."""
    if tok.text != "March":
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.ent_type_ == "DATE" or (after is not None and (after.like_num or after.text in ("'s", "’s"))) or (
            before is not None and before.lower_ in _MONTH_LEAD):
        return "the month March"
    return None


def _beat(tok: Token, sentence: str) -> str | None:
    if tok.pos_ == "NOUN":
        return "a beat (rhythm or round)" if tok.lower_ == "beat" else None  # a beating is one
    if _SCORE.search(sentence):
        return "a result with a score"
    if any(c.lower_ in ("out", "off") for c in _children(tok, "prt")):
        return "beat out / beat off (a contest)"
    passive = bool(_children(tok, "auxpass", "nsubjpass"))
    victims = _heads_of(tok, ("nsubjpass",) if passive else ("dobj",))
    agents = _heads_of(tok, ("agent",) if passive else ("nsubj",))
    if victims & _VICTIM or agents & _FORCE or (passive and "to" in _lemmas(list(tok.subtree))
                                                   and "death" in _lemmas(list(tok.subtree))):
        return None
    return "beat without a victim or an assailant (a win, a record, a forecast)"


def _rally(tok: Token, sentence_lemmas: set[str]) -> str | None:
    if tok.pos_ == "VERB":
        if _children(tok, "dobj"):
            return None  # handled where triggers are found ("rallying support")
        if _heads_of(tok, ("nsubj",)) & _MARKETS or sentence_lemmas & {"share", "stock", "index", "sensex", "nifty"}:
            return "a market rally"
        if _children(tok, "xcomp") and any(c.lemma_ in ("defeat", "win", "beat", "level", "draw")
                                          for c in _children(tok, "xcomp")):
            return "rallied to win (a contest)"
        return None
    modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "prep")}
    objects = {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" for g in c.children}
    if (modifiers | objects) & _MARKETS or sentence_lemmas & {"share", "stock", "index", "sensex", "nifty"}:
        return "a market rally"
    if {"shot", "point", "exchange", "baseline"} & (modifiers | sentence_lemmas):
        return "a rally in a match"
    return None


def _demonstrate(tok: Token) -> str | None:
    if tok.pos_ != "VERB":
        return None
    if _children(tok, "ccomp", "dobj", "xcomp", "auxpass") or any(c.lower_ in ("that", "how") for c in tok.subtree
                                                                   if c.dep_ == "mark"):
        return "demonstrate as show"
    if tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN":
        return "as demonstrated by (shown)"
    return None


def _strike(tok: Token) -> str | None:
    if tok.pos_ == "VERB" and _heads_of(tok, ("nsubj",)) & (_AIRBORNE | _FIRED):
        return None  # "warplanes struck the village" (refine reads it as an air strike)
    if tok.pos_ == "VERB":
        if _children(tok, "dobj", "nsubjpass", "auxpass"):
            return "strike as hit (it strikes something)"
        if tok.dep_ == "amod" and tok.head.lemma_.lower() not in _CROWD:
            return "striking as remarkable"
        return None
    if {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")} & _HIT:
        return "a strike that hits (air, drone, lightning ...)"
    return None


def _kill(tok: Token) -> str | None:
    subjects = _heads_of(tok, ("nsubj", "agent"))
    if subjects & _NATURAL:
        return "killed by a disease, disaster or accident"
    if _accidental(tok):
        return None  # a death in a disaster or an accident: ``refine`` reads it as one
    inside = {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" for g in c.children}
    if inside & {"crash", "accident", "fire", "flood", "earthquake", "storm", "collision"}:
        return "killed in an accident or disaster"
    return None


def _arrest_noun(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma == "jail" and tok.pos_ == "NOUN":
        return "a jail (a place)"
    if lemma == "detention" and (tok.dep_ in ("compound", "pobj") or _children(tok, "compound")
                                 and not _children(tok, "prep")):
        return "detention as a place or state"
    if tok.tag_ == "VBN" and tok.dep_ in ("amod", "acl") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
        return "detained as a description (detained migrants)"
    return None


def _violent(tok: Token) -> bool:
    """The sentence speaks of physical violence, or the word is modified by a weapon ("grenade attack")."""
    around = {t.lemma_.lower() for t in tok.sent if t.i != tok.i} | {t.lower_ for t in tok.sent if t.i != tok.i}
    return bool(around & _VIOLENCE)


def _physical(tok: Token) -> str | None:
    """"attacked the plan", "a blast of cold air", "a legal battle": violence words are what make them events."""
    lemma = tok.lemma_.lower()
    if lemma == "shell" and tok.pos_ == "NOUN":
        return "a shell (a company or a casing)"
    if lemma in ("explosion", "blast", "explode") and _accident(tok):
        return None  # an accident at works (``refine``)
    subjects = _heads_of(tok, ("nsubj",)) or ({tok.head.lemma_.lower()} if tok.dep_ == "acl" else set())
    if lemma in ("explode", "blast") and tok.pos_ == "VERB" and subjects and not subjects & (_DEVICES | _WORKS):
        return f"{tok.text} as growth or anger ({', '.join(sorted(subjects))} {tok.text})"
    if _violent(tok):
        return None
    if lemma in ("attack", "assault"):
        return "attack as criticism or in a game (no violence in the sentence)"
    if lemma in ("battle", "fighting"):
        return "a battle of words, votes or courts (no armed party in the sentence)"
    return f"{lemma} with no violence in the sentence"


def _around(tok: Token) -> set[str]:
    """The other lemmas of the sentence, a plant that is a works told apart from a bomb "planted"."""
    return {"works" if t.lemma_.lower() == "plant" and t.pos_ == "NOUN" else t.lemma_.lower()
            for t in tok.sent if t.i != tok.i}


def _accidental(tok: Token) -> bool:
    """"20 killed as a bus fell into a gorge", "killed in floods": a death with no adversary in the sentence."""
    around = _around(tok)
    return bool(around & (_DISASTERS | _VEHICLES | _WORKS)) and not around & (_WEAPONRY | _ATTACKERS | _ARMED)


def _accident(tok: Token) -> bool:
    """An explosion in a factory, a mine or a gas cylinder, with no attacker named: an accident."""
    around = _around(tok)
    return bool(around & _WORKS) and not around & (_ATTACKERS | _ARMED | _WEAPONRY)


def refine(tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
    """"clashes between troops and rebels" are fighting, not a riot; a boiler explosion is an accident."""
    lemma = tok.lemma_.lower()
    if plover[0] == "AGREE" and not _lemmas(list(tok.sent)) & _CONFLICT:
        return ("COOPERATE", "agree")  # states that agree on trade or visas: diplomacy (other_sense keeps no other)
    if plover[0] == "ASSAULT" and lemma in ("kill", "injure", "die", "wound") and _accidental(tok):
        nature = _lemmas(list(tok.sent)) & (_NATURE | {"flood", "flooding", "storm", "rain", "lightning"})
        return ("DISASTER", "natural" if nature else "accident")
    if plover == ("ASSAULT", "artillery") and "tear" in _lemmas(list(tok.sent)):
        return ("COERCE", "repress")  # "fired tear gas shells"
    if lemma == "strike" and tok.pos_ == "VERB":
        subjects = _heads_of(tok, ("nsubj",))
        if subjects & _AIRBORNE:
            return ("ASSAULT", "aerial")
        if subjects & _FIRED:
            return ("ASSAULT", "artillery")
    if plover[0] == "ASSAULT" and plover[1] == "explosive" and tok.lemma_.lower() in (
            "explosion", "blast", "explode") and _accident(tok):
        return ("DISASTER", "accident")
    if plover == ("PROTEST", "riot") and tok.lemma_.lower() == "clash" and \
            {t.lemma_.lower() for t in tok.sent} & _ARMED and not {t.lemma_.lower() for t in tok.sent} & {
                "protester", "demonstrator", "protest", "rioter", "crowd", "police"}:
        return ("FIGHT", None)
    return plover


def _disaster(tok: Token) -> str | None:
    """"a flood of complaints", "the market crash", "came under fire": a disaster word harming no one."""
    lemma = tok.lemma_.lower()
    if lemma in ("fire", "storm") and (tok.pos_ != "NOUN" or tok.head.lemma_.lower() in (
            "open", "set", "exchange", "cease", "return", "hold", "draw", "under", "of", "come", "trade")):
        if _heads_of(tok, ("dobj",)) & (_FIRED | {"projectile"}):
            return None  # "fired rockets": the trigger is the firing of them
        return f"{tok.text} as shooting, arson, an assault or a dismissal"
    if tok.head.lower_ == "like" or any(a.lower_ == "like" and a.dep_ == "prep" for a in list(tok.ancestors)[:2]):
        return f"{tok.text} in a likeness (spread like a bush fire)"
    if lemma in _NATURE or lemma == "fire" and tok.head.lemma_.lower() in ("break", "catch", "erupt", "rage"):
        return None
    said_of = _heads_of(tok, ("nsubj", "nsubjpass", "compound", "amod", "poss")) | {
        g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    if said_of & _FIGURATIVE:
        return f"{tok.text} of markets, talks or words ({', '.join(sorted(said_of & _FIGURATIVE))})"
    around = _lemmas([t for t in tok.sent if t.i != tok.i])
    if not around & (_HARM | _PHYSICAL | _VEHICLES | _WORKS):
        return f"{tok.text} harming no one and nothing in the sentence"
    return None


def _alleged(tok: Token) -> bool:
    """"it is alleged he raped", "accused of molesting": what one party says of another, not a reported act."""
    return any(a.lemma_.lower() in _ALLEGING for a in list(tok.ancestors)[:3])


def _seized(tok: Token) -> str | None:
    """"police recovered two grenades": a weapon found, seized or defused is not one used."""
    head = tok
    while head.dep_ in ("dobj", "conj", "pobj", "prep", "nsubjpass", "compound", "appos") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "VERB":
            return "a weapon seized, found or defused" if head.lemma_.lower() in SEIZING else None
    return None


def _amid_what(tok: Token) -> str | None:
    """Senses read from what surrounds the word: a disaster harming no one, a weapon found rather than used, a
    taking, leaving or accord with no armed party, an allegation, "according to"."""
    lemma = tok.lemma_.lower()
    if lemma in _DISASTERS and lemma not in ("explosion", "blast"):
        return _disaster(tok)
    if tok.pos_ == "NOUN" and lemma in ("grenade", "bomb", "ied", "landmine", "rocket", "shell", "mine", "mortar",
                                         "missile") and (found := _seized(tok)):
        return found
    around = {t.lemma_.lower() for t in tok.sent if t.i != tok.i}
    if lemma == "rap" and not tok.lower_.startswith(("rape", "raping")):
        return "rap (music or a knock)"  # the lemmatiser gives "rap" for "raped"
    if lemma in ("set", "open") and _heads_of(tok, ("dobj",)) & _BASES and not around & _CONFLICT:
        return f"{tok.text} with no armed party or conflict in the sentence"
    if lemma == "accord" and tok.pos_ != "NOUN":
        return "according to"
    if lemma in ("rape", "rap", "molest") and _alleged(tok):
        return "an allegation (alleged, accused, denied)"
    if lemma in SEIZING and around & DRUGS:
        return None  # a seizure of drugs is organised crime, wherever it happens
    if lemma in _NEEDS_CONFLICT and not around & _CONFLICT and not (lemma in _AGREEING and around & _DIPLOMACY):
        return f"{tok.text} with no armed party or conflict in the sentence"
    return None


def other_sense(tok: Token) -> str | None:
    """Why the trigger ``tok`` is not the event its word can name here, or None when it may be."""
    lemma = tok.lemma_.lower()
    sentence = tok.sent.text
    found = _amid_what(tok)
    if found or lemma in _DISASTERS and lemma not in ("explosion", "blast"):
        return found  # a disaster word is read by what it harms alone
    if lemma in ("attack", "assault", "bomb", "bombing", "explosion", "blast", "explode", "detonate", "battle",
                 "fighting", "shell", "injure", "hack", "hostage", "bomber", "encounter", "bombard", "bombardment",
                 "chlorine", "sarin", "blow", "rocket", "mortar", "missile", "artillery", "projectile"):
        return _physical(tok)
    if lemma == "clash" and not _violent(tok) and not {t.lemma_.lower() for t in tok.sent} & _CROWD:
        return "clash as a dispute or a match (no crowd, police or violence in the sentence)"
    if lemma == "march" or tok.text == "March":
        found = _month(tok)
        if found or tok.dep_ == "amod" or tok.lower_ == "marching" and tok.head.pos_ == "NOUN":
            return found or "marching as a description (a marching band)"
    if lemma in ("beat", "beating"):
        return _beat(tok, sentence)
    if lemma == "rally":
        return _rally(tok, _lemmas(list(tok.sent)))
    if lemma == "demonstrate":
        return _demonstrate(tok)
    if lemma == "strike":
        return _strike(tok)
    if lemma in ("kill", "injure", "die"):
        return _kill(tok)
    if lemma == "wound" and tok.pos_ == "NOUN":
        return "a wound, not a wounding"
    if lemma in ("jail", "detention", "detain"):
        return _arrest_noun(tok)
    if lemma == "walk":
        return _walk_out_of(tok)
    return None


def _walk_out_of(tok: Token) -> str | None:
    """"walked out of the police station": leaving a place, not a walkout ("walked out over pay", "walked off
    the job")."""
    out = next((c for c in tok.children if c.lower_ in ("out", "off")), None)
    if out is not None and any(c.lower_ in ("of", "from") for c in [*out.children, *tok.children]):
        return "walking out of a place (leaving it), not a walkout"
    return None
