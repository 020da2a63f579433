/**
 */
package org.spinflow.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Gradient Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.spinflow.model.SpinflowPackage#getGradientMode()
 * @model
 * @generated
 */
public enum GradientMode implements Enumerator {
	/**
	 * The '<em><b>ANALOG CENTRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOG_CENTRAL_VALUE
	 * @generated
	 * @ordered
	 */
	ANALOG_CENTRAL(0, "ANALOG_CENTRAL", "analog-central"),

	/**
	 * The '<em><b>ANALOG FORWARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOG_FORWARD_VALUE
	 * @generated
	 * @ordered
	 */
	ANALOG_FORWARD(1, "ANALOG_FORWARD", "analog-forward"),

	/**
	 * The '<em><b>EXACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT(2, "EXACT", "exact"),

	/**
	 * The '<em><b>EXACT NOMINAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT_NOMINAL_VALUE
	 * @generated
	 * @ordered
	 */
	EXACT_NOMINAL(3, "EXACT_NOMINAL", "exact-nominal");

	/**
	 * The '<em><b>ANALOG CENTRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOG_CENTRAL
	 * @model literal="analog-central"
	 * @generated
	 * @ordered
	 */
	public static final int ANALOG_CENTRAL_VALUE = 0;

	/**
	 * The '<em><b>ANALOG FORWARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALOG_FORWARD
	 * @model literal="analog-forward"
	 * @generated
	 * @ordered
	 */
	public static final int ANALOG_FORWARD_VALUE = 1;

	/**
	 * The '<em><b>EXACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT
	 * @model literal="exact"
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_VALUE = 2;

	/**
	 * The '<em><b>EXACT NOMINAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXACT_NOMINAL
	 * @model literal="exact-nominal"
	 * @generated
	 * @ordered
	 */
	public static final int EXACT_NOMINAL_VALUE = 3;

	/**
	 * An array of all the '<em><b>Gradient Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GradientMode[] VALUES_ARRAY =
		new GradientMode[] {
			ANALOG_CENTRAL,
			ANALOG_FORWARD,
			EXACT,
			EXACT_NOMINAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Gradient Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GradientMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Gradient Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradientMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gradient Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GradientMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Gradient Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GradientMode get(int value) {
		switch (value) {
			case ANALOG_CENTRAL_VALUE: return ANALOG_CENTRAL;
			case ANALOG_FORWARD_VALUE: return ANALOG_FORWARD;
			case EXACT_VALUE: return EXACT;
			case EXACT_NOMINAL_VALUE: return EXACT_NOMINAL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GradientMode(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GradientMode
