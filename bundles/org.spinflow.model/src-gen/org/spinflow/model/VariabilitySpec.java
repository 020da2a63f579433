/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variability Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.VariabilitySpec#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.spinflow.model.VariabilitySpec#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getVariabilitySpec()
 * @model
 * @generated
 */
public interface VariabilitySpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.spinflow.model.SpinflowPackage#getVariabilitySpec_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.spinflow.model.VariabilitySpec#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiplier on the preset's device-to-device spreads (1 = the typical spreads of docs/PHYSICS.md section C).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see org.spinflow.model.SpinflowPackage#getVariabilitySpec_Scale()
	 * @model default="1.0"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link org.spinflow.model.VariabilitySpec#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

} // VariabilitySpec
