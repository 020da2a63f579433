/**
 */
package org.spinflow.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Split Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.spinflow.model.SpinflowPackage#getSplitKind()
 * @model
 * @generated
 */
public enum SplitKind implements Enumerator {
	/**
	 * The '<em><b>KFOLD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KFOLD_VALUE
	 * @generated
	 * @ordered
	 */
	KFOLD(0, "KFOLD", "kfold"),

	/**
	 * The '<em><b>HOLDOUT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDOUT_VALUE
	 * @generated
	 * @ordered
	 */
	HOLDOUT(1, "HOLDOUT", "holdout"),

	/**
	 * The '<em><b>TEST FILES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_FILES_VALUE
	 * @generated
	 * @ordered
	 */
	TEST_FILES(2, "TEST_FILES", "test-files");

	/**
	 * The '<em><b>KFOLD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KFOLD
	 * @model literal="kfold"
	 * @generated
	 * @ordered
	 */
	public static final int KFOLD_VALUE = 0;

	/**
	 * The '<em><b>HOLDOUT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOLDOUT
	 * @model literal="holdout"
	 * @generated
	 * @ordered
	 */
	public static final int HOLDOUT_VALUE = 1;

	/**
	 * The '<em><b>TEST FILES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_FILES
	 * @model literal="test-files"
	 * @generated
	 * @ordered
	 */
	public static final int TEST_FILES_VALUE = 2;

	/**
	 * An array of all the '<em><b>Split Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SplitKind[] VALUES_ARRAY =
		new SplitKind[] {
			KFOLD,
			HOLDOUT,
			TEST_FILES,
		};

	/**
	 * A public read-only list of all the '<em><b>Split Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SplitKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Split Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SplitKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SplitKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Split Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SplitKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SplitKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Split Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SplitKind get(int value) {
		switch (value) {
			case KFOLD_VALUE: return KFOLD;
			case HOLDOUT_VALUE: return HOLDOUT;
			case TEST_FILES_VALUE: return TEST_FILES;
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
	private SplitKind(int value, String name, String literal) {
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
	
} //SplitKind
