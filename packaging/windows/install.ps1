# Install or update assist_desk on a Windows help-point PC (run as administrator,
# from the unpacked zip):
#   powershell -ExecutionPolicy Bypass -File assist-desk\setup\windows\install.ps1 [-Kiosk] [-Site FILE]
#   powershell -ExecutionPolicy Bypass -File assist-desk\setup\windows\install.ps1 -Uninstall [-Purge]
# Windows is a platform for mediator workstations, not for public kiosks: -Kiosk
# is refused (see README.md, "Not a kiosk platform"). A kiosk runs on Linux
# (setup/linux/install.sh --kiosk).
param([switch]$Kiosk, [string]$Site = "", [switch]$Uninstall, [switch]$Purge)
$ErrorActionPreference = "Stop"

if ($Kiosk) {
    Write-Host ""
    Write-Host "assist-desk install: -Kiosk is refused. Windows is a platform for mediator" -ForegroundColor Red
    Write-Host "workstations, not for kiosks where a citizen is alone: Windows keys (Win," -ForegroundColor Red
    Write-Host "Ctrl+Alt+Del, Win+R...), the native print and save dialogs and a crash of the" -ForegroundColor Red
    Write-Host "application all lead out of it. Install without -Kiosk for a workstation with" -ForegroundColor Red
    Write-Host "a mediator present, or use a Linux kiosk (setup/linux/install.sh --kiosk)." -ForegroundColor Red
    Write-Host "Nothing was installed." -ForegroundColor Red
    exit 2
}

$Target = Join-Path $env:ProgramFiles "assist-desk"
$Data = Join-Path $env:ProgramData "assist-desk"
$SiteFile = Join-Path $Data "site.toml"
$Menu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\assist_desk.lnk"
# A shortcut made by earlier versions' -Kiosk: removed at every install and uninstall.
$Startup = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\StartUp\assist_desk (kiosk).lnk"
$Bundle = Resolve-Path (Join-Path $PSScriptRoot "..\..")

function New-Shortcut($Path, $Arguments) {
    $shell = New-Object -ComObject WScript.Shell
    $link = $shell.CreateShortcut($Path)
    $link.TargetPath = Join-Path $Target "assist-desk.exe"
    $link.Arguments = $Arguments
    $link.WorkingDirectory = $Target
    $link.IconLocation = (Join-Path $Target "assist-desk.exe") + ",0"
    $link.Save()
}

if ($Uninstall) {
    Get-Process assist-desk -ErrorAction SilentlyContinue | Stop-Process -Force
    Remove-Item -Recurse -Force $Target, $Menu, $Startup -ErrorAction SilentlyContinue
    if ($Purge) { Remove-Item -Recurse -Force $Data -ErrorAction SilentlyContinue }
    Write-Output "assist_desk removed$(if (-not $Purge) { '; site configuration kept in ' + $Data })"
    exit 0
}

if (-not (Test-Path (Join-Path $Bundle "assist-desk.exe"))) { throw "no bundle next to me ($Bundle)" }
Get-Process assist-desk -ErrorAction SilentlyContinue | Stop-Process -Force
# A fresh copy beside the old one, then swapped in.
$New = "$Target.new"
Remove-Item -Recurse -Force $New -ErrorAction SilentlyContinue
Copy-Item -Recurse $Bundle $New
Remove-Item -Recurse -Force $Target -ErrorAction SilentlyContinue
Move-Item $New $Target

New-Item -ItemType Directory -Force $Data | Out-Null
Copy-Item (Join-Path $Bundle "setup\site.toml") (Join-Path $Data "site.toml.example") -Force
if ($Site) { Copy-Item $Site $SiteFile -Force }
elseif (-not (Test-Path $SiteFile)) { Copy-Item (Join-Path $Bundle "setup\site.toml") $SiteFile }

New-Shortcut $Menu "--config `"$SiteFile`""
Remove-Item -Force $Startup -ErrorAction SilentlyContinue
& (Join-Path $Target "assist-desk-cli.exe") --version
Write-Output "site configuration: $SiteFile (edit it with Notepad as administrator)"
