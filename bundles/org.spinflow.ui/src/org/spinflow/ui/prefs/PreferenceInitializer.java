package org.spinflow.ui.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.spinflow.ui.SpinflowUi;

/** Preference keys and defaults: data folder, default seed and gradient mode (empty: as in the model). */
public class PreferenceInitializer extends AbstractPreferenceInitializer {
    public static final String DATA_FOLDER = "dataFolder";
    public static final String DEFAULT_SEED = "defaultSeed";
    public static final String GRADIENT_MODE = "gradientMode";

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore s = SpinflowUi.getDefault().getPreferenceStore();
        s.setDefault(DATA_FOLDER, "");
        s.setDefault(DEFAULT_SEED, "");
        s.setDefault(GRADIENT_MODE, "");
    }
}
