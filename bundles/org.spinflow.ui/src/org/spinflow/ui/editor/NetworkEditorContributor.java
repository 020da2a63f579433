package org.spinflow.ui.editor;

import org.eclipse.ui.part.EditorActionBarContributor;

/** The editor's action bar contributor: Undo, Redo, Save and Save As are global actions set by the editor. */
public class NetworkEditorContributor extends EditorActionBarContributor {
}
