package org.spinflow.model.kinds;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

/**
 * One editable property of a node kind.
 *
 * @param name         property path: an attribute name, a path into a contained object
 *                     ({@code synapse.gMin}), or the name of a generic node's parameter
 * @param type         value type
 * @param unit         SI unit or empty
 * @param defaultValue the default, as text (shown as a value, never a blank); empty when there is none ("the preset's")
 * @param min          lowest allowed value (null: none)
 * @param minExclusive whether {@code min} itself is excluded
 * @param max          highest allowed value (null: none)
 * @param choices      allowed values of a {@link Type#CHOICE}
 * @param choicesFrom  a named dynamic choice list resolved by the caller ({@value #DEVICE_PRESETS}), or null
 * @param description  one line
 */
public record PropertySpec(String name, Type type, String unit, String defaultValue, Double min, boolean minExclusive,
                           Double max, List<String> choices, String choicesFrom, String description) {

    /** {@link #choicesFrom} value: the names of the device presets known to the device registry. */
    public static final String DEVICE_PRESETS = "device-presets";

    public enum Type {
        INT, DOUBLE, BOOLEAN, STRING, CHOICE;

        public String literal() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public PropertySpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
        unit = unit == null ? "" : unit;
        defaultValue = defaultValue == null ? "" : defaultValue;
        description = description == null ? "" : description;
    }

    public static PropertySpec integer(String name, int def, Integer min, String description) {
        return new PropertySpec(name, Type.INT, "", Integer.toString(def), min == null ? null : min.doubleValue(), false,
                null, null, null, description);
    }

    public static PropertySpec real(String name, String unit, double def, Double min, boolean exclusive, Double max,
                                    String description) {
        return new PropertySpec(name, Type.DOUBLE, unit, Double.toString(def), min, exclusive, max, null, null, description);
    }

    /**
     * A property backed by an EMF attribute: type, default and enumerated choices come from the
     * metamodel; unit and range from the caller.
     */
    public static PropertySpec of(String path, EAttribute a, String unit, Double min, boolean exclusive, Double max,
                                  String description) {
        Type t;
        List<String> choices = null;
        Class<?> c = a.getEAttributeType().getInstanceClass();
        if (a.getEAttributeType() instanceof EEnum e) {
            t = Type.CHOICE;
            choices = e.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            t = Type.INT;
        } else if (c == double.class || c == Double.class || c == float.class) {
            t = Type.DOUBLE;
        } else if (c == boolean.class || c == Boolean.class) {
            t = Type.BOOLEAN;
        } else {
            t = Type.STRING;
        }
        // the canonical text of the default (as values are shown), e.g. 9.4248E-4 for the literal 9.4248e-4
        String def = null;
        if (a.getDefaultValue() != null && (!a.isUnsettable() || a.getDefaultValueLiteral() != null)) {
            def = org.eclipse.emf.ecore.util.EcoreUtil.convertToString(a.getEAttributeType(), a.getDefaultValue());
        }
        return new PropertySpec(path, t, unit, def, min, exclusive, max, choices, null, description);
    }

    /** The same property with another default (the value a new node gets from its kind's factory). */
    public PropertySpec withDefault(String value) {
        return new PropertySpec(name, type, unit, value, min, minExclusive, max, choices, choicesFrom, description);
    }

    public PropertySpec withChoicesFrom(String source) {
        return new PropertySpec(name, type, unit, defaultValue, min, minExclusive, max, choices, source, description);
    }

    /** The allowed range in words, e.g. {@code rows >= 1}; empty when unbounded. */
    public String rangeText() {
        StringBuilder b = new StringBuilder();
        if (min != null && max != null) {
            b.append(fmt(min)).append(minExclusive ? " < " : " <= ").append(name).append(" <= ").append(fmt(max));
        } else if (min != null) {
            b.append(name).append(minExclusive ? " > " : " >= ").append(fmt(min));
        } else if (max != null) {
            b.append(name).append(" <= ").append(fmt(max));
        }
        return b.toString();
    }

    /** Whether a numeric value lies in the range. */
    public boolean inRange(double v) {
        if (Double.isNaN(v)) {
            return min == null && max == null;
        }
        if (min != null && (minExclusive ? !(v > min) : !(v >= min))) {
            return false;
        }
        return max == null || v <= max;
    }

    private String fmt(double v) {
        return type == Type.INT || v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
    }
}
