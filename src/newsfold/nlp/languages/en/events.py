"""English event triggers: the lemmas that signal a PLOVER event type and mode, and the words that qualify them.

Triggers are general English news vocabulary; nothing here names a place, person or outlet.
"""

from __future__ import annotations

# lemma -> (PLOVER type, mode). Multi-word triggers are matched on "lemma particle" (walk out, step down).
TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protest": ("PROTEST", "demonstrate"), "rally": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"), "demonstration": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"), "chant": ("PROTEST", "demonstrate"), "picket": ("PROTEST", "demonstrate"),
    "heckle": ("PROTEST", "demonstrate"), "confront": ("PROTEST", "demonstrate"), "sit-in": ("PROTEST", "demonstrate"),
    "strike": ("PROTEST", "strike"), "walkout": ("PROTEST", "strike"), "walk-out": ("PROTEST", "strike"),
    "walk out": ("PROTEST", "strike"), "walk off": ("PROTEST", "strike"), "down tools": ("PROTEST", "strike"),
    "riot": ("PROTEST", "riot"), "clash": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"), "crackdown": ("COERCE", "repress"),
    "crack down": ("COERCE", "repress"), "ban": ("COERCE", "restrict"), "censor": ("COERCE", "restrict"),
    "beat": ("ASSAULT", "beat"), "beating": ("ASSAULT", "beat"), "torture": ("ASSAULT", "torture"),
    "kill": ("ASSAULT", "kill"), "shoot": ("ASSAULT", "shoot"), "wound": ("ASSAULT", "beat"),
    "attack": ("ASSAULT", "attack"), "assault": ("ASSAULT", "attack"), "stab": ("ASSAULT", "attack"),
    "murder": ("ASSAULT", "kill"), "massacre": ("ASSAULT", "kill"), "behead": ("ASSAULT", "kill"),
    "bomb": ("ASSAULT", "explosive"), "bombing": ("ASSAULT", "explosive"), "explosion": ("ASSAULT", "explosive"),
    "blast": ("ASSAULT", "explosive"), "explode": ("ASSAULT", "explosive"), "detonate": ("ASSAULT", "explosive"),
    "airstrike": ("ASSAULT", "aerial"), "air strike": ("ASSAULT", "aerial"), "drone strike": ("ASSAULT", "aerial"),
    "missile strike": ("ASSAULT", "artillery"), "shell": ("ASSAULT", "artillery"), "shelling": ("ASSAULT", "artillery"),
    "kidnap": ("ASSAULT", "abduct"), "abduct": ("ASSAULT", "abduct"), "kidnapping": ("ASSAULT", "abduct"),
    "abduction": ("ASSAULT", "abduct"), "rape": ("ASSAULT", "sexual"),
    "fighting": ("FIGHT", None), "battle": ("FIGHT", None), "ambush": ("FIGHT", None), "gunfight": ("FIGHT", None),
    "firefight": ("FIGHT", None), "skirmish": ("FIGHT", None),
    "open fire": ("ASSAULT", "shoot"), "gun down": ("ASSAULT", "shoot"),
    "ceasefire": ("AGREE", "ceasefire"), "cease-fire": ("AGREE", "ceasefire"), "truce": ("AGREE", "ceasefire"),
    "armistice": ("AGREE", "ceasefire"), "peace deal": ("AGREE", "peace"), "peace agreement": ("AGREE", "peace"),
    "peace accord": ("AGREE", "peace"),
    "seize weapon": ("COERCE", "seize"), "seize arm": ("COERCE", "seize"), "seize ammunition": ("COERCE", "seize"),
    "seize explosive": ("COERCE", "seize"), "recover weapon": ("COERCE", "seize"), "defuse": ("COERCE", "seize"),
    "loot": ("ASSAULT", "property"), "looting": ("ASSAULT", "property"), "torch": ("ASSAULT", "property"),
    "vandalise": ("ASSAULT", "property"), "vandalize": ("ASSAULT", "property"), "ransack": ("ASSAULT", "property"),
    "arson": ("ASSAULT", "property"),
    "visit": ("CONSULT", "visit"), "meet": ("CONSULT", "meet"), "meeting": ("CONSULT", "meet"),
    "summit": ("CONSULT", "meet"), "talk": ("CONSULT", "meet"), "phone": ("CONSULT", "phone"),
    "call for": ("REQUEST", None), "demand": ("REQUEST", None), "urge": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "accuse": ("ACCUSE", None), "condemn": ("ACCUSE", None), "denounce": ("ACCUSE", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "dismiss": ("REJECT", None), "defy": ("REJECT", None),
    "sanction": ("SANCTION", None),
    "mobilize": ("MOBILIZE", None), "mobilise": ("MOBILIZE", None), "drill": ("MOBILIZE", "military drill"),
    "resign": ("CONCEDE", "resign"), "resignation": ("CONCEDE", "resign"), "quit": ("CONCEDE", "resign"),
    "release": ("CONCEDE", "release"),
    "election": ("ELECTION", None), "re-election": ("ELECTION", None), "referendum": ("ELECTION", "referendum"),
    "statement": ("STATEMENT", None),
}

