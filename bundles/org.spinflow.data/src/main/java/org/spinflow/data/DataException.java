package org.spinflow.data;

/**
 * A data set could not be read or is malformed. The message is a single line meant for the user;
 * it names the file (and line, where there is one) and says what was expected, for example
 * {@code iris.csv:17: expected 5 comma-separated values, got 3}.
 */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
