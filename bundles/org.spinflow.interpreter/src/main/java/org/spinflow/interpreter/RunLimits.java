package org.spinflow.interpreter;

import org.spinflow.model.Crossbar;
import org.spinflow.model.InputLayer;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.NeuronArray;
import org.spinflow.model.Readout;

/**
 * Size limits checked before any buffer is allocated, so a model asking for a 10^6 x 10^6
 * crossbar or 10^9 neurons is refused with a message instead of exhausting memory.
 *
 * @param maxWeights  largest number of synapses (conductance pairs) of one crossbar
 *                    (system property {@code spinflow.maxWeights}, default 5e7, about 1.4 GB of state)
 * @param maxNeurons  largest width of any layer (system property {@code spinflow.maxNeurons}, default 1e7)
 */
public record RunLimits(long maxWeights, long maxNeurons) {

    public static RunLimits fromSystemProperties() {
        return new RunLimits(property("spinflow.maxWeights", 50_000_000L), property("spinflow.maxNeurons", 10_000_000L));
    }

    private static long property(String name, long def) {
        String v = System.getProperty(name);
        if (v == null) {
            return def;
        }
        try {
            return (long) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new InterpreterException("system property " + name + " must be a number, got '" + v + "'");
        }
    }

    /** Throws when a node exceeds a limit; allocates nothing. */
    public void check(Network network) {
        for (Node n : network.getNodes()) {
            long width = switch (n) {
                case Crossbar c -> Math.max(c.getRows(), c.getCols());
                case NeuronArray a -> a.getSize();
                case InputLayer i -> i.getFeatures();
                case Readout r -> r.getClasses();
                default -> 0;
            };
            if (width > maxNeurons) {
                throw new InterpreterException("node '" + n.getName() + "' is " + width + " wide, above the limit of "
                        + maxNeurons + " (raise it with SPINFLOW_OPTS=-Dspinflow.maxNeurons=N)");
            }
            if (n instanceof Crossbar c) {
                long w = (long) (c.getRows() + 1) * c.getCols();
                if (w > maxWeights) {
                    throw new InterpreterException("crossbar '" + c.getName() + "' has " + c.getRows() + " x " + c.getCols()
                            + " synapses, above the limit of " + maxWeights
                            + " (raise it with SPINFLOW_OPTS=-Dspinflow.maxWeights=N and a larger heap, -Xmx)");
                }
            }
        }
    }
}
