# Apply (or remove) assigned-access.xml through the MDM bridge. It must run as
# SYSTEM, for example with Sysinternals PsExec:
#   psexec.exe -i -s powershell -ExecutionPolicy Bypass -File apply-assigned-access.ps1
#   psexec.exe -i -s powershell -ExecutionPolicy Bypass -File apply-assigned-access.ps1 -Remove
# Then restart the PC; it signs in as .\assist-kiosk (see README.md for auto sign-in).
#
# NOT A KIOSK: Windows is a platform for mediator workstations (README.md, "Not a
# kiosk platform"). This restricts a staffed PC to assist_desk; it does not make a
# kiosk where a citizen is alone (no restart after a crash, native dialogs).
param([switch]$Remove)
$ErrorActionPreference = "Stop"
if (-not $Remove) {
    Write-Warning ("Assigned Access does not make a kiosk for a citizen alone: Windows is " +
        "a mediator-workstation platform for assist_desk (see README.md).")
}
$obj = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
if ($Remove) {
    $obj.Configuration = $null
} else {
    $xml = Get-Content -Raw (Join-Path $PSScriptRoot "assigned-access.xml")
    Add-Type -AssemblyName System.Web
    $obj.Configuration = [System.Web.HttpUtility]::HtmlEncode($xml)
}
Set-CimInstance -CimInstance $obj
Write-Output "Assigned Access $(if ($Remove) { 'removed' } else { 'applied' }); restart the PC."
