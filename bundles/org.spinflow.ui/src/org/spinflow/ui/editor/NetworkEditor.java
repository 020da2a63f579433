package org.spinflow.ui.editor;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.spinflow.glsp.server.LiveModels;
import org.spinflow.model.io.FileStamp;
import org.spinflow.ui.DiagramServer;
import org.spinflow.ui.Markers;
import org.spinflow.ui.SpinflowNature;
import org.spinflow.ui.SpinflowUi;

import com.google.gson.Gson;

/**
 * Editor of {@code *.spinflow} files: an SWT Browser showing the GLSP diagram client served by the in-process
 * {@link DiagramServer}. The diagram server holds the model being edited (and its undo stack); the page tells this
 * part when its selection, model or dirty state changed (a title change made by the client's
 * editor-context events, no polling), and the part mirrors them into the workbench. Keys the workbench binds
 * (undo, redo, save, delete, select all, cut, copy, paste) are left to the workbench: the page does not handle
 * them, so each runs once, through the editor's global action handlers (labelled and enabled from the server's
 * command stack).
 */
public class NetworkEditor extends EditorPart implements ISelectionProvider, IGotoMarker {
    private static final String ROOT_ID = "spinflow-graph";
    private static final Gson GSON = new Gson();
    /** Reads the page's state as JSON; kept in one place so that the page contract is visible. */
    private static final String STATE_SCRIPT = """
            return (function() {
              var s = window.spinflow, b = document.body;
              if (!s) { return JSON.stringify({loaded: (b && b.dataset.loaded) || ''}); }
              var ec = s.editorContext, root = ec.modelRoot, sel = [], nodes = [], edges = [];
              try { (ec.selectedElements || []).forEach(function(e) { sel.push(e.id); }); } catch (x) {}
              (root.children || []).forEach(function(c) {
                var a = c.args || {};
                if (c.type && c.type.indexOf('node:') === 0) {
                  nodes.push({id: c.id, type: c.type, kind: a.kind || '', name: a.name || '', properties: a.properties || '[]'});
                  if (c.selected && sel.indexOf(c.id) < 0) { sel.push(c.id); }
                } else if (c.type && c.type.indexOf('edge') === 0) {
                  edges.push({id: c.id, source: c.sourceId, target: c.targetId, label: a.label || ''});
                }
              });
              var ra = root.args || {};
              return JSON.stringify({loaded: b.dataset.loaded || '', dirty: !!ec.isDirty, selection: sel, nodes: nodes, edges: edges,
                network: {id: root.id, type: 'graph', kind: 'Network', name: ra.name || '', properties: ra.properties || '[]'},
                rendered: document.querySelectorAll('#sprotty .spinflow-node').length,
                conflict: b.dataset.conflict || '', conflictMessage: (window.spinflowConflict || {}).message || ''});
            })();""";

    /**
     * Installed in the page after each load: on the client's selection, model and dirty-state events it sets the
     * page title to a new {@value #CHANGED}N (the Browser's title event reaches the part; a BrowserFunction cannot
     * be used: WebKitGTK answers its call with a NetworkError in pages served over http), and it keeps the keys
     * bound in the workbench from the page's own key handlers (outside text fields such as the label editor).
     */
    static final String CHANGED = "spinflow-changed-";
    static final String DELETE_KEY = "spinflow-key-delete-";
    private static final String HOOK_SCRIPT = """
            (function() {
              if (window.spinflowHostHooked) { return; }
              window.spinflowHostHooked = true;
              var changes = 0;
              var notify = function() { document.title = 'spinflow-changed-' + (++changes); };
              window.addEventListener('keydown', function(e) {
                var t = e.target, editing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName || ''));
                var k = (e.key || '').toLowerCase(), mod = e.ctrlKey || e.metaKey;
                var bound = (mod && ['z', 'y', 's', 'a', 'c', 'x', 'v'].indexOf(k) >= 0) || (!mod && k === 'delete');
                // Delete is an 'out of order' key of the workbench, whose binding does not reach it from the Browser
                // widget (EditorBehaviourTest.deleteKeyDeletesOnce): the page hands it to the editor's Delete action
                if (bound && !editing) {
                  e.stopImmediatePropagation(); e.preventDefault();
                  if (k === 'delete') { document.title = 'spinflow-key-delete-' + (++changes); }
                }
              }, true);
              var hook = function() {
                var s = window.spinflow;
                if (!s) { return false; }
                var ec = s.editorContext;
                ec.onSelectionChanged(notify);
                ec.onModelRootChanged(notify);
                ec.onDirtyStateChanged(notify);
                notify();
                return true;
              };
              if (!hook()) {
                new MutationObserver(function(m, o) {
                  if (document.body.dataset.loaded || document.body.dataset.conflict) { if (hook() || document.body.dataset.loaded) { o.disconnect(); } notify(); }
                }).observe(document.body, {attributes: true});
              }
            })();""";

