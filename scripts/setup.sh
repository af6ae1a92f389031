#!/usr/bin/env bash
# Sets up whatever is missing for `make run` and `make test`; fast when nothing changed.
#   - OS packages: redis-server, and chromium for the browser tests (Debian/Ubuntu, apt-get)
#   - .venv with Python 3.10 (Rasa 3.6 supports 3.8-3.10 only)
#   - the project and its pinned packages (pyproject.toml + constraints.txt)
#   - spaCy's nl_core_news_sm, from SPACY_MODEL_WHEELHOUSE or the official release (pinned by
#     hash); when neither works the assistant falls back to spaCy's built-in Dutch.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

# --- OS packages -----------------------------------------------------------------------------
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || die "need root or sudo to install: $*"
    sudo="sudo"
  fi
  command -v apt-get >/dev/null || die "apt-get not found: install $* with your package manager"
  say "installing OS packages: $*"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
if [ "${FLEXBOT_SKIP_BROWSER:-0}" != 1 ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# --- Python 3.10 -----------------------------------------------------------------------------
find_python310() {
  local candidate
  for candidate in "${PYTHON310:-}" "$(command -v python3.10 || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  local root="${PYENV_ROOT:-$HOME/.pyenv}"
  for candidate in "$root"/versions/3.10*/bin/python3.10; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
  py=$(find_python310) || die "Python 3.10 not found. Rasa 3.6 needs Python 3.8-3.10: install python3.10 (e.g. 'pyenv install 3.10' or your OS package python3.10 with python3.10-venv), or set PYTHON310=/path/to/python3.10."
  say "creating .venv with $py"
  rm -rf .venv
  "$py" -m venv .venv
fi

# --- packages --------------------------------------------------------------------------------
stamp=.venv/.flexbot-setup
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing Python packages (first time takes a few minutes)"
  .venv/bin/python -m pip install -q --upgrade "pip==26.3" "setuptools==70.3.0" "wheel==0.45.1"
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
  echo "$want" > "$stamp"
  rm -f .venv/.flexbot-spacy-model-tried
fi

# --- spaCy Dutch model -----------------------------------------------------------------------
read -r model_name model_version model_url model_sha < <(grep -v '^#' scripts/spacy-model.lock)
if ! .venv/bin/python -c "import spacy, sys; sys.exit(0 if spacy.util.is_package('$model_name') else 1)"; then
  if [ -n "${SPACY_MODEL_WHEELHOUSE:-}" ]; then
    attempted=1
    say "installing $model_name $model_version from $SPACY_MODEL_WHEELHOUSE"
    .venv/bin/python -m pip install -q --no-index --find-links "$SPACY_MODEL_WHEELHOUSE" "$model_name==$model_version" \
      || say "WARNING: $model_name $model_version is not in $SPACY_MODEL_WHEELHOUSE"
  elif [ ! -e .venv/.flexbot-spacy-model-tried ]; then
    touch .venv/.flexbot-spacy-model-tried   # try the download once per package install
    attempted=1
    if [ "$model_sha" = "-" ]; then
      say "WARNING: no sha256 recorded for $model_name in scripts/spacy-model.lock: not downloading it unverified"
    else
      say "downloading $model_name $model_version from the official release"
      .venv/bin/python -m pip install -q --timeout 20 --retries 1 "$model_name @ $model_url#sha256=$model_sha" \
        || say "WARNING: could not download $model_name"
    fi
  fi
  if [ -n "${attempted:-}" ] && ! .venv/bin/python -c "import spacy, sys; sys.exit(0 if spacy.util.is_package('$model_name') else 1)"; then
    say "WARNING: $model_name is not installed; the assistant uses spaCy's built-in Dutch (blank 'nl' + lookup lemmatizer). Put ${model_name}-${model_version}-py3-none-any.whl in a directory and run: SPACY_MODEL_WHEELHOUSE=/that/dir make setup"
  fi
fi
say "ready"
