package org.spinflow.model.kinds;

import org.eclipse.emf.ecore.EObject;
import org.spinflow.model.validation.SpinflowValidator.Check;

/** Where a descriptor's validation rules report problems (the validator adapts it to EMF diagnostics). */
public interface Checks {

    /** {@code o}: {@code message}; the message names what is wrong and what is allowed. */
    void error(EObject o, Check check, String message);

    /** {@code attr = value is out of range (allowed: allowed)}. */
    default void range(EObject o, String attr, Object value, String allowed) {
        error(o, Check.RANGE, attr + " = " + value + " is out of range (allowed: " + allowed + ")");
    }
}
