package org.spinflow.glsp.server;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;

/** Guice wiring of the Spinflow diagram. */
public class SpinflowDiagramModule extends DiagramModule {
    private final StudioContext context;

    public SpinflowDiagramModule(StudioContext context) {
        this.context = context;
    }

    @Override
    protected void configureBase() {
        super.configureBase();
        bind(StudioContext.class).toInstance(context);
    }

    @Override
    protected Class<? extends org.eclipse.glsp.server.features.directediting.LabelEditValidator> bindLabelEditValidator() {
        return Handlers.NameValidator.class;
    }

    @Override
    protected Class<? extends GModelState> bindGModelState() {
        return SpinflowModelState.class;
    }

    @Override
    protected void configureGModelState(Class<? extends GModelState> cls) {
        super.configureGModelState(cls);
    }

    @Override
    protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
        return SpinflowDiagramConfiguration.class;
    }

    @Override
    protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
        return SpinflowStorage.class;
    }

    @Override
    protected Class<? extends GModelFactory> bindGModelFactory() {
        return SpinflowGModelFactory.class;
    }

    @Override
    protected Class<? extends org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider> bindToolPaletteItemProvider() {
        return SpinflowPalette.class;
    }

    @Override
    protected Class<? extends ModelValidator> bindModelValidator() {
        return SpinflowValidation.class;
    }

    @Override
    protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
        super.configureActionHandlers(binding);
        binding.add(TrainingService.StartHandler.class);
        binding.add(TrainingService.CancelHandler.class);
        binding.add(TrainingService.ApplyHandler.class);
        binding.add(LiveModels.ApplyChangeHandler.class);
        binding.add(ExportHandler.class);
        binding.rebind(org.eclipse.glsp.server.actions.SaveModelActionHandler.class, SaveHandlers.Save.class);
        binding.add(SaveHandlers.ForceSave.class);
        binding.add(Clipboard.RequestData.class);
    }

    @Override
    protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
        super.configureOperationHandlers(binding);
        binding.add(Handlers.CreateNode.class);
        binding.add(Handlers.CreateConnection.class);
        binding.add(Handlers.Delete.class);
        binding.add(Handlers.ChangeBounds.class);
        binding.add(Handlers.Reconnect.class);
        binding.add(Handlers.Rename.class);
        binding.add(Handlers.SetProperty.class);
        binding.add(Handlers.ChangeRoutingPoints.class);
        binding.add(Handlers.AutoLayout.class);
        binding.add(Handlers.Calibrate.class);
        binding.add(Clipboard.Paste.class);
        binding.add(Clipboard.Duplicate.class);
    }

    @Override
    protected Class<? extends org.eclipse.glsp.server.features.typehints.EdgeCreationChecker> bindEdgeCreationChecker() {
        return EdgeChecker.class;
    }

    @Override
    public String getDiagramType() {
        return SpinflowTypes.DIAGRAM_TYPE;
    }
}