# What armed forces take, hold, leave or set up: territory and positions ("took control of the town").
TERRITORY = frozenset("""town city village district area territory base checkpoint position post outpost region
    province hill airport camp county locality neighbourhood neighborhood stronghold control border crossing
    enclave valley island port highway road bridge airbase""".split())
# What police and troops seize or defuse when a weapon's use is disrupted.
WEAPONS = frozenset("""weapon arm gun pistol rifle firearm ammunition explosive bomb grenade ied mine landmine cache
    round cartridge bullet detonator mortar rocket launcher device munition arsenal""".split())
SEIZING = ("seize", "recover", "confiscate", "find", "discover", "unearth", "defuse", "dismantle",
            "neutralise", "neutralize", "impound", "intercept", "destroy")
_TAKING = ("capture", "seize", "overrun", "take", "gain", "occupy", "wrest", "assume")
_RETAKING = ("recapture", "retake", "regain", "reclaim", "liberate", "reestablish", "re-establish", "restore")
_LEAVING = ("hand", "withdraw", "pull", "vacate", "cede", "abandon", "evacuate", "surrender", "transfer")
_SETTING_UP = ("establish", "set up", "open", "build", "erect", "construct")
_BASES = ("base", "camp", "headquarters", "hq", "outpost", "office", "checkpoint", "post", "training camp")
_THROWING = ("throw", "hurl", "lob", "toss")
_FIRING = ("fire", "launch", "lob", "rain")
_PROJECTILES = ("rocket", "missile", "mortar", "shell", "projectile")
_SEIZURES = ("seizure", "recovery", "discovery", "confiscation", "haul")  # "the recovery of arms", "an arms haul"
_ARGUED: dict[str, tuple[str, str | None]] = {}
_ARGUED |= (
    {f"{verb} {thing}": ("COERCE", "seize") for verb in (*SEIZING, *_SEIZURES) for thing in WEAPONS}
    | {f"{thing} {noun}": ("COERCE", "seize") for noun in _SEIZURES for thing in WEAPONS}
    | {f"{verb} {place}": ("FIGHT", "occupy") for verb in _TAKING for place in TERRITORY}
    | {f"{verb} {place}": ("FIGHT", "retake") for verb in _RETAKING for place in TERRITORY}
    | {f"{verb} {place}": ("RETREAT", "territory") for verb in _LEAVING for place in TERRITORY}
    | {f"{verb} over {place}": ("RETREAT", "territory") for verb in ("hand", "turn") for place in TERRITORY}
    | {f"{verb} {kind}": ("MOBILIZE", "base") for verb in _SETTING_UP for kind in _BASES}
    | {f"{verb} grenade": ("ASSAULT", "grenade") for verb in _THROWING}
    | {f"{verb} {thing}": ("ASSAULT", "artillery") for verb in _FIRING for thing in _PROJECTILES}
    | {f"use {kind} weapon": ("ASSAULT", "chemical") for kind in ("chemical", "toxic", "poison")}
    | {f"use {gas}": ("ASSAULT", "chemical") for gas in ("chlorine", "sarin", "gas", "toxin")}
    | {f"{verb} {deal}": ("AGREE", "peace") for verb in ("sign", "reach", "conclude", "ink", "agree")
       for deal in ("agreement", "accord", "deal", "treaty", "pact", "memorandum", "truce", "ceasefire")}
    | {f"claim {what}": ("STATEMENT", "responsibility") for what in ("responsibility", "credit")}
)
TRIGGERS |= _ARGUED | {
    "recapture": ("FIGHT", "retake"), "retake": ("FIGHT", "retake"), "overrun": ("FIGHT", "occupy"),
    "withdraw": ("RETREAT", "territory"), "withdrawal": ("RETREAT", "territory"), "pull out": ("RETREAT", "territory"),
    "pullout": ("RETREAT", "territory"), "pull back": ("RETREAT", "territory"), "handover": ("RETREAT", "territory"),
    "grenade": ("ASSAULT", "grenade"), "bombardment": ("ASSAULT", "artillery"), "bombard": ("ASSAULT", "artillery"),
    "air raid": ("ASSAULT", "aerial"), "bomber": ("ASSAULT", "explosive"),
    "blow up": ("ASSAULT", "explosive"), "ied": ("ASSAULT", "explosive"), "landmine": ("ASSAULT", "explosive"),
    "chlorine": ("ASSAULT", "chemical"), "sarin": ("ASSAULT", "chemical"),
    "set fire": ("ASSAULT", "property"), "set ablaze": ("ASSAULT", "property"), "burn down": ("ASSAULT", "property"),
    "vandalism": ("ASSAULT", "property"), "lynch": ("ASSAULT", "beat"), "lynching": ("ASSAULT", "beat"),
    "injure": ("ASSAULT", "beat"), "hack": ("ASSAULT", "attack"), "molest": ("ASSAULT", "sexual"),
    "sexual assault": ("ASSAULT", "sexual"), "gang-rape": ("ASSAULT", "sexual"),
    "abductee": ("ASSAULT", "abduct"), "hostage": ("ASSAULT", "abduct"),
    "encounter": ("FIGHT", None), "gunbattle": ("FIGHT", None), "shootout": ("FIGHT", None),
    "exchange fire": ("FIGHT", None), "offensive": ("FIGHT", None),
    "agreement": ("AGREE", "peace"), "accord": ("AGREE", "peace"), "treaty": ("AGREE", "peace"),
    "hunger strike": ("PROTEST", "strike"),
    # a group's change: fighters surrender or defect, groups form, merge, split or disband
    "surrender": ("CONCEDE", "group"), "defect": ("CONCEDE", "group"), "defection": ("CONCEDE", "group"),
    "disband": ("CONCEDE", "group"), "merge": ("CONCEDE", "group"), "merger": ("CONCEDE", "group"),
    "join group": ("CONCEDE", "group"), "pledge allegiance": ("CONCEDE", "group"), "rename": ("CONCEDE", "group"),
    "split": ("CONCEDE", "group"),
    "suspend operation": ("CONCEDE", "group"), "suspend activity": ("CONCEDE", "group"),
    "lay down arm": ("CONCEDE", "group"), "lay down weapon": ("CONCEDE", "group"),
    "rap": ("ASSAULT", "sexual"), "agree on": ("AGREE", None), "agree to": ("AGREE", None),
}
# What happens to people without an adversary: disasters of nature, and accidents (not PLOVER events; kept so that
# a death in a flood is not read as a killing, and coded by neither ACLED nor CCC).
TRIGGERS |= {word: ("DISASTER", "natural") for word in """earthquake quake flood flooding cyclone hurricane typhoon
    tornado landslide mudslide avalanche tsunami wildfire bushfire drought heatwave eruption downpour
    cloudburst storm rain rainfall""".split()}
