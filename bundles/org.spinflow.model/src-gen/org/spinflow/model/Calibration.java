/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calibration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Result of a calibration pass of an MTJ array: per device, the output reference (offset, in the device's output unit) and the output gain that map its reads at the reference inputs onto the nominal neuron (docs/PHYSICS.md I).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Calibration#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getReferences <em>References</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getGains <em>Gains</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getCount <em>Count</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getPoints <em>Points</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link org.spinflow.model.Calibration#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getCalibration()
 * @model
 * @generated
 */
public interface Calibration extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-device output references, base64 little-endian float32 (as conductances).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>References</em>' attribute.
	 * @see #setReferences(String)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_References()
	 * @model
	 * @generated
	 */
	String getReferences();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getReferences <em>References</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>References</em>' attribute.
	 * @see #getReferences()
	 * @generated
	 */
	void setReferences(String value);

	/**
	 * Returns the value of the '<em><b>Gains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-device output gains, base64 little-endian float32.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gains</em>' attribute.
	 * @see #setGains(String)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Gains()
	 * @model
	 * @generated
	 */
	String getGains();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getGains <em>Gains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gains</em>' attribute.
	 * @see #getGains()
	 * @generated
	 */
	void setGains(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Count()
	 * @model default="0"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(int)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Points()
	 * @model default="2"
	 * @generated
	 */
	int getPoints();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(int value);

	/**
	 * Returns the value of the '<em><b>Repeats</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeats</em>' attribute.
	 * @see #setRepeats(int)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Repeats()
	 * @model default="8"
	 * @generated
	 */
	int getRepeats();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getRepeats <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeats</em>' attribute.
	 * @see #getRepeats()
	 * @generated
	 */
	void setRepeats(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.spinflow.model.SpinflowPackage#getCalibration_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Calibration#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // Calibration
