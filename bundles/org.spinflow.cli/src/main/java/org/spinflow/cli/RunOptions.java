package org.spinflow.cli;

import java.nio.file.Path;

import org.spinflow.model.GradientMode;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by the commands that run a model. */
final class RunOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Data folder (IDX) or CSV file; default: the model's data set path.")
    Path data;

    @Option(names = "--seed", paramLabel = "S", description = "Run seed (default: the model's).")
    Long seed;

    @Option(names = "--gradient", paramLabel = "MODE", converter = GradientConverter.class,
            completionCandidates = GradientConverter.Names.class,
            description = "${COMPLETION-CANDIDATES} (default: the model's).")
    GradientMode gradient;

    @Option(names = "--delta", paramLabel = "D", converter = DeltaConverter.class,
            description = "Finite-difference step in units of the pre-activation (finite, > 0).")
    Double delta;

    @Option(names = "--threads", paramLabel = "T", converter = ThreadsConverter.class,
            description = "Worker threads, 1..1024 (default: all cores, 1 for a network of under 65,536 multiply-adds per step; never changes a result).")
    Integer threads;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    /** The overrides these options make (null: as in the model). */
    org.spinflow.interpreter.TrainingSession.Overrides overrides() {
        return new org.spinflow.interpreter.TrainingSession.Overrides(gradient, delta, seed, null, threads());
    }

    /** The --threads given, or null: the session then picks ({@code TrainingSession.defaultThreads}). */
    Integer threads() {
        return threads != null ? Math.max(1, threads) : null;
    }

    static final class DeltaConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double d;
            try {
                d = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number (expected a finite step > 0, e.g. 0.05)");
            }
            if (!Double.isFinite(d) || d <= 0) {
                throw new TypeConversionException("'" + value + "' is not a finite step > 0 (e.g. 0.05)");
            }
            return d;
        }
    }

    static final class ThreadsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int t;
            try {
                t = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number of threads (1..1024)");
            }
            if (t < 1 || t > 1024) {
                throw new TypeConversionException("'" + value + "' threads: expected 1..1024");
            }
            return t;
        }
    }

    static final class GradientConverter implements ITypeConverter<GradientMode> {
        @Override
        public GradientMode convert(String value) {
            GradientMode m = GradientMode.get(value);
            if (m == null) {
                throw new TypeConversionException("'" + value + "' is not a gradient mode (expected one of "
                        + String.join(", ", new Names()) + ")");
            }
            return m;
        }

        /** The mode names, from the metamodel's enumeration. */
        static final class Names extends java.util.ArrayList<String> {
            private static final long serialVersionUID = 1L;

            Names() {
                for (GradientMode m : GradientMode.VALUES) {
                    add(m.getLiteral());
                }
            }
        }
    }
}
