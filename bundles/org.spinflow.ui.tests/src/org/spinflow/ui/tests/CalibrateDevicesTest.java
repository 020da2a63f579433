package org.spinflow.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinflow.ui.tests.UiTests.irisProject;
import static org.spinflow.ui.tests.UiTests.page;
import static org.spinflow.ui.tests.UiTests.shell;
import static org.spinflow.ui.tests.UiTests.waitFor;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.ui.editor.NetworkEditor;
import org.spinflow.ui.training.CalibrateDevicesHandler;

/** Run > Calibrate Devices in the IDE editor: the per-device calibration lands in the editor as one undoable change. */
class CalibrateDevicesTest {
    private static IFile file;
    private static NetworkEditor editor;

    @BeforeAll
    static void workspace() throws Exception {
        PlatformUI.getWorkbench().getIntroManager().closeIntro(PlatformUI.getWorkbench().getIntroManager().getIntro());
        file = irisProject("calibrating");
    }

    @AfterAll
    static void close() {
        if (editor != null) {
            page().closeEditor(editor, false);
        }
    }

    private static List<MtjNeuronArray> arrays(Network n) {
        return n.getNodes().stream().filter(MtjNeuronArray.class::isInstance).map(MtjNeuronArray.class::cast).toList();
    }

    private static boolean calibrated(Network n) {
        return !arrays(n).isEmpty() && arrays(n).stream().allMatch(m -> m.getCalibration() != null && m.getCalibration().isEnabled()
                && m.getCalibration().getCount() > 0 && m.getCalibration().getGains() != null);
    }

    @Test
    void runMenuCalibratesTheEditorModelAsOneUndoableChange() throws Exception {
        Network onDisk = ModelIO.load(file.getLocation().toFile().toPath());
        assertFalse(calibrated(onDisk), "the example starts uncalibrated");
        editor = (NetworkEditor) IDE.openEditor(page(), file);
        assertTrue(waitFor(() -> editor.refreshState().rendered > 0 && editor.live() != null, 60000), "diagram loaded");
        page().activate(editor);

        // Run > Calibrate Devices, through the menu bar
        Menu bar = shell().getMenuBar();
        MenuItem run = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Run")).findFirst().orElseThrow();
        Menu menu = run.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem calibrate = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").startsWith("Calibrate Devices"))
                .findFirst().orElseThrow(() -> new AssertionError("Run menu: " + Arrays.toString(menu.getItems())));
        assertTrue(calibrate.isEnabled(), "enabled with the Spinflow editor active");
        calibrate.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());

        assertTrue(waitFor(() -> editor.isDirty() && calibrated(editor.liveNetwork()), 120000), "the editor holds the calibration, unsaved");
        assertTrue(waitFor(() -> editor.undoAction().isEnabled() && editor.undoAction().getText().contains(CalibrateDevicesHandler.LABEL), 10000),
                "Edit > Undo names the change: " + editor.undoAction().getText());
        assertFalse(calibrated(ModelIO.load(file.getLocation().toFile().toPath())), "the file is not written behind the editor's back");
        UiTests.shot("calibrate-devices.png");

        // one undo reverts the whole calibration
        editor.undoAction().run();
        assertTrue(waitFor(() -> !calibrated(editor.liveNetwork()) && arrays(editor.liveNetwork()).stream().allMatch(m -> m.getCalibration() == null),
                30000), "undo removes every array's calibration");
        editor.redoAction().run();
        assertTrue(waitFor(() -> calibrated(editor.liveNetwork()), 30000), "redo brings it back");

        // saved like any edit
        editor.doSave(null);
        assertTrue(waitFor(() -> !editor.isDirty(), 20000));
        Network saved = ModelIO.load(file.getLocation().toFile().toPath());
        assertTrue(calibrated(saved), "saved: the calibration is in the file");
        assertNotNull(arrays(saved).get(0).getCalibration().getReferences());
        assertEquals(arrays(onDisk).size(), arrays(saved).size());
    }
}
