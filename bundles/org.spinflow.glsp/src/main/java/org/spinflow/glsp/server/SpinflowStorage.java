package org.spinflow.glsp.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.FileStamp;
import org.spinflow.model.io.ModelChangedException;
import org.spinflow.model.io.ModelIO;

import com.google.inject.Inject;

/** Loads and saves the .spinflow model through {@link ModelIO}, and its layout resource beside it. */
public class SpinflowStorage implements SourceModelStorage {
    @Inject
    protected SpinflowModelState modelState;
    @Inject
    protected StudioContext context;
    @Inject
    protected org.eclipse.glsp.server.actions.ActionDispatcher actionDispatcher;

    @Override
    public void loadSourceModel(RequestModelAction action) {
        String uri = action.getOptions() == null ? null : action.getOptions().get("sourceUri");
        Path file;
        try {
            file = PathGuard.resolveModel(context.root(), uri);
        } catch (PathGuard.Refused e) {
            throw new GLSPServerException("Refused: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new GLSPServerException("No such model: " + uri);
        }
        // stamped before loading: a write in between is then seen as a change (never missed)
        FileStamp stamp = FileStamp.of(file);
        // read ahead while the page loaded its script (if the file is unchanged since), else read now
        Preload.Loaded pre = context.preload().take(file, stamp);
        Network network = pre != null ? pre.network() : ModelIO.load(file);
        Map<Node, Bounds> layout = pre != null ? pre.layout() : LayoutStore.load(network, file);
        if (layout.size() < network.getNodes().size()) {
            layout = ElkLayout.layout(network, layout);
        }
        // a page reconnecting after a server restart gets back its unsaved edits (see Recovery)
        java.util.Optional<Recovery.Recovered> recovered = Recovery.recover(action.getOptions().get("recoveryId"), context.relativize(file));
        if (recovered.isPresent()) {
            network = recovered.get().network();
            layout = recovered.get().layout();
            if (layout.size() < network.getNodes().size()) {
                layout = ElkLayout.layout(network, layout);
            }
            // the file as the edits knew it: a write by someone else in between is still detected on save
            if (recovered.get().base() != null) {
                stamp = recovered.get().base();
            }
        }
        modelState.setNetwork(network, file, layout);
        modelState.setStamp(stamp);
        modelState.setRecovered(recovered.isPresent());
        if (recovered.isPresent()) {
            actionDispatcher.dispatchAfterNextUpdate(new org.eclipse.glsp.server.actions.SetDirtyStateAction(true, "recovered"));
        }
        context.live().register(file, modelState, actionDispatcher);
    }

    /**
     * Saves to the model's own file only if nobody else wrote it since it was loaded or last saved
     * (otherwise throws {@link ModelChangedException} and writes nothing); Save As to another file
     * writes that file.
     */
    @Override
    public void saveSourceModel(SaveModelAction action) {
        Path target = modelState.getFile();
        if (action.getFileUri().isPresent() && !action.getFileUri().get().isBlank()) {
            try {
                target = PathGuard.resolveOutput(context.root(), action.getFileUri().get(), ".spinflow");
            } catch (PathGuard.Refused e) {
                throw new GLSPServerException("Refused: " + e.getMessage());
            }
        }
        if (target.equals(modelState.getFile()) && modelState.getStamp() != null) {
            saveChecked(modelState.getStamp());
            return;
        }
        if (!target.equals(modelState.getFile()) && Files.exists(target)) {
            // Save As never replaces another model (that would bypass its change check)
            throw new GLSPServerException("Refused: " + context.relativize(target) + " already exists; Save As does not"
                    + " overwrite another model (open it, or choose a new name)");
        }
        save(modelState.getNetwork(), new IdentityHashMap<>(modelState.getLayout()), target);
        modelState.setFile(target);
        modelState.setStamp(FileStamp.of(target));
        Recovery.forget(modelState.recoveryId());
    }

    /**
     * Overwrites the model's file with this session's version after the user agreed to: takes the
     * file's current stamp, so a third writer in between is still detected.
     */
    public void saveForced() {
        saveChecked(FileStamp.of(modelState.getFile()));
    }

    private void saveChecked(FileStamp expected) {
        Path target = modelState.getFile();
        mkdirs(target);
        modelState.setStamp(ModelIO.saveIfUnchanged(modelState.getNetwork(), target, expected));
        saveLayout(modelState.getNetwork(), new IdentityHashMap<>(modelState.getLayout()), target);
        Recovery.forget(modelState.recoveryId());
    }

    /** The text shown to the user when a save was refused because the file changed on disk. */
    public String changedMessage(ModelChangedException e) {
        Path file = modelState.getFile();
        String name;
        try {
            name = file == null ? "The model" : context.relativize(file);
        } catch (IllegalArgumentException x) {
            name = file.getFileName().toString();
        }
        return name + " changed on disk since it was opened (another editor or a training run wrote it).";
    }

    public static void save(Network network, Map<Node, Bounds> layout, Path target) {
        mkdirs(target);
        ModelIO.save(network, target);
        saveLayout(network, layout, target);
    }

    private static void mkdirs(Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new GLSPServerException("Cannot create " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void saveLayout(Network network, Map<Node, Bounds> layout, Path target) {
        try {
            LayoutStore.save(network, layout, target);
        } catch (IOException e) {
            throw new GLSPServerException("Saved the model but not its layout: " + e.getMessage(), e);
        }
    }
}
