package org.spinflow.interpreter;

/** A run could not proceed; the message is for the user (one line). */
public class InterpreterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InterpreterException(String message) {
        super(message);
    }

    public InterpreterException(String message, Throwable cause) {
        super(message, cause);
    }
}
