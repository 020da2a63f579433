package org.spinflow.interpreter.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.spinflow.interpreter.Plan;
import org.spinflow.model.GradientMode;

/**
 * Two builds of the interpreter timed against each other in one JVM: each build's classes (a copy of
 * {@code target/classes}) are loaded by a class loader of their own, over one loader of the dependencies, and
 * train the same network (as {@code spinflow bench}: MNIST, batch 32, momentum SGD); after a one-epoch warm-up
 * each, the two run alternately in rounds of a few hundred steps (A then B, B then A in the next round), so both
 * see the same state of the host. On the 2-vCPU VM the rate of one build moves by 10-40 % from one JVM (or
 * minute) to the next, which swamps a change of a few per cent measured in separate runs; paired rounds do not.
 * Prints each build's median and shortest step over the rounds and the median (and quartiles) of the per-round
 * ratio B / A. The build loaded second has measured 3-10 % faster against a copy of itself, so run it both ways
 * round (A/B, then B/A) and take the square root of the two medians' ratio (docs/PERFORMANCE.md, session 14).
 *
 * <p>Arguments: a file holding the dependencies' classpath (as {@code mvn dependency:build-classpath} writes
 * it), build A's classes folder, build B's, mode, shape, threads, rounds, steps per round, e.g.
 * {@code java -cp target/test-classes org.spinflow.interpreter.bench.BuildsAB /tmp/deps.cp /tmp/a /tmp/b exact
 * 784-100-10 2 60 200}. {@code -Dmnist=DIR} names the MNIST IDX folder.
 */
public final class BuildsAB {

    private BuildsAB() {
    }

    /** One build's plan and data, created inside that build's class loader. */
    public static final class Driver {
        private final Plan plan;
        private final BenchNetworks.Mnist data;
        private int pos;

        public Driver(String mode, String shape, int threads, int warm) {
            data = BenchNetworks.Mnist.load();
            plan = BenchNetworks.plan(GradientMode.get(mode), shape, threads);
            run(warm / 32);
        }

        /** Trains {@code steps} steps; returns their nanoseconds. */
        public long run(int steps) {
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                pos = data.step(plan, 32, pos, null, null, 0, null);
            }
            return System.nanoTime() - t0;
        }
    }

    public static void main(String[] a) throws Exception {
        List<URL> deps = new ArrayList<>();
        for (String s : Files.readString(Path.of(a[0])).trim().split(java.io.File.pathSeparator)) {
            deps.add(Path.of(s).toUri().toURL());
        }
        ClassLoader parent = new URLClassLoader(deps.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        URL tests = BuildsAB.class.getProtectionDomain().getCodeSource().getLocation();
        int threads = Integer.parseInt(a[5]);
        int rounds = Integer.parseInt(a[6]);
        int steps = Integer.parseInt(a[7]);
        Object[] driver = new Object[2];
        Method[] run = new Method[2];
        for (int v = 0; v < 2; v++) {
            URLClassLoader l = new URLClassLoader(new URL[] {Path.of(a[1 + v]).toUri().toURL(), tests}, parent);
            Thread.currentThread().setContextClassLoader(l);
            Class<?> c = l.loadClass(BuildsAB.class.getName() + "$Driver"); // by name: this loader must not load it
            driver[v] = c.getConstructor(String.class, String.class, int.class, int.class).newInstance(a[3], a[4], threads, 60_000);
            run[v] = c.getMethod("run", int.class);
        }
        for (int v = 0; v < 2; v++) {
            run[v].invoke(driver[v], 1000);
        }
        double[][] t = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < 2; q++) {
                int v = r % 2 == 0 ? q : 1 - q;
                t[v][r] = (long) run[v].invoke(driver[v], steps) / 1e3 / steps;
            }
            ratio[r] = t[1][r] / t[0][r];
        }
        double[] sa = t[0].clone();
        double[] sb = t[1].clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        Arrays.sort(ratio);
        System.out.printf("%s %s, %d threads, %d rounds of %d steps: A %s step median %.1f us, shortest %.1f | B %s median %.1f, "
                + "shortest %.1f | B / A per round: median %.3f (quartiles %.3f, %.3f)%n", a[3], a[4], threads, rounds, steps, a[1],
                sa[rounds / 2], sa[0], a[2], sb[rounds / 2], sb[0], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
}
