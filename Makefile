# The two commands a new user needs: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT

.PHONY: run dev test setup venv js messages backup restore

# As in production: gunicorn, DEBUG off, collected static files; plain HTTP on 127.0.0.1 (site/portal/serve.py).
run: setup
	@$(PY) -m portal.serve --port $(PORT)

# For developers: Django's dev server, DEBUG on, reloading on every code change.
dev: setup
	@$(PY) manage.py ensure_admin --port $(PORT)
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: venv js
	@$(PY) manage.py compile_translations -v0
	$(PY) -m pytest

setup: venv
	@mkdir -p var
	@echo "==> Migrating the database ($${DATABASE_URL:-SQLite file var/db.sqlite3})"
	@$(PY) manage.py check_migration_history
	$(PY) manage.py migrate --noinput
	@echo "==> Compiling translation catalogues"
	$(PY) manage.py compile_translations
	@echo "==> Loading demo content (skips what is already there)"
	$(PY) manage.py load_demo
	@echo "==> Rebuilding the search index (Polish lemmas of every page, person and file)"
	$(PY) manage.py update_index

venv: $(VENV)/.installed

# site/ is put on the Python path by one .pth file in the virtual environment (see README, "Layout").
$(VENV)/.installed: requirements.txt
	@echo "==> Creating the virtual environment in $(VENV) and installing requirements.txt"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check --progress-bar on -r requirements.txt
	$(PY) -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], 'portal-site.pth').write_text('$(CURDIR)/site\n')"
	@touch $@

# The JavaScript the accessibility tests inject into pages (IBM's checker engine, pinned in package-lock.json),
# from the npm registry. Without npm the second-engine tests skip (and fail under CI=true).
js: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
	  echo "==> Installing the accessibility checker engine (npm ci)"; \
	  npm ci --ignore-scripts --no-audit --no-fund && touch $@; \
	else echo "==> npm not found: the second accessibility engine's tests will be skipped (install Node.js 20)"; fi

# For developers: refresh the .po catalogues after changing translatable strings (needs GNU gettext).
messages: venv
	$(PY) manage.py makemessages -l pl -l en --ignore=.venv --ignore=var --ignore=site/templates/wagtailadmin --ignore=tests --no-obsolete

# The database and the uploaded files in one archive with a manifest (var/backups/ unless FILE=…).
backup: venv
	$(PY) manage.py backup $(FILE)

# Put an archive made by `make backup` back into an empty database: make restore FILE=var/backups/portal-….tar.gz
restore: venv
	@test -n "$(FILE)" || { echo "usage: make restore FILE=<archive made by make backup>"; exit 2; }
	$(PY) manage.py restore $(FILE)
