package org.spinflow.ui.prefs;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.spinflow.model.GradientMode;
import org.spinflow.ui.SpinflowUi;

/** Window > Preferences > Spinflow: data folder, default seed, gradient mode. */
public class SpinflowPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public SpinflowPreferencePage() {
        super(GRID);
        setDescription("Settings of training runs started from the IDE (empty fields: as in the model).");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(SpinflowUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(PreferenceInitializer.DATA_FOLDER, "&Data folder (when the model's data path does not exist):",
                getFieldEditorParent()));
        StringFieldEditor seed = new StringFieldEditor(PreferenceInitializer.DEFAULT_SEED, "Default &seed:", getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                String t = getStringValue().trim();
                if (t.isEmpty()) {
                    return true;
                }
                try {
                    Long.parseLong(t);
                    return true;
                } catch (NumberFormatException e) {
                    setErrorMessage("The seed must be a whole number");
                    return false;
                }
            }
        };
        addField(seed);
        String[][] modes = new String[GradientMode.VALUES.size() + 1][];
        modes[0] = new String[] {"as in the model", ""};
        for (int i = 0; i < GradientMode.VALUES.size(); i++) {
            modes[i + 1] = new String[] {GradientMode.VALUES.get(i).getLiteral(), GradientMode.VALUES.get(i).getLiteral()};
        }
        addField(new ComboFieldEditor(PreferenceInitializer.GRADIENT_MODE, "&Gradient mode:", modes, getFieldEditorParent()));
    }
}