TRIGGERS |= {word: ("DISASTER", "accident") for word in """crash collision derailment derail capsize collapse
    stampede accident blaze fire sink plunge overturn electrocute drown poisoning leak spill contamination
    contaminate pollution meltdown radiation burst""".split()}
# Organised crime: smuggling, trafficking, extortion, robbery (not PLOVER events; coded by neither ACLED nor CCC).
TRIGGERS |= {word: ("CRIME", None) for word in """smuggle smuggling smuggler trafficking trafficker extort extortion
    robbery rob heist racket""".split()}
DRUGS = frozenset("drug narcotic heroin cocaine opium cannabis marijuana hashish methamphetamine contraband".split())
TRIGGERS |= {f"{verb} {drug}": ("CRIME", None) for verb in (*SEIZING, *_SEIZURES) for drug in DRUGS}
TRIGGERS |= {f"{drug} {noun}": ("CRIME", None) for noun in _SEIZURES for drug in DRUGS}
TRIGGERS |= {f"bust {ring}": ("CRIME", None) for ring in "gang racket ring network cartel".split()}
TRIGGERS |= {
    "pelt": ("PROTEST", "riot"), "stone-pelting": ("PROTEST", "riot"), "human chain": ("PROTEST", "demonstrate"),
    "hartal": ("PROTEST", "strike"), "rocket": ("ASSAULT", "artillery"), "mortar": ("ASSAULT", "artillery"),
    "missile": ("ASSAULT", "artillery"), "artillery": ("ASSAULT", "artillery"),
    "projectile": ("ASSAULT", "artillery"),
}
_ENVOYS = ("ambassador", "envoy", "diplomat", "minister", "president", "delegation", "counterpart", "consul")
TRIGGERS |= {f"{verb} {envoy}": ("SANCTION", "diplomatic") for verb in ("expel", "recall", "summon")
             for envoy in _ENVOYS}
