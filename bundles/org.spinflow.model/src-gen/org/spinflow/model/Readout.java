/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Readout</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Readout#getClasses <em>Classes</em>}</li>
 *   <li>{@link org.spinflow.model.Readout#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.Readout#getClassNames <em>Class Names</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getReadout()
 * @model
 * @generated
 */
public interface Readout extends Node {
	/**
	 * Returns the value of the '<em><b>Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classes</em>' attribute.
	 * @see #setClasses(int)
	 * @see org.spinflow.model.SpinflowPackage#getReadout_Classes()
	 * @model
	 * @generated
	 */
	int getClasses();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Readout#getClasses <em>Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classes</em>' attribute.
	 * @see #getClasses()
	 * @generated
	 */
	void setClasses(int value);

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.LossKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see org.spinflow.model.LossKind
	 * @see #setLoss(LossKind)
	 * @see org.spinflow.model.SpinflowPackage#getReadout_Loss()
	 * @model
	 * @generated
	 */
	LossKind getLoss();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Readout#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see org.spinflow.model.LossKind
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(LossKind value);

	/**
	 * Returns the value of the '<em><b>Class Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class Names</em>' attribute list.
	 * @see org.spinflow.model.SpinflowPackage#getReadout_ClassNames()
	 * @model
	 * @generated
	 */
	EList<String> getClassNames();

} // Readout
