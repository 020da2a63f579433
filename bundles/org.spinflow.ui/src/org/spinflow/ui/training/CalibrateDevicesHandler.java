package org.spinflow.ui.training;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.spinflow.glsp.server.LiveModels;
import org.spinflow.interpreter.CalibrationPass;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Calibration;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.editor.NetworkEditor;

/**
 * Run > Calibrate Devices: the per-device offset and gain calibration of every MTJ neuron array of the active
 * network editor's model (the same {@link CalibrationPass} as {@code spinflow calibrate}, with the model's run seed),
 * measured in a background job on a copy of what the editor shows, then applied to the editor as one undoable change
 * ("Calibrate devices"). Nothing is written to disk: the user saves.
 */
public class CalibrateDevicesHandler extends AbstractHandler {
    public static final String LABEL = "Calibrate devices";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof NetworkEditor editor) {
            start(editor);
        }
        return null;
    }

    /** Schedules the calibration of the editor's model; the job, or null when the editor has no diagram session. */
    public static Job start(NetworkEditor editor) {
        LiveModels.Live live = editor.live();
        if (live == null || editor.getFile() == null) {
            return null;
        }
        Path dir = editor.getFile().getLocation().toFile().toPath().toAbsolutePath().getParent();
        Job job = new Job("Calibrating the devices of " + editor.getFile().getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Network copy = live.copyOfNetwork();
                    if (copy == null) {
                        return Status.error("The editor holds no model");
                    }
                    if (copy.getTraining() == null) {
                        return Status.error("The model has no training specification (it gives the run seed of the devices)");
                    }
                    if (copy.getNodes().stream().noneMatch(n -> n instanceof MtjNeuronArray)) {
                        return Status.error("The model has no MTJ neuron array to calibrate");
                    }
                    RunConfig cfg = TrainingSession.of(copy, dir, new TrainingSession.Overrides(null, null, null, null, null), null).config();
                    CalibrationPass.run(copy, dir, cfg, CalibrationPass.DEFAULT_REPEATS);
                    Map<String, Calibration> measured = new LinkedHashMap<>();
                    for (Node n : copy.getNodes()) {
                        if (n instanceof MtjNeuronArray m && m.getCalibration() != null) {
                            measured.put(m.getName(), m.getCalibration());
                        }
                    }
                    live.applyChange(LABEL, network -> {
                        for (Node n : network.getNodes()) {
                            if (n instanceof MtjNeuronArray m && measured.containsKey(m.getName())) {
                                m.setCalibration(EcoreUtil.copy(measured.get(m.getName())));
                            }
                        }
                    });
                    return Status.OK_STATUS;
                } catch (RuntimeException e) {
                    SpinflowUi.log("Calibrating " + editor.getFile() + " failed", e);
                    return Status.error("Calibration failed: " + e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
