// Writes examples/iris/lab-curves-mtj-80.csv: 8 transfer curves of model A (preset mtj-f-default,
// 80 % device-to-device spread, seed 17, node id 0), noiseless, ascending sweep, 81 points over the
// specification's +/-8 mA. They stand in for measured lab curves (the project has no lab data):
// the devices differ in offset, slope and saturation as measured ones do, and are not tanh-shaped.
// Run from the project root after building the devices bundle:
//   jshell --class-path bundles/org.spinflow.devices/target/classes examples/iris/lab-curves.jsh
import org.spinflow.devices.*;
import java.util.*;
int n = 81, devices = 8;
Map<String, Double> o = new HashMap<>();
o.put("xMin", -8e-3); o.put("xMax", 8e-3); o.put("tablePoints", (double) n); o.put("allowInvalid", 1.0);
Device d = DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", o, devices, 17, 0, 8.0, false, null));
StringBuilder sb = new StringBuilder("# model A (mtj-f-default), 80 % spread, seed 17: stand-in for measured curves; see lab-curves.jsh\nI (A)");
for (int j = 0; j < devices; j++) sb.append(",V").append(j + 1).append(" (V)");
sb.append('\n');
for (int i = 0; i < n; i++) {
    double x = -8e-3 + 16e-3 * i / (n - 1);
    float[] in = new float[devices], out = new float[devices];
    Arrays.fill(in, (float) x);
    ((DeviceDiagnostics) d).readNoiseless(in, out, devices, false);
    sb.append(String.format(Locale.ROOT, "%.6e", x));
    for (int j = 0; j < devices; j++) sb.append(String.format(Locale.ROOT, ",%.7e", out[j]));
    sb.append('\n');
}
java.nio.file.Files.writeString(java.nio.file.Path.of("examples/iris/lab-curves-mtj-80.csv"), sb.toString());
/exit
