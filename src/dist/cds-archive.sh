#!/bin/sh
# (Re)makes the app image's class-data-sharing archive of the classes a short `train` loads
# (lib/app/lstm-workbench.jsa; the launcher's .cfg names it): about 1 s less CPU on every start.
# JDK 17 ties such an archive to the absolute paths of the class-path jars, so it is made where
# the image lives: by the build for target/dist/image, by the .deb's postinst for /opt, and by
# hand after moving an unpacked image (run this script; without it the app starts, just slower).
# Runs the image's runtime with the launcher's class path and options from the .cfg, minus the
# archive option (the JVM would take it as the base of the new archive).
set -eu
app=$(cd "$(dirname "$0")" && pwd)
cfg="$app/lstm-workbench.cfg"
java="$app/../runtime/bin/java"
[ -x "$java" ] || java="$app/../runtime/Contents/Home/bin/java" # macOS: Contents/app beside Contents/runtime
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:' | sed "s|\\\$APPDIR|$app|g")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$app/lstm-workbench.jsa"
# shellcheck disable=SC2086 # opts: one option per line, none with spaces
"$java" -XX:ArchiveClassesAtExit="$app/lstm-workbench.jsa" $opts ${CDS_JAVA_OPTS:-} -Djava.class.path="$cp" "$main" \
  train --data demo:seed-sequence --epochs 2 --out "$work/run" > "$work/log" 2>&1 || {
  echo "cds-archive.sh: the archive run failed; the app works without it (log below)" >&2
  tail -5 "$work/log" >&2
  exit 1
}
echo "cds-archive.sh: wrote $app/lstm-workbench.jsa"
