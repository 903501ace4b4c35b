# Signs Windows programs with Authenticode (signtool, SHA-256, RFC 3161 timestamp), then checks
# the signature. The release workflow runs it for the app's launcher, and makensis runs it for
# the installer and its uninstaller (-DSIGN_COMMAND, see poyo-desktop.nsi).
#   pwsh -NoProfile -File packaging\windows\sign.ps1 FILE [FILE...]
# Environment: POYO_SIGN_PFX (path of a .pfx code-signing certificate) and
# POYO_SIGN_PASSWORD (its password); POYO_SIGN_TIMESTAMP (default: DigiCert's server).
# Without a certificate it fails: the workflow only calls it when one is configured.
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"

if (-not $env:POYO_SIGN_PFX -or -not (Test-Path $env:POYO_SIGN_PFX)) {
  throw "sign.ps1: no certificate (POYO_SIGN_PFX)"
}
$timestamp = if ($env:POYO_SIGN_TIMESTAMP) { $env:POYO_SIGN_TIMESTAMP } else { "http://timestamp.digicert.com" }

# The newest signtool of the Windows SDK that the runner has.
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
  Sort-Object { [version]$_.Directory.Parent.Name } | Select-Object -Last 1
if (-not $signtool) { throw "sign.ps1: signtool.exe not found (Windows SDK)" }

foreach ($file in $Files) {
  & $signtool.FullName sign /f $env:POYO_SIGN_PFX /p $env:POYO_SIGN_PASSWORD `
    /fd sha256 /tr $timestamp /td sha256 /d "PoYo Desktop" $file | Out-Host
  if ($LASTEXITCODE -ne 0) { throw "sign.ps1: signing $file failed" }
  & $signtool.FullName verify /pa /q $file | Out-Host
  if ($LASTEXITCODE -ne 0) { throw "sign.ps1: the signature of $file does not verify" }
}
