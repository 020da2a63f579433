package org.spinflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.spinflow.model.Crossbar;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.codec.ConductanceCodec;
import org.spinflow.model.io.ModelIO;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export a model: standalone XMI (with the .ecore beside it), JSON, or the learned weights as CSV.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL")
    Path model;

    @Option(names = "--format", required = true, paramLabel = "FMT", description = "xmi, json or csv")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("xmi", "json", "csv").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be xmi, json or csv, got '" + format + "'");
        }
        Network n = ModelFiles.loadValid(model, spec.commandLine().getErr(), ModelFiles.NO_DATA_CHECK);
        org.spinflow.model.io.OutputGuard.check(out, "--out", new org.spinflow.model.io.OutputGuard.Input(model, "the model"));
        switch (format) {
            case "xmi" -> ModelIO.export(n, out);
            case "json" -> atomicWrite(out, Json.of(toMap(n)) + "\n");
            default -> atomicWrite(out, weightsCsv(n));
        }
        spec.commandLine().getOut().println("exported " + model + " as " + format + " to " + out);
        return Main.OK;
    }

    /** Writes text atomically ({@link org.spinflow.model.io.AtomicFiles}). */
    static void atomicWrite(Path file, String text) throws IOException {
        org.spinflow.model.io.AtomicFiles.writeString(file, text);
    }

    static String weightsCsv(Network n) {
        StringBuilder sb = new StringBuilder("node,row,col,g_plus,g_minus,weight\n");
        for (Node node : n.getNodes()) {
            if (node instanceof Crossbar c && ConductanceCodec.hasPairs(c)) {
                ConductanceCodec.Pairs p = ConductanceCodec.getPairs(c);
                double gs = (c.getSynapse().getGMax() - c.getSynapse().getGMin()) / c.getSynapse().getWeightRange();
                for (int i = 0; i < p.rows(); i++) {
                    for (int j = 0; j < p.cols(); j++) {
                        int k = i * p.cols() + j;
                        sb.append(c.getName()).append(',').append(i).append(',').append(j).append(',')
                                .append(p.gPlus()[k]).append(',').append(p.gMinus()[k]).append(',')
                                .append((p.gPlus()[k] - p.gMinus()[k]) / gs).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** A plain JSON tree of the model: attributes by name, containments nested, references as paths. */
    static Map<String, Object> toMap(EObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", o.eClass().getName());
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (o.eIsSet(a)) {
                Object v = o.eGet(a);
                m.put(a.getName(), v instanceof Enum<?> || v instanceof org.eclipse.emf.common.util.Enumerator ? v.toString() : v);
            }
        }
        for (EReference r : o.eClass().getEAllReferences()) {
            if (!o.eIsSet(r) || r.isContainer() || r.isTransient()) {
                continue;
            }
            Object v = o.eGet(r);
            if (r.isContainment()) {
                if (r.isMany()) {
                    List<Object> l = new ArrayList<>();
                    for (Object c : (List<?>) v) {
                        l.add(toMap((EObject) c));
                    }
                    m.put(r.getName(), l);
                } else {
                    m.put(r.getName(), toMap((EObject) v));
                }
            } else if (v instanceof Port p) {
                m.put(r.getName(), p.getNode().getName() + "." + p.getName());
            }
        }
        return m;
    }
}
