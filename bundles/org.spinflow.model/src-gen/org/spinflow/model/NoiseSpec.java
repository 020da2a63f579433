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
 *   <li>{@link org.spinflow.model.NoiseSpec#getDriftAmplitude <em>Drift Amplitude</em>}</li>
 *   <li>{@link org.spinflow.model.NoiseSpec#getDriftPeriod <em>Drift Period</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Drift Amplitude</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative standard deviation of the slow drift of each device's gain during a run (docs/PHYSICS.md C.1); 0: no drift.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drift Amplitude</em>' attribute.
	 * @see #setDriftAmplitude(double)
	 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec_DriftAmplitude()
	 * @model default="0.0"
	 * @generated
	 */
	double getDriftAmplitude();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NoiseSpec#getDriftAmplitude <em>Drift Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Amplitude</em>' attribute.
	 * @see #getDriftAmplitude()
	 * @generated
	 */
	void setDriftAmplitude(double value);

	/**
	 * Returns the value of the '<em><b>Drift Period</b></em>' attribute.
	 * The default value is <code>"1000.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period of the slowest drift component, in training steps (docs/PHYSICS.md C.1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drift Period</em>' attribute.
	 * @see #setDriftPeriod(double)
	 * @see org.spinflow.model.SpinflowPackage#getNoiseSpec_DriftPeriod()
	 * @model default="1000.0"
	 * @generated
	 */
	double getDriftPeriod();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NoiseSpec#getDriftPeriod <em>Drift Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drift Period</em>' attribute.
	 * @see #getDriftPeriod()
	 * @generated
	 */
	void setDriftPeriod(double value);

} // NoiseSpec
