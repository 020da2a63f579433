package org.spinflow.cli;

import java.io.PrintWriter;

import org.spinflow.interpreter.Trainer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Training progress: a progress bar with epoch, loss and accuracy on a terminal, plain lines
 * (one per epoch, on stderr) otherwise, nothing when quiet.
 */
final class Progress implements Trainer.Listener, AutoCloseable {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean terminal;
    private ProgressBar bar;
    private int barFold = -1;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = isTerminal();
    }

    /** True when stdout/stderr is an interactive terminal (Console.isTerminal on Java 22+, else console presence). */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void batch(int fold, int epoch, int batch, int batches) {
        if (quiet || !terminal) {
            return;
        }
        if (bar == null || barFold != fold) {
            close();
            bar = new ProgressBarBuilder().setTaskName("fold " + (fold + 1)).setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(batches).continuousUpdate().setUpdateIntervalMillis(200).build();
            barFold = fold;
        }
        if (batch == 0) {
            bar.reset();
            bar.maxHint(batches);
        }
        bar.stepTo(batch + 1L);
    }

    @Override
    public void epoch(Trainer.EpochReport r) {
        if (quiet) {
            return;
        }
        String line = String.format("fold %d/%d epoch %d/%d loss %.4f train-acc %.4f%s %.2fs", r.fold() + 1,
                Math.max(r.folds(), r.fold() + 1), r.epoch() + 1, r.epochs(), r.loss(), r.trainAccuracy(),
                Double.isNaN(r.validationAccuracy()) ? "" : String.format(" val-acc %.4f", r.validationAccuracy()),
                r.seconds());
        if (terminal && bar != null) {
            bar.setExtraMessage(String.format("epoch %d/%d loss %.4f acc %.4f", r.epoch() + 1, r.epochs(), r.loss(),
                    Double.isNaN(r.validationAccuracy()) ? r.trainAccuracy() : r.validationAccuracy()));
        } else {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
