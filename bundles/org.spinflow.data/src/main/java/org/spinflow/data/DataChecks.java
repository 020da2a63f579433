package org.spinflow.data;

import java.util.ArrayList;
import java.util.List;

/** Checks of a data set against the network that will read it (its readout's class count). */
public final class DataChecks {
    private DataChecks() {
    }

    /**
     * Refuses a data set whose labels do not fit a readout of {@code classes} classes: more class
     * names than the readout has, or any label at or beyond it (the loss would read outside the
     * sample's row). Returns warnings (one line each) for a data set that cannot train the readout
     * meaningfully: a single class present, or classes of the readout with no sample.
     *
     * @param what the data set's name for messages (file or folder)
     */
    public static List<String> againstReadout(Dataset ds, int classes, String what) {
        if (classes < 1) {
            throw new DataException(what + ": the model's readout has " + classes + " classes, expected at least 1");
        }
        int[] counts = ds.classCounts();
        for (int c = classes; c < counts.length; c++) {
            if (counts[c] > 0) {
                throw new DataException(what + ": label " + c + " (" + Text.clean(ds.className(c)) + ", " + counts[c]
                        + " sample(s)) is out of range for the model's readout of " + classes
                        + " classes; expected labels 0.." + (classes - 1));
            }
        }
        if (ds.classes() > classes) {
            throw new DataException(what + ": the data set names " + ds.classes() + " classes but the model's readout has "
                    + classes + "; expected at most " + classes + " class names");
        }
        List<String> warnings = new ArrayList<>();
        int present = 0;
        List<Integer> missing = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            if (c < counts.length && counts[c] > 0) {
                present++;
            } else {
                missing.add(c);
            }
        }
        if (ds.n() > 0 && present < 2) {
            warnings.add(what + ": only " + present + " class present in " + ds.n()
                    + " samples; a classifier cannot learn from one class");
        } else if (!missing.isEmpty()) {
            warnings.add(what + ": " + missing.size() + " of the readout's " + classes + " classes have no sample "
                    + (missing.size() <= 10 ? missing.toString() : ""));
        }
        return warnings;
    }
}
