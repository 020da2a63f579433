package org.spinflow.ui.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;
import org.spinflow.model.validation.ModelValidator;
import org.spinflow.model.validation.Problem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.spinflow.glsp.server.LiveModels;
import org.spinflow.ui.SpinflowUi;
import org.spinflow.ui.editor.NetworkEditor;
import org.spinflow.ui.prefs.PreferenceInitializer;

/**
 * Run > Train Network: trains the model with {@link Trainer} in the background. The progress monitor shows fold,
 * epoch and loss; cancelling the job stops the trainer between batches (the model is left unchanged). With an editor
 * open on the file, the job trains what the editor shows and hands the result to the editor as one undoable change
 * (the file is not written); otherwise a finished run is written to the file through
 * {@link ApplyTrainingResultCommand}.
 */
public class TrainingJob extends Job {
    /** The command stack of results written back by training jobs (undo restores the model file). */
    public static final CommandStack COMMANDS = new BasicCommandStack();
    public static final Object FAMILY = TrainingJob.class;

    private final IFile file;
    private final Integer epochs;
    private final Integer folds;
    private final List<Trainer.EpochReport> history = Collections.synchronizedList(new ArrayList<>());
    private volatile Trainer.Result result;
    private volatile boolean appliedToEditor;
    /** Settings of a launch configuration (Run As > Spinflow Training); null: the Spinflow preferences. */
    private volatile Settings settings;

    /**
     * What a Spinflow Training launch configuration sets instead of the global preferences: gradient mode (null: as in
     * the model), seed (null: as in the model) and data folder (null: the model's own data path).
     */
    public record Settings(GradientMode gradient, Long seed, Path dataFolder) {
    }

    /** @param epochs, folds overrides (null: as in the model) */
    public TrainingJob(IFile file, Integer epochs, Integer folds) {
        super("Training " + file.getName());
        this.file = file;
        this.epochs = epochs;
        this.folds = folds;
        setUser(true);
        // No rule while training (it may take long and must not lock the workspace); writing the result takes the
        // rules of a modification AND a refresh of the file (the refresh rule is its parent): with the file alone as
        // the job's rule, the refresh failed and the workspace stayed out of sync.
    }

    public IFile getFile() {
        return file;
    }

    /** Uses these settings instead of the preferences (call before scheduling). */
    public TrainingJob withSettings(Settings s) {
        this.settings = s;
        return this;
    }

    /** The epochs, folds overrides (null: as in the model). */
    public Integer getEpochs() {
        return epochs;
    }

    public Integer getFolds() {
        return folds;
    }

    /** The launch configuration's settings, or null when the preferences apply. */
    public Settings getSettings() {
        return settings;
    }

    /** True when the result went into the open editor (as an undoable change) instead of the file. */
    public boolean appliedToEditor() {
        return appliedToEditor;
    }

