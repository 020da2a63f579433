package org.spinflow.ui.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.spinflow.interpreter.Trainer;

/** Progress of training jobs, for the Training view (called from the job's thread). */
public interface TrainingListener {
    List<TrainingListener> LISTENERS = new CopyOnWriteArrayList<>();

    default void started(TrainingJob job) {
    }

    default void epoch(TrainingJob job, Trainer.EpochReport report) {
    }

    /** {@code result} is null when the run was cancelled or failed; {@code message} says what happened. */
    default void finished(TrainingJob job, Trainer.Result result, String message) {
    }
}
