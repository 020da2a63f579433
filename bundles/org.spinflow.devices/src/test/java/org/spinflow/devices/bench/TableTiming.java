package org.spinflow.devices.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;

import org.spinflow.devices.Device;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.devices.DeviceSpec;
import org.spinflow.devices.table.TableDevice;

/**
 * The figure of {@code spinflow bench}'s "10,000 device tables": the wall time of
 * {@code DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", Map.of(), count, 42, 7, 1.0, true, null))},
 * its process CPU seconds, and the content hash of the tables ({@link TableDevice#contentHash()}, so two builds
 * timed against each other are seen to build the same bits). Arguments: device count (default 10,000) and the
 * number of builds in this JVM (default 1: the first is the fresh-JVM figure, later ones are warmed up), and
 * optionally a population size built twice, untimed, before them (e.g. 110: what {@code spinflow bench}'s analog
 * modes built for their 784-100-10 networks before it times the tables, so the build code has run but is not hot).
 * Run with the devices bundle's classes and test classes on the class path:
 * {@code java -cp target/classes:target/test-classes org.spinflow.devices.bench.TableTiming 10000 4}.
 */
public final class TableTiming {

    private TableTiming() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int before = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        for (int i = 0; i < 2 && before > 0; i++) {
            DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", Map.of(), before, 42, 3 + i, 1.0, true, null));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rounds; r++) {
            double cpu0 = cpuSeconds();
            long t0 = System.nanoTime();
            Device d = DeviceRegistry.getDefault()
                    .create(new DeviceSpec("mtj-f-default", Map.of(), count, 42, 7, 1.0, true, null));
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = cpuSeconds() - cpu0;
            sb.append(String.format(" %.3f s (cpu %.2f)", s, cpu));
            if (r == rounds - 1) {
                sb.append(String.format(" hash %016x", ((TableDevice) d).contentHash()));
            }
        }
        System.out.println(count + " tables:" + sb);
    }

    private static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return Double.NaN;
    }
}
