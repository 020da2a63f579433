#!/usr/bin/env bash
# Starts a copy of the materialised Spinflow Studio with its launcher script `spinflow-studio` (needs a display:
# xvfb-run locally, Xvfb in CI), with the self test bundle added to the copy (it is test code, not in the
# product): the self test opens an example in the Spinflow editor and writes a report. Then checks the report and
# the log. Usage: run-product.sh JAVA_HOME PRODUCT_DIR EXAMPLE REPORT_DIR SELFTEST_JAR
set -euo pipefail
java_home=$1 product=$2 example=$3 report=$4 selftest=$5
rm -rf "$report" && mkdir -p "$report"
if [ -z "${DISPLAY:-}" ]; then
  echo "run-product: no DISPLAY; run under xvfb-run" >&2
  exit 1
fi
[ -x "$product/spinflow-studio" ] || { echo "run-product: $product/spinflow-studio missing or not executable" >&2; exit 1; }
grep -q -- '^-Xmx' "$product/eclipse.ini" || { echo "run-product: no -Xmx in $product/eclipse.ini" >&2; exit 1; }

copy="$report/product"
cp -a "$product" "$copy"
version=$(unzip -p "$selftest" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')
cp "$selftest" "$copy/plugins/org.spinflow.ui.selftest_$version.jar"
echo "org.spinflow.ui.selftest,$version,plugins/org.spinflow.ui.selftest_$version.jar,4,false" \
  >>"$copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

# only the launcher script's own Java search: JAVA_HOME points at the build's JDK (>= 21)
set +e
JAVA_HOME="$java_home" timeout 300 "$copy/spinflow-studio" -data "$report/workspace" -consoleLog -nosplash \
  -vmargs -Dspinflow.selftest="$report" -Dspinflow.selftest.model="$example" -XX:+PrintCommandLineFlags \
  >"$report/product.log" 2>&1
rc=$?
set -e
cat "$report/selftest.txt" 2>/dev/null || { echo "run-product: no self test report (exit $rc)"; tail -n 60 "$report/product.log"; exit 1; }
grep -q '^OK ' "$report/selftest.txt"
# the .ini's -Xmx2g reached the JVM (PrintCommandLineFlags prints MaxHeapSize)
grep -q 'MaxHeapSize=2147483648' "$report/product.log" || { echo "run-product: -Xmx2g of eclipse.ini not applied"; head -n 5 "$report/product.log"; exit 1; }
# no missing theme, no SLF4J provider complaint, no unresolved bundle in the log (console and .metadata/.log)
logs=("$report/product.log")
[ -f "$report/workspace/.metadata/.log" ] && logs+=("$report/workspace/.metadata/.log")
if grep -n -E "e4_default|SLF4J|could not be resolved|Could not resolve module|ClassNotFoundException|NoClassDefFoundError" "${logs[@]}"; then
  echo "run-product: unexpected messages in the log (above)"
  exit 1
fi
