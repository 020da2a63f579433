package org.spinflow.glsp.server;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.ReconnectEdgeOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.spinflow.model.Connection;
import org.spinflow.model.Node;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.build.NetworkBuilder;

import com.google.inject.Inject;

/** The GLSP operation handlers of the Spinflow diagram; every edit is an undoable {@link SpinflowCommand}. */
public final class Handlers {
    private Handlers() {
    }

    abstract static class Base<O extends org.eclipse.glsp.server.operations.Operation> extends BasicOperationHandler<O> {
        @Inject
        protected SpinflowModelState state;

        @Inject
        protected ActionDispatcher dispatcher;

        @Inject
        protected org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler submission;

        protected Optional<Command> command(String label, Runnable r) {
            return Optional.of(new SpinflowCommand(state, label, r));
        }

        /** Refuses an edit: nothing changes, and the page shows the reason in plain words. */
        protected Optional<Command> refuse(String elementId, String property, String value, String reason) {
            dispatcher.dispatch(new SpinflowActions.EditRejectedAction(elementId, property, value, reason));
            return Optional.empty();
        }

        /**
         * Sends the unchanged model to the client, for an operation that changes nothing (no command, no undo
         * step) while the client already shows something else (a typed name, move feedback).
         */
        protected void redraw() {
            dispatcher.dispatchAll(submission.submitModel());
        }
    }

    /** Creates a node of any kind from the palette. */
    public static class CreateNode extends Base<CreateNodeOperation> implements CreateOperationHandler<CreateNodeOperation> {
        @Inject
        protected ActionDispatcher actionDispatcher;

        @Override
        public List<String> getHandledElementTypeIds() {
            return SpinflowTypes.nodeTypes();
        }

        @Override
        public String getLabel() {
            return "Node";
        }

        @Override
        public List<org.eclipse.glsp.server.actions.TriggerElementCreationAction> getTriggerActions() {
            return SpinflowTypes.nodeTypes().stream()
                    .map(t -> (org.eclipse.glsp.server.actions.TriggerElementCreationAction) new org.eclipse.glsp.server.actions.TriggerNodeCreationAction(t))
                    .toList();
        }

        @Override
        public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
            return super.handles(operation) && operation instanceof CreateNodeOperation c
                    && SpinflowTypes.kindOf(c.getElementTypeId()) != null;
        }

