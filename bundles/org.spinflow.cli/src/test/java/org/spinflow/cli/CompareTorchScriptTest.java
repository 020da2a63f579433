package org.spinflow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/compare-torch.sh}'s 2-thread verdicts count only the rounds whose core-to-core round trip (reported by
 * {@code spinflow bench}) stayed at most MAX_RTT ns before and after the run, as well as whose sgemm pair scaled: run
 * with a stand-in for Spinflow whose 2-thread rounds report chosen round trips and figures, and stand-ins for PyTorch
 * and the busy loops (a quiet machine).
 */
class CompareTorchScriptTest {

    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/usr/bin/env bash\n" + body, StandardCharsets.UTF_8);
        p.toFile().setExecutable(true);
        return p;
    }

    /**
     * Runs the comparison (one shape, 1 and 2 threads, {@code rounds} rounds); the stand-in Spinflow reports, for its
     * n-th 2-thread run, exact samples/s {@code twoThread[n]} and round trips {@code trips[n]} (before and after).
     */
    private String compare(int rounds, double[] twoThread, double[] trips) throws Exception {
        return compare(rounds, twoThread, trips, null);
    }

    /**
     * {@link #compare(int, double[], double[])} whose stand-in also reports, when {@code exactTimed} is not null, the
     * round trip read around exact's timed epoch of its n-th 2-thread run ({@code exactTimed[n]}, before and after;
     * analog-central's: the run's).
     */
    private String compare(int rounds, double[] twoThread, double[] trips, double[] exactTimed) throws Exception {
        StringBuilder fig = new StringBuilder(), rt = new StringBuilder(), et = new StringBuilder();
        for (int i = 0; i < twoThread.length; i++) {
            fig.append(twoThread[i]).append(' ');
            rt.append(trips[i]).append(' ');
            et.append(exactTimed == null ? trips[i] : exactTimed[i]).append(' ');
        }
        String timed = exactTimed == null ? "" : ",\\\"core_round_trip_ns_timed_before\\\":$x,\\\"core_round_trip_ns_timed_after\\\":$x";
        String timedC = exactTimed == null ? "" : ",\\\"core_round_trip_ns_timed_before\\\":$r,\\\"core_round_trip_ns_timed_after\\\":$r";
        Path count = dir.resolve("count");
        Files.writeString(count, "0");
        Path spinflow = script("spinflow", """
                [ "${1:-}" = bench ] || exit 0
                t=1; prev=""
                for a in "$@"; do [ "$prev" = --threads ] && t="$a"; prev="$a"; done
                if [ "$t" = 1 ]; then e=100000; r=80; x=80
                else n=$(cat '%s'); echo $((n + 1)) > '%s'; f=(%s); q=(%s); w=(%s); e=${f[$n]}; r=${q[$n]}; x=${w[$n]}; fi
                T=""; C=""; [ "$t" = 1 ] || { T="%s"; C="%s"; }
                echo "{\\"shape\\":\\"784-100-10\\",\\"modes\\":{\\"exact\\":{\\"samples_per_s\\":$e$T,\\"step_us\\":{\\"median\\":1}},\\"analog_central\\":{\\"samples_per_s\\":$e$C},\\"analog_forward\\":{\\"samples_per_s\\":$e}},\\"tables_seconds\\":0.5,\\"tables_cpu_seconds\\":1.0,\\"peak_rss_mb\\":700,\\"core_round_trip_ns_before\\":$r,\\"core_round_trip_ns_after\\":$r}"
                """.formatted(count, count, fig, rt, et, timed, timedC));
        Path python = script("python", """
                case "$*" in
                  *--blas-info*) echo '{"optimised": true, "blas_libraries": ["libopenblas.so.0"]}' ;;
                  *torch_mlp.py*) echo '{"samples_per_s": 90000, "torch": "1.13.0a0"}' ;;
                  *torch.mm*) echo 1.0 ;;
                  *) exit 0 ;;
                esac
                """);
        Path calib = script("calib", "sleep 0.2\n");
        ProcessBuilder pb = new ProcessBuilder("bash", "../../bench/compare-torch.sh", dir.toString(), "--rounds", String.valueOf(rounds));
        pb.environment().putAll(java.util.Map.of("SPINFLOW", spinflow.toString(), "PYTHON", python.toString(), "CALIB_PY",
                calib.toString(), "SHAPES", "784-100-10", "MAX_LOAD", "1000", "SETTLE", "0"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String verdict(String out, String what) {
        Matcher m = Pattern.compile("(?m)^  784-100-10 " + Pattern.quote(what) + ".*$").matcher(out);
        return m.find() ? m.group() : "";
    }

    @Test
    void roundsWithDistantCoresDoNotCountForTheTwoThreadVerdicts() throws Exception {
        // round 1: near cores, 1.8x; round 2: distant cores (400 ns), 1.9x: only round 1 counts
        String out = compare(2, new double[] {180000, 190000}, new double[] {120, 400});
        assertTrue(out.contains("core round trip before / after: 120 / 120 ns; counts for the 2-thread verdicts: yes"), out);
        assertTrue(out.contains("core round trip before / after: 400 / 400 ns; counts for the 2-thread verdicts: no"), out);
        assertTrue(verdict(out, "exact 2 threads / 1 thread (two-core rounds)").matches(".*\\s1\\.80\\s+\\(target >= 1\\.7\\)\\s+PASS$"),
                out);
        assertTrue(out.contains("exact T=2 / T=1, all rounds") && out.matches("(?s).*exact T=2 / T=1, all rounds\\s+1\\.90.*"), out);
        // both rounds on distant cores: no 2-thread verdict, and the reason names the round trip
        String far = compare(2, new double[] {180000, 190000}, new double[] {300, 400});
        String na = verdict(far, "2 threads / 1 thread (both modes)");
        assertTrue(na.contains("n/a") && na.contains("core round trip stay <= 250 ns"), far);
        assertEquals("", verdict(far, "exact 2 threads / 1 thread (two-core rounds)"), far);
        assertTrue(far.contains("\nverdict (quiet machine):"), far); // the other verdicts are still given
    }

    @Test
    void aModesFigureCountsOnlyWhenTheRoundTripAroundItsOwnTimedEpochStayedLow() throws Exception {
        // both rounds near cores over the whole run; round 2's exact timed epoch read 400 ns: exact counts round 1 only
        // (1.8x), analog-central both (1.9x)
        String out = compare(2, new double[] {180000, 190000}, new double[] {120, 120}, new double[] {100, 400});
        assertTrue(out.contains("around the timed epochs: exact 100 / 100, analog-central 120 / 120 ns; counts for the 2-thread"
                + " verdicts: yes (exact yes, analog-central yes)"), out);
        assertTrue(out.contains("around the timed epochs: exact 400 / 400, analog-central 120 / 120 ns; counts for the 2-thread"
                + " verdicts: yes (exact no, analog-central yes)"), out);
        assertTrue(verdict(out, "exact 2 threads / 1 thread (two-core rounds)").matches(".*\\s1\\.80\\s+\\(target >= 1\\.7\\)\\s+PASS$"),
                out);
        assertTrue(verdict(out, "analog-central 2 threads / 1 thread (two-core rounds)")
                .matches(".*\\s1\\.90\\s+\\(target >= 1\\.7\\)\\s+PASS$"), out);
        // exact's timed epochs both far: its verdict is n/a and says why, analog-central's is given
        String far = compare(2, new double[] {180000, 190000}, new double[] {120, 120}, new double[] {300, 400});
        assertTrue(verdict(far, "exact 2 threads / 1 thread (two-core rounds)").contains("n/a: in none of its two-core rounds"), far);
        assertTrue(verdict(far, "analog-central 2 threads / 1 thread (two-core rounds)").contains("PASS"), far);
    }
}
