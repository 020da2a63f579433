package com.example.spinflow.gain;

import java.util.List;

import org.spinflow.interpreter.CompileContext;
import org.spinflow.interpreter.ExecNode;
import org.spinflow.interpreter.NodeKind;
import org.spinflow.interpreter.Step;
import org.spinflow.interpreter.nodes.AbstractExecNode;
import org.spinflow.model.Node;
import org.spinflow.model.SignalKind;
import org.spinflow.model.kinds.Checks;
import org.spinflow.model.kinds.GenericKind;
import org.spinflow.model.kinds.PortSpec;
import org.spinflow.model.kinds.PropertySpec;
import org.spinflow.model.validation.SpinflowValidator.Check;

/**
 * A node kind contributed from outside Spinflow, declared and compiled by this one class: a
 * voltage amplifier {@code y = gain * x}.
 */
public final class GainKind extends GenericKind implements NodeKind {
    public static final String ID = "gain";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String kindId() {
        return ID;
    }

    @Override
    public String label() {
        return "Gain";
    }

    @Override
    public String category() {
        return "Example";
    }

    @Override
    public String icon() {
        return "arrow-both";
    }

    @Override
    public String description() {
        return "voltage amplifier y = gain * x (contributed by com.example.spinflow.gain)";
    }

    @Override
    public List<PortSpec> ports() {
        return List.of(PortSpec.in("in", SignalKind.VOLTAGE, n -> intValue(n, "size"), "size"),
                PortSpec.out("out", SignalKind.VOLTAGE, n -> intValue(n, "size"), "size"));
    }

    @Override
    public List<PropertySpec> properties() {
        return List.of(PropertySpec.integer("size", 8, 1, "signals"),
                PropertySpec.real("gain", "", 2.0, null, false, null, "amplification"));
    }

    @Override
    public void validate(Node node, Checks checks) {
        if (!Double.isFinite(doubleValue(node, "gain"))) {
            checks.error(node, Check.RANGE, "gain is not a finite number (allowed: a finite gain)");
        }
    }

    @Override
    public String summary(Node node) {
        return intValue(node, "size") + " · × " + doubleValue(node, "gain");
    }

    @Override
    public ExecNode compile(Node node, List<ExecNode> inputs, CompileContext ctx) {
        return new Exec(node.getName(), NodeKind.single(node, inputs), intValue(node, "size"), (float) doubleValue(node, "gain"));
    }

    static final class Exec extends AbstractExecNode {
        private final float gain;

        Exec(String name, ExecNode input, int size, float gain) {
            super(name, input, size);
            this.gain = gain;
        }

        @Override
        public void forward(Step step, int from, int to) {
            final float[] x = input.output();
            for (int k = from * size; k < to * size; k++) {
                out[k] = gain * x[k];
            }
        }

        @Override
        public void backward(Step step, int from, int to, int slot) {
            if (!input.requiresGrad()) {
                return;
            }
            final float[] g = input.gradOutput();
            for (int k = from * size; k < to * size; k++) {
                g[k] += gain * gradOut[k];
            }
        }
    }
}
