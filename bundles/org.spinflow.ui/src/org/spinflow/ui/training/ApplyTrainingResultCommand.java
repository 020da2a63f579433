package org.spinflow.ui.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.AbstractCommand;
import org.spinflow.interpreter.ResultWriter;
import org.spinflow.interpreter.RunConfig;
import org.spinflow.interpreter.Trainer;
import org.spinflow.model.Network;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.io.ModelIO;
import org.spinflow.ui.SpinflowUi;

/**
 * Writes a finished run into the model file through {@link ResultWriter} (conductances and a TrainingRun record);
 * undo restores the file as it was. Executed on the plug-in's command stack; the open editor reloads the file.
 */
public class ApplyTrainingResultCommand extends AbstractCommand {
    private final IFile file;
    private final Network network;
    private final Trainer.Result result;
    private final RunConfig config;
    private final Map<String, String> provenance;
    private byte[] before;
    private byte[] after;
    private TrainingRun run;

    public ApplyTrainingResultCommand(IFile file, Network network, Trainer.Result result, RunConfig config, Map<String, String> provenance) {
        super("Apply training result", "Writes the learned conductances and the run record into " + file.getName());
        this.file = file;
        this.network = network;
        this.result = result;
        this.config = config;
        this.provenance = provenance;
    }

    @Override
    protected boolean prepare() {
        return file.getLocation() != null;
    }

    private Path path() {
        return file.getLocation().toFile().toPath();
    }

    @Override
    public void execute() {
        try {
            before = Files.readAllBytes(path());
            run = ResultWriter.apply(network, result, config, provenance);
            after = ModelIO.toBytes(network);
            write(after);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + path() + ": " + e.getMessage(), e);
        }
    }

    public TrainingRun getRun() {
        return run;
    }

    @Override
    public void undo() {
        write(before);
    }

    @Override
    public void redo() {
        write(after);
    }

    private void write(byte[] bytes) {
        try {
            Files.write(path(), bytes);
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException e) {
            SpinflowUi.log("Cannot write " + file, e);
            throw new IllegalStateException(e);
        }
    }
}
