"""The package's shape: no import cycles, imports that follow the layers, no private imports.

Every import of ``src/carneytl`` is read with ``ast``: at module level, under ``TYPE_CHECKING``
and inside functions (the lazy ones), since each is a dependency all the same.
docs/design.md states the same rules for people.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "carneytl"

# Modules and packages that read or write files, streams or the terminal.
IO = (
    "carneytl.storage",
    "carneytl.editing",
    "carneytl.output",
    "carneytl.pager",
    "carneytl.progress",
)

# The layer rules: a module under the first name (a module or a package) imports nothing
# under any of the second names.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("carneytl.storage", ("carneytl.render", "carneytl.query", "carneytl.cli")),
    ("carneytl.render", ("carneytl.cli",)),
    ("carneytl.query", (*IO, "carneytl.render", "carneytl.cli")),
    ("carneytl.model", (*IO, "carneytl.render", "carneytl.cli")),
    ("carneytl.dates", (*IO, "carneytl.render", "carneytl.cli")),
    ("carneytl.reconcile", (*IO, "carneytl.render", "carneytl.cli")),
    ("carneytl.slugs", (*IO, "carneytl.render", "carneytl.cli")),
    ("carneytl.review", ("carneytl.editing", "carneytl.output", "carneytl.cli")),
    ("carneytl.applied", (*IO, "carneytl.render", "carneytl.cli")),
)

# Names that start with an underscore but are no library's private module: ``_typeshed``
# exists only for type checkers (imported under TYPE_CHECKING).
NOT_PRIVATE = {"_typeshed"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted((SRC / PACKAGE).rglob("*.py"))}


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module ``name`` imports, spelled absolutely; ``from a import b`` gives ``a.b``
    when that is a module of the package, else ``a``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            for alias in node.names:
                candidate = f"{origin}.{alias.name}"
                # A private name taken from a library counts as its private module.
                private = alias.name.startswith("_")
                found.add(candidate if candidate in MODULES or private else origin)
    return found


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def _own(module: str) -> str | None:
    """The file-level module of the package that ``module`` names, or None for another one."""
    while module:
        if module in MODULES:
            return module
        module = module.rpartition(".")[0]
    return None


GRAPH = {
    name: {own for own in map(_own, imports) if own is not None and own != name}
    for name, imports in IMPORTS.items()
}


def _under(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _cycles() -> list[list[str]]:
    """Return one cycle through each group of modules that import each other, if any."""
    cycles: list[list[str]] = []
    state: dict[str, str] = {}  # "open" while on the path, "done" after
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = "open"
        path.append(name)
        for target in sorted(GRAPH[name]):
            if state.get(target) == "open":
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[name] = "done"

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)
    return cycles


def test_the_graph_sees_the_package_and_its_lazy_imports():
    # Sanity: the reader finds modules, packages and imports made inside functions.
    assert "carneytl.storage.stores" in MODULES
    assert "carneytl.storage" in MODULES
    assert "carneytl.storage.cachewrite" in GRAPH["carneytl.storage.stores"]  # a lazy import


def test_no_two_files_import_each_other_even_through_others():
    assert list(_cycles()) == []


def test_the_cycle_finder_finds_a_cycle_through_three_files(monkeypatch):
    fake = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    monkeypatch.setattr(sys.modules[__name__], "GRAPH", fake)
    assert _cycles() == [["a", "b", "c", "a"]]


def _breaches(graph: dict[str, set[str]], layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{name} imports {target}"
        for name, targets in graph.items()
        if _under(name, layer)
        for target in targets
        if any(_under(target, other) for other in forbidden)
    )


@pytest.mark.parametrize(("layer", "forbidden"), LAYERS, ids=[layer for layer, _ in LAYERS])
def test_each_layer_imports_only_what_lies_below_it(layer, forbidden):
    assert _breaches(GRAPH, layer, forbidden) == []


def test_a_storage_module_reaching_for_a_renderer_is_a_breach():
    graph = {"carneytl.storage.cache": {"carneytl.render.json", "carneytl.model"}}
    assert _breaches(graph, *LAYERS[0]) == ["carneytl.storage.cache imports carneytl.render.json"]
    # A module whose name only starts alike is another module.
    assert _breaches({"carneytl.storagex": {"carneytl.render"}}, *LAYERS[0]) == []


def _private(module: str) -> bool:
    top = module.partition(".")[0]
    if top == PACKAGE or top in sys.stdlib_module_names or top in NOT_PRIVATE:
        return False
    return any(part.startswith("_") for part in module.split("."))


def test_no_module_imports_a_private_module_of_a_library():
    breaches = {
        (name, target)
        for name, targets in IMPORTS.items()
        for target in targets
        if _private(target)
    }
    assert breaches == set()


def test_the_private_import_check_knows_a_private_module_when_it_sees_one():
    assert _private("typer._click")
    assert _private("rich._loop")
    assert not _private("rich.console")
    assert not _private("carneytl.storage.cache")
    assert not _private("_thread")  # the standard library's own


def test_the_reader_counts_a_private_name_taken_from_a_library(tmp_path):
    module = tmp_path / "probe.py"
    module.write_text("def f():\n    from typer import _click\n", encoding="utf-8")
    assert "typer._click" in _imports("probe", module)


def _dunder(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


def _private_names_taken(path: Path) -> list[str]:
    """Each import of a private (underscore) name of the package by ``path``, as written.

    A private name belongs to its module: what two modules share gets a public name or moves
    to a module of its own. Dunder names (``__version__``) are public.
    """
    taken: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom):
            continue
        origin = "." * node.level + (node.module or "")
        if not (node.level or origin == PACKAGE or origin.startswith(PACKAGE + ".")):
            continue
        taken.extend(
            f"from {origin} import {alias.name}"
            for alias in node.names
            if alias.name.startswith("_") and not _dunder(alias.name)
        )
    return sorted(taken)


def test_no_module_imports_another_modules_private_names():
    breaches = {
        str(path.relative_to(SRC)): names
        for path in MODULES.values()
        if (names := _private_names_taken(path))
    }
    assert breaches == {}


def test_the_private_name_check_finds_them_at_any_depth_and_spares_dunders(tmp_path):
    module = tmp_path / "probe.py"
    module.write_text(
        "from carneytl import __version__\n"
        "from carneytl.extract.rules.dates import month_day, _day_of_year\n"
        "from rich.console import _is_jupyter\n"  # a library's: the check above covers those
        "def f():\n"
        "    from carneytl.extract import _scan\n"
        "    from . import _sibling\n",
        encoding="utf-8",
    )
    assert _private_names_taken(module) == [
        "from . import _sibling",
        "from carneytl.extract import _scan",
        "from carneytl.extract.rules.dates import _day_of_year",
    ]


MOST_LINES = 700


def test_no_module_grows_past_one_responsibility_in_size():
    # A file past this size has always held two families or two jobs: split it instead.
    sizes = {
        str(path.relative_to(SRC)): len(path.read_text(encoding="utf-8").splitlines())
        for path in (SRC / PACKAGE).rglob("*.py")
    }
    assert sizes, "no modules found"
    assert {name: n for name, n in sizes.items() if n > MOST_LINES} == {}