    /** The diagram session of an editor open on the file, if any. */
    private LiveModels.Live openEditorSession() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        LiveModels.Live[] found = {null};
        PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
            for (IWorkbenchWindow w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                for (IWorkbenchPage p : w.getPages()) {
                    if (p.findEditor(new FileEditorInput(file)) instanceof NetworkEditor e && e.live() != null) {
                        found[0] = e.live();
                    }
                }
            }
        });
        return found[0];
    }

    public List<Trainer.EpochReport> getHistory() {
        return List.copyOf(history);
    }

    public Trainer.Result getTrainingResult() {
        return result;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Path path = file.getLocation().toFile().toPath();
        Path dir = path.toAbsolutePath().getParent();
        for (TrainingListener l : TrainingListener.LISTENERS) {
            l.started(this);
        }
        String message;
        try {
            // an open editor: train what it shows (unsaved edits included) and give the result back to it
            LiveModels.Live live = openEditorSession();
            Network fromEditor = live == null ? null : live.copyOfNetwork();
            Network network = fromEditor != null ? fromEditor : ModelIO.load(path);
            appliedToEditor = false;
            if (network.getTraining() == null) {
                return done(null, Status.error("The model has no training specification"));
            }
            List<Problem> errors = ModelValidator.validate(network, path).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                return done(null, Status.error("Fix the model first: " + errors.get(0).elementPath() + ": " + errors.get(0).message()));
            }
            GradientMode gradient;
            Long seed;
            Path override = null;
            Settings launch = settings;
            if (launch != null) {
                // a launch configuration: its settings, not the global preferences
                gradient = launch.gradient();
                seed = launch.seed();
                override = launch.dataFolder();
            } else {
                var prefs = SpinflowUi.getDefault().getPreferenceStore();
                String g = prefs.getString(PreferenceInitializer.GRADIENT_MODE);
                gradient = g == null || g.isEmpty() ? null : GradientMode.get(g);
                String seedText = prefs.getString(PreferenceInitializer.DEFAULT_SEED).trim();
                seed = seedText.isEmpty() ? null : Long.valueOf(seedText);
                String dataFolder = prefs.getString(PreferenceInitializer.DATA_FOLDER).trim();
                String rel = network.getTraining().getDataset() == null ? null : network.getTraining().getDataset().getPath();
                if (!dataFolder.isEmpty() && (rel == null || !Files.exists(dir.resolve(rel)))) {
                    override = Path.of(dataFolder);
                }
            }
            int threads = TrainingSession.defaultThreads(network, Math.min(4, Runtime.getRuntime().availableProcessors()));
            TrainingSession session = TrainingSession.of(network, dir, new TrainingSession.Overrides(gradient, null, seed, null, threads),
                    override);
            RunConfig config = session.config();
            session.data();
            monitor.beginTask("Training " + file.getName(), 1000);
            int[] worked = {0};
            Trainer.Listener listener = new Trainer.Listener() {
                @Override
                public void epoch(Trainer.EpochReport r) {
                    history.add(r);
                    // folds and epochs are 0-based; the final fit on all data is reported as fold == folds
                    int total = Math.max(1, r.epochs() * (r.folds() + 1));
                    int target = Math.min(1000, (int) (1000L * history.size() / total));
                    if (target > worked[0]) {
                        monitor.worked(target - worked[0]);
                        worked[0] = target;
                    }
                    monitor.subTask(TrainingJob.describe(r) + String.format(", accuracy %.1f%%", 100 * r.trainAccuracy()));
                    for (TrainingListener l : TrainingListener.LISTENERS) {
                        l.epoch(TrainingJob.this, r);
                    }
                }

                @Override
                public boolean cancelled() {
                    return monitor.isCanceled();
                }
            };
            Trainer.Result r = session.train(new Trainer.Options(epochs, folds, true), listener);
            if (r.cancelled() || monitor.isCanceled()) {
                if (r.finalPlan() != null) {
                    r.finalPlan().close();
                }
                return done(null, Status.CANCEL_STATUS);
            }
            result = r;
            Map<String, String> prov = new LinkedHashMap<>();
            prov.put("source", "spinflow ide");
            prov.put("model", file.getName());
            if (fromEditor != null) {
                // one undoable command on the editor's model ("Undo Apply training result"); the file is not written,
                // so the editor is never asked to overwrite it: the user saves when they want to
                live.applyTrainingResult(r, config, prov);
                appliedToEditor = true;
                if (r.finalPlan() != null) {
                    r.finalPlan().close();
                }
                message = String.format("Training finished: accuracy %.1f%% ± %.1f%%, loss %.4f, applied to the open editor of %s"
                        + " (unsaved; Edit > Undo reverts it)", 100 * r.mean(), 100 * r.std(), r.loss(), file.getName());
                return done(r, Status.info(message));
            }
            IResourceRuleFactory rules = file.getWorkspace().getRuleFactory();
            ISchedulingRule writeRule = MultiRule.combine(rules.modifyRule(file), rules.refreshRule(file));
            Job.getJobManager().beginRule(writeRule, monitor);
            try {
                COMMANDS.execute(new ApplyTrainingResultCommand(file, network, r, config, prov));
            } finally {
                Job.getJobManager().endRule(writeRule);
            }
            if (r.finalPlan() != null) {
                r.finalPlan().close();
            }
            message = String.format("Training finished: accuracy %.1f%% ± %.1f%%, loss %.4f, written to %s", 100 * r.mean(), 100 * r.std(),
                    r.loss(), file.getName());
            return done(r, Status.info(message));
        } catch (RuntimeException e) {
            SpinflowUi.log("Training " + file + " failed", e);
            return done(null, Status.error("Training failed: " + e.getMessage(), e));
        } finally {
            monitor.done();
        }
    }

    /** "fold 1/5, epoch 3/60, loss 0.4321" (or "final fit, ..." for the fit on all data). */
    public static String describe(Trainer.EpochReport r) {
        String fold = r.fold() < r.folds() ? "fold " + (r.fold() + 1) + "/" + r.folds() : "final fit";
        return String.format("%s, epoch %d/%d, loss %.4f", fold, r.epoch() + 1, r.epochs(), r.loss());
    }

    private IStatus done(Trainer.Result r, IStatus status) {
        String message = status == Status.CANCEL_STATUS ? "Training cancelled; the model is unchanged" : status.getMessage();
        for (TrainingListener l : TrainingListener.LISTENERS) {
            l.finished(this, r, message);
        }
        return status.getSeverity() == IStatus.INFO ? Status.OK_STATUS : status;
    }
}
