"""The layering of the code: imports go down only, ``site/`` (the foundation) <- sections <- ``home/``.

- Nothing in ``site/`` (the ``core`` app and the ``portal`` settings package) imports a section or ``home``.
- No section imports ``home``; two sections never import each other both ways (nor in a longer cycle).
- No module outside migrations looks a model up by name (``apps.get_model``) to dodge an import: the
  cycle is the thing to fix.
"""

import ast
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[1]
FOUNDATION = {"core": PROJECT_DIR / "site" / "core", "portal": PROJECT_DIR / "site" / "portal"}
SECTIONS = {name: PROJECT_DIR / name for name in ("projects", "members", "resolutions", "search")}
TOP = {"home": PROJECT_DIR / "home"}
ALL = {**FOUNDATION, **SECTIONS, **TOP}


def python_files(folder):
    return sorted(path for path in folder.rglob("*.py") if "migrations" not in path.parts)


def imported_apps(path):
    """The portal apps that the module at ``path`` imports (absolute imports only: relative ones stay inside)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found.update(name.split(".")[0] for name in names if name.split(".")[0] in ALL)
    return found


def import_graph():
    """{app: {imported app: [modules that import it]}}, without an app's imports of itself."""
    graph = {name: {} for name in ALL}
    for name, folder in ALL.items():
        for path in python_files(folder):
            for target in imported_apps(path) - {name}:
                graph[name].setdefault(target, []).append(str(path.relative_to(PROJECT_DIR)))
    return graph


def test_the_layers_hold_python_files():
    for name, folder in ALL.items():
        assert python_files(folder), f"{name}: no modules found in {folder}"


@pytest.mark.parametrize("name", sorted(FOUNDATION))
def test_the_foundation_imports_no_section(name):
    graph = import_graph()
    upward = {target: modules for target, modules in graph[name].items() if target not in FOUNDATION}
    assert not upward, f"site/{name} imports sections or home: {upward}"


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_no_section_imports_home(name):
    modules = import_graph()[name].get("home")
    assert not modules, f"{name} imports home (the top layer): {modules}"


def test_sections_import_each_other_in_one_direction_only():
    graph = import_graph()
    edges = {(source, target) for source in SECTIONS for target in graph[source] if target in SECTIONS}

    def reaches(start, goal, seen=()):
        return any(
            target == goal or (target not in seen and reaches(target, goal, (*seen, target)))
            for source, target in edges if source == start
        )

    cycles = sorted((source, target) for source, target in edges if reaches(target, source))
    assert not cycles, "sections import each other in a cycle: " + ", ".join(
        f"{source} -> {target} ({graph[source][target][0]})" for source, target in cycles
    )


def test_no_model_is_looked_up_by_name_outside_migrations():
    offenders = []
    for folder in ALL.values():
        for path in python_files(folder):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Attribute) and node.attr == "get_model":
                    offenders.append(f"{path.relative_to(PROJECT_DIR)}:{node.lineno}")
    assert not offenders, "apps.get_model used to dodge an import (fix the cycle instead): " + ", ".join(offenders)


def test_the_checker_sees_a_backward_import(tmp_path):
    """The checker itself: a module importing ``home`` is reported (so a passing run means something)."""
    module = tmp_path / "bad.py"
    module.write_text("from home.models import HomePage\nimport members.models\nfrom . import sibling\n")
    assert imported_apps(module) == {"home", "members"}
