"""Flexbot's intent classifier: a linear SVM over tf-idf word and character n-grams.

Cheap at inference (two sparse vectorisers and one matrix product, no TensorFlow) and measured
against Rasa's LogisticRegressionClassifier over CountVectors by the cross-validation in
docs/nlu.md. Features, all from the message text (accents folded, lower case):

- word 1-2-grams and character 2-5-grams inside word boundaries, tf-idf with sublinear tf;
- a few marker tokens from the tested Dutch parsers of the coverage form (flexbot/flexpolis):
  the message names a country, a Flexpolis module or an amount, contains a digit, ends with "?",
  uses a word of the domain (insurance, legal help, usual opponents) or none, looks like another
  language (another script, or more foreign than Dutch function words), and its length in words
  (1..6+). They tell a form reply ("mijn man", "in Frankrijk") from a
  question about the same thing ("is mijn man meeverzekerd?"). Also the kind of conflict and
  whether an opponent is named, as flexbot/flexpolis/conflicts.py reads them, so an unseen word
  for a known kind ("zeiljachtje") lands near its trained examples. And how the message opens
  (its first word and first two words) and whether it has a negation or exclusion word; and
  each marker again joined with the message's size (short, mid, long), so "a short message
  naming a party" (a form reply) differs from "a longer one naming a party" (a story). And (round 9)
  whether it asks to be called back ("bel me terug", "kan iemand mij bellen"), so a call-back request
  with a story around it stays one.
- the character block weighs `char_weight` (1.5) against the word block.

Confidences: softmax over the SVM's decision scores with one temperature, fitted on out-of-fold
scores of the training data (minimum log loss), so FallbackClassifier's thresholds keep a meaning.
A message unlike anything in training is mixed toward uniform by how much of it is unknown
(`known_share`: word and character n-gram coverage), so gibberish reaches the fallback.
The model is stored as JSON (vocabularies, settings) and a NumPy archive (idf, weights): no pickle.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC

from flexbot.dutch import fold
from flexbot.tfidf_linear import TfidfLinear

logger = logging.getLogger(__name__)

_WORD_TOKENS = re.compile(r"\w+")
# Words of the assistant's own domain (insurance, legal help, the usual opponents). A message
# without any of them is more likely small talk or out of scope than a Flexpolis question; a
# question with one carries a topic of its own (bot/components/complaint_detector.py).
DOMAIN = re.compile(
    r"(verzeker|polis|arag|jurist|advoca|dekking|gedekt|dekt|conflict|ruzie|geschil|premie|module|"
    r"claim|zaak|zaken|rechtsbijstand|rechtshulp|juridisch|klacht|meld|vergoed|kosten|uitsluit|"
    r"uitgesloten|opzeg|eigen risico|rechter|procedure|buurman|buren|werkgever|verhuurder|huisbaas|"
    r"ontslag|uwv|webshop|aanrijding|schade|zeg (ik|je|u|we) \w*( \w+)? op\b)"
)
# Function words of the languages customers write in besides Dutch (English, German, French,
# Spanish, Portuguese, Polish, Turkish); a message using more of these than Dutch ones, or written
# in another script, gets the marker "zzforeign".
_FOREIGN = frozenset(
    "the you your my is are do does can could would please what how where why have has with this that "
    "i we it not speak english covered help hello "
    "ich sie ihr mein meine bin ist haben können sprechen deutsch eine einer bitte nicht und "
    "vous mon ma est avez pouvez parlez parle pas ne français une pour avec bonjour "
    "el la es tengo una sobre hablas español por favor "
    "fala português eu tenho "
    "czy pan mam pytanie mówi po "
    "bir var mısınız musunuz hakkında".split()
)
_DUTCH = frozenset(
    "de het een ik mijn je jij u uw is zijn ben heb heeft hebben wat hoe waar wanneer wie welke kan kun "
    "mag moet wil niet geen en of voor met van op in aan bij over naar als dat die er ook nog wel maar "
    "dan nu hier jullie we wij ze hij zij".split()
)
# Examples labelled `complain` (data/nlu/complain.yml) are for measuring the whole pipeline: the
# complaint detector decides them (bot/components/complaint_intent.py), the classifier never learns them.
COMPLAIN = "complain"
_TEMPERATURES = np.geomspace(0.5, 50.0, 60)
# Markers that are evidence of meaning even when the words are unseen (`known_share`).
_EVIDENCE = frozenset({"zzcountry", "zzamount", "zzmodules", "zzopponent"})
# Character n-grams this long or longer tell a known spelling; shorter ones ("qw") match anything.
_MIN_KNOWN_GRAM = 3
_WORDS = re.compile(r"[a-z]+")
_NEGATIONS = frozenset("niet geen nooit niks niets buiten uitgesloten uitsluiting uitsluitingen uitgezonderd".split())
# Asking to be called ("kunt u mij terugbellen", "bel me aub", "liefst een telefoontje"): a request the
# handoff serves also when a story comes with it, which the story's own words would otherwise outweigh
# (docs/nlu.md, round 9).
CALLBACK = re.compile(
    r"\b(terug ?bel(len|verzoek|afspraak)?|telefoontje|belletje|(terug)?gebeld worden|"
    r"(bel|bellen) (me|mij|ons)\b|(me|mij|ons) (\w+ ){0,2}(op|terug)?bellen)\b"
)


def _safe(check: Any, text: str) -> bool:
    try:
        return bool(check(text))
    except Exception:  # a parser that cannot read the text simply gives no marker
        return False


def is_foreign(text: str, words: list[str]) -> bool:
    """Another script, or more foreign function words than Dutch ones."""
    if any(c.isalpha() and not ("a" <= fold(c) <= "z") for c in text):
        return True
    lowered = [w.lower() for w in words]
    foreign = sum(w in _FOREIGN for w in lowered)
    return foreign > 0 and foreign > sum(w in _DUTCH for w in lowered)


def markers(text: str) -> list[str]:
    """Marker tokens for what the coverage form's parsers recognise in the text."""
    from flexbot.flexpolis.countries import country_code
    from flexbot.flexpolis.dialogue import amount_in_text, parse_modules

    words = _WORD_TOKENS.findall(text)
    found = [f"zzlen{min(len(words), 6)}"]
    if text.rstrip().endswith("?"):
        found.append("zzquestion")
    if _safe(country_code, text):
        found.append("zzcountry")
    if _safe(parse_modules, text):
        found.append("zzmodules")
    if _safe(lambda t: amount_in_text(t) is not None, text):
        found.append("zzamount")
    if any(c.isdigit() for c in text):
        found.append("zzdigit")
    found.append("zzdomain" if DOMAIN.search(fold(text)) else "zznodomain")
    found.extend(conflict_markers(text))
    if is_foreign(text, words):
        found.append("zzforeign")
    if CALLBACK.search(fold(text).lower()):
        found.append("zzcallback")
    found.extend(opening_markers(fold(text).lower()))
    found.extend(size_markers(len(words), found))
    return found


