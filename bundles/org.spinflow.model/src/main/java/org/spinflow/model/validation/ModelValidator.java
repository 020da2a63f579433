package org.spinflow.model.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.io.ModelIO;

/**
 * Headless validation of a Spinflow model with {@link SpinflowValidator} through a
 * {@link Diagnostician}; problems come back as {@link Problem}s rendering as
 * {@code file: element path: what is wrong (what is allowed)}.
 */
public final class ModelValidator {

    private ModelValidator() {
    }

    /**
     * Validates {@code network}; {@code modelFile} (may be null) names the file in the problems and
     * is the base of relative data set paths.
     */
    public static List<Problem> validate(Network network, Path modelFile) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(SpinflowPackage.eINSTANCE, SpinflowValidator.INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        Path file = modelFile != null ? modelFile : SpinflowValidator.modelFile(network, null);
        if (file != null) {
            context.put(SpinflowValidator.MODEL_FILE, file);
        }
        Diagnostic d = diagnostician.validate(network, context);
        List<Problem> out = new ArrayList<>();
        collect(d, modelFile != null ? modelFile : file, out);
        return out;
    }

    /** Loads the model in {@code modelFile} (throwing {@link org.spinflow.model.io.SpinflowException}) and validates it. */
    public static List<Problem> validate(Path modelFile) {
        return validate(ModelIO.load(modelFile), modelFile);
    }

    /** Validator diagnostics of a {@link Diagnostician} result, flattened, as problems. */
    public static List<Problem> toProblems(Diagnostic diagnostic, Path modelFile) {
        List<Problem> out = new ArrayList<>();
        collect(diagnostic, modelFile, out);
        return out;
    }

    private static void collect(Diagnostic d, Path file, List<Problem> out) {
        if (SpinflowValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getData().size() >= 3
                && d.getData().get(0) instanceof EObject o && d.getData().get(1) instanceof SpinflowValidator.Check check
                && d.getData().get(2) instanceof String message) {
            out.add(new Problem(file, ElementPaths.of(o), message,
                    d.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING, check));
        } else if (d.getSeverity() != Diagnostic.OK && d.getChildren().isEmpty() && !d.getData().isEmpty()
                && d.getData().get(0) instanceof EObject o) {
            // a diagnostic from another validator (e.g. EMF's basic constraints)
            out.add(new Problem(file, ElementPaths.of(o), d.getMessage(),
                    d.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING, null));
        }
        for (Diagnostic c : d.getChildren()) {
            collect(c, file, out);
        }
    }

    /** A fresh context map for {@link Diagnostician#validate(EObject, Map)} naming the model file. */
    public static Map<Object, Object> context(Path modelFile) {
        Map<Object, Object> m = new HashMap<>();
        m.put(SpinflowValidator.MODEL_FILE, modelFile);
        return m;
    }
}
