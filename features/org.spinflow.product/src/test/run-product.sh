#!/usr/bin/env bash
# Starts the materialised Spinflow Studio (needs a display: xvfb-run locally, Xvfb in CI), lets its self test open
# an example in the Spinflow editor, and checks the report. Usage: run-product.sh JAVA_HOME PRODUCT_DIR EXAMPLE REPORT_DIR
set -euo pipefail
java_home=$1 product=$2 example=$3 report=$4
rm -rf "$report" && mkdir -p "$report"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
if [ -z "${DISPLAY:-}" ]; then
  echo "run-product: no DISPLAY; run under xvfb-run" >&2
  exit 1
fi
set +e
timeout 300 "$java_home/bin/java" -Dspinflow.selftest="$report" -Dspinflow.selftest.model="$example" \
  -Dosgi.install.area="$product" -jar "$launcher" -data "$report/workspace" -configuration "$report/configuration" \
  -consoleLog -nosplash >"$report/product.log" 2>&1
rc=$?
set -e
cat "$report/selftest.txt" 2>/dev/null || { echo "run-product: no self test report (exit $rc)"; tail -n 60 "$report/product.log"; exit 1; }
grep -q '^OK ' "$report/selftest.txt"