def size_markers(words: int, found: list[str]) -> list[str]:
    """Each marker again, joined with the message's size (up to 4 words, up to 9, longer):
    "zzshortxopponent" is a form reply naming a party ("mijn leidinggevende"), "zzmidxopponent"
    a story about one ("mijn leidinggevende pest mij"). A linear SVM cannot combine two features
    by itself (docs/nlu.md, round 5: +0.006 in-process CV)."""
    size = "zzshort" if words <= 4 else "zzmid" if words <= 9 else "zzlong"
    return [f"{size}x{m[2:]}" for m in found if not m.startswith(("zzlen", "zzfirst"))]


def opening_markers(folded: str) -> list[str]:
    """The first word and the first two words ("wanneer", "mag_arag", "ik_wil"): how a message
    opens tells a question's kind better than the same words later on ("wanneer hoor ik ..." is
    about answer time, "... en wanneer" rarely); and one marker for a negation or exclusion word,
    which tells "wat valt niet onder ..." from "wat valt onder ..." (docs/nlu.md, round 4)."""
    words = _WORDS.findall(folded)
    found = [f"zzfirst{words[0]}"] if words else []
    if len(words) > 1:
        found.append(f"zzfirst{words[0]}_{words[1]}")
    if any(word in _NEGATIONS for word in words):
        found.append("zzneg")
    return found


def conflict_markers(text: str) -> list[str]:
    """The kind of conflict and whether an opponent is named, as the coverage form reads them
    (flexbot/flexpolis/conflicts.py): 'mijn zeilboot' and 'ons jacht' both give the marker of
    art. 11i, so a wording never seen in training still lands near its kind."""
    from flexbot.flexpolis.conflicts import normalise_conflict

    try:
        guess = normalise_conflict(fold(text))
    except Exception:  # a parser that cannot read the text simply gives no marker
        return []
    found = ["zzkind", f"zzkind{guess.kind.replace('_', '')}"] if guess.kind else []
    if guess.opponent:
        found.append("zzopponent")
    return found


def word_document(text: str, use_markers: bool) -> str:
    folded = fold(text)
    return f"{folded} {' '.join(markers(text))}" if use_markers else folded


