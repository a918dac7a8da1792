"""Build the self-contained one-folder bundle: ``python packaging/build.py``.

Run it with the project's virtual environment (``make bundle`` does, after
installing the ``bundle`` extra, i.e. PyInstaller). Steps:

1. compile the translations (``scripts/build_i18n.py compile``);
2. run PyInstaller on ``packaging/assist-desk.spec`` into ``dist/assist-desk/``;
3. copy the operator's guide, ``site.toml`` and the install files into
   ``dist/assist-desk/setup/``;
4. print the bundle's size and its largest parts;
5. with ``--archive``, pack it as ``dist/assist-desk-<version>-<platform>.tar.gz``
   (``.zip`` on Windows), the one artefact an operator copies to a help point.

``--full`` builds without the exclusions (every Qt module, plugin and
translation) into ``dist/full/``, and ``--no-web`` without QtWebEngine into
``dist/no-web/``: only to measure what the exclusions save and what the
controlled browser costs.
A bundle is built for the system it is built on (no cross-building): build the
Windows bundle on Windows.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MIB = 1024 * 1024


def folder_size(path: Path) -> int:
    """Bytes of every regular file under ``path`` (symbolic links not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, depth: int = 4, count: int = 8) -> list[tuple[str, int]]:
    """The biggest folders ``depth`` levels down (for the size report)."""
    sizes: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        parts = path.relative_to(bundle).parts
        key = "/".join(parts[: min(depth, len(parts) - 1)]) or parts[0]
        sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])[:count]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from assist_desk import __version__

    return __version__


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def compile_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_i18n.py"), "compile"], check=True)


def run_pyinstaller(dist: Path, work: Path, variant: str) -> None:
    env = dict(os.environ)
    if variant == "full":
        env["ASSIST_DESK_BUNDLE_FULL"] = "1"
    elif variant == "no-web":
        env["ASSIST_DESK_BUNDLE_NO_WEB"] = "1"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(HERE / "assist-desk.spec"),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)


#: Installation files copied into ``<bundle>/setup/``: the artefact carries its own guide.
SETUP_FILES = ("README.md", "site.toml", "linux", "windows")


def stage_setup_files(bundle: Path) -> Path:
    """Copy the operator's guide, the site template and the install files into the bundle."""
    setup = bundle / "setup"
    if setup.exists():
        shutil.rmtree(setup)
    setup.mkdir(parents=True)
    for name in SETUP_FILES:
        source = HERE / name
        if source.is_dir():
            shutil.copytree(source, setup / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.is_file():
            shutil.copy2(source, setup / name)
    if (ROOT / "CHANGELOG.md").is_file():
        shutil.copy2(ROOT / "CHANGELOG.md", setup / "CHANGELOG.md")
    return setup


def make_archive(bundle: Path) -> Path:
    base = bundle.parent / f"assist-desk-{version()}-{platform_tag()}"
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    variants = parser.add_mutually_exclusive_group()
    variants.add_argument("--full", action="store_true", help="no exclusions (to measure them)")
    variants.add_argument(
        "--no-web", action="store_true", help="without QtWebEngine (to measure what it adds)"
    )
    parser.add_argument("--archive", action="store_true", help="also pack a .tar.gz / .zip")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install -e '.[bundle]' (or `make bundle`)")
        return 2
    variant = "full" if args.full else "no-web" if args.no_web else ""
    dist = args.dist / variant if variant else args.dist
    work = ROOT / "build" / ("pyinstaller-" + variant if variant else "pyinstaller")
    started = time.monotonic()
    compile_translations()
    run_pyinstaller(dist, work, variant)
    bundle = dist / "assist-desk"
    stage_setup_files(bundle)
    total = folder_size(bundle)
    described = {"full": "no exclusions", "no-web": "without QtWebEngine"}
    print(f"bundle: {bundle} ({described.get(variant, 'with exclusions')})")
    print(f"built in {time.monotonic() - started:.0f} s; size {total / MIB:.1f} MiB")
    for name, size in largest_parts(bundle):
        print(f"  {size / MIB:7.1f} MiB  {name}")
    if args.archive:
        archive = make_archive(bundle)
        print(f"archive: {archive} ({archive.stat().st_size / MIB:.1f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
