#!/usr/bin/env bash
# Runs every test: installs and starts PostgreSQL and RabbitMQ on loopback (and Debian's chromium) where absent,
# builds once, runs all test projects, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

eval "$(scripts/test-servers.sh)"

dotnet build Krisenstab.sln -c Release -warnaserror -nologo -v q
rm -rf TestResults
status=0
dotnet test Krisenstab.sln -c Release --no-build --nologo \
  --logger "trx" --results-directory TestResults -- RunConfiguration.TestSessionTimeout=3000000 || status=$?

# The browser tests write the page's picture; the README shows it.
if [[ -f TestResults/webapp.png ]]; then cp TestResults/webapp.png docs/webapp.png; fi

python3 - <<'PY'
import glob, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob("TestResults/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed")); skipped += int(counters.get("notExecuted"))
    failed += int(counters.get("failed")) + int(counters.get("error")) + int(counters.get("timeout")) + int(counters.get("aborted"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
