package org.spinflow.glsp.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.spinflow.model.Connection;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.io.FileStamp;

import com.google.inject.Singleton;

/** Per-session state: the EMF network (the source of truth), its file, the layout and element ids. */
@Singleton
public class SpinflowModelState extends DefaultGModelState {
    private Network network;
    private Path file;
    /** What the file held when it was loaded or last saved by this session (to detect other writers). */
    private FileStamp stamp;
    private Map<Node, Bounds> layout = new IdentityHashMap<>();
    private final Map<EObject, String> ids = new IdentityHashMap<>();
    private final Map<String, EObject> byId = new HashMap<>();
    private int counter;

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network, Path file, Map<Node, Bounds> layout) {
        this.network = network;
        this.file = file;
        this.layout = layout;
    }

    public Path getFile() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }

    public FileStamp getStamp() {
        return stamp;
    }

    public void setStamp(FileStamp stamp) {
        this.stamp = stamp;
    }

    /** The model was restored from a recovery copy (unsaved edits of a page that lost its server): dirty until saved. */
    private boolean recovered;

    public boolean isRecovered() {
        return recovered;
    }

    public void setRecovered(boolean recovered) {
        this.recovered = recovered;
    }

    @Override
    public boolean isDirty() {
        return recovered || super.isDirty();
    }

    @Override
    public void saveIsDone() {
        recovered = false;
        super.saveIsDone();
    }

    /** The page's recovery id (request option {@code recoveryId}; only the studio's own page sends one). */
    public String recoveryId() {
        Map<String, String> o = getClientOptions();
        return o == null ? null : o.get("recoveryId");
    }

    public Map<Node, Bounds> getLayout() {
        return layout;
    }

    public void setLayout(Map<Node, Bounds> layout) {
        this.layout = layout;
    }

    /** A stable id for a node or connection for this session (survives renames, undo and redo). */
    public synchronized String idOf(EObject o) {
        return ids.computeIfAbsent(o, k -> {
            String id = (k instanceof Connection ? "c" : k instanceof Node ? "n" : "e") + (++counter);
            byId.put(id, k);
            return id;
        });
    }

    public synchronized EObject byId(String id) {
        if (id == null) {
            return null;
        }
        String base = id;
        int us = id.indexOf('_');
        if (us > 0) {
            base = id.substring(0, us);
        }
        return byId.get(base);
    }

    /** The session's command stack (for the undo and redo labels of an embedding editor). */
    org.eclipse.emf.common.command.CommandStack commandStack() {
        return commandStack;
    }

    public Node nodeById(String id) {
        return byId(id) instanceof Node n ? n : null;
    }
}
