#!/usr/bin/env bash
# Starts copies of the materialised Spinflow Studio with its launcher script `spinflow-studio` (needs a display:
# xvfb-run locally, Xvfb in CI), as on a fresh machine that has only a JDK >= 21: an empty environment (env -i)
# with a new HOME, no Eclipse or Maven settings, only DISPLAY and either JAVA_HOME or a java on the PATH. The self
# test bundle is added to each copy (it is test code, not in the product): it opens an example in the Spinflow
# editor and writes a report; in the first start it also drives the p2 update UI (Help > Install New Software...,
# Help > Check for Updates) against the built update site SITE_DIR. Then checks the reports, that -Xmx of the
# product's eclipse.ini reached the JVM, and the logs.
# Usage: run-product.sh JAVA_HOME PRODUCT_DIR EXAMPLE REPORT_DIR SELFTEST_JAR SITE_DIR
set -euo pipefail
java_home=$1 product=$2 example=$3 report=$4 selftest=$5 site=$6
rm -rf "$report" && mkdir -p "$report"
if [ -z "${DISPLAY:-}" ]; then
  echo "run-product: no DISPLAY; run under xvfb-run" >&2
  exit 1
fi
[ -x "$product/spinflow-studio" ] || { echo "run-product: $product/spinflow-studio missing or not executable" >&2; exit 1; }
xmx=$(sed -n 's/^-Xmx//p' "$product/eclipse.ini")
[ -n "$xmx" ] || { echo "run-product: no -Xmx in $product/eclipse.ini" >&2; exit 1; }
[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || [ -f "$site/content.xml" ] \
  || { echo "run-product: no p2 update site in $site (build update-site first)" >&2; exit 1; }
case $xmx in
  *g|*G) xmx_bytes=$(( ${xmx%[gG]} * 1024 * 1024 * 1024 )) ;;
  *m|*M) xmx_bytes=$(( ${xmx%[mM]} * 1024 * 1024 )) ;;
  *) echo "run-product: cannot read -Xmx$xmx of eclipse.ini" >&2; exit 1 ;;
esac
version=$(unzip -p "$selftest" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')

# start NAME ENV... -- SELFTEST-VMARGS...: a fresh copy of the product, a fresh HOME, the given environment only
start() {
  local name=$1; shift
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local dir="$report/$name" copy="$report/$name/product"
  mkdir -p "$dir/home"
  cp -a "$product" "$copy"
  cp "$selftest" "$copy/plugins/org.spinflow.ui.selftest_$version.jar"
  echo "org.spinflow.ui.selftest,$version,plugins/org.spinflow.ui.selftest_$version.jar,4,false" \
    >>"$copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  set +e
  (cd "$dir/home" && env -i HOME="$dir/home" DISPLAY="$DISPLAY" "${envs[@]}" timeout 600 "$copy/spinflow-studio" \
    -data "$dir/workspace" -consoleLog -nosplash \
    -vmargs -Dspinflow.selftest="$dir" -Dspinflow.selftest.model="$example" -XX:+PrintCommandLineFlags "$@" \
    >"$dir/product.log" 2>&1)
  local rc=$?
  set -e
  cat "$dir/selftest.txt" 2>/dev/null || { echo "run-product: $name: no self test report (exit $rc)"; tail -n 60 "$dir/product.log"; exit 1; }
  grep -q '^OK ' "$dir/selftest.txt" || { echo "run-product: $name: self test failed"; tail -n 60 "$dir/product.log"; exit 1; }
  # the .ini's -Xmx reached the JVM (PrintCommandLineFlags prints MaxHeapSize)
  grep -q "MaxHeapSize=$xmx_bytes\b" "$dir/product.log" \
    || { echo "run-product: $name: -Xmx$xmx of eclipse.ini not applied"; grep -m1 MaxHeapSize "$dir/product.log"; exit 1; }
  # no missing theme, no SLF4J provider complaint, no unresolved bundle in the log (console and .metadata/.log)
  local logs=("$dir/product.log")
  [ -f "$dir/workspace/.metadata/.log" ] && logs+=("$dir/workspace/.metadata/.log")
  if grep -n -E "e4_default|SLF4J|could not be resolved|Could not resolve module|ClassNotFoundException|NoClassDefFoundError" "${logs[@]}"; then
    echo "run-product: $name: unexpected messages in the log (above)"
    exit 1
  fi
}

# 1. JAVA_HOME names the JDK (java 17 first on the PATH of this machine must not be taken); the p2 update UI
start java-home JAVA_HOME="$java_home" PATH=/usr/bin:/bin -- -Dspinflow.selftest.p2="$(cd "$site" && pwd -P | sed 's|^|file:|')"
grep -q ' p2=OK' "$report/java-home/selftest.txt" || { echo "run-product: the p2 update UI check failed"; exit 1; }
for f in p2-install.png p2-check-for-updates.png; do
  [ -s "$report/java-home/$f" ] || { echo "run-product: no screenshot $f of the p2 dialogs"; exit 1; }
done
# 2. no JAVA_HOME: the JDK's java first on the PATH
start path-java PATH="$java_home/bin:/usr/bin:/bin" --
echo "run-product: OK: $(cat "$report/java-home/selftest.txt")"
