package org.spinflow.glsp.server;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.operations.Operation;

/** Custom GLSP actions of the Spinflow studio. */
public final class SpinflowActions {
    private SpinflowActions() {
    }

    /** Client to server: set a property of a node (elementId) or of the network (empty elementId). Undoable. */
    public static class SetPropertyOperation extends Operation {
        public static final String KIND = "spinflowSetProperty";
        private String elementId;
        private String property;
        private String value;

        public SetPropertyOperation() {
            super(KIND);
        }

        public String getElementId() {
            return elementId;
        }

        public String getProperty() {
            return property;
        }

        public String getValue() {
            return value;
        }
    }

    /** Client to server: start training the current model in the background. */
    public static class TrainAction extends Action {
        public static final String KIND = "spinflowTrain";
        private Integer epochs;
        private Integer folds;

        public TrainAction() {
            super(KIND);
        }

        public Integer getEpochs() {
            return epochs;
        }

        public Integer getFolds() {
            return folds;
        }
    }

    /** Client to server: cancel the running training (the model is left unchanged). */
    public static class CancelTrainingAction extends Action {
        public static final String KIND = "spinflowCancelTraining";

        public CancelTrainingAction() {
            super(KIND);
        }
    }

    /** Client to server: export the model as standalone XMI to a path relative to the studio folder. */
    public static class ExportAction extends Action {
        public static final String KIND = "spinflowExport";
        private String path;

        public ExportAction() {
            super(KIND);
        }

        public String getPath() {
            return path;
        }
    }

    /** Server internal: write a finished run's conductances into the model through an undoable command. */
    public static class ApplyTrainingResultAction extends Action {
        public static final String KIND = "spinflowApplyTrainingResult";
        transient TrainingService.Finished finished;
        /** Provenance of the run record (null: the studio's). */
        transient java.util.Map<String, String> provenance;

        public ApplyTrainingResultAction() {
            super(KIND);
        }

        ApplyTrainingResultAction(TrainingService.Finished finished) {
            this();
            this.finished = finished;
        }

        ApplyTrainingResultAction(TrainingService.Finished finished, java.util.Map<String, String> provenance) {
            this(finished);
            this.provenance = provenance;
        }
    }

    /** Server to client: progress of a training run. */
    public static class TrainingProgressAction extends Action {
        public static final String KIND = "spinflowTrainingProgress";
        private String state;
        private int fold;
        private int folds;
        private int epoch;
        private int epochs;
        private double loss;
        private double trainAccuracy;
        private double validationAccuracy;
        private String message;

        public TrainingProgressAction() {
            super(KIND);
        }

        public TrainingProgressAction(String state, String message) {
            this();
            this.state = state;
            this.message = message;
        }

        public TrainingProgressAction(int fold, int folds, int epoch, int epochs, double loss, double trainAccuracy,
                double validationAccuracy) {
            this();
            this.state = "epoch";
            this.fold = fold;
            this.folds = folds;
            this.epoch = epoch;
            this.epochs = epochs;
            this.loss = loss;
            this.trainAccuracy = trainAccuracy;
            this.validationAccuracy = Double.isNaN(validationAccuracy) ? -1 : validationAccuracy;
        }

        public String getState() {
            return state;
        }
    }

    /** Client to server: save over the model's file although it changed on disk (the user agreed to overwrite it). */
    public static class ForceSaveAction extends Action {
        public static final String KIND = "spinflowForceSave";

        public ForceSaveAction() {
            super(KIND);
        }
    }

    /**
     * Server to client: a save was refused because the file changed on disk since it was opened; nothing was
     * written. The client asks the user whether to overwrite it ({@link ForceSaveAction}) or keep the disk version.
     */
    public static class FileChangedAction extends Action {
        public static final String KIND = "spinflowFileChanged";
        private String file;
        private String message;

        public FileChangedAction() {
            super(KIND);
        }

        public FileChangedAction(String file, String message) {
            this();
            this.file = file;
            this.message = message;
        }

        public String getFile() {
            return file;
        }

        public String getMessage() {
            return message;
        }
    }

    /** Server to client: an edit was refused (nothing changed); {@code reason} says why in plain words. */
    public static class EditRejectedAction extends Action {
        public static final String KIND = "spinflowEditRejected";
        private String elementId;
        private String property;
        private String value;
        private String reason;

        public EditRejectedAction() {
            super(KIND);
        }

        public EditRejectedAction(String elementId, String property, String value, String reason) {
            this();
            this.elementId = elementId;
            this.property = property;
            this.value = value;
            this.reason = reason;
        }

        public String getReason() {
            return reason;
        }
    }

    /** Client to server: lay the whole diagram out again (ELK layered). Undoable. */
    public static class AutoLayoutOperation extends Operation {
        public static final String KIND = "spinflowAutoLayout";

        public AutoLayoutOperation() {
            super(KIND);
        }
    }

    /** Client to server: duplicate the given nodes (and the connections among them) beside them. Undoable. */
    public static class DuplicateOperation extends Operation {
        public static final String KIND = "spinflowDuplicate";
        private java.util.List<String> elementIds;

        public DuplicateOperation() {
            super(KIND);
        }

        public java.util.List<String> getElementIds() {
            return elementIds == null ? java.util.List.of() : elementIds;
        }
    }

    /**
     * Client to server: calibrate the model's simulated MTJ arrays (per-device output reference and gain from reads at
     * reference inputs, as {@code spinflow calibrate} does) and record the result in the model. One undoable edit.
     */
    public static class CalibrateOperation extends Operation {
        public static final String KIND = "spinflowCalibrate";

        public CalibrateOperation() {
            super(KIND);
        }
    }
}
