#!/usr/bin/env bash
# Shared set-up for scripts/serve and scripts/test: a virtual environment in .venv
# with this project installed, re-installed whenever pyproject.toml changes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1  # Material's end-of-life banner; the architecture page covers it
# Python keeps each module's compiled form in __pycache__, unless the environment turns that off
# (PYTHONDONTWRITEBYTECODE, set on some machines): then every process compiles MkDocs, Material and
# the rest again, a third of the fast tier's CPU (a fresh clone's tests: 66 s with it set, 47 s without).
unset PYTHONDONTWRITEBYTECODE

PYTHON=${PYTHON:-python3}

ensure_venv() {  # ensure_venv [extra]
  local extra=${1:-}
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "error: Python 3.11 or newer is needed ($PYTHON is $("$PYTHON" --version 2>&1))" >&2
    exit 1
  fi
  # Without pip of its own: uv installs into it (pip's bootstrap was 3 s of a fresh clone's 7 s of set-up).
  [ -x .venv/bin/python ] || "$PYTHON" -m venv --without-pip .venv
  local hash stamp
  hash=$(sha256sum pyproject.toml | cut -c1-16)
  stamp=".venv/.installed-$hash${extra:+-$extra}"
  if [ ! -f "$stamp" ]; then
    echo "Installing the project into .venv ..." >&2
    # uv installs in about a third of pip's time (measured in issue 25); pip when uv can't be had.
    if .venv/bin/python -c 'import uv' 2>/dev/null ||
      "$PYTHON" -m pip --python .venv/bin/python install --quiet --disable-pip-version-check uv >/dev/null 2>&1; then
      .venv/bin/python -m uv pip install --quiet --python .venv/bin/python -e ".${extra:+[$extra]}"
    else
      .venv/bin/python -m ensurepip --upgrade >/dev/null
      .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-compile -e ".${extra:+[$extra]}"
    fi
    touch "$stamp"
  fi
}

ensure_chromium() {  # Debian's Chromium for the browser tests (no browser downloads here)
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Debian's chromium ..." >&2
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
}

ensure_node_tools() {  # the npm tools the tests use (tests/js/package.json), when Node is here
  command -v npm >/dev/null || return 0
  local stamp
  stamp="tests/js/node_modules/.installed-$(sha256sum tests/js/package-lock.json | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "Installing the tests' Node tools into tests/js/node_modules ..." >&2
    (cd tests/js && npm ci --silent --no-audit --no-fund --ignore-scripts)
    touch "$stamp"
  fi
}