        @Override
        public Optional<Command> createCommand(CreateNodeOperation op) {
            return command("Create " + SpinflowTypes.kindOf(op.getElementTypeId()).label(), () -> {
                Node n = Edits.newNode(state.getNetwork(), op.getElementTypeId());
                state.getNetwork().getNodes().add(n);
                double x = op.getLocation().map(p -> p.getX()).orElse(40.0);
                double y = op.getLocation().map(p -> p.getY()).orElse(40.0);
                state.getLayout().put(n, new Bounds(x, y, Bounds.DEFAULT_WIDTH, Bounds.DEFAULT_HEIGHT));
                actionDispatcher.dispatchAfterNextUpdate(SelectAction.addSelection(List.of(state.idOf(n))));
            });
        }
    }

    /** Connects the OUT port of one node to the IN port of another. */
    public static class CreateConnection extends Base<CreateEdgeOperation> implements CreateOperationHandler<CreateEdgeOperation> {
        @Override
        public List<String> getHandledElementTypeIds() {
            return List.of(SpinflowTypes.CONNECTION);
        }

        @Override
        public String getLabel() {
            return "Connection";
        }

        @Override
        public boolean handles(org.eclipse.glsp.server.operations.Operation operation) {
            return super.handles(operation) && operation instanceof CreateEdgeOperation c
                    && SpinflowTypes.CONNECTION.equals(c.getElementTypeId());
        }

        @Override
        public Optional<Command> createCommand(CreateEdgeOperation op) {
            Port s = Connect.port(state, op.getSourceElementId(), PortDirection.OUT);
            Port t = Connect.port(state, op.getTargetElementId(), PortDirection.IN);
            String why = Connect.refusal(state.getNetwork(), s, t, null);
            if (why != null) {
                return refuse(op.getTargetElementId(), "connection", "", "Not connected: " + why + ".");
            }
            return command("Connect", () -> {
                Connection c = SpinflowFactory.eINSTANCE.createConnection();
                c.setSource(s);
                c.setTarget(t);
                state.getNetwork().getConnections().add(c);
            });
        }
    }

    public static class Delete extends Base<DeleteOperation> {
        @Override
        public Optional<Command> createCommand(DeleteOperation op) {
            return command("Delete", () -> {
                for (String id : op.getElementIds()) {
                    EObject o = state.byId(id);
                    if (o instanceof Connection c) {
                        state.getNetwork().getConnections().remove(c);
                    } else if (o instanceof Node n && n.eContainer() != null) {
                        Edits.deleteNode(state.getNetwork(), n);
                        state.getLayout().remove(n);
                    }
                }
            });
        }
    }

    /**
     * Moves and resizes nodes. A move that leaves every node where it is (a click the client reports as a
     * move of zero) is no command, so it takes no undo step; the model is still sent back, because the
     * client keeps drawing its move feedback until an update arrives.
     */
    public static class ChangeBounds extends Base<ChangeBoundsOperation> {
        @Override
        public Optional<Command> createCommand(ChangeBoundsOperation op) {
            Map<Node, Bounds> moved = new java.util.LinkedHashMap<>();
            for (ElementAndBounds eb : op.getNewBounds()) {
                Node n = state.nodeById(eb.getElementId());
                Bounds b = n == null ? null : new Bounds(eb.getNewPosition().getX(), eb.getNewPosition().getY(),
                        eb.getNewSize().getWidth(), eb.getNewSize().getHeight());
                if (b != null && !b.equals(state.getLayout().get(n))) {
                    moved.put(n, b);
                }
            }
            if (moved.isEmpty()) {
                redraw();
                return Optional.empty();
            }
            return command("Move", () -> state.getLayout().putAll(moved));
        }
    }

    public static class Reconnect extends Base<ReconnectEdgeOperation> {
        @Override
        public Optional<Command> createCommand(ReconnectEdgeOperation op) {
            if (!(state.byId(op.getEdgeElementId()) instanceof Connection c)) {
                return Optional.empty();
            }
            Port s = Connect.port(state, op.getSourceElementId(), PortDirection.OUT);
            Port t = Connect.port(state, op.getTargetElementId(), PortDirection.IN);
            String why = Connect.refusal(state.getNetwork(), s, t, c);
            if (why != null) {
                return refuse(op.getEdgeElementId(), "connection", "", "Not reconnected: " + why + ".");
            }
            return command("Reconnect", () -> {
                c.setSource(s);
                c.setTarget(t);
            });
        }
    }

    /** Rename by editing the name label. */
    public static class Rename extends Base<ApplyLabelEditOperation> {
        @Override
        public Optional<Command> createCommand(ApplyLabelEditOperation op) {
            Node n = state.nodeById(op.getLabelId());
            if (n == null) {
                return Optional.empty();
            }
            Optional<Command> c = rename(this, n, op.getText());
            if (c.isEmpty()) {
                // the label on the diagram already shows the typed text: the model's name is drawn again
                redraw();
            }
            return c;
        }
    }

    /** Sets a property (an attribute path like {@code synapse.gMax}) of a node or of the network. */
    public static class SetProperty extends Base<SpinflowActions.SetPropertyOperation> {
        @Override
        public Optional<Command> createCommand(SpinflowActions.SetPropertyOperation op) {
            EObject target = op.getElementId() == null || op.getElementId().isEmpty()
                    || op.getElementId().equals("spinflow-graph") ? state.getNetwork() : state.byId(op.getElementId());
            if (target == null) {
                return refuse(op.getElementId(), op.getProperty(), op.getValue(), "That element no longer exists.");
            }
            if ("name".equals(op.getProperty()) && target instanceof Node n) {
                return rename(this, n, op.getValue());
            }
            String why = Properties.problem(target, op.getProperty(), op.getValue());
            if (why != null) {
                return refuse(op.getElementId(), op.getProperty(), op.getValue(), why);
            }
            return command("Set " + op.getProperty(), () -> {
                Properties.set(target, op.getProperty(), op.getValue());
                if (target instanceof Node n) {
                    Edits.syncPorts(n);
                }
            });
        }
    }

    /** Renames a node, or refuses an empty or duplicate name with the reason. */
    static Optional<Command> rename(Base<?> h, Node n, String value) {
        String text = value == null ? "" : value.trim();
        String id = h.state.idOf(n);
        String why = nameProblem(h.state.getNetwork(), n, text);
        if (why != null) {
            return h.refuse(id, "name", text, why);
        }
        if (text.equals(n.getName())) {
            return Optional.empty();
        }
        return h.command("Rename", () -> n.setName(text));
    }

    /** Why {@code n} cannot be named {@code text} (trimmed) in plain words, or null when it can. */
    static String nameProblem(org.spinflow.model.Network network, Node n, String text) {
        if (text.isEmpty()) {
            return "A node needs a name.";
        }
        if (!text.equals(n.getName()) && network.getNodes().stream().anyMatch(o -> o != n && text.equals(o.getName()))) {
            return "A node named '" + text + "' already exists; names must be unique.";
        }
        return null;
    }

    /** Checks a name while it is typed on the diagram (the label editor shows the reason and does not apply it). */
    public static class NameValidator implements org.eclipse.glsp.server.features.directediting.LabelEditValidator {
        @Inject
        protected SpinflowModelState state;

        @Override
        public org.eclipse.glsp.server.features.directediting.ValidationStatus validate(String label, org.eclipse.glsp.graph.GModelElement element) {
            Node n = element == null ? null : state.nodeById(element.getId());
            String why = n == null ? null : nameProblem(state.getNetwork(), n, label == null ? "" : label.trim());
            return why == null ? org.eclipse.glsp.server.features.directediting.ValidationStatus.ok()
                    : org.eclipse.glsp.server.features.directediting.ValidationStatus.error(why);
        }
    }

    /** Routing points are not kept: edges are routed orthogonally by the client (this handler only accepts them). */
    public static class ChangeRoutingPoints extends Base<org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation> {
        @Override
        public Optional<Command> createCommand(org.eclipse.glsp.server.operations.ChangeRoutingPointsOperation op) {
            return Optional.empty();
        }
    }

    /** Lays the whole diagram out again (ELK layered, left to right): one undoable command. */
    public static class AutoLayout extends Base<SpinflowActions.AutoLayoutOperation> {
        @Override
        public Optional<Command> createCommand(SpinflowActions.AutoLayoutOperation op) {
            return command("Auto-layout", () -> state.setLayout(ElkLayout.layout(state.getNetwork(), state.getLayout())));
        }
    }

    /**
     * Calibrates every simulated MTJ array (the per-device pass of {@code spinflow calibrate}, run seed and reads from the
     * model) on a copy of the network, then records the measured calibrations in the model as one undoable command.
     */
    public static class Calibrate extends Base<SpinflowActions.CalibrateOperation> {
        @Inject
        protected StudioContext context;

        @Override
        public Optional<Command> createCommand(SpinflowActions.CalibrateOperation op) {
            org.spinflow.model.Network network = state.getNetwork();
            if (network.getTraining() == null) {
                return refuse("", "calibration", "", "Not calibrated: the model has no training settings (they give the devices' run seed).");
            }
            if (network.getNodes().stream().noneMatch(n -> n instanceof org.spinflow.model.MtjNeuronArray)) {
                return refuse("", "calibration", "", "Not calibrated: the model has no MTJ neuron array.");
            }
            org.spinflow.model.Network copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(network);
            java.nio.file.Path dir = state.getFile().toAbsolutePath().getParent();
            Map<String, org.spinflow.devices.calibration.NeuronCalibration> measured;
            try {
                org.spinflow.interpreter.RunConfig cfg = org.spinflow.interpreter.TrainingSession.of(copy, dir,
                        new org.spinflow.interpreter.TrainingSession.Overrides(null, null, null, null, null), null).config();
                measured = org.spinflow.interpreter.CalibrationPass.run(copy, dir, cfg,
                        org.spinflow.interpreter.CalibrationPass.DEFAULT_REPEATS);
            } catch (RuntimeException e) {
                return refuse("", "calibration", "", "Not calibrated: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            Map<String, org.spinflow.model.Calibration> results = new java.util.LinkedHashMap<>();
            for (Node n : copy.getNodes()) {
                if (n instanceof org.spinflow.model.MtjNeuronArray m && measured.containsKey(m.getName()) && m.getCalibration() != null) {
                    results.put(m.getName(), m.getCalibration());
                }
            }
            StringBuilder said = new StringBuilder();
            measured.forEach((name, c) -> {
                float[] g = c.gains();
                double lo = Double.MAX_VALUE;
                double hi = -Double.MAX_VALUE;
                for (float v : g) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                said.append(said.length() == 0 ? "" : "; ").append(String.format(java.util.Locale.ROOT, "%s: %d devices, gain %.4g..%.4g", name, g.length, lo, hi));
            });
            dispatcher.dispatch(org.eclipse.glsp.server.utils.MessageActionUtil.info("Calibrated (undoable, save to keep): " + said));
            return command("Calibrate " + results.size() + " MTJ array" + (results.size() == 1 ? "" : "s"), () -> {
                for (Node n : state.getNetwork().getNodes()) {
                    if (n instanceof org.spinflow.model.MtjNeuronArray m && results.containsKey(m.getName())) {
                        m.setCalibration(org.eclipse.emf.ecore.util.EcoreUtil.copy(results.get(m.getName())));
                    }
                }
            });
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