TRIGGERS |= {f"{verb} {envoy}": ("CONSULT", "meet") for verb in ("host", "receive", "welcome") for envoy in _ENVOYS}
TRIGGERS |= {f"{verb} {head}": ("CONCEDE", "group") for verb in ("appoint", "name", "announce", "elect", "choose")
             for head in ("leader", "chief", "commander", "head", "spokesman")}
TRIGGERS |= {f"{verb} {body}": ("CONCEDE", "group") for verb in ("form", "launch", "found", "create", "announce")
             for body in "group alliance coalition faction militia front movement wing outfit organisation".split()}
TRIGGERS |= {f"damage {thing}": ("ASSAULT", "property") for thing in """vehicle car bus truck shop office house home
    property window building school station""".split()}

# Nouns whose doing, as the subject of a verb that is no trigger itself, is the event: "protesters blocked roads".
DOER_TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protester": ("PROTEST", "demonstrate"), "protestor": ("PROTEST", "demonstrate"),
    "demonstrator": ("PROTEST", "demonstrate"), "marcher": ("PROTEST", "demonstrate"),
    "striker": ("PROTEST", "strike"), "rioter": ("PROTEST", "riot"), "looter": ("ASSAULT", "property"),
    "mob": ("PROTEST", "riot"), "miscreant": ("ASSAULT", "attack"),
    "gunman": ("ASSAULT", "shoot"), "attacker": ("ASSAULT", "attack"), "assailant": ("ASSAULT", "attack"),
}

# What doers do when their doing is the event: "protesters blocked the road" (not "protesters needed treatment").
DOER_ACTIONS = frozenset("""block shut occupy storm throw hurl pelt burn torch smash loot gather assemble converge pour
    surround barricade chant wave carry sit stage hold take fill flood clash attack fire shoot kill stab seize
    break set erect camp rally parade""".split())

# Words that must stand next to an ambiguous trigger for it to count ("call" alone is not an event).
NEEDS_OBJECT = {"phone": frozenset({"call", "speak", "talk", "conversation"})}

# Modal words that make an event hypothetical rather than reported ("may go on strike").
HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "threaten", "plan", "want", "prepare"})