def _vectorizer_params(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    if kind == "word":
        return {
            "analyzer": "word",
            "ngram_range": (1, config["word_max_ngram"]),
            "token_pattern": r"(?u)\b\w+\b",
            "sublinear_tf": True,
            "lowercase": False,
        }
    return {
        "analyzer": "char_wb",
        "ngram_range": (config["char_min_ngram"], config["char_max_ngram"]),
        "sublinear_tf": True,
        "lowercase": False,
    }


def _softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = scores * temperature
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SvmIntentClassifier(IntentClassifier, GraphComponent):
    """Linear SVM intent classifier with its own tf-idf features (see the module docstring)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 1.0,
            "word_max_ngram": 2,
            "char_min_ngram": 2,
            "char_max_ngram": 5,
            # Character n-grams weigh 1.5 times the word block: unseen spellings ("goeiemorgen",
            # "zeiljachtje") lean more on their characters (docs/nlu.md, round 3: +0.004 F1).
            "char_weight": 1.5,
            "markers": True,
            "calibration_folds": 3,
            "ranking_length": 10,
            "random_state": 42,
        }

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.vectorizers: dict[str, TfidfVectorizer] = {}
        self.classes: list[str] = []
        self.coef: np.ndarray | None = None
        self.intercept: np.ndarray | None = None
        self.temperature = 1.0
        self._scorers: tuple[TfidfLinear, TfidfLinear] | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SvmIntentClassifier:
        return cls(config, model_storage, resource)

    # features

    def _documents(self, texts: Iterable[str]) -> tuple[list[str], list[str]]:
        texts = list(texts)
        return [word_document(t, self.config["markers"]) for t in texts], [fold(t) for t in texts]

    def _features(self, texts: Iterable[str]) -> sparse.csr_matrix:
        words, chars = self._documents(texts)
        weight = float(self.config["char_weight"])
        return sparse.hstack(
            [self.vectorizers["word"].transform(words), weight * self.vectorizers["char"].transform(chars)]
        ).tocsr()

    def _fit_features(self, texts: list[str]) -> sparse.csr_matrix:
        words, chars = self._documents(texts)
        self.vectorizers = {
            "word": TfidfVectorizer(**_vectorizer_params("word", self.config)),
            "char": TfidfVectorizer(**_vectorizer_params("char", self.config)),
        }
        weight = float(self.config["char_weight"])
        return sparse.hstack(
            [self.vectorizers["word"].fit_transform(words), weight * self.vectorizers["char"].fit_transform(chars)]
        ).tocsr()

    def _svm(self) -> LinearSVC:
        return LinearSVC(C=self.config["C"], random_state=self.config["random_state"])

    def _fit_temperature(self, x: sparse.csr_matrix, y: np.ndarray) -> float:
        """The softmax temperature with the least log loss on out-of-fold decision scores."""
        smallest = int(np.bincount(np.unique(y, return_inverse=True)[1]).min())
        folds = min(self.config["calibration_folds"], smallest)
        if folds < 2:
            return 1.0
        cv = StratifiedKFold(folds, shuffle=True, random_state=self.config["random_state"])
        scores = cross_val_predict(self._svm(), x, y, cv=cv, method="decision_function")
        if scores.ndim == 1:  # two classes: one score, the second class's
            scores = np.column_stack([-scores, scores])
        truth = np.searchsorted(np.array(self.classes), y)
        losses = [-np.log(_softmax(scores, t)[np.arange(len(y)), truth] + 1e-12).mean() for t in _TEMPERATURES]
        return float(_TEMPERATURES[int(np.argmin(losses))])

    # training and inference

    def train(self, training_data: TrainingData) -> Resource:
        examples = [
            e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT) and e.get(INTENT) != COMPLAIN
        ]
        labels = np.array([e.get(INTENT) for e in examples])
        self.classes = sorted(set(labels))
        if len(self.classes) < 2:
            logger.warning("SvmIntentClassifier needs at least two intents; not trained.")
            return self._resource
        self._scorers = None
        x = self._fit_features([e.get(TEXT) for e in examples])
        svm = self._svm().fit(x, labels)
        assert list(svm.classes_) == self.classes
        coef, intercept = svm.coef_, svm.intercept_
        if len(self.classes) == 2:  # sklearn keeps one row for two classes: the second's score
            coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
        self.coef, self.intercept = coef.astype(np.float32), intercept.astype(np.float32)
        self.temperature = self._fit_temperature(x, labels)
        self.persist()
        return self._resource

    def known_share(self, text: str) -> float:
        """How much of the message the classifier has seen in training, 0..1: the larger of the
        share of its words in the word vocabulary and the share of its character n-grams of
        length >= 3 in the character vocabulary (an unseen spelling of a known word,
        "goeiemiddag", "hallootjes", is mostly known n-grams; "qwrtp zxcvb" is not). Digits do
        not count; a marker of what the form's parsers read (a country, an amount, a module, a
        kind of conflict) counts as one known word, and another language counts as known
        throughout (its words are expected to be unseen)."""
        folded = fold(text)
        words = _WORDS.findall(folded)
        found = markers(text) if self.config["markers"] else []
        if "zzforeign" in found:
            return 1.0
        evidence = sum(m in _EVIDENCE or m.startswith("zzkind") for m in found)
        if not words:
            return 1.0
        word_scorer, char_scorer = self.scorers()
        word_share = sum(word in word_scorer.index for word in words) / len(words)
        grams = [g for g in char_scorer.analyzer(folded) if len(g) >= _MIN_KNOWN_GRAM and g.strip()]
        char_share = sum(g in char_scorer.index for g in grams) / len(grams) if grams else 0.0
        share = max(word_share, char_share)
        return (share * len(words) + evidence) / (len(words) + evidence)

    def scorers(self) -> tuple[TfidfLinear, TfidfLinear]:
        """The word and character blocks with their SVM weights folded in (flexbot/tfidf_linear.py):
        sklearn's transform and sparse product cost ~2 ms per message, these ~0.2 ms."""
        if self._scorers is None:
            assert self.coef is not None, "not trained"
            word, char = self.vectorizers["word"], self.vectorizers["char"]
            split = len(getattr(word, "vocabulary_", None) or word.vocabulary)
            char_weights = self.coef[:, split:] * float(self.config["char_weight"])  # as in _features
            self._scorers = (TfidfLinear(word, self.coef[:, :split]), TfidfLinear(char, char_weights))
        return self._scorers

    def predict(self, texts: list[str]) -> np.ndarray:
        """Probabilities, one row per text, columns in `self.classes` order. A message unlike
        anything in training ("qwrtp zxcvb") is not a confident anything: its probabilities are
        mixed with the uniform ones by how much of it is unknown (`known_share`), so the
        fallback takes it; the order of the intents stays the SVM's."""
        assert self.coef is not None and self.intercept is not None, "not trained"
        word, char = self.scorers()
        documents = zip(*self._documents(texts), strict=True)
        scores = np.array([word.scores(w) + char.scores(c) for w, c in documents]) + self.intercept
        probabilities = _softmax(np.asarray(scores), self.temperature)
        known = np.array([[self.known_share(t)] for t in texts])
        return known * probabilities + (1.0 - known) / probabilities.shape[1]

    def process(self, messages: list[Message]) -> list[Message]:
        if self.coef is None or not messages:
            return messages
        probabilities = self.predict([m.get(TEXT) or "" for m in messages])
        for message, row in zip(messages, probabilities, strict=True):
            order = np.argsort(-row)
            ranking = [{"name": self.classes[i], "confidence": float(row[i])} for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set("intent_ranking", ranking[: self.config["ranking_length"]], add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # persistence (JSON + NumPy, no pickle)

    def persist(self) -> None:
        assert self.coef is not None and self.intercept is not None, "not trained"
        with self._model_storage.write_to(self._resource) as model_dir:
            meta = {
                "classes": self.classes,
                "temperature": self.temperature,
                "char_weight": float(self.config["char_weight"]),
                "vocabularies": {
                    kind: {term: int(i) for term, i in vec.vocabulary_.items()}
                    for kind, vec in self.vectorizers.items()
                },
            }
            (model_dir / "intent_classifier.json").write_text(json.dumps(meta, ensure_ascii=False))
            np.savez(
                model_dir / "intent_classifier.npz",
                coef=self.coef,
                intercept=self.intercept,
                **{f"idf_{kind}": vec.idf_ for kind, vec in self.vectorizers.items()},
            )

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SvmIntentClassifier:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                meta = json.loads((model_dir / "intent_classifier.json").read_text())
                with np.load(model_dir / "intent_classifier.npz", allow_pickle=False) as arrays:
                    component.coef = arrays["coef"]
                    component.intercept = arrays["intercept"]
                    idf = {kind: arrays[f"idf_{kind}"] for kind in meta["vocabularies"]}
        except (ValueError, FileNotFoundError):
            logger.debug("No trained SvmIntentClassifier in %s; starting untrained.", resource.name)
            return component
        component.classes = meta["classes"]
        component.temperature = meta["temperature"]
        # The weight the model was trained with (models from before the setting used 1.0).
        component.config["char_weight"] = float(meta.get("char_weight", 1.0))
        for kind, vocabulary in meta["vocabularies"].items():
            vec = TfidfVectorizer(**_vectorizer_params(kind, component.config), vocabulary=vocabulary)
            vec.idf_ = idf[kind]
            component.vectorizers[kind] = vec
        return component
