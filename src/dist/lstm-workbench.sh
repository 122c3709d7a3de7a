#!/bin/sh
# Runs lstm-workbench.jar with the JVM options the app image's launcher uses (README "Install"):
# the Vector API module for the engine's activations and the serial collector. No arguments
# opens the window; otherwise a command, e.g. `lstm-workbench.sh train --data demo:sine`.
# Finds the jar beside this script (inside the app image: lib/app/) or in ../../target (a source
# build); uses the app image's own runtime when there is one, else $JAVA_HOME or java on PATH.
# Extra JVM options go in JAVA_OPTS (e.g. JAVA_OPTS=-Xmx4g).
here=$(cd "$(dirname "$0")" && pwd)
jar=
for j in "$here/lstm-workbench.jar" "$here/../../target/lstm-workbench.jar"; do
  if [ -f "$j" ]; then jar=$j; break; fi
done
if [ -z "$jar" ]; then
  echo "lstm-workbench.sh: no lstm-workbench.jar beside $here or in its ../../target (build it: mvn -q package -DskipTests)" >&2
  exit 1
fi
if [ -x "$here/../runtime/bin/java" ]; then
  java="$here/../runtime/bin/java"
elif [ -n "$JAVA_HOME" ]; then
  java="$JAVA_HOME/bin/java"
else
  java=java
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$java" --add-modules jdk.incubator.vector -XX:+UseSerialGC $JAVA_OPTS -jar "$jar" "$@"
