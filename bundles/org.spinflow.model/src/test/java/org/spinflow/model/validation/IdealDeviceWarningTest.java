package org.spinflow.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.io.TestModels;

/** An MTJ array without a noise or variability element is warned about, never silently ideal. */
class IdealDeviceWarningTest {
    @TempDir
    Path dir;

    static MtjNeuronArray mtj(Network n) {
        return (MtjNeuronArray) n.getNodes().stream().filter(x -> x instanceof MtjNeuronArray).findFirst().orElseThrow();
    }

    List<Problem> validate(Network n) throws IOException {
        Path f = dir.resolve("iris.spinflow");
        Files.writeString(dir.resolve("iris.csv"), "a,b,c,d,class\n");
        return ModelValidator.validate(n, f);
    }

    @Test
    void missingNoiseAndVariabilityAreWarnings() throws IOException {
        Network n = TestModels.iris();
        MtjNeuronArray m = mtj(n);
        m.setNoise(null);
        m.setVariability(null);
        List<Problem> p = validate(n).stream().filter(x -> x.check() == SpinflowValidator.Check.IDEAL_DEVICE).toList();
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.stream().allMatch(x -> x.severity() == Problem.Severity.WARNING));
        assertTrue(p.get(0).message().contains("<noise/>"), p.get(0).message());
        assertTrue(p.get(1).message().contains("<variability/>"), p.get(1).message());
    }

    @Test
    void explicitlyDisabledElementsAreNotWarnedAbout() throws IOException {
        Network n = TestModels.iris();
        MtjNeuronArray m = mtj(n);
        m.setNoise(SpinflowFactory.eINSTANCE.createNoiseSpec());
        m.getNoise().setEnabled(false);
        m.setVariability(SpinflowFactory.eINSTANCE.createVariabilitySpec());
        m.getVariability().setEnabled(false);
        assertTrue(validate(n).stream().noneMatch(x -> x.check() == SpinflowValidator.Check.IDEAL_DEVICE));
    }
}
