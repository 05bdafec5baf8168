#!/usr/bin/env bash
# Regenerates the screenshots of docs/guide.md (docs/screenshots/*.png) from the sample county:
#   bash docs/screenshots.sh
# 1. plans data/sample-county and renders a notice, a school page and the report's first page from the
#    printed PDFs (pdftoppm);
# 2. imports the county into a throwaway PostgreSQL (.ci/postgres-local, its own state folder), plans it
#    there, serves the portal and lets docs/screenshots/shoot.cs (Playwright + Debian's Chromium) sign in as
#    a principal and as HR, and cut the flow maps out of the report of step 1.
# Everything but the PNGs is written to a temporary folder and removed.
# Needs what .ci/run installs (chromium, poppler-utils, fonts, postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
shots="docs/screenshots"
work="$(mktemp -d)"
# The throwaway PostgreSQL keeps its data under $work, and as root runs as the postgres user, who must get in.
chmod 755 "$work"
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; wait "$serve_pid" 2>/dev/null || true; fi
  TMPDIR="$work" bash .ci/postgres-local stop || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Jiaoling.Rotation.App -c Release -nologo -v quiet
app="src/Jiaoling.Rotation.App/bin/Release/net10.0/linux-x64/jiaoling-rotation"

# The PDF pages at 90 dpi: A4 is 744 x 1052 pixels, the body text of a notice about 20 pixels high.
page() { pdftoppm -r 90 -png -f "$2" -l "$2" -singlefile "$1" "$shots/$3"; }

"$app" plan --data data/sample-county --out "$work/out" --time-limit 20 | tee "$work/console.txt"
page "$work/out/notices.pdf" 2 notice
page "$work/out/report.pdf" 1 report-first-page
# A school page as it prints: the school with the median number of rows.
school="$(tail -n +2 "$work/out/plan.csv" | awk -F, '{print $4; print $5}' | sort | uniq -c | sort -n | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --no-pdf-header-footer --print-to-pdf="$work/school.pdf" "file://$work/out/schools/$school.html" 2>/dev/null
page "$work/school.pdf" 1 school-page

export ConnectionStrings__Rotation="$(TMPDIR="$work" bash .ci/postgres-local)"
"$app" migrate
"$app" import --data data/sample-county --name 2027
"$app" setup-demo --dataset 2027 > "$work/accounts.tsv"
"$app" plan --dataset 2027 --out "$work/portal-run" --time-limit 20 --no-pdf > /dev/null
port=5091
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
"$app" serve --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break
  sleep 1
done
dotnet run docs/screenshots/shoot.cs -- "http://127.0.0.1:$port" "$work/accounts.tsv" "$work/portal-run/plan.csv" "$shots" "$work/out/report.html"
ls -l "$shots"/*.png
