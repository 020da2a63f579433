// Counts hysteretic devices (docs/PHYSICS.md A.7) in 200 mtj-f-default devices (seed 1, node id 0) at spread scales 1, 8, 12.
// Run from the project root: jshell --class-path bundles/org.spinflow.devices/target/classes experiments/fidelity-bistable-count.jsh
import org.spinflow.devices.*;
import org.spinflow.devices.macrospin.*;
import java.util.*;
for (double scale : new double[] {1.0, 8.0, 12.0}) {
Map<String, Double> o = new HashMap<>();
o.put("hysteresis", 1.0); o.put("allowInvalid", 1.0);
MacrospinArray d = (MacrospinArray) DeviceRegistry.getDefault().create(new DeviceSpec("mtj-f-default", o, 200, 1, 0, scale, false, null));
int any = 0, idle = 0;
for (int j = 0; j < 200; j++) {
  boolean b = false;
  for (int i = 0; i <= 400; i++) { if (d.bistableAt(j, -16e-3 + 32e-3 * i / 400)) { b = true; break; } }
  if (b) any++;
  if (d.bistableAtIdle(j)) idle++;
}
System.out.println("scale " + scale + ": bistable somewhere " + any + "/200, at idle 0 A " + idle + "/200");
}
/exit
