# Build Evidence Vault for Windows (x64) with the same spec as Linux and macOS.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11 (python.org installer, "py" launcher) and Git. Produces
# dist\evidence-vault-VERSION-windows-x64.zip and dist\SHA256SUMS.
# Sign the programs before zipping them: see packaging\windows\README.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Version = (Select-String -Path src\evidence_vault\__init__.py -Pattern '__version__ = "(.*)"').Matches[0].Groups[1].Value
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct) }
$env:PYTHONHASHSEED = "0"
$Build = "build\packaging"
$Venv = "$Build\venv"
if (-not (Test-Path "$Venv\Scripts\pyinstaller.exe")) {
    py -3.11 -m venv $Venv
    & "$Venv\Scripts\python.exe" -m pip install --require-hashes --only-binary=:all: -r packaging\requirements-lock.txt
}
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath "$Build\dist" --workpath "$Build\work" packaging\evidence-vault.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

& "$Build\dist\evidence-vault\evidence-vault.exe" --selftest
if ($LASTEXITCODE -ne 0) { throw "the built program fails its self-test" }

# Optional: sign both programs here (signtool, see README.md) before packing.
$Name = "evidence-vault-$Version-windows-x64"
New-Item -ItemType Directory -Force dist | Out-Null
Remove-Item -Recurse -Force "dist\$Name" -ErrorAction SilentlyContinue
Copy-Item -Recurse "$Build\dist\evidence-vault" "dist\$Name"
Compress-Archive -Path "dist\$Name" -DestinationPath "dist\$Name.zip" -Force
$Hash = (Get-FileHash -Algorithm SHA256 "dist\$Name.zip").Hash.ToLower()
# sha256sum's format, so the same SHA256SUMS check works everywhere.
[IO.File]::WriteAllText("dist\SHA256SUMS", "$Hash  $Name.zip`n")
if ($env:EVIDENCE_VAULT_SIGNING_KEY) {
    minisign -S -s $env:EVIDENCE_VAULT_SIGNING_KEY -m dist\SHA256SUMS -t "Evidence Vault $Version (windows-x64) SHA256SUMS"
}
Write-Host "dist\$Name.zip"
