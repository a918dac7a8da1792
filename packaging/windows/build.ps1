# Build the Windows bundle and its zip, on a Windows machine with Python 3.12+.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Result: dist\assist-desk\ (assist-desk.exe, assist-desk-cli.exe, _internal\, setup\)
#         dist\assist-desk-<version>-windows-amd64.zip
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv)) { py -3 -m venv .venv }
.\.venv\Scripts\python -m pip install --quiet --upgrade pip
.\.venv\Scripts\python -m pip install --quiet -e ".[dev,bundle]"
.\.venv\Scripts\python packaging\build.py --archive
.\.venv\Scripts\python packaging\smoke.py dist\assist-desk
