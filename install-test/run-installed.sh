#!/usr/bin/env bash
# Starts a stock Eclipse platform into which the p2 director installed the Spinflow IDE feature from the built
# update site (see install-test/pom.xml), with the self test bundle added (test code, on no site): the self test
# opens the Iris network in the Spinflow editor, trains two epochs, saves and checks the saved file, then writes a
# report. This script then checks the report, the installed platform's versions and the log.
# Usage: run-installed.sh JAVA_HOME PLATFORM_DIR EXAMPLE REPORT_DIR SELFTEST_JAR "bundle,version ..."
set -euo pipefail
java_home=$1 platform=$2 example=$3 report=$4 selftest=$5 expect=$6
rm -rf "$report" && mkdir -p "$report"
if [ -z "${DISPLAY:-}" ]; then
  echo "run-installed: no DISPLAY; run under xvfb-run" >&2
  exit 1
fi
info="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$info" ] || { echo "run-installed: $info missing (platform not materialised?)" >&2; exit 1; }
# the platform is the one asked for, and the director installed Spinflow into it
for bv in $expect; do
  grep -q "^$bv[.,]" "$info" || { echo "run-installed: $bv not in $info:"; grep "^${bv%%,*}," "$info" || true; exit 1; }
done
for b in org.spinflow.ui org.spinflow.glsp org.spinflow.model org.spinflow.interpreter; do
  grep -q "^$b," "$info" || { echo "run-installed: $b was not installed by the director (not in $info)"; exit 1; }
done
registry="$platform/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"
latest=$(ls -1 "$registry" | grep -E '^[0-9]+\.profile(\.gz)?$' | sort -n | tail -n 1)
# (grep -c reads all input: grep -q would end the pipe early and pipefail would turn zcat's SIGPIPE into a failure)
zcat -f "$registry/$latest" | grep -c "id='org.spinflow.ui.feature.feature.group'" >/dev/null \
  || { echo "run-installed: org.spinflow.ui.feature.feature.group is not in the platform's p2 profile ($registry/$latest)"; exit 1; }

copy="$report/platform"
cp -a "$platform" "$copy"
version=$(unzip -p "$selftest" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Bundle-Version: *//p')
cp "$selftest" "$copy/plugins/org.spinflow.ui.selftest_$version.jar"
echo "org.spinflow.ui.selftest,$version,plugins/org.spinflow.ui.selftest_$version.jar,4,false" \
  >>"$copy/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
launcher=$(ls "$copy"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

set +e
timeout 900 "$java_home/bin/java" -Xmx2g -Dspinflow.selftest="$report" -Dspinflow.selftest.model="$example" -Dspinflow.selftest.train=2 \
  -jar "$launcher" -data "$report/workspace" -consoleLog -nosplash >"$report/platform.log" 2>&1
rc=$?
set -e
cat "$report/selftest.txt" 2>/dev/null || { echo "run-installed: no self test report (exit $rc)"; tail -n 80 "$report/platform.log"; exit 1; }
grep -q '^OK .* saved=true' "$report/selftest.txt" || { tail -n 80 "$report/platform.log"; exit 1; }
logs=("$report/platform.log")
[ -f "$report/workspace/.metadata/.log" ] && logs+=("$report/workspace/.metadata/.log")
if grep -n -E "NoSuchMethodError|could not be resolved|Could not resolve module|ClassNotFoundException|NoClassDefFoundError|LinkageError" "${logs[@]}"; then
  echo "run-installed: unexpected messages in the log (above)"
  exit 1
fi
echo "run-installed: OK: $(cat "$report/selftest.txt")"
