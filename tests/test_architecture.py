"""The layers hold: imports point down only, and no two modules import each other (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ngo_desktop"

# Higher numbers may import lower ones, never the other way round. The longest prefix decides.
LAYERS: dict[str, int] = {
    "ngo_desktop.errors": 0,
    "ngo_desktop.paths": 0,
    "ngo_desktop.resource_files": 0,
    "ngo_desktop.i18n": 1,
    "ngo_desktop.outputs": 2,
    "ngo_desktop.money": 2,
    "ngo_desktop.timeutil": 2,
    "ngo_desktop.sorting": 2,
    "ngo_desktop.validation": 2,
    "ngo_desktop.models": 3,
    "ngo_desktop.vocabulary": 3,  # the words for the models' enums, for every layer above
    "ngo_desktop.database": 4,
    "ngo_desktop.settings": 4,  # per-computer preferences, read when the desk's database is opened
    "ngo_desktop.documents": 5,
    "ngo_desktop.services": 6,
    "ngo_desktop.commands": 7,
    "ngo_desktop.cli": 7,
    "ngo_desktop.cli_arguments": 7,
    "ngo_desktop.argparse_words": 7,
    "ngo_desktop.views": 7,
    "ngo_desktop.gui": 8,
    "ngo_desktop.app": 9,
    "ngo_desktop.__main__": 9,
    "ngo_desktop": 0,  # the package itself holds only __version__
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer_of(module: str) -> int:
    best = max((prefix for prefix in LAYERS if module == prefix or module.startswith(prefix + ".")), key=len)
    return LAYERS[best]


def imports_of(path: Path) -> set[str]:
    """Every ngo_desktop module the file imports (at the top or inside a function)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("ngo_desktop"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("ngo_desktop"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if (PACKAGE.parent / Path(*candidate.split("."))).with_suffix(".py").exists()
                          or (PACKAGE.parent / Path(*candidate.split("."))).is_dir() else node.module)
    return found


def graph() -> dict[str, set[str]]:
    sources = [path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts]
    return {module_name(path): imports_of(path) for path in sources}


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = sorted(f"{module} -> {imported}" for module, imported_modules in graph().items()
                    for imported in imported_modules if layer_of(imported) > layer_of(module))
    assert upward == []


def test_no_two_modules_import_each_other_even_through_others() -> None:
    edges = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for imported in sorted(edges.get(module, ())):
            if imported not in edges or imported == module or module.startswith(imported + "."):
                continue  # a package's own __init__ and modules outside the tree are not edges
            if state.get(imported) == 1:
                cycles.append(trail[trail.index(imported):] + [imported] if imported in trail else [module, imported])
            elif state.get(imported) is None:
                visit(imported, trail + [imported])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []
