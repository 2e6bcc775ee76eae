"""Fonts, translations, icons and the user guide are found wherever the program is installed: a
source checkout, an editable install, a wheel (as the package data ngo_desktop/resources and
ngo_desktop/docs) or a bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from ngo_desktop import resource_files
from ngo_desktop.documents import fonts
from ngo_desktop.views.guide import PAGES

ROOT = Path(__file__).resolve().parent.parent
FIND_RESOURCES = "import ngo_desktop.resource_files as r; print(r.RESOURCES_DIR)"
FIND_DOCS = "import ngo_desktop.resource_files as r; print(r.DOCS_DIR)"


def test_a_checkout_reads_its_own_resources_folder() -> None:
    assert resource_files.RESOURCES_DIR == ROOT / "resources"
    assert resource_files.DOCS_DIR == ROOT / "docs"
    assert resource_files.APPLICATION_ICON.is_file()
    assert fonts.FONTS_DIR == resource_files.FONTS_DIR
    assert (resource_files.FONTS_DIR / "DejaVuSans.ttf").is_file()
    assert (resource_files.TRANSLATIONS_DIR / "ngo_desktop_lv.qm").is_file()


def _python_in(folder: Path, code: str) -> str:
    # -I (isolated): no PYTHONPATH, no current folder on the path; only ``folder`` is put first, so
    # its ngo_desktop is the one imported, whatever is installed.
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); {code}"],
                            capture_output=True, text=True, cwd=folder, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_an_installed_package_reads_the_resources_inside_it(tmp_path) -> None:
    # The layout a wheel installs: ngo_desktop/resources/ inside the package, nothing beside it.
    site = tmp_path / "site-packages"
    package = site / "ngo_desktop"
    package.mkdir(parents=True)
    for name in ("__init__.py", "resource_files.py"):
        shutil.copy(ROOT / "ngo_desktop" / name, package / name)
    (package / "resources" / "fonts").mkdir(parents=True)
    (package / "docs" / "lv").mkdir(parents=True)
    assert _python_in(site, FIND_RESOURCES) == str(package / "resources")
    assert _python_in(site, FIND_DOCS) == str(package / "docs")


def test_a_checkout_without_the_package_folder_uses_resources_beside_it(tmp_path) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "ngo_desktop").mkdir(parents=True)
    (checkout / "resources").mkdir()
    for name in ("__init__.py", "resource_files.py"):
        shutil.copy(ROOT / "ngo_desktop" / name, checkout / "ngo_desktop" / name)
    assert _python_in(checkout, FIND_RESOURCES) == str(checkout / "resources")


def test_the_wheel_carries_every_resource(tmp_path) -> None:
    # Built as .ci/run and a user's `pip install .` build it, into a folder outside the checkout.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300, cwd=tmp_path)
    (wheel,) = tmp_path.glob("ngo_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {f"ngo_desktop/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
               for path in (ROOT / "resources").rglob("*") if path.is_file() and path.suffix != ".ts"}
    assert shipped <= names, sorted(shipped - names)
    migrations = {f"ngo_desktop/database/migrations/versions/{path.name}"
                  for path in (ROOT / "ngo_desktop" / "database" / "migrations" / "versions").glob("*.py")}
    assert migrations and migrations <= names
    guide = {f"ngo_desktop/docs/{folder}{page}.md" for page in PAGES for folder in ("", "lv/")}
    screenshots = {f"ngo_desktop/docs/screenshots/{path.name}" for path in (ROOT / "docs" / "screenshots").glob("*.png")}
    assert guide | screenshots <= names, sorted((guide | screenshots) - names)
    # The developers' pages stay in the repository.
    assert not {"ngo_desktop/docs/architecture.md", "ngo_desktop/docs/performance.md"} & names
    assert not any(name.endswith(".ts") or name.startswith(("resources/", "tests/")) for name in names)
