"""Train the Rasa model only when config, domain, data or custom components changed."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from flexbot import settings
from flexbot.language import MODEL_NAME, model_is_installed

FINGERPRINT_FILE = settings.MODELS_DIR / "flexbot.fingerprint"


def _inputs() -> list[Path]:
    roots = [
        settings.CONFIG_FILE,
        settings.DOMAIN_DIR,
        *settings.training_data(),
        settings.ROOT / "bot" / "components",
        settings.ROOT / "bot" / "policies",
        settings.ROOT / "flexbot" / "language.py",
        settings.ROOT / "flexbot" / "text.py",
        # the intent classifier's markers come from the coverage form's parsers and the knowledge file
        settings.ROOT / "flexbot" / "flexpolis",
        settings.ROOT / "flexbot" / "dutch.py",
        settings.ROOT / "data" / "policy",
    ]
    files: list[Path] = []
    for root in roots:
        files.extend(sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root])
    return [f for f in files if "__pycache__" not in f.parts]


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in _inputs():
        digest.update(str(path.relative_to(settings.ROOT)).encode())
        digest.update(path.read_bytes())
    # Installing the full spaCy model changes the features, so it must retrain.
    digest.update(f"{MODEL_NAME}:{model_is_installed()}".encode())
    return digest.hexdigest()


def model_is_current() -> bool:
    return (
        settings.MODEL_PATH.exists()
        and FINGERPRINT_FILE.exists()
        and FINGERPRINT_FILE.read_text().strip() == fingerprint()
    )


def rasa_command(*args: str) -> list[str]:
    return [str(Path(sys.executable).with_name("rasa")), *args]


def train(force: bool = False, labels: Path | None = None) -> int:
    """Train when needed; Rasa's own progress output goes straight to the terminal.
    `labels`: an extra labels file for the complaint detector (flexbot/complaints/labels.py)."""
    from flexbot.complaints.detector import train_if_stale
    from flexbot.flexpolis import faq_reader, kind_reader

    if train_if_stale(labels=labels):
        print("Trained the complaint detector (its data changed).", flush=True)
    if kind_reader.train_if_stale():
        print("Trained the learned reader of conflict kinds (its data changed).", flush=True)
    if faq_reader.train_if_stale():
        print("Trained the learned reader of general questions (the NLU data changed).", flush=True)
    if not force and model_is_current():
        print(f"Model {settings.MODEL_PATH} is up to date.", flush=True)
        return 0
    current = fingerprint()
    print("Training the Rasa model (config, domain or data changed)…", flush=True)
    command = rasa_command(
        "train",
        "--config",
        str(settings.CONFIG_FILE),
        "--domain",
        str(settings.DOMAIN_DIR),
        "--data",
        *map(str, settings.training_data()),
        "--out",
        str(settings.MODELS_DIR),
        "--fixed-model-name",
        settings.MODEL_PATH.name.removesuffix(".tar.gz"),
    )
    result = subprocess.run(command, cwd=settings.ROOT)
    if result.returncode == 0:
        FINGERPRINT_FILE.write_text(current + "\n")
    return result.returncode
