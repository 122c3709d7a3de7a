#!/usr/bin/env bash
# Builds the app image (mvn -Pdist, no installer) and runs it as a user would: `lstm-workbench
# --version` must print this version, and a 2-epoch `train` on the demo data must write its two
# epochs. Skipped, with the reason, where the JDK has no jpackage or no jmods to link from.
# Usage: src/dist/check-image.sh [--no-build]   (--no-build: check target/dist as it is)
set -euo pipefail
cd "$(dirname "$0")/../.."

java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
if ! java --list-modules 2>/dev/null | grep -q '^jdk.jpackage@'; then
  echo "app image check SKIPPED: the JDK at $java_home has no jpackage (jdk.jpackage module)"
  exit 0
fi
if [ ! -d "$java_home/jmods" ]; then
  echo "app image check SKIPPED: the JDK at $java_home has no jmods/ folder for jlink (Debian: apt-get install openjdk-17-jdk)"
  exit 0
fi

if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q -Pdist -Ddist.installer=none package -DskipTests
fi

app=target/dist/image/lstm-workbench/bin/lstm-workbench
fail() { echo "app image check FAILED: $*" >&2; exit 1; }
[ -x "$app" ] || fail "no launcher at $app"

want=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1)
got=$("$app" --version 2>/dev/null | head -1 || true)
[ "$got" = "lstm-workbench $want" ] || fail "--version printed '$got', expected 'lstm-workbench $want'"
echo "app image: --version -> $got"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$app" train --data demo:seed-sequence --epochs 2 --seed 1 --out "$out/run" > "$out/train.log" 2>&1 \
  || fail "train exited $? (log: $(tail -3 "$out/train.log"))"
epochs=$(($(wc -l < "$out/run/history.csv") - 1))
[ "$epochs" -eq 2 ] || fail "train wrote $epochs epochs to history.csv, expected 2"
grep -q '"status" *: *"done"' "$out/run/run.json" || fail "run.json: $(grep -o '"status"[^,]*' "$out/run/run.json")"
grep -q '"name" *: *"fast"' "$out/run/run.json" || fail "the run did not train on the fast engine: $(grep -A2 '"engine"' "$out/run/run.json")"
# the same seed through the plain jar must give the same losses (elapsed_ms, column 7, differs)
java -jar target/lstm-workbench.jar train --data demo:seed-sequence --epochs 2 --seed 1 --out "$out/jar" > "$out/jar.log" 2>&1 \
  || fail "the plain jar's train exited $?"
cut -d, -f1-6 "$out/run/history.csv" > "$out/image.csv"
cut -d, -f1-6 "$out/jar/history.csv" > "$out/jar.csv"
diff -q "$out/image.csv" "$out/jar.csv" > /dev/null || fail "the image's losses differ from the jar's: $(diff "$out/image.csv" "$out/jar.csv")"
echo "app image: train 2 epochs -> $epochs epochs on the fast engine, losses equal to java -jar's"
echo "app image check OK"
