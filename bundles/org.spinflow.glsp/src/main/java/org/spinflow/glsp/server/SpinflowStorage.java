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
import org.spinflow.model.io.ModelIO;

import com.google.inject.Inject;

/** Loads and saves the .spinflow model through {@link ModelIO}, and its layout resource beside it. */
public class SpinflowStorage implements SourceModelStorage {
    @Inject
    protected SpinflowModelState modelState;
    @Inject
    protected StudioContext context;

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
        Network network = ModelIO.load(file);
        Map<Node, Bounds> layout = LayoutStore.load(network, file);
        if (layout.size() < network.getNodes().size()) {
            layout = ElkLayout.layout(network, layout);
        }
        modelState.setNetwork(network, file, layout);
    }

    @Override
    public void saveSourceModel(SaveModelAction action) {
        Path target = modelState.getFile();
        if (action.getFileUri().isPresent() && !action.getFileUri().get().isBlank()) {
            try {
                target = PathGuard.resolveModel(context.root(), action.getFileUri().get());
            } catch (PathGuard.Refused e) {
                throw new GLSPServerException("Refused: " + e.getMessage());
            }
        }
        save(modelState.getNetwork(), new IdentityHashMap<>(modelState.getLayout()), target);
        modelState.setFile(target);
    }

    public static void save(Network network, Map<Node, Bounds> layout, Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new GLSPServerException("Cannot create " + target.getParent() + ": " + e.getMessage(), e);
        }
        ModelIO.save(network, target);
        try {
            LayoutStore.save(network, layout, target);
        } catch (IOException e) {
            throw new GLSPServerException("Saved the model but not its layout: " + e.getMessage(), e);
        }
    }
}
