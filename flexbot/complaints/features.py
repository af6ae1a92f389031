"""Evidence tokens for the classifier: sentiment, negation, intensity, and at whom it is aimed.

`analyse(normalised, lexicon, context)` returns a string of feature tokens, one per piece of
evidence, for example

    "xlexnegarag xlexsterkarag xontkend xnegarag"   (De jurist van ARAG was totaal niet voorbereid)
    "xlexnegderde xnegderde"                        (De verhuurder is onbeschoft)
    "xlexpos xpos xvraag"                           (Top, en hoe zeg ik op?)

A linear model over words alone cannot learn "negative AND aimed at ARAG"; these tokens give it
that conjunction, and they generalise to wordings the training data never had because they come
from a 3,900-word sentiment lexicon rather than from the training lines.

Target: the party named nearest to the word in its sentence (rules.ARAG_MARKERS / THIRD_PARTY_MARKERS).
No party named: `context.default` ("geen" = nobody named, which in a talk with ARAG means ARAG;
"derde" when the context says the text is about the opponent, like the coverage form's conflict
description). Pronouns (hij, zij, ze, he, she, they...) refer to the last party the context named
("hij" after "mijn jurist" is the jurist).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.rules import (
    _CASE_WORD,
    _HANDLES,
    _SENTENCE,
    ARAG_MARKERS,
    HYPOTHETICAL,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
    THIRD_PARTY_MARKERS,
    third_parties,
)

# Facts a caller can pass as context (strings); other context strings are prior turns.
ABOUT_OPPONENT = "about:opponent"  # the text describes the legal conflict (coverage form)
ABOUT_ARAG = "about:arag"  # the text answers a question about ARAG's service

_WORDS = re.compile(r"[a-zà-ÿ']+")
_PRONOUNS = re.compile(r"\b(?:hij|zij|ze|hem|haar|he|she|they|him|them)\b")
NEGATORS = frozenset(
    "niet geen nooit niks nergens nauwelijks weinig amper allesbehalve not no never isn't wasn't "
    "don't didn't doesn't aren't weren't hardly zonder without".split()
)
INTENSIFIERS = frozenset(
    "zeer heel erg echt super totaal helemaal ontzettend enorm vreselijk "
    "verschrikkelijk bijzonder uiterst zo compleet volledig absoluut ronduit "
    "very really so extremely totally completely absolutely".split()
)
TOO = frozenset(("te", "too"))
# Dissatisfaction carried by construction rather than by a sentiment word: "had beter gekund",
# "mocht wel wat vriendelijker", "nooit meer", "never again", "een afrader", "sla ... over".
COULD_BE_BETTER = re.compile(
    r"\b(?:kon|kan|kunnen|konden|mocht|mag|mogen|moest|moet|had|hadden|zou|zouden|could|should)\b"
    r"[^.?!]{0,40}\b(?:beter|sneller|vriendelijker|duidelijker|netter|wel wat|better|faster)\b"
)
NEVER_AGAIN = re.compile(
    r"\bnooi?t meer\b|\bnever again\b|\bniet meer terug\b|\bafrader\b"
    r"|\bblijf (?:er )?weg\b|\bsla\b[^.?!]{0,30}\bover\b|\bwegblijven\b|\bstay away\b"
)


# A denied negative is praise: "geen enkel probleem", "niets op aan te merken", "kon niet beter",
# "no complaints", "couldn't have been better". Emitted as `xontkendneg`, not as dissatisfaction.
NEGATED_NEGATIVE = re.compile(
    r"\b(?:geen|zonder|nooit|nergens)\s+(?:enkele?\s+|een\s+)?(?:probleem|problemen|punt|klacht|klachten"
    r"|gedoe|gezeur|wachttijd|wachttijden|wachtrij|verrassingen|discussie|moeite|last|krasje|storing|storingen"
    r"|verborgen kosten|kleine lettertjes|poespas)\b"
    r"|\bniet?s\s+(?:mis|negatiefs|op aan te merken|te klagen|aan te merken|slechts|verkeerd)\b"
    r"|\bniks\s+(?:mis|negatiefs|op aan te merken|te klagen|aan te merken)\b"
    r"|\b(?:kon|kan|kunnen|had)\s+(?:echt\s+|werkelijk\s+|eigenlijk\s+)?niet\s+beter\b(?!\s+(?:gekund|gemoeten))"
    r"|\bcould(?:n't| not)\s+(?:have been\s+|be\s+)?better\b"
    r"|\bno\s+(?:problems?|issues?|complaints?|hassle|fuss|worries)\b|\bnothing\s+(?:wrong|to complain)\b"
)
# Praise said through a negation: "niet normaal goed", "niet te versmaden", "can't wait", "couldn't
# be happier". The negator is blanked so the praise word counts as praise; `xontkendneg` is emitted.
# "nog nooit zo lekker" / "nog nooit zo lang gewacht": "nooit zo" intensifies, it denies nothing.
NEVER_SO = re.compile(
    r"\b(?:nog\s+)?nooit(?:\s+eerder)?(?=\s+zo(?:'n|n)?\s)|\bnever(?=\s+(?:been|had|seen)\s+(?:such|so)\b)"
)
PRAISE_BY_NEGATION = re.compile(
    r"\bniet(?=\s+normaal\s+(?:lekker|goed|mooi|leuk|snel|vriendelijk|fijn|gezellig|heerlijk)\b)"
    r"|\bniet(?=\s+te\s+(?:versmaden|missen|overtreffen|evenaren|verbeteren)\b)"
    r"|\bcan'?t(?=\s+wait\b)|\bcan'?t(?=\s+recommend\b[^.?!]{0,20}\benough\b)"
    r"|\bcould(?:n'?t| not)(?=\s+(?:be|have been)\s+(?:happier|more (?:pleased|satisfied|helpful)))"
)
# A fair price is praise, not a lukewarm verdict: "redelijke prijs", "de prijs is redelijk".
FAIR_PRICE = re.compile(
    r"\b(?:redelijk|redelijke|schappelijk|schappelijke|acceptabel|acceptabele|normaal|normale)\s+(?:geprijsd|prijs|prijzen|tarief|tarieven|premie)\b"
    r"|\b(?:prijs|prijzen|tarief|tarieven|premie|prijs-kwaliteit\w*|prijs/kwaliteit\w*)\s+(?:is|was|zijn|waren|blijft|lijkt)\s+"
    r"(?:heel\s+|zeer\s+|best\s+|erg\s+|prima\s+|gewoon\s+|ook\s+)?(?:redelijk|schappelijk|acceptabel|normaal)\b"
    r"|\b(?:reasonabl[ey]\s+priced|reasonable\s+price|fair\s+price)\b"
)
# Mild criticism that carries no strong sentiment word: "wat traag", "aan de prijzige kant",
# "viel tegen", "liet te wensen over", "minpunt", "enige nadeel", "een beetje rommelig".
MILD = re.compile(
    r"\baan de (?:\w+e) kant\b|\b(?:valt|viel|vielen|vallen)\b[^.?!]{0,25}\btegen\b|\bte wensen\b"
    r"|\bmin(?:punt|puntje|pluspunt)\b|\bnadeel\b|\bnadelen\b|\bjammer\b|\bhelaas\b|\bbalen\b"
    r"|\b(?:wat|beetje|tikje|ietsje|nogal|vrij|best wel)\s+(?:traag|laat|lang|duur|prijzig|rommelig|kortaf|karig"
    r"|klein|koud|lauw|stroef|onduidelijk|matig|omslachtig|onvriendelijk|druk|luid|hard|vies|smerig)\b"
    r"|\b(?:had|hadden|heb)\b[^.?!]{0,30}\b(?:meer|beter|anders)\b[^.?!]{0,20}\b(?:verwacht|gedacht)\b"
    r"|\bverwacht(?:te|ten)?\b[^.?!]{0,20}\bmeer\b|\bnet niet\b|\bnot impressed\b|\bbit (?:slow|pricey|expensive)\b"
    r"|\boverpriced\b|\bunfortunately\b|\bshame\b|\bpity\b|\bdownside\b|\b(?:te|zo|erg|veel te) laat\b"
)
# Lukewarm verdicts: in a review "redelijk", "niets bijzonders", "gemiddeld" are faint praise that
# people write when they were not satisfied; the lexicon scores them neutral or mildly positive.
LUKEWARM = re.compile(
    r"\b(?:redelijk|gemiddeld|middelmatig|acceptabel|zozo|gewoontjes|doorsnee|een (?:krappe |magere |dikke )?voldoende"
    r"|een (?:zes|zesje|vijf|vijfje)|zes min"
    r"|niets? (?:speciaals|bijzonders)|niks (?:speciaals|bijzonders)|niet (?:bijzonder|speciaal|geweldig|om over naar huis te schrijven)"
    r"|kan ermee door|het is wat het is|mwah|meh|so-so|mediocre|average|nothing special|just ok(?:ay)?)\b"
)
# Friction told as facts, without a sentiment word: waiting with a duration ("twee weken gewacht",
# "40 minuten moeten wachten", "waited 3 hours"), "pas na drie weken", "nog steeds niet/geen",
# "in plaats van", "weer/alweer" + a failure, "slechts/amper/nauwelijks" + an amount, "zelf
# achteraan", "moest ... opnieuw".
_DURATION = (
    r"(?:\d+|een|één|anderhalf|anderhalve|half|halve|twee|drie|vier|vijf|zes|zeven|acht|tien|een paar|enkele|ruim|bijna"
    r"|an|a|two|three|four|five|six|ten|several|couple of)\s+(?:\w+\s+)?"
    r"(?:minuten|minuut|kwartier|uur|uren|dagen|dag|weken|week|maanden|maand|minutes|hours|hour|days|weeks|months)"
)
FRICTION = re.compile(  # `(?<!\w)(?:...)`: fails at once inside a word (speed; every alternative starts a word)
    rf"(?<!\w)(?:\b{_DURATION}\b[^.?!]{{0,30}}\b(?:wachten|gewacht|wachtte|wachtten|in de wacht|aan de lijn|waited|waiting|wait|on hold)\b"
    rf"|\b(?:wachten|gewacht|wacht|wachtte|waited|waiting|on hold)\b[^.?!]{{0,25}}\b{_DURATION}\b"
    r"|\bpas na\b|\bpas (?:de volgende|een week|na|om|weken|maanden)\b|\bnog (?:steeds|altijd) (?:niet|geen|niks|niets)\b"
    r"|\bstill (?:no|not|nothing|waiting)\b|\bin plaats van (?:de |het )?(?:beloofde|afgesproken|toegezegde)\b"
    r"|\b(?:slechts|amper|nauwelijks)\s+(?:\d+|een|één|twee|drie|vier|vijf|half|halve|enkele|weinig)\b"
    r"|\bzelf\s+(?:achteraan|achter\w*\s+aan|bellen|navragen|uitzoeken)\b|\b(?:moest|moesten|moet)\b[^.?!]{0,30}\bopnieuw\b"
    r"|\b(?:\w+\s+)?keer\s+(?:moeten\s+)?(?:bellen|gebeld|mailen|gemaild|vragen|gevraagd)\b|\b\w+\s+times\b[^.?!]{0,15}\b(?:called|emailed|asked|rang)\b"
    r")"
)
# A promise followed by the time that has passed since: "zou binnen het uur terugbellen. Nu is het
# avond", "would call back on Monday ... still nothing". Read over the whole text.
BROKEN_PROMISE = re.compile(
    r"\b(?:zou|zouden|beloofd|beloofde|beloofden|toegezegd|zegden|zeiden|would|promised|said)\b[^?]{0,80}?"
    r"\b(?:terugbellen|bellen|terugkomen|reageren|mailen|sturen|opsturen|langskomen|komen|regelen|betalen"
    r"|overmaken|terugbetalen|opnemen|call|email|reply|send|come|refund|pay|fix)\b"
    r"[^?]{0,80}?\b(?:nu is het|het is nu|inmiddels|intussen|nog steeds|nog altijd|nog niet|nooit|niks|niets"
    r"|still|now it'?s|nothing|never)\b"
)
# Irony: strong praise next to a non-event or a repeat ("heerlijk, weer een week niks gehoord",
# "geweldig geregeld, alweer geen reactie", "great, another delay").
IRONY = re.compile(
    r"\b(?:heerlijk|geweldig|fantastisch|top|lekker|knap|fijn|bravo|prachtig|great|fantastic|brilliant|lovely|nice)\b"
    r"[^?]{0,40}?\b(?:weer|alweer|opnieuw|wederom|another|again)\b[^?]{0,40}?"
    r"\b(?:niks|niets|geen|nooit|vertraging|storing|wachten|nothing|no|delay|outage)\b"
    r"|\b(?:weer|alweer|opnieuw)\b[^?]{0,30}?\b(?:niks|niets|geen)\b[^?]{0,30}?"
    r"\b(?:heerlijk|geweldig|fantastisch|top|knap|fijn|bravo|prachtig|lekker)\b"
    # "wat een topservice, ik mag weer opnieuw beginnen", "goh, weer een prijsverhoging", "great, another outage"
    r"|\b(?:heerlijk|geweldig|fantastisch|topservice|top hoor|fijn hoor|lekker hoor|super hoor|knap hoor|goh|wauw|great"
    r"|brilliant|lovely|cool cool)\b[^?]{0,40}?\b(?:alweer|opnieuw|wederom|another|yet again)\b"
    # round 121: "Lekkere rechtsbijstand." at the end of a message about a case that does not move
    r"|\b(?:lekker|lekkere|mooie|fijne|geweldige|top) (?:service|rechtsbijstand\w*|hulp|verzekering|verzekeraar|klantenservice"
    r"|jurist|behandeling|dienstverlening)\W*$"
    r"|\baanrader als je\b|\bals je (?:graag |van )[^.?!]{0,30}\b(?:houdt|hangt|wacht)\b|\bif you (?:like|love|enjoy)\b"
    r"[^.?!]{0,30}\b(?:waiting|hold|queues?|delays?)\b|\bwat een verrassing\b|\bwhat a surprise\b"
)
# A reproach asked as a question: "waarom duurt het zo lang?", "hoe lang moet ik nog wachten?", "waar
# blijft ...?", "hoezo niet gedekt?", "why does it take 10 days?", "where is my refund?". Not a
# plain question (`xvraag`), but dissatisfaction.
REPROACH = re.compile(  # guarded like FRICTION
    r"(?<!\w)(?:\bwaarom\b[^.?!]{0,40}\b(?:duurt|lang|nog steeds|nog altijd|nooit|niet|geen|weer|steeds)\b"
    r"|\bhoe ?lang\b[^.?!]{0,30}\bnog\b|\bwaar blijf(?:t|en)\b|\bhoezo\b|\bwanneer\b[^.?!]{0,40}\beindelijk\b"
    r"|\bwhy (?:does|do|is|are|did|can't|won't|hasn't|haven't)\b[^.?!]{0,40}\b(?:take|so|still|never|not|no|again|always)\b"
    r"|\bwaar (?:is|zijn)\b[^.?!]{0,30}\bgebleven\b|\bwanneer\b[^.?!]{0,40}\b(?:eens|nou)\b|\bnou eindelijk\b"
    r"|\b(?:eens|nou) (?:normaal|fatsoenlijk|gewoon)\b|\bwat duurt (?:dat|het|dit)\b[^.?!]{0,20}\blang\b"
    r"|\bzo (?:gaat|kan) het niet (?:langer|meer|verder)\b|\bgeen manier van (?:werken|doen)\b"
    r"|\ber\s+(?:\w+\s+)?klaar mee\b|\b(?:zo|helemaal|echt|spuug)\s*klaar met\b|\bklaar mee\b|\bspuugzat\b"
    r"|\bwhere(?:'s| is)\s+my\b|\bhow (?:many|much) (?:more|longer|times)\b|\bhow long\b[^.?!]{0,30}\b(?:still|more|supposed)\b"
    r")"
)
# A bare "waarom niet?", "hoezo?" after an answer asks for the reason; with nothing else said it is no
# reproach yet ("waarom niet? belachelijk" still is: the second sentence carries it).
BARE_WHY = re.compile(
    r"\W*(?:en |maar )?(?:waarom|hoezo|how come|why)(?: (?:dan|eigenlijk|dat|nou|nu|precies))*"
    r"(?: niet| not)?(?: (?:dan|eigenlijk|precies))*\W*"
)
# A question without a question mark: a wh-word or a finite verb + subject first ("sluiten jullie
# ... uit", "kan ik ..."). "waarom" is left out: "waarom duurt het zo lang" is mostly a reproach;
# "wat een ...", "what a ..." are exclamations.
QUESTION_START = re.compile(
    r"^\W*(?:hoe|wat(?! een\b)|wanneer|waar|wie|welke?|hoeveel|hoelang|how|what(?! an?\b)|when|where|who|which"
    r"|(?:kan|kun|kunt|kunnen|mag|mogen|moet|moeten|is|zijn|ben|heb|hebt|heeft|hebben|wil|wilt|willen|zal|zou"
    r"|doe|doet|doen|dekt|dekken|vergoedt|vergoeden|sluit|sluiten|betaalt|betalen|geldt|gelden|krijg|krijgt"
    r"|valt|vallen|werkt|werken|can|do|does|is|are|will|could)\s+(?:ik|je|jij|u|jullie|we|wij|het|er|dat|dit"
    r"|mijn|de|een|i|you|we|it|there|my|the))\b"
)
# Negation scope ends at a clause boundary: "niet duur, heerlijk eten" does not deny "heerlijk".
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:maar|en|want|dus|omdat|terwijl|but|and|because)\b")
# "niet alleen lekker" / "not only" deny nothing.
NOT_ONLY = re.compile(r"\b(?:niet alleen|niet enkel|niet voor niets|not only|not just)\b")
# Contrast: what follows "maar", "alleen", "helaas", "wel", "echter", "but", "however" in a sentence.
CONTRAST = re.compile(r"\b(?:maar|alleen|echter|helaas|daarentegen|toch|but|however|although|though)\b")


@dataclass(frozen=True)
class Context:
    default: str = "geen"  # party of dissatisfaction that names nobody
    pronoun: str | None = None  # party that pronouns refer to ("arag" / "derde")


NO_CONTEXT = Context()


def _last_party(text: str) -> str | None:
    last: tuple[int, str] | None = None
    for kind, pattern in (("arag", ARAG_MARKERS), ("derde", THIRD_PARTY_MARKERS)):
        for m in pattern.finditer(text):
            if last is None or m.start() >= last[0]:
                last = (m.start(), kind)
    return last[1] if last else None


def make_context(context: str | Sequence[str] | None, normalise: Callable[[str], str]) -> Context:
    """Context from known facts (ABOUT_OPPONENT / ABOUT_ARAG) and prior turns, newest last."""
    if not context:
        return NO_CONTEXT
    items = [context] if isinstance(context, str) else [c for c in context if isinstance(c, str)]
    default, pronoun = "geen", None
    for item in items:
        fact = item.strip().lower()
        if fact == ABOUT_OPPONENT:
            default, pronoun = "derde", "derde"
        elif fact == ABOUT_ARAG:
            default, pronoun = "geen", "arag"
        else:
            party = _last_party(normalise(item))
            if party:
                pronoun = party
    return Context(default, pronoun)


def _spans(sentence: str, context: Context) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "arag") for m in ARAG_MARKERS.finditer(sentence)]
    spans += [(m.start(), m.end(), "derde") for m in third_parties(sentence, bool(spans))]
    if context.pronoun and not spans:
        spans = [(m.start(), m.end(), context.pronoun) for m in _PRONOUNS.finditer(sentence)]
    return spans


# A word that introduces its party: "gedoe met de buren", "ruzie met mijn verhuurder", "trouble with my landlord".
_INTRODUCES = re.compile(r"\s+(?:met|tegen|with|against)\s+(?:(?:de|het|mijn|onze|ons|een|die|the|my|our|a)\s+)?")


def nearest(spans: list[tuple[int, int, str]], start: int, end: int, default: str, sentence: str = "") -> str:
    """The party of the span nearest to [start, end) (ARAG on a tie); the party a word introduces first."""
    if sentence and any(kind == "derde" and _INTRODUCES.fullmatch(sentence, end, s) for s, _, kind in spans):
        return "derde"
    best: tuple[int, str] | None = None
    for s_start, s_end, kind in spans:
        dist = start - s_end if s_end <= start else (s_start - end if s_start >= end else 0)
        if best is None or dist < best[0] or (dist == best[0] and kind == "arag"):
            best = (dist, kind)
    return best[1] if best else default


# "is dat te ver weg?", "zijn we te laat?": a measure asked about, no reproach (round 116).
_ASKED_MEASURE = frozenset({"is", "zijn", "ben", "was", "waren", "wordt"})


def _in_context(p: float, before: list[str], asking: bool = False) -> tuple[float, bool]:
    """A word's polarity given the (up to three) words before it, and whether it is negated. `asking`: the
    sentence asks, so "is dat te ver" asks a measure rather than reproaching one."""
    negated = any(w in NEGATORS for w in before) or " ".join(before[-3:]).find("alles behalve") >= 0
    if negated:
        # "geen fatsoenlijke excuses": even a mildly positive word is dissatisfaction when denied
        p = min(-0.3, -0.8 * p) if p >= 0.1 else -0.4 * p
    if any(w in INTENSIFIERS for w in before[-2:]):
        p = max(-1.0, min(1.0, 1.4 * p))
    asked = asking and len(before) == 3 and before[0] in _ASKED_MEASURE
    if before and before[-1] in TOO and p > -0.3 and not negated and not asked:
        p, negated = -0.5, True  # "te duur", "te lang", "too slow"
    return p, negated


def _negative_word_tokens(p: float, negated: bool, party: str) -> list[str]:
    tokens = ["xlexneg" + party]
    if p <= -0.6:
        tokens.append("xlexsterk" + party)
    if negated:
        tokens.append("xontkend" + party)
    return tokens


def _balance(pos_mass: float, neg_mass: float) -> list[str]:
    """Balance of the whole text, independent of its length: a long review full of praise with
    one negative word reads differently from a short angry line with the same word."""
    if pos_mass >= 2 * neg_mass and pos_mass > 0:
        return ["xbalanspos"]
    if neg_mass >= 2 * pos_mass and neg_mass > 0:
        return ["xbalansneg"]
    if neg_mass > 0:
        return ["xbalansgemengd"]
    return []


def _deny(sentence: str, tokens: list[str]) -> str:
    """Denied negatives ("geen enkel probleem", "kon niet beter") count as praise and are blanked
    out of the sentence before any negative evidence is read."""
    for pattern, name in (
        (NEGATED_NEGATIVE, "xontkendneg"),
        (PRAISE_BY_NEGATION, "xontkendneg"),
        (NEVER_SO, "xnooitzo"),
        (FAIR_PRICE, "xprijsok"),
    ):
        for m in pattern.finditer(sentence):
            tokens.append(name)
            sentence = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
    return sentence


# Asking leave: "kan ik ...?", "mag ze ...?".
MAY_I = re.compile(
    r"^\W*(?:kan|kun|kunt|kunnen|mag|mogen|can|may)\s+(?:ik|je|jij|u|we|wij|ze|zij|hij|i|we|she|he|(?:mijn|m'n|onze|ons|my|our) \w+)\b[^.!]*\?"
)


def _phrases(sentence: str, spans: list[tuple[int, int, str]], default: str, tokens: list[str]) -> bool:
    """Cue words (negation-aware) and constructions; True when one of them is dissatisfaction."""
    negative = False
    contrast = CONTRAST.search(sentence)
    for m in NEGATIVE_WORDS.finditer(sentence):
        clause = max([0] + [b.end() for b in CLAUSE_BREAK.finditer(sentence, 0, m.start())])
        before = [w.group(0) for w in _WORDS.finditer(sentence[max(clause, m.start() - 30) : m.start()])][-3:]
        if m.group(0) not in NEGATORS and any(w in NEGATORS for w in before):
            tokens.append("xnegontkend")  # "niet duur", "nooit kapot"
            continue
        tokens.append("xneg" + nearest(spans, m.start(), m.end(), default, sentence))
        negative = True
    tokens += ["xpos"] * len(POSITIVE_WORDS.findall(sentence))
    for pattern, name in (
        (COULD_BE_BETTER, "xbeterkon"),
        (NEVER_AGAIN, "xnooitmeer"),
        (MILD, "xmild"),
        (LUKEWARM, "xlauw"),
        (FRICTION, "xfrictie"),
        (REPROACH, "xverwijt"),
    ):
        if pattern is REPROACH and BARE_WHY.fullmatch(sentence):
            continue
        for m in pattern.finditer(sentence):
            if pattern is FRICTION and m.group(0).startswith("zelf") and MAY_I.match(sentence):
                continue  # "kan ik jullie zelf bellen?" asks leave, no errand the customer had to run
            tokens.append(name + nearest(spans, m.start(), m.end(), default, sentence))
            negative = True
            if contrast and m.start() > contrast.start():
                tokens.append("xmaarneg")
    return negative


def _lexicon_words(
    sentence: str,
    lexicon: Lexicon,
    english: bool,
    spans: list[tuple[int, int, str]],
    default: str,
    tokens: list[str],
) -> tuple[float, float]:
    """Sentiment-lexicon hits with negation (within the clause) and target; (negative, positive) mass."""
    neg_mass = pos_mass = 0.0
    contrast = CONTRAST.search(sentence)
    words = list(_WORDS.finditer(sentence))
    asking = sentence.rstrip().endswith("?") or bool(QUESTION_START.match(sentence))
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(sentence)] + [m.end() for m in NOT_ONLY.finditer(sentence)]
    for i, m in enumerate(words):
        word = m.group(0)
        if word in INTENSIFIERS or word in NEGATORS or word in TOO:
            continue  # "erg", "zeer" are adjectives in the lexicon too; here they modify
        p = lexicon.polarity(word, english)
        if p is None:
            continue
        clause = max((b for b in breaks if b <= m.start()), default=0)
        p, negated = _in_context(p, [w.group(0) for w in words[max(0, i - 3) : i] if w.start() >= clause], asking)
        if abs(p) < 0.25:
            continue
        if p < 0:
            neg_mass += -p
            tokens += _negative_word_tokens(p, negated, nearest(spans, m.start(), m.end(), default, sentence))
            if contrast and m.start() > contrast.start():
                tokens.append("xmaarneg")  # "goed eten, maar de bediening was traag"
        else:
            pos_mass += p
            tokens.append("xlexpos")
            if p >= 0.6:
                tokens.append("xlexpossterk")
    return neg_mass, pos_mass


def analyse(normalised: str, lexicon: Lexicon, context: Context = NO_CONTEXT) -> str:
    """Feature tokens for one normalised text (see module doc)."""
    text = _HANDLES.sub(lambda m: " " * len(m.group(0)), normalised)
    english = lexicon.is_english(text)
    tokens: list[str] = ["xengels"] if english else []
    any_negative = False
    neg_mass = pos_mass = 0.0
    for raw in _SENTENCE.findall(text) or [text]:
        spans = _spans(raw, context)
        sentence = _deny(raw, tokens)
        sentence_negative = _phrases(sentence, spans, context.default, tokens)
        negative, positive = _lexicon_words(sentence, lexicon, english, spans, context.default, tokens)
        neg_mass, pos_mass = neg_mass + negative, pos_mass + positive
        sentence_negative = sentence_negative or negative > 0
        if sentence_negative and POSITIVE_WORDS.search(sentence):
            tokens.append("xgemengd")
        if HYPOTHETICAL.match(sentence):
            tokens.append("xvraag")
        elif (sentence.rstrip().endswith("?") or QUESTION_START.match(sentence)) and not sentence_negative:
            tokens.append("xvraag")
        any_negative = any_negative or sentence_negative
    for pattern, name in ((BROKEN_PROMISE, "xbelofte"), (IRONY, "xironie")):
        for m in pattern.finditer(text):
            tokens.append(name + nearest(_spans(text, context), m.start(), m.end(), context.default))
            any_negative = True
    if not any_negative:
        tokens.append("xzonderneg")
    tokens += _balance(pos_mass, neg_mass)
    return " ".join(tokens)


def tagged_text(normalised: str) -> str:
    """The text with a side tag after each party mention (word n-gram input)."""
    if not _CASE_WORD.search(normalised) or not ARAG_MARKERS.search(normalised):
        tagged = ARAG_MARKERS.sub(lambda m: f"{m.group(0)} xaragx", normalised)
        return THIRD_PARTY_MARKERS.sub(lambda m: f"{m.group(0)} xderdex", tagged)
    # a third party that only names the case next to ARAG's side is no party here (rules.third_parties)
    out = []
    for sentence in _SENTENCE.findall(normalised) or [normalised]:
        kept = {m.start() for m in third_parties(sentence)}

        def tag(m: re.Match[str], kept: set[int] = kept) -> str:
            return f"{m.group(0)} xderdex" if m.start() in kept else m.group(0)

        sentence = THIRD_PARTY_MARKERS.sub(tag, sentence)
        out.append(ARAG_MARKERS.sub(lambda m: f"{m.group(0)} xaragx", sentence))
    return "".join(out)
