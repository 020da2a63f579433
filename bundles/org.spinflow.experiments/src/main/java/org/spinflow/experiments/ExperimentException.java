package org.spinflow.experiments;

/** An experiment suite cannot be read or run; the message is one readable line. */
public class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }

    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
