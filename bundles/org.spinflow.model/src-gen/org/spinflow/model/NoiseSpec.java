/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Noise Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.NoiseSpec#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.spinflow.model.NoiseSpec#getIntegrationTime <em>Integration Time</em>}</li>
 *   <li>{@link org.spinflow.model.NoiseSpec#isPairedReads <em>Paired Reads</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec()
 * @model
 * @generated
 */
public interface NoiseSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NoiseSpec#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Integration Time</b></em>' attribute.
	 * The default value is <code>"1.0e-6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Integration Time</em>' attribute.
	 * @see #setIntegrationTime(double)
	 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec_IntegrationTime()
	 * @model default="1.0e-6"
	 * @generated
	 */
	double getIntegrationTime();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NoiseSpec#getIntegrationTime <em>Integration Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Integration Time</em>' attribute.
	 * @see #getIntegrationTime()
	 * @generated
	 */
	void setIntegrationTime(double value);

	/**
	 * Returns the value of the '<em><b>Paired Reads</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Paired Reads</em>' attribute.
	 * @see #setPairedReads(boolean)
	 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec_PairedReads()
	 * @model default="true"
	 * @generated
	 */
	boolean isPairedReads();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NoiseSpec#isPairedReads <em>Paired Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paired Reads</em>' attribute.
	 * @see #isPairedReads()
	 * @generated
	 */
	void setPairedReads(boolean value);

} // NoiseSpec
