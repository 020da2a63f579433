package org.spinflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * No bundle that Spinflow ships registers a workbench start-up class: the self test (which opens an example at
 * start-up when asked) lives in org.spinflow.ui.selftest, test code in no feature, so nothing of Spinflow activates
 * on every launch of the IDE.
 */
class StartupContributionsTest {
    @Test
    void noShippedSpinflowBundleHasAStartupClass() {
        List<String> contributors = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.startup"))
                .map(e -> e.getContributor().getName()).filter(n -> n.startsWith("org.spinflow.")).distinct().toList();
        assertEquals(List.of(), contributors, "org.eclipse.ui.startup contributions of Spinflow bundles");
    }
}
