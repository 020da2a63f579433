package org.spinflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spinflow.interpreter.GradCheck;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gradcheck", description = "Compare analog finite-difference derivatives and the resulting weight gradients with the exact ones on real batches.")
final class GradcheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL")
    Path model;

    @Mixin
    RunOptions run;

    @Option(names = "--batches", paramLabel = "N", defaultValue = "8", description = "Batches to compare (default ${DEFAULT-VALUE}).")
    int batches;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batches < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batches must be at least 1");
        }
        Network network = ModelFiles.loadValid(model, spec.commandLine().getErr(), run.data);
        if (network.getTraining() == null) {
            throw new CliException(model + ": the model has no training specification (it names the data set)");
        }
        GradCheck.Report r = TrainingSession.of(network, ModelFiles.dir(model), run.overrides(), run.data).gradcheck(batches);
        if (r.layers().isEmpty()) {
            throw new CliException(model + ": nothing to check (no MTJ neuron array or crossbar)");
        }
        if (run.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("gradient", r.mode().getLiteral());
            o.put("cosine_min", r.cosineMin());
            o.put("cosine_mean", r.cosineMean());
            o.put("rel_error_median", r.relErrorMedian());
            o.put("nominal_cosine_min", r.nominalCosineMin());
            o.put("nominal_rel_error_median", r.nominalRelErrorMedian());
            o.put("excluded_at_discontinuities", r.excluded());
            List<Map<String, Object>> layers = new ArrayList<>();
            for (GradCheck.Layer l : r.layers()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", l.name());
                m.put("kind", l.kind());
                m.put("cosine", l.cosine());
                m.put("rel_error", l.relError());
                m.put("nominal_cosine", l.nominalCosine());
                m.put("nominal_rel_error", l.nominalRelError());
                m.put("points", l.points());
                m.put("excluded_at_discontinuities", l.excluded());
                layers.add(m);
            }
            o.put("layers", layers);
            spec.commandLine().getOut().println(Json.of(o));
        } else {
            var out = spec.commandLine().getOut();
            out.printf("%-32s %-18s %10s %10s %12s %12s %9s%n", "layer", "kind", "cosine", "rel.error", "nom.cosine",
                    "nom.rel.err", "excluded");
            for (GradCheck.Layer l : r.layers()) {
                out.printf("%-32s %-18s %10.6f %10.6f %12.6f %12.6f %9d%n", l.name(), l.kind(), l.cosine(), l.relError(),
                        l.nominalCosine(), l.nominalRelError(), l.excluded());
            }
            out.printf("cosine min %.6f, mean %.6f; relative error median %.6f (%s vs exact); nominal model: cosine min"
                    + " %.6f, relative error median %.6f; %d point(s) at discontinuities excluded%n", r.cosineMin(),
                    r.cosineMean(), r.relErrorMedian(), r.mode().getLiteral(), r.nominalCosineMin(),
                    r.nominalRelErrorMedian(), r.excluded());
        }
        return Main.OK;
    }
}
