package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.spinflow.glsp.server.SpinflowActions.ApplyTrainingResultAction;
import org.spinflow.glsp.server.SpinflowActions.CancelTrainingAction;
import org.spinflow.glsp.server.SpinflowActions.TrainAction;
import org.spinflow.glsp.server.SpinflowActions.TrainingProgressAction;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.ResultWriter;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Runs the interpreter's trainer on a copy of the session's network in a background thread. */
@Singleton
public class TrainingService {
    record Finished(Trainer.Result result, RunConfig config, Network trainedCopy) {
    }

    @Inject
    protected ActionDispatcher actionDispatcher;
    @Inject
    protected SpinflowModelState state;

    /** Largest epochs and folds a page may ask for. */
    static final int MAX_EPOCHS = 100_000;
    static final int MAX_FOLDS = 1000;

    @Inject
    protected StudioContext context;

    private Thread thread;
    private final AtomicBoolean cancel = new AtomicBoolean();

    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    public synchronized List<Action> start(TrainAction action) {
        if (running()) {
            return List.of(MessageActionUtil.warn("A training run is already in progress"));
        }
        Network copy = EcoreUtil.copy(state.getNetwork());
        Path file = state.getFile();
        if (copy.getTraining() == null) {
            return List.of(new TrainingProgressAction("error", "The model has no training specification"));
        }
        List<Problem> errors = ModelValidator.validate(state.getNetwork(), file).stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return List.of(new TrainingProgressAction("error", "Fix the model first: " + errors.get(0).elementPath() + ": "
                    + errors.get(0).message()));
        }
        if (action.getEpochs() != null && (action.getEpochs() < 1 || action.getEpochs() > MAX_EPOCHS)) {
            return List.of(new TrainingProgressAction("error", "Epochs must be between 1 and " + MAX_EPOCHS + ", got "
                    + action.getEpochs()));
        }
        if (action.getFolds() != null && (action.getFolds() < 2 || action.getFolds() > MAX_FOLDS)) {
            return List.of(new TrainingProgressAction("error", "Folds must be between 2 and " + MAX_FOLDS + ", got "
                    + action.getFolds()));
        }
        Path dir = file.toAbsolutePath().getParent();
        if (copy.getTraining().getDataset() != null) {
            try { // the data set must be a data file inside the served folder (never any file the server can read)
                PathGuard.resolveDataset(context.root(), dir, copy.getTraining().getDataset().getPath());
            } catch (PathGuard.Refused e) {
                return List.of(new TrainingProgressAction("error", "Refused: " + e.getMessage()));
            }
        }
        cancel.set(false);
        thread = new Thread(() -> run(copy, dir, action), "spinflow-studio-training");
        thread.setDaemon(true);
        thread.start();
        return List.of(new TrainingProgressAction("started", "Training started"));
    }

    public List<Action> cancel() {
        cancel.set(true);
        return List.of();
    }

    private void run(Network copy, Path dir, TrainAction action) {
        try {
            int threads = TrainingSession.defaultThreads(copy, Math.min(4, Runtime.getRuntime().availableProcessors()));
            TrainingSession session = TrainingSession.of(copy, dir, new TrainingSession.Overrides(null, null, null, null, threads), null);
            RunConfig cfg = session.config();
            Trainer.Listener listener = new Trainer.Listener() {
                        @Override
                        public void epoch(Trainer.EpochReport r) {
                            actionDispatcher.dispatch(new TrainingProgressAction(r.fold(), r.folds(), r.epoch(), r.epochs(),
                                    r.loss(), r.trainAccuracy(), r.validationAccuracy()));
                        }

                        @Override
                        public boolean cancelled() {
                            return cancel.get();
                        }
                    };
            Trainer.Result result = session.train(new Trainer.Options(action.getEpochs(), action.getFolds(), true), listener);
            if (result.cancelled() || cancel.get()) {
                if (result.finalPlan() != null) {
                    result.finalPlan().close();
                }
                actionDispatcher.dispatch(new TrainingProgressAction("cancelled", "Training cancelled; the model is unchanged"));
                return;
            }
            actionDispatcher.dispatch(new ApplyTrainingResultAction(new Finished(result, cfg, copy)));
        } catch (RuntimeException | Error e) {
            actionDispatcher.dispatch(new TrainingProgressAction("error", "Training failed: " + e.getMessage()));
        }
    }

    public static class StartHandler extends AbstractActionHandler<TrainAction> {
        @Inject
        protected TrainingService service;

        @Override
        protected List<Action> executeAction(TrainAction action) {
            return service.start(action);
        }
    }

    public static class CancelHandler extends AbstractActionHandler<CancelTrainingAction> {
        @Inject
        protected TrainingService service;

        @Override
        protected List<Action> executeAction(CancelTrainingAction action) {
            return service.cancel();
        }
    }

    /** Writes the learned conductances and the run record into the live model as one undoable command. */
    public static class ApplyHandler extends AbstractActionHandler<ApplyTrainingResultAction> {
        @Inject
        protected SpinflowModelState state;
        @Inject
        protected ModelSubmissionHandler submission;

        @Override
        protected List<Action> executeAction(ApplyTrainingResultAction action) {
            if (action.finished == null) {
                return List.of();
            }
            Finished f = action.finished;
            Map<String, String> prov = new LinkedHashMap<>();
            if (action.provenance != null) {
                prov.putAll(action.provenance);
            } else {
                prov.put("source", "spinflow studio");
                if (state.getFile() != null) {
                    prov.put("model", state.getFile().getFileName().toString());
                }
            }
            state.execute(new SpinflowCommand(state, "Apply training result",
                    () -> ResultWriter.apply(state.getNetwork(), f.result(), f.config(), prov)));
            if (f.result().finalPlan() != null) {
                f.result().finalPlan().close();
            }
            List<Action> out = new ArrayList<>(submission.submitModel(SetDirtyStateAction.Reason.OPERATION));
            TrainingProgressAction done = new TrainingProgressAction("finished", String.format(
                    "Training finished: accuracy %.1f%% ± %.1f%%, conductances written (undo reverts them)",
                    100 * f.result().mean(), 100 * f.result().std()));
            out.add(done);
            return out;
        }
    }
}
