package org.spinflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinflow.ui.tests.UiTests.irisProject;
import static org.spinflow.ui.tests.UiTests.shell;
import static org.spinflow.ui.tests.UiTests.waitFor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.io.ModelIO;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.launch.TrainingLaunch;
import org.spinflow.ui.launch.TrainingLaunchShortcut;
import org.spinflow.ui.launch.TrainingTab;
import org.spinflow.ui.prefs.PreferenceInitializer;
import org.spinflow.ui.training.TrainingJob;
import org.spinflow.ui.training.TrainingListener;

/**
 * Run As > Spinflow Training: a launch configuration carries epochs, folds, gradient mode, seed and data, and the
 * training uses them instead of the global Spinflow preferences.
 */
class TrainingLaunchTest {
    private static IFile file;

    @BeforeAll
    static void workspace() throws Exception {
        PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager().getIntro());
        file = irisProject("launching");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            c.delete();
        }
        IPreferenceStore prefs = SpinflowUi.getDefault().getPreferenceStore();
        prefs.setToDefault(PreferenceInitializer.DEFAULT_SEED);
        prefs.setToDefault(PreferenceInitializer.GRADIENT_MODE);
    }

    private static Network load() {
        return ModelIO.load(file.getLocation().toFile().toPath());
    }

    @Test
    void runAsSpinflowTrainingUsesTheConfigurationNotThePreferences() throws Exception {
        // the global preferences say seed 99, exact gradients: the launch configuration must win
        IPreferenceStore prefs = SpinflowUi.getDefault().getPreferenceStore();
        prefs.setValue(PreferenceInitializer.DEFAULT_SEED, "99");
        prefs.setValue(PreferenceInitializer.GRADIENT_MODE, GradientMode.EXACT.getLiteral());

        ILaunchConfiguration created = TrainingLaunchShortcut.configurationFor(file);
        assertEquals(TrainingLaunch.TYPE_ID, created.getType().getIdentifier());
        assertEquals(file.getFullPath().toString(), created.getAttribute(TrainingLaunch.FILE, ""));
        assertEquals(0, created.getAttribute(TrainingLaunch.EPOCHS, -1), "a new configuration trains as the model says");
        ILaunchConfigurationWorkingCopy wc = created.getWorkingCopy();
        wc.setAttribute(TrainingLaunch.EPOCHS, 2);
        wc.setAttribute(TrainingLaunch.FOLDS, 2);
        wc.setAttribute(TrainingLaunch.SEED, "7");
        wc.setAttribute(TrainingLaunch.GRADIENT, GradientMode.ANALOG_FORWARD.getLiteral());
        wc.doSave();
        assertEquals(created, TrainingLaunchShortcut.configurationFor(file), "the shortcut reuses the file's configuration");

        List<TrainingJob> started = new CopyOnWriteArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void started(TrainingJob job) {
                started.add(job);
            }
        };
        TrainingListener.LISTENERS.add(listener);
        int runsBefore = load().getRuns().size();
        try {
            // what Run As > Spinflow Training calls on the selected file
            new TrainingLaunchShortcut().launch(new StructuredSelection(file), "run");
            assertTrue(waitFor(() -> !started.isEmpty(), 60000), "a training job started");
            TrainingJob job = started.get(0);
            assertTrue(waitFor(() -> job.getResult() != null, 300000), "the training finished in time");
            IStatus status = job.getResult();
            assertTrue(status.isOK(), status.toString());
            assertEquals(Integer.valueOf(2), job.getEpochs());
            assertEquals(Integer.valueOf(2), job.getFolds());
            assertEquals(6, job.getHistory().size(), "2 folds and the final fit, 2 epochs each");
        } finally {
            TrainingListener.LISTENERS.remove(listener);
        }
        assertTrue(waitFor(() -> load().getRuns().size() == runsBefore + 1, 30000), "no editor is open: the run is written to the file");
        TrainingRun run = load().getRuns().get(runsBefore);
        assertEquals(7L, run.getSeed(), "the configuration's seed, not the preference's 99");
        assertEquals(GradientMode.ANALOG_FORWARD, run.getGradientMode(), "the configuration's gradient mode, not the preference's");
        assertFalse(run.getEpochs().isEmpty(), "the run records its epochs");
    }

    @Test
    void trainingTabReadsValidatesAndWritesTheConfiguration() throws Exception {
        ILaunchConfigurationWorkingCopy wc = DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TrainingLaunch.TYPE_ID)
                .newInstance(null, "tab test");
        TrainingLaunch.setDefaults(wc, file);
        wc.setAttribute(TrainingLaunch.EPOCHS, 5);
        wc.setAttribute(TrainingLaunch.GRADIENT, GradientMode.EXACT_NOMINAL.getLiteral());
        Shell dialog = new Shell(shell(), SWT.SHELL_TRIM);
        dialog.setLayout(new FillLayout());
        try {
            TrainingTab tab = new TrainingTab();
            tab.createControl(dialog);
            dialog.setSize(700, 300);
            dialog.open();
            tab.initializeFrom(wc);
            assertEquals(5, tab.epochsControl().getSelection());
            assertEquals(GradientMode.EXACT_NOMINAL.getLiteral(), tab.gradientControl().getText());
            assertTrue(tab.isValid(wc), tab.getErrorMessage());
            UiTests.settle(200);
            UiTests.shot("launch-training-tab.png");

            tab.seedControl().setText("not a number");
            assertFalse(tab.isValid(wc));
            assertTrue(tab.getErrorMessage().contains("seed"), tab.getErrorMessage());
            tab.seedControl().setText("123");
            tab.epochsControl().setSelection(3);
            tab.gradientControl().select(0);
            assertTrue(tab.isValid(wc), tab.getErrorMessage());
            tab.performApply(wc);
            assertEquals(3, wc.getAttribute(TrainingLaunch.EPOCHS, -1));
            assertEquals("123", wc.getAttribute(TrainingLaunch.SEED, ""));
            assertEquals("", wc.getAttribute(TrainingLaunch.GRADIENT, "x"), "(as in the model) is stored as empty");
        } finally {
            dialog.dispose();
        }
        // the job the configuration makes: data relative to the model's folder, unknown values rejected
        wc.setAttribute(TrainingLaunch.DATA, "other.csv");
        TrainingJob job = TrainingLaunch.job(wc);
        assertEquals(Integer.valueOf(3), job.getEpochs());
        assertNull(job.getFolds(), "folds 0: as in the model");
        assertEquals(123L, job.getSettings().seed());
        assertNull(job.getSettings().gradient());
        assertEquals(file.getLocation().toFile().toPath().getParent().resolve("other.csv"), job.getSettings().dataFolder());
        wc.setAttribute(TrainingLaunch.GRADIENT, "sideways");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.eclipse.core.runtime.CoreException.class, () -> TrainingLaunch.job(wc));
        assertTrue(e.getMessage().contains("sideways"), e.getMessage());
        assertNotNull(wc.getType().getDelegates(java.util.Set.of("run")));
    }
}
