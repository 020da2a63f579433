package org.spinflow.model.validation;

import java.nio.file.Path;

/**
 * One validation problem. Renders as {@code file: element path: what is wrong and what is allowed}.
 *
 * @param file the model file (null for a model that was never saved)
 * @param elementPath e.g. {@code network 'iris'/node 'hidden'/port 'in'}
 * @param message what is wrong and, in parentheses, what is allowed
 * @param severity error or warning
 * @param check which check found it
 */
public record Problem(Path file, String elementPath, String message, Severity severity, SpinflowValidator.Check check) {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return (file == null ? "<unsaved model>" : file.toString()) + ": " + elementPath + ": " + message;
    }
}
