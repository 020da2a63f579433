package org.spinflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spinflow.interpreter.DataSource;
import org.spinflow.interpreter.ResultWriter;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.interpreter.TrainingSession;
import org.spinflow.model.Network;
import org.spinflow.model.io.ModelIO;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", description = "Train a network (k-fold when asked); write the trained model with --out.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "MODEL", description = "The .spinflow model file.")
    Path model;

    @Mixin
    RunOptions run;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: the model's).")
    Integer epochs;

    @Option(names = "--folds", paramLabel = "K", description = "Stratified k-fold cross-validation with K folds.")
    Integer folds;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the trained model (conductances, history, provenance) here, atomically.")
    Path out;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "Checkpoint file (default: OUT.ckpt when --out is given). Written atomically at every epoch end and every 60 s.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Also checkpoint every N batches.")
    int checkpointEvery;

    @Option(names = "--resume", description = "Continue bit-identically from the checkpoint.")
    boolean resume;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Mixin
    InstrumentOptions instrument;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Writes the trained model. Writing over the model file itself is refused when the file changed
     * on disk during training (e.g. edited in the studio): the result then goes to a sibling file and
     * the command fails, so nothing is silently overwritten and nothing is lost.
     */
    private void saveResult(Network network, Path out, org.spinflow.model.io.FileStamp loadedStamp) throws java.io.IOException {
        boolean inPlace = java.nio.file.Files.exists(out) && java.nio.file.Files.isSameFile(out, model);
        if (!inPlace) {
            ModelIO.save(network, out);
            return;
        }
        try {
            ModelIO.saveIfUnchanged(network, out, loadedStamp);
        } catch (org.spinflow.model.io.ModelChangedException e) {
            String name = out.getFileName().toString().replaceFirst("\\.spinflow$", "");
            Path side = out.resolveSibling(name + ".trained-" + System.currentTimeMillis() + ".spinflow");
            ModelIO.save(network, side);
            throw new CliException(out + ": changed on disk during training (another editor or run wrote it); it was"
                    + " not overwritten; the trained model was written to " + side);
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (epochs != null && epochs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--epochs must be at least 1");
        }
        if (folds != null && folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        org.spinflow.model.io.FileStamp loadedStamp = org.spinflow.model.io.FileStamp.of(model);
        Network network = ModelFiles.loadValid(model, err, run.data);
        if (network.getTraining() == null) {
            throw new CliException(model + ": the model has no training specification");
        }
        TrainingSession session = TrainingSession.of(network, ModelFiles.dir(model), run.overrides(), run.data);
        RunConfig cfg = session.config();
        Path ckpt = checkpoint != null ? checkpoint : out != null ? out.resolveSibling(out.getFileName() + ".ckpt") : null;
        // hardware in the loop: checkpoint every batch, so a failing instrument pauses the run with nothing lost
        boolean defaultCkpt = instrument.address != null && ckpt == null;
        if (defaultCkpt) {
            ckpt = InstrumentOptions.defaultCheckpoint(model);
        }
        int every = instrument.address != null && checkpointEvery == 0 ? 1 : Math.max(0, checkpointEvery);
        ModelFiles.guardOutputs(model, ModelFiles.dataPath(network, model, run.data), out, ckpt);
        DataSource.Loaded data = session.data();
        ModelFiles.warnAboutData(network, data, err);
        org.spinflow.instrument.Instrument inst = instrument.open();
        org.spinflow.instrument.InstrumentBackend backend = inst == null ? null : new org.spinflow.instrument.InstrumentBackend(inst);
        if (resume && ckpt == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--resume needs --checkpoint FILE or --out FILE");
        }
        Trainer.Result result;
        try (inst; Progress progress = new Progress(err, quiet,
                epochs != null ? epochs : network.getTraining().getEpochs())) {
            Trainer.Options options = new Trainer.Options(epochs, folds, out != null && data.test() == null, ckpt, every, resume);
            result = InstrumentOptions.run(backend, () -> session.train(options, progress));
        } catch (org.spinflow.instrument.InstrumentException e) {
            // failed while reading (compile-time refusals arrive wrapped and are reported as they are)
            throw new CliException(e.getMessage() + (InstrumentOptions.exists(ckpt) ? "; training paused, checkpointed in " + ckpt
                    + "; resume with the same command and --resume" : "; no training progress to keep yet"));
        } catch (Trainer.DivergenceException e) {
            if (out != null && e.goodEpoch() > 0) {
                org.spinflow.interpreter.ResultWriter.writeConductances(network, e.plan());
                ModelIO.save(network, out);
                throw new CliException(e.getMessage() + "; the last good state was written to " + out);
            }
            throw new CliException(e.getMessage() + (out != null ? "; nothing was written to " + out : ""));
        }
        if (out != null) {
            Map<String, String> prov = new LinkedHashMap<>();
            prov.put("model", model.toString());
            prov.put("data", data.train().source());
            if (result.finalPlan() == null) {
                throw new CliException(ckpt + ": the checkpointed run had already finished; nothing left to resume");
            }
            ResultWriter.apply(network, result, cfg, prov);
            ModelFiles.rebaseDataset(network, model, out);
            saveResult(network, out, loadedStamp);
            if (ckpt != null && checkpoint == null) {
                java.nio.file.Files.deleteIfExists(ckpt);
            }
        }
        if (result.finalPlan() != null) {
            result.finalPlan().close();
        }
        if (defaultCkpt && !result.cancelled()) {
            java.nio.file.Files.deleteIfExists(ckpt);
        }
        if (run.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", model.toString());
            o.put("seed", cfg.seed());
            o.put("gradient", cfg.gradient().getLiteral());
            o.put("folds", result.folds().size());
            Map<String, Object> acc = new LinkedHashMap<>();
            acc.put("mean", result.mean());
            acc.put("std", result.std());
            List<Double> per = new ArrayList<>();
            result.folds().forEach(f -> per.add(f.accuracy()));
            acc.put("per_fold", per);
            o.put("accuracy", acc);
            o.put("loss", result.loss());
            o.put("seconds", result.seconds());
            Map<String, String> prov = new LinkedHashMap<>();
            prov.put("data", data.train().source());
            prov.put("model.sha256", result.modelSha256());
            prov.put("data.sha256", result.dataSha256());
            prov.put("started", result.started().toString());
            o.put("provenance", Json.typed(ResultWriter.provenance(cfg, prov)));
            o.put("hardware", HardwareJson.of(result.hardware()));
            if (out != null) {
                o.put("out", out.toString());
            }
            if (inst != null) {
                o.put("instrument", InstrumentOptions.json(inst, result.history().size()));
            }
            stdout.println(Json.of(o));
        } else {
            stdout.printf("%s: accuracy %.4f +/- %.4f over %d fold(s), loss %.4f, %.1f s (gradient %s, seed %d)%n",
                    model, result.mean(), result.std(), result.folds().size(), result.loss(), result.seconds(),
                    cfg.gradient().getLiteral(), cfg.seed());
            var hw = result.hardware().total();
            stdout.printf("hardware: %d device reads, %d writes, %.3g J, %.3g s of device time (docs/PHYSICS.md H)%n",
                    hw.reads, hw.writes, hw.energy(), hw.deviceTime);
            if (out != null) {
                stdout.println("trained model written to " + out);
            }
            if (inst != null) {
                org.spinflow.instrument.Instrument.Stats st = inst.stats();
                stdout.printf("instrument %s: %d readings in %d transactions, %.1f s on the instrument, %d error(s)%n",
                        inst.address(), st.reads(), st.transactions(), st.seconds(), st.errors());
            }
        }
        stdout.flush();
        return Main.OK;
    }
}
