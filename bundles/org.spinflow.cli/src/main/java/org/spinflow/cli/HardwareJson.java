package org.spinflow.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spinflow.devices.hardware.OperationCosts;
import org.spinflow.interpreter.HardwareLedger;

/** The {@code hardware} object of {@code train --json} (docs/PHYSICS.md H). */
final class HardwareJson {
    private HardwareJson() {
    }

    static Map<String, Object> of(HardwareLedger.Report r) {
        HardwareLedger.Totals all = r.total();
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("reads", all.reads);
        o.put("crossbar_reads", all.crossbarReads);
        o.put("writes", all.writes);
        o.put("energy_j", all.energy());
        o.put("device_time_s", all.deviceTime);
        Map<String, Object> t = totals(r.training());
        HardwareLedger.Totals tr = r.training();
        if (tr.steps > 0) {
            Map<String, Object> per = new LinkedHashMap<>();
            per.put("reads", (double) tr.reads / tr.steps);
            per.put("writes", (double) tr.writes / tr.steps);
            per.put("energy_j", tr.energy() / tr.steps);
            per.put("device_time_s", tr.deviceTime / tr.steps);
            t.put("per_step", per);
        }
        o.put("training", t);
        Map<String, Object> i = totals(r.inference());
        HardwareLedger.Totals in = r.inference();
        if (in.samples > 0) {
            Map<String, Object> per = new LinkedHashMap<>();
            per.put("reads", (double) in.reads / in.samples);
            per.put("energy_j", in.energy() / in.samples);
            per.put("device_time_s", in.deviceTime / in.samples);
            i.put("per_sample", per);
        }
        o.put("inference", i);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("macs", all.digitalMacs);
        d.put("energy_j_fp32", all.digitalMacs * OperationCosts.DIGITAL_MAC_ENERGY_FP32);
        d.put("energy_j_int8", all.digitalMacs * OperationCosts.DIGITAL_MAC_ENERGY_INT8);
        d.put("j_per_mac_fp32", OperationCosts.DIGITAL_MAC_ENERGY_FP32);
        d.put("j_per_mac_int8", OperationCosts.DIGITAL_MAC_ENERGY_INT8);
        o.put("digital_reference", d);
        return o;
    }

    private static Map<String, Object> totals(HardwareLedger.Totals t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("steps", t.steps);
        o.put("samples", t.samples);
        o.put("reads", t.reads);
        o.put("crossbar_reads", t.crossbarReads);
        o.put("writes", t.writes);
        o.put("energy_j", t.energy());
        o.put("read_energy_j", t.readEnergy);
        o.put("crossbar_energy_j", t.crossbarEnergy);
        o.put("write_energy_j", t.writeEnergy);
        o.put("device_time_s", t.deviceTime);
        o.put("host_macs", t.hostMacs);
        return o;
    }
}
