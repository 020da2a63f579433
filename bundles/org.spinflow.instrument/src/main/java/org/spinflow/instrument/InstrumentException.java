package org.spinflow.instrument;

import org.spinflow.devices.DeviceException;

/**
 * An instrument could not be reached, answered wrongly or refused a request. The message is one
 * readable line naming the instrument's address; nothing about the run is lost (the training
 * pauses at its last checkpoint).
 */
public class InstrumentException extends DeviceException {
    private static final long serialVersionUID = 1L;

    public InstrumentException(String message) {
        super(message);
    }

    public InstrumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
