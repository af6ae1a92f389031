"""A learned reader of the general question one sentence asks, for a second question no keyword route knows.

A customer often asks two things at once ("Valt dit onder mijn verzekering? En hoe lang duurt het voordat ik van
jullie hoor?", "... wat gebeurt er als de kosten boven de 15.000 euro uitkomen?"). Rasa's classifier gives the whole
message one intent, and the keyword routes of `conversation.FAQ_KEYWORDS` know the common wordings of each topic but
not every one, so the second question went unanswered (issue 11, round 131). This reader classifies one asked sentence
into a topic of the general questions, or `none`: the same kind of model as the reader of conflict kinds
(`kind_reader.fit`: a linear SVM over tf-idf word and character n-grams, a fitted softmax temperature and a threshold
chosen out of fold, here for precision 0.97), trained on the examples of Rasa's own `faq_*` intents in `data/nlu/*.yml`, with
every other intent's examples (stories, form replies, small talk) as `none`. The eval sets are never read.

Saved as JSON and a NumPy archive in `models/faq_topics/`; trained by `flexbot train` or on first use when the data
changed.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import yaml

from flexbot import settings
from flexbot.dutch import fold
from flexbot.flexpolis import kind_reader

log = logging.getLogger(__name__)

NLU_DIR = settings.ROOT / "data" / "nlu"
PREFIX = "faq_"
NONE = kind_reader.NONE
# Left to their own routes: a complaint goes through the complaint detector, never a general answer from here.
NEVER = frozenset({"complaints", NONE})
MIN_WORDS = 4  # "En de kosten?" reads its context; that is the keyword routes' work
# A wrong second answer is noise beside the right first one: the threshold lets through topics that are right 97% of
# the time out of fold (0.9 would let "Wat kan ik doen?" after a story through as a disagreement with ARAG).
PRECISION = 0.97
FORMAT = 1  # part of the fingerprint: raise it when the rows or the training change
ENTITY = re.compile(r"\[([^\]]*)\](\([^)]*\)|\{[^}]*\})")  # "[Verkeer](module)": the words only

# An asked sentence: a question mark, or a question word first ("hoe lang duurt het voordat ik iets hoor").
ASKED = re.compile(
    r"\?|\b(vraag|vroeg) (ik )?me af\b|\bik wil (graag )?weten\b|"
    r"\b(hoe (snel|lang|laat|vaak|zit|werkt|gaat)|hoeveel|tot welk bedrag|vanaf welk bedrag)\b|^(en |maar |ook |verder |daarnaast |tweede vraag:? )?(wat|hoe\w*|waar\w*|wanneer|wie|welke?|waarom|kan|kun|kunt|"
    r"mag|moet|moeten|mogen|kunnen|geldt|krijg|krijgen|is|zijn|betaal|betaalt|betalen|vergoeden|vergoedt|heb|hebben|telt|tellen|"
    r"maakt)\b"
)
SENTENCE = re.compile(
    r"(?<=[.!?])\s+|\n+|,?\s+(?:en|maar) (?=(?:hoe|wat|wanneer|waar|wie|welke|hoeveel|moet|mag|kan|betalen|vergoeden|krijg|"
    r"geldt|is|zijn)\b)"
)


def model_dir() -> Path:
    return settings.MODELS_DIR / "faq_topics"


def _files() -> list[Path]:
    return sorted(NLU_DIR.glob("*.yml"))


def read_rows() -> list[dict[str, str]]:
    """Every example of Rasa's NLU data: a `faq_<topic>` intent's under its topic, any other intent's as `none`."""
    rows: list[dict[str, str]] = []
    for path in _files():
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            intent = str(block.get("intent") or "")
            if not intent:
                continue
            kind = intent.removeprefix(PREFIX) if intent.startswith(PREFIX) else NONE
            for line in str(block.get("examples") or "").splitlines():
                text = ENTITY.sub(r"\1", line.strip().removeprefix("- ").strip())
                if text:
                    rows.append({"text": text, "kind": kind, "writer": "-"})
    return rows


def data_hash() -> str:
    return kind_reader.fingerprint([kind_reader.VECTORISERS, kind_reader.C, PRECISION, FORMAT], _files())


def train() -> dict[str, object]:
    return kind_reader.fit(read_rows(), data_hash(), model_dir(), PRECISION)


def train_if_stale() -> bool:
    """Train when there is no model or the NLU data changed; True when it trained."""
    if kind_reader.is_current(model_dir(), data_hash()):
        return False
    log.info("trained the reader of general questions: %s", train())
    return True


def reader() -> kind_reader.KindReader:
    return kind_reader.cached(model_dir(), train_if_stale)


def topic(sentence: str) -> str | None:
    """The general question one sentence asks, when the reader is sure enough; None otherwise."""
    if len(sentence.split()) < MIN_WORDS or not settings.get().kind_reader:
        return None
    model = reader()
    found, probability = model.read(sentence)
    return found if found not in NEVER and probability >= model.threshold else None


def asked_sentences(text: str) -> list[str]:
    """The sentences of a message that ask something, in order."""
    return [s.strip() for s in SENTENCE.split(text) if s and s.strip() and ASKED.search(fold(s.strip()))]


def asked_topics(text: str) -> list[str]:
    """The general questions the asked sentences of a message are sure to be, in order, each once."""
    return list(dict.fromkeys(t for t in map(topic, asked_sentences(text)) if t))


if __name__ == "__main__":
    print(json.dumps(train(), indent=1))
