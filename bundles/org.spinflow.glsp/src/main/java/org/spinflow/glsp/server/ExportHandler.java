package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.utils.MessageActionUtil;
import org.spinflow.glsp.server.SpinflowActions.ExportAction;
import org.spinflow.model.io.ModelIO;

import com.google.inject.Inject;

/** Exports the current model as standalone XMI (with the metamodel beside it) under the studio folder. */
public class ExportHandler extends AbstractActionHandler<ExportAction> {
    @Inject
    protected SpinflowModelState state;
    @Inject
    protected StudioContext context;

    @Override
    protected List<Action> executeAction(ExportAction action) {
        Path out;
        try {
            out = PathGuard.resolveOutput(context.root(), action.getPath(), ".xmi");
        } catch (PathGuard.Refused e) {
            return List.of(MessageActionUtil.error("Export refused: " + e.getMessage()));
        }
        try {
            java.nio.file.Files.createDirectories(out.getParent());
            ModelIO.export(state.getNetwork(), out);
        } catch (RuntimeException | java.io.IOException e) {
            return List.of(MessageActionUtil.error("Export failed: " + e.getMessage()));
        }
        return List.of(MessageActionUtil.info("Exported to " + context.relativize(out)));
    }
}
