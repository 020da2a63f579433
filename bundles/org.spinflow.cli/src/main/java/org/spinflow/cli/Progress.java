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

    private final int epochs;

    /** @param epochs epochs per fold (the bar of a fold runs once from 0 to 100 % over all of them) */
    Progress(PrintWriter err, boolean quiet, int epochs) {
        this.epochs = Math.max(1, epochs);
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
                    .setInitialMax((long) epochs * batches).continuousUpdate().setUpdateIntervalMillis(200).build();
            barFold = fold;
        }
        bar.stepTo(position(epoch, batch, batches));
    }

    /** Steps done in a fold after {@code batch} of {@code epoch}: the bar never goes back within a fold. */
    static long position(int epoch, int batch, int batches) {
        return (long) epoch * batches + batch + 1L;
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
