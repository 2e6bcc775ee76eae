"""Which packages the wheel holds; everything else is in pyproject.toml.

``resources/`` stays at the top of the repository and is shipped as the package data
``ngo_desktop.resources``, and the user guide in ``docs/`` as ``ngo_desktop.docs``. A mapped folder has to be named in ``packages`` beside the ones found
under ngo_desktop/, and pyproject.toml can either find packages or list them, not both.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["ngo_desktop", "ngo_desktop.*"]), "ngo_desktop.resources", "ngo_desktop.docs"],
    package_dir={"ngo_desktop.resources": "resources", "ngo_desktop.docs": "docs"},
)
