# Orientera. Two commands on a fresh machine: `make serve` (or `make build`) and `make test`.
# Each installs what it needs by itself: a .venv with pinned packages, and for the tests
# Debian's chromium and fonts for Arabic, Ethiopic and the other scripts of the course.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

# Browser tests: Debian's chromium, and fonts so that every script renders (axe checks contrast
# on real glyphs): Noto for Latin, Cyrillic and Arabic script, Amiri, Abyssinica for Ge'ez.
APT_PACKAGES := chromium fonts-noto-core fonts-noto-ui-core fonts-hosny-amiri fonts-sil-abyssinica
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build serve test check bench browser-deps clean

$(BIN)/.site-installed: requirements.txt pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (set PYTHON=python3.11)")'
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

$(BIN)/.test-installed: requirements-test.txt $(BIN)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

# The Nu HTML Checker (runs on the machine's Java 17) for the HTML validation test.
VNU_VERSION := 26.9.27
VNU_JAR := .cache/node/node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR):
	npm install --prefix .cache/node --no-audit --no-fund --silent vnu-jar@$(VNU_VERSION)

browser-deps:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
	  echo "Installing Debian packages for the browser tests: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES) >/dev/null; }

build: $(BIN)/.site-installed        ## build the site into site/ (a failed build keeps the old one)
	$(BIN)/orientera build

serve: $(BIN)/.site-installed        ## preview at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

check: $(BIN)/.site-installed        ## validate the sources: path:line: message
	$(BIN)/orientera check

test: $(BIN)/.test-installed browser-deps $(VNU_JAR)   ## the project's checks and every test
	$(BIN)/orientera check
	$(BIN)/python -m pytest

bench: $(BIN)/.test-installed browser-deps   ## build time per language count, page weight, bytes per search
	$(BIN)/python bench/run.py

clean:
	rm -rf site .cache .venv
