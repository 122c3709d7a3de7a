#!/usr/bin/env bash
# A real Spark standalone cluster on this machine (one Master, one Worker with 2 cores, both from
# the Maven class path, no Spark installation), a sweep on it from the assembly jar and through
# Spark's own launcher (SparkSubmit), each compared with the same sweep run locally: summary.csv
# byte for byte, results.csv and every history apart from wall_ms / elapsed_ms.
# The data is a CSV file given by a relative path, so it must reach the executors by Spark itself.
#
# Usage (from the repository root, after mvn -q -Pspark package -DskipTests):
#   src/bench/spark-standalone.sh            [PORT=7177 WORK=target/spark-standalone MVN=mvn]
# Exit 0 when both cluster sweeps equal the local one, 1 otherwise.
set -euo pipefail

PORT=${PORT:-7177}
MVN=${MVN:-mvn}
ROOT=$(pwd)
WORK=$(realpath -m "${WORK:-target/spark-standalone}")
APP="$ROOT/target/lstm-workbench.jar"
ASSEMBLY="$ROOT/target/lstm-workbench-spark.jar"
for jar in "$APP" "$ASSEMBLY"; do
  [[ -f $jar ]] || { echo "spark-standalone: $jar is missing: run mvn -q -Pspark package -DskipTests" >&2; exit 1; }
done

# Spark's --add-opens list for Java 17, the one the build gives the tests
OPENS=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$ROOT/pom.xml")
VECTOR="--add-modules jdk.incubator.vector"

# A SPARK_HOME as a Worker expects it: jars/ holds Spark and its dependencies (here the Maven
# class path without the app's own libraries, which travel in the assembly). The Worker finds
# the Scala version of jars/ through SPARK_SCALA_VERSION (a Spark distribution has a RELEASE
# file instead; without either it fails with "Cannot find any build directories").
rm -rf "$WORK"
mkdir -p "$WORK/spark-home/jars" "$WORK/spark-home/work" "$WORK/run"
# shellcheck disable=SC2086 # MVN may carry options (MVN="mvn -o")
$MVN -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$WORK/classpath.txt"
tr ':' '\n' < "$WORK/classpath.txt" \
  | grep -v -E '/(org/deeplearning4j|org/nd4j|org/bytedeco|org/openjfx|org/jfree|org/controlsfx|info/picocli|org/junit|org/assertj|com/tngtech|org/testfx|org/opentest4j)/' \
  | while read -r jar; do ln -s "$jar" "$WORK/spark-home/jars/"; done
export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.12
SPARK_JARS="$SPARK_HOME/jars/*"
MASTER="spark://127.0.0.1:$PORT"

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT

# shellcheck disable=SC2086 # OPENS is a list of options
java $OPENS -cp "$SPARK_JARS" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port $((PORT + 1000)) > "$WORK/master.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
java $OPENS -cp "$SPARK_JARS" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 3g \
  --webui-port $((PORT + 1001)) --work-dir "$SPARK_HOME/work" "$MASTER" > "$WORK/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do
  grep -q "Successfully registered with master" "$WORK/worker.log" 2>/dev/null && break
  sleep 1
done
grep -q "Successfully registered with master" "$WORK/worker.log" \
  || { echo "spark-standalone: the Worker did not register with $MASTER (see $WORK/worker.log)" >&2; exit 1; }

cd "$WORK/run"
awk 'BEGIN { print "step,value"; for (i = 0; i < 60; i++) printf "%d,%.6f\n", i, sin(i * 0.3) + 0.01 * i }' > series.csv
SWEEP=(sweep --data series.csv --epochs 50 --param units=1,3 --repeats 3 -q)

# shellcheck disable=SC2086
java $VECTOR -jar "$APP" "${SWEEP[@]}" --out local --threads 2 > local.log
# the app on the driver's class path; executors get the assembly through extraClassPath
# shellcheck disable=SC2086
java $VECTOR $OPENS -Dspark.driver.host=127.0.0.1 -Dspark.executor.extraClassPath="$ASSEMBLY" \
  "-Dspark.executor.extraJavaOptions=$VECTOR" -cp "$ASSEMBLY:$SPARK_JARS" \
  org.lstmworkbench.Main "${SWEEP[@]}" --out cluster --spark "$MASTER" > cluster.log 2>&1
# spark-submit's own launcher class: the assembly is the application jar, executors fetch it
# shellcheck disable=SC2086
java $VECTOR $OPENS -cp "$SPARK_JARS" org.apache.spark.deploy.SparkSubmit --class org.lstmworkbench.Main \
  --master "$MASTER" --conf spark.driver.host=127.0.0.1 --conf "spark.executor.extraJavaOptions=$VECTOR" \
  "$ASSEMBLY" "${SWEEP[@]}" --out submit --spark "$MASTER" > submit.log 2>&1

# a CSV file without one named column, rows sorted (Spark stores runs as they finish)
without() { awk -F, -v col="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i }
  { out = ""; for (i = 1; i <= NF; i++) if (i != c) out = out (out == "" ? "" : ",") $i; print out }' "$1" | sort; }
same() {
  cmp -s "local/summary.csv" "$1/summary.csv" || return 1
  [[ $(without local/results.csv wall_ms) == $(without "$1/results.csv" wall_ms) ]] || return 1
  for h in local/histories/*.csv; do
    [[ $(without "$h" elapsed_ms) == $(without "$1/histories/$(basename "$h")" elapsed_ms) ]] || return 1
  done
}
status=0
for run in cluster submit; do
  runs=$(($(wc -l < "$run/results.csv") - 1))
  if same "$run"; then
    echo "spark-standalone: $run ($runs runs on $MASTER) equals the local sweep"
  else
    echo "spark-standalone: $run differs from the local sweep (see $WORK/run)" >&2
    status=1
  fi
done
shipped=$(find "$SPARK_HOME/work" -name '*-series.csv' | wc -l)
echo "spark-standalone: the data file reached $shipped executor folder(s) through Spark"
exit $status
