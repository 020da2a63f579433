package org.spinflow.cli;

/** A command failed for a reason the user can act on; exit code 1, message printed as is. */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