    /** Asks the user a question with the given buttons and returns the index of the answer (tests replace it). */
    @FunctionalInterface
    public interface Asker {
        int ask(Shell shell, String title, String message, String... buttons);
    }

    /** The dialogs of the editor: replaced by tests to answer without a user. */
    public static Asker asker = (shell, title, message, buttons) -> new MessageDialog(shell, title, null, message,
            MessageDialog.QUESTION, 0, buttons).open();

    private Browser browser;
    private DiagramState state = new DiagramState();
    private String stateJson = "";
    private boolean dirty;
    private FileStamp knownStamp = FileStamp.ABSENT;
    private final List<ISelectionChangedListener> selectionListeners = new ArrayList<>();
    private ISelection selection = StructuredSelection.EMPTY;
    private NetworkOutlinePage outline;
    private boolean changePending;
    private int stateVersion;
    /** How many times the page's state was read (a read happens only when the page reports a change). */
    private int stateReads;
    private List<String> lastDeleted = List.of();
    private int lastDeletedVersion = -1;
    private int loads;
    /** A Delete KeyDown on the browser that the page has not reported yet, and its time stamp (see createPartControl). */
    private boolean deleteKeyPending;
    private int deleteKeyTime;
    private final IResourceChangeListener resourceListener = this::resourceChanged;
    private final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            dispatch("window.spinflow.undo()");
        }
    };
    private final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            dispatch("window.spinflow.redo()");
        }
    };
    private final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            deleteSelection();
        }
    };
    /** True once this editor copied or cut nodes: Paste is enabled from then on. */
    private boolean copied;
    private final Action copy = new Action("&Copy") {
        @Override
        public void run() {
            if (!deletableNodes().isEmpty()) {
                copied = true;
                dispatch("window.spinflow.copy()");
                updateActions();
            }
        }
    };
    private final Action cut = new Action("Cu&t") {
        @Override
        public void run() {
            if (!deletableNodes().isEmpty()) {
                copied = true;
                dispatch("window.spinflow.cut()");
                updateActions();
            }
        }
    };
    private final Action paste = new Action("&Paste") {
        @Override
        public void run() {
            dispatch("window.spinflow.paste()");
        }
    };
    private final Action selectAll = new Action("Select &All") {
        @Override
        public void run() {
            dispatch("window.spinflow.dispatcher.dispatch({kind: 'allSelected', select: true})");
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException("The Spinflow editor opens workspace files only");
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        site.setSelectionProvider(this);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(resourceListener, IResourceChangeEvent.POST_CHANGE);
        enableBuilder(getFile().getProject());
    }

    /** Gives the project the Spinflow nature, so that its builder keeps the models' markers live. */
    private static void enableBuilder(org.eclipse.core.resources.IProject project) {
        try {
            if (!project.isOpen() || project.hasNature(SpinflowNature.ID)) {
                return;
            }
        } catch (CoreException e) {
            return;
        }
        org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob("Enable Spinflow validation in " + project.getName()) {
            @Override
            public org.eclipse.core.runtime.IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                SpinflowNature.enable(project);
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot()); // a project's natures change under the workspace rule
        job.setSystem(true);
        job.schedule();
    }

    public IFile getFile() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    @Override
    public void createPartControl(Composite parent) {
        browser = new Browser(parent, SWT.NONE);
        browser.addTitleListener(event -> {
            if (event.title != null && event.title.startsWith(DELETE_KEY)) {
                deleteKeyPending = false;
                browser.getDisplay().asyncExec(() -> {
                    if (delete.isEnabled()) {
                        delete.run();
                    }
                });
                return;
            }
            // read the page after this event returns (evaluating inside it would nest into the page)
            if (event.title != null && event.title.startsWith(CHANGED) && !changePending) {
                changePending = true;
                browser.getDisplay().asyncExec(this::pageChanged);
            }
        });
        // A Delete key press that the page did not take (its key handler above never ran: seen for the first Delete
        // pressed in a session, the page having the focus) comes back from WebKit: the Browser sees a second
        // KeyDown, with the time stamp of the first (which SWT reports before WebKit), and no delete title from the
        // page in between. That second copy runs the Delete action. A press the page took is not handed back (its
        // handler calls preventDefault) and its title clears the pending press. EditorBehaviourTest.deleteKeyDeletesOnce.
        browser.addListener(SWT.KeyDown, e -> {
            if (e.keyCode != SWT.DEL || (e.stateMask & SWT.MODIFIER_MASK) != 0) {
                return;
            }
            if (deleteKeyPending && e.time == deleteKeyTime) {
                deleteKeyPending = false;
                browser.getDisplay().asyncExec(() -> {
                    if (delete.isEnabled()) {
                        delete.run();
                    }
                });
            } else {
                deleteKeyPending = true;
                deleteKeyTime = e.time;
            }
        });
        browser.addProgressListener(new ProgressAdapter() {
            @Override
            public void completed(ProgressEvent event) {
                stateJson = "";
                browser.execute(HOOK_SCRIPT);
            }
        });
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        selectAll.setActionDefinitionId("org.eclipse.ui.edit.selectAll");
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        cut.setActionDefinitionId("org.eclipse.ui.edit.cut");
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        var bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        updateActions();
        load();
    }

    /** The page reported a change of selection, model or dirty state. */
    private void pageChanged() {
        changePending = false;
        if (browser == null || browser.isDisposed()) {
            return;
        }
        refreshState();
        updateActions();
    }

    /**
     * Labels and enables Undo, Redo, Delete, Select All, Copy, Cut and Paste from the server's command stack and the
     * selection.
     */
    void updateActions() {
        LiveModels.Live live = live();
        String u = live == null ? null : live.undoLabel();
        String r = live == null ? null : live.redoLabel();
        undo.setText(u == null ? "&Undo" : "&Undo " + u);
        undo.setEnabled(u != null);
        redo.setText(r == null ? "&Redo" : "&Redo " + r);
        redo.setEnabled(r != null);
        delete.setEnabled(state.isLoaded() && !deletable().isEmpty());
        selectAll.setEnabled(state.isLoaded() && !state.nodes.isEmpty());
        copy.setEnabled(state.isLoaded() && !deletableNodes().isEmpty());
        cut.setEnabled(state.isLoaded() && !deletableNodes().isEmpty());
        paste.setEnabled(state.isLoaded() && copied);
        if (getEditorSite() != null) {
            getEditorSite().getActionBars().updateActionBars();
        }
    }

    /** The selected nodes (what Copy and Cut take). */
    private List<String> deletableNodes() {
        return state.selection.stream().filter(id -> state.node(id) != null).toList();
    }

    /** The selected nodes and connections (ids as the server knows them). */
    private List<String> deletable() {
        List<String> ids = new ArrayList<>();
        for (String id : state.selection) {
            if (state.node(id) != null || state.edges.stream().anyMatch(e -> id.equals(e.id))) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void deleteSelection() {
        List<String> ids = deletable();
        // the same selection, with no news from the page since: deleted already (a key that reached both the page
        // and a workbench binding)
        if (ids.equals(lastDeleted) && stateVersion == lastDeletedVersion) {
            return;
        }
        lastDeleted = ids;
        lastDeletedVersion = stateVersion;
        if (!ids.isEmpty()) {
            dispatch("window.spinflow.dispatcher.dispatch({kind: 'deleteElement', elementIds: " + GSON.toJson(ids) + "})");
        }
    }

    /** The diagram server's session holding this editor's file (null before the page loaded it). */
    public LiveModels.Live live() {
        if (!DiagramServer.running()) {
            return null;
        }
        IPath loc = getFile().getLocation();
        return loc == null ? null : DiagramServer.live(loc.toFile().toPath()).orElse(null);
    }

    /** A copy of the network as the editor shows it, unsaved edits included (null before it is loaded). */
    public org.spinflow.model.Network liveNetwork() {
        LiveModels.Live l = live();
        return l == null ? null : l.copyOfNetwork();
    }

    /** The Undo action as the Edit menu shows it (tests). */
    public Action undoAction() {
        return undo;
    }

    /** The Redo action as the Edit menu shows it (tests). */
    public Action redoAction() {
        return redo;
    }

    private void load() {
        IFile file = getFile();
        knownStamp = stampOf(file);
        Markers.update(file);
        try {
            // a new address each time: the page and its server session are made anew, so the model is read from disk
            browser.setUrl(DiagramServer.urlOf(file) + "&load=" + (++loads));
        } catch (Exception e) {
            SpinflowUi.log("Cannot start the diagram server", e);
            browser.setText("<html><body><h3>Cannot start the diagram server</h3><pre>" + e + "</pre></body></html>");
        }
        state = new DiagramState();
        stateJson = "";
        setDirty(false);
    }

    /** The browser showing the diagram (tests read it and take screenshots of it). */
    public Browser getBrowser() {
        return browser;
    }

    /** The state last read from the page. */
    public DiagramState getState() {
        return state;
    }

    /** How many times the page's state has been read since the editor opened. */
    public int stateReads() {
        return stateReads;
    }

    /** Reads the page state now (done on every change the page reports). */
    public DiagramState refreshState() {
        if (browser == null || browser.isDisposed()) {
            return state;
        }
        stateReads++;
        Object json;
        try {
            json = browser.evaluate(STATE_SCRIPT);
        } catch (RuntimeException e) {
            return state;
        }
        if (json instanceof String s && !s.equals(stateJson)) {
            stateJson = s;
            stateVersion++;
            DiagramState old = state;
            try {
                state = GSON.fromJson(s, DiagramState.class);
            } catch (RuntimeException e) {
                return state;
            }
            if (state.selection == null) {
                state.selection = List.of();
            }
            if (state.nodes == null) {
                state.nodes = List.of();
            }
            if (state.edges == null) {
                state.edges = List.of();
            }
            setDirty(state.dirty);
            if (state.isLoaded() && !old.isLoaded()) {
                // sprotty renders only what is inside the viewport: show the whole network when it opens
                dispatch("window.spinflow.fit()");
            }
            if (!Objects.equals(old.selection, state.selection) || selectionContentChanged(old)) {
                fireSelection();
            }
            if (outline != null) {
                outline.update(state);
            }
        }
        return state;
    }

    private boolean selectionContentChanged(DiagramState old) {
        for (String id : state.selection) {
            DiagramState.Element a = old.node(id);
            DiagramState.Element b = state.node(id);
            if (a == null || b == null || !Objects.equals(a.properties, b.properties) || !Objects.equals(a.name, b.name)) {
                return true;
            }
        }
        return false;
    }

    private void fireSelection() {
        List<DiagramElement> elements = new ArrayList<>();
        for (String id : state.selection) {
            DiagramState.Element e = state.node(id);
            if (e != null) {
                elements.add(new DiagramElement(this, e));
            }
        }
        if (elements.isEmpty() && state.network != null && state.isLoaded()) {
            elements.add(new DiagramElement(this, state.network));
        }
        selection = new StructuredSelection(elements);
        SelectionChangedEvent ev = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener l : List.copyOf(selectionListeners)) {
            l.selectionChanged(ev);
        }
    }

    private void setDirty(boolean d) {
        if (d != dirty) {
            dirty = d;
            firePropertyChange(PROP_DIRTY);
        }
    }

    /** Runs a script in the page if the diagram is loaded. */
    boolean dispatch(String script) {
        if (browser == null || browser.isDisposed()) {
            return false;
        }
        return browser.execute("if (window.spinflow) { " + script + "; }");
    }

    private static String js(String s) {
        return GSON.toJson(s);
    }

    /** Sets a property of a node (or of the network) through the server's undoable operation. */
    public void setProperty(String elementId, String property, String value) {
        String id = ROOT_ID.equals(elementId) ? "" : elementId;
        if ("name".equals(property) && !id.isEmpty()) {
            dispatch("window.spinflow.dispatcher.dispatch({kind: 'applyLabelEdit', labelId: " + js(id + "_name") + ", text: "
                    + js(value) + ", isOperation: true})");
        } else {
            dispatch("window.spinflow.dispatcher.dispatch({kind: 'spinflowSetProperty', elementId: " + js(id) + ", property: "
                    + js(property) + ", value: " + js(value) + ", isOperation: true})");
        }
    }

    /** Selects diagram elements by id (an empty list clears the selection). */
    public void selectInDiagram(List<String> ids) {
        dispatch("window.spinflow.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: " + GSON.toJson(ids)
                + ", deselectedElementsIDs: [], deselectAll: true})");
        if (!ids.isEmpty()) {
            dispatch("window.spinflow.dispatcher.dispatch({kind: 'center', elementIds: " + GSON.toJson(ids)
                    + ", animate: false, retainZoom: true})");
        }
    }

    /** Selects the node of that name; returns false if the diagram has no such node. */
    public boolean selectNodeNamed(String name) {
        DiagramState.Element e = refreshState().nodeNamed(name);
        if (e == null) {
            return false;
        }
        selectInDiagram(List.of(e.id));
        return true;
    }

    public void undo() {
        undo.run();
    }

    public void redo() {
        redo.run();
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String name = marker.getAttribute("elementName", null);
        if (name != null) {
            waitUntil(() -> refreshState().isLoaded(), 15000);
            selectNodeNamed(name);
        }
    }

    // ---- saving ----

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!saveTo(null, monitor) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    /**
     * Saves through the diagram server. Saving over the editor's own file is refused by the server when someone
     * else (another editor, a training run) wrote the file since it was opened; the user is then asked whether to
     * overwrite it, reload it, or cancel. Nothing is written without that answer.
     */
    private boolean saveTo(IFile target, IProgressMonitor monitor) {
        if (!refreshState().isLoaded()) {
            return false;
        }
        String call = target == null ? "window.spinflow.save()"
                : "window.spinflow.dispatcher.dispatch({kind: 'saveModel', fileUri: " + js(relative(target)) + "})";
        IFile file = target == null ? getFile() : target;
        while (true) {
            long before = modified(file);
            String conflictBefore = Objects.toString(state.conflict, "");
            dispatch(call);
            boolean ok = waitUntil(() -> (!refreshState().dirty && modified(file) != before)
                    || !conflictBefore.equals(Objects.toString(state.conflict, "")), 20000);
            if (ok && !conflictBefore.equals(Objects.toString(state.conflict, ""))) {
                String text = state.conflictMessage == null || state.conflictMessage.isBlank()
                        ? file.getName() + " changed on disk since it was opened (another editor or a training run wrote it)."
                        : state.conflictMessage;
                int answer = asker.ask(getSite().getShell(), "File changed on disk", text + " Overwrite it with your version?",
                        "Overwrite", "Reload from disk", "Cancel");
                if (answer == 0) {
                    call = "window.spinflow.forceSave()";
                    continue;
                }
                if (answer == 1) {
                    load();
                }
                return false;
            }
            try {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
            } catch (CoreException e) {
                SpinflowUi.log("Cannot refresh " + file, e);
            }
            if (!ok) {
                MessageDialog.openError(getSite().getShell(), "Save", "The diagram server did not confirm saving " + file.getFullPath());
                return false;
            }
            if (target == null) {
                knownStamp = stampOf(file);
                Markers.update(file);
            }
            return true;
        }
    }

    private static String relative(IFile f) {
        try {
            return DiagramServer.relative(f);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long modified(IFile f) {
        IPath loc = f.getLocation();
        return loc == null ? 0 : new File(loc.toOSString()).lastModified() * 1000 + new File(loc.toOSString()).length() % 1000;
    }

    /** What the file holds (size and CRC, independent of timestamp granularity). */
    private static FileStamp stampOf(IFile f) {
        IPath loc = f.getLocation();
        try {
            return loc == null ? FileStamp.ABSENT : FileStamp.of(loc.toFile().toPath());
        } catch (RuntimeException e) {
            return FileStamp.ABSENT;
        }
    }

    /** Spins the event loop until the condition holds or the time is up. */
    public static boolean waitUntil(java.util.function.BooleanSupplier condition, long millis) {
        Display d = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (d != null && !d.readAndDispatch()) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(getFile());
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult());
        saveAs(target);
    }

    /** Saves the diagram to another workspace file and continues editing that file. */
    public boolean saveAs(IFile target) {
        if (!saveTo(target, null)) {
            return false;
        }
        setInputWithNotify(new FileEditorInput(target));
        setPartName(target.getName());
        load();
        return true;
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    // ---- the file changing on disk ----

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(getFile().getFullPath());
        if (delta == null) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        if (delta.getKind() == IResourceDelta.REMOVED && (delta.getFlags() & IResourceDelta.MOVED_TO) == 0) {
            display.asyncExec(() -> getSite().getPage().closeEditor(this, false));
        } else if (delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
            display.asyncExec(() -> {
                if (browser == null || browser.isDisposed() || stampOf(getFile()).equals(knownStamp)) {
                    return;
                }
                // dirty: ask, never reload (or overwrite) silently; keeping the editor's version leaves the server's
                // stamp as it was, so the next save is refused and asked again before the file is overwritten
                if (dirty && asker.ask(getSite().getShell(), "File changed on disk", getFile().getName()
                        + " changed on disk (another editor or a training run wrote it) and the editor has unsaved changes.",
                        "Replace the editor contents with the file", "Keep the editor's version") != 0) {
                    knownStamp = stampOf(getFile());
                    return;
                }
                load();
            });
        }
    }

    /** Reloads the diagram from the file (as after a change on disk). */
    public void reload() {
        load();
    }

    // ---- selection provider ----

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        selectionListeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection s) {
        List<String> ids = new ArrayList<>();
        if (s instanceof StructuredSelection ss) {
            for (Object o : ss) {
                if (o instanceof DiagramElement d) {
                    ids.add(d.getId());
                }
            }
        }
        selectInDiagram(ids);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new NetworkOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }

    void outlineDisposed() {
        outline = null;
    }

    @Override
    public void setFocus() {
        if (browser != null && !browser.isDisposed()) {
            browser.setFocus();
        }
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(resourceListener);
        super.dispose();
    }
}
