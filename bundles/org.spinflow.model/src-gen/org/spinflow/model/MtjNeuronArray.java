/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mtj Neuron Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getBiasField <em>Bias Field</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getBiasAngle <em>Bias Angle</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getFieldLineAngle <em>Field Line Angle</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getReadCurrent <em>Read Current</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getInputGain <em>Input Gain</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getInputOffset <em>Input Offset</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getOutputReference <em>Output Reference</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getOutputGain <em>Output Gain</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getVariability <em>Variability</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.spinflow.model.MtjNeuronArray#getCalibration <em>Calibration</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray()
 * @model
 * @generated
 */
public interface MtjNeuronArray extends NeuronArray {
	/**
	 * Returns the value of the '<em><b>Preset</b></em>' attribute.
	 * The default value is <code>"mtj-f-default"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of a built-in device preset or of a DevicePreset of the network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preset</em>' attribute.
	 * @see #setPreset(String)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_Preset()
	 * @model default="mtj-f-default"
	 * @generated
	 */
	String getPreset();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getPreset <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preset</em>' attribute.
	 * @see #getPreset()
	 * @generated
	 */
	void setPreset(String value);

	/**
	 * Returns the value of the '<em><b>Bias Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bias field magnitude B_b in tesla (unset: the preset's).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bias Field</em>' attribute.
	 * @see #isSetBiasField()
	 * @see #unsetBiasField()
	 * @see #setBiasField(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_BiasField()
	 * @model unsettable="true"
	 * @generated
	 */
	double getBiasField();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasField <em>Bias Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias Field</em>' attribute.
	 * @see #isSetBiasField()
	 * @see #unsetBiasField()
	 * @see #getBiasField()
	 * @generated
	 */
	void setBiasField(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasField <em>Bias Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBiasField()
	 * @see #getBiasField()
	 * @see #setBiasField(double)
	 * @generated
	 */
	void unsetBiasField();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasField <em>Bias Field</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bias Field</em>' attribute is set.
	 * @see #unsetBiasField()
	 * @see #getBiasField()
	 * @see #setBiasField(double)
	 * @generated
	 */
	boolean isSetBiasField();

	/**
	 * Returns the value of the '<em><b>Bias Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bias field angle psi in degrees from the reference direction (unset: the preset's).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bias Angle</em>' attribute.
	 * @see #isSetBiasAngle()
	 * @see #unsetBiasAngle()
	 * @see #setBiasAngle(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_BiasAngle()
	 * @model unsettable="true"
	 * @generated
	 */
	double getBiasAngle();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasAngle <em>Bias Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias Angle</em>' attribute.
	 * @see #isSetBiasAngle()
	 * @see #unsetBiasAngle()
	 * @see #getBiasAngle()
	 * @generated
	 */
	void setBiasAngle(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasAngle <em>Bias Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBiasAngle()
	 * @see #getBiasAngle()
	 * @see #setBiasAngle(double)
	 * @generated
	 */
	void unsetBiasAngle();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getBiasAngle <em>Bias Angle</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bias Angle</em>' attribute is set.
	 * @see #unsetBiasAngle()
	 * @see #getBiasAngle()
	 * @see #setBiasAngle(double)
	 * @generated
	 */
	boolean isSetBiasAngle();

	/**
	 * Returns the value of the '<em><b>Field Line Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Line Angle</em>' attribute.
	 * @see #isSetFieldLineAngle()
	 * @see #unsetFieldLineAngle()
	 * @see #setFieldLineAngle(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_FieldLineAngle()
	 * @model unsettable="true"
	 * @generated
	 */
	double getFieldLineAngle();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getFieldLineAngle <em>Field Line Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Line Angle</em>' attribute.
	 * @see #isSetFieldLineAngle()
	 * @see #unsetFieldLineAngle()
	 * @see #getFieldLineAngle()
	 * @generated
	 */
	void setFieldLineAngle(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getFieldLineAngle <em>Field Line Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFieldLineAngle()
	 * @see #getFieldLineAngle()
	 * @see #setFieldLineAngle(double)
	 * @generated
	 */
	void unsetFieldLineAngle();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getFieldLineAngle <em>Field Line Angle</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Field Line Angle</em>' attribute is set.
	 * @see #unsetFieldLineAngle()
	 * @see #getFieldLineAngle()
	 * @see #setFieldLineAngle(double)
	 * @generated
	 */
	boolean isSetFieldLineAngle();

	/**
	 * Returns the value of the '<em><b>Read Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Current</em>' attribute.
	 * @see #isSetReadCurrent()
	 * @see #unsetReadCurrent()
	 * @see #setReadCurrent(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_ReadCurrent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getReadCurrent();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getReadCurrent <em>Read Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Current</em>' attribute.
	 * @see #isSetReadCurrent()
	 * @see #unsetReadCurrent()
	 * @see #getReadCurrent()
	 * @generated
	 */
	void setReadCurrent(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getReadCurrent <em>Read Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReadCurrent()
	 * @see #getReadCurrent()
	 * @see #setReadCurrent(double)
	 * @generated
	 */
	void unsetReadCurrent();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getReadCurrent <em>Read Current</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Read Current</em>' attribute is set.
	 * @see #unsetReadCurrent()
	 * @see #getReadCurrent()
	 * @see #setReadCurrent(double)
	 * @generated
	 */
	boolean isSetReadCurrent();

	/**
	 * Returns the value of the '<em><b>Input Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drive per unit of pre-activation (A); drive = inputOffset + inputGain * z. Unset: the preset's recommendation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Gain</em>' attribute.
	 * @see #isSetInputGain()
	 * @see #unsetInputGain()
	 * @see #setInputGain(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_InputGain()
	 * @model unsettable="true"
	 * @generated
	 */
	double getInputGain();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputGain <em>Input Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Gain</em>' attribute.
	 * @see #isSetInputGain()
	 * @see #unsetInputGain()
	 * @see #getInputGain()
	 * @generated
	 */
	void setInputGain(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputGain <em>Input Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInputGain()
	 * @see #getInputGain()
	 * @see #setInputGain(double)
	 * @generated
	 */
	void unsetInputGain();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputGain <em>Input Gain</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Input Gain</em>' attribute is set.
	 * @see #unsetInputGain()
	 * @see #getInputGain()
	 * @see #setInputGain(double)
	 * @generated
	 */
	boolean isSetInputGain();

	/**
	 * Returns the value of the '<em><b>Input Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Offset</em>' attribute.
	 * @see #isSetInputOffset()
	 * @see #unsetInputOffset()
	 * @see #setInputOffset(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_InputOffset()
	 * @model unsettable="true"
	 * @generated
	 */
	double getInputOffset();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputOffset <em>Input Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Offset</em>' attribute.
	 * @see #isSetInputOffset()
	 * @see #unsetInputOffset()
	 * @see #getInputOffset()
	 * @generated
	 */
	void setInputOffset(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputOffset <em>Input Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInputOffset()
	 * @see #getInputOffset()
	 * @see #setInputOffset(double)
	 * @generated
	 */
	void unsetInputOffset();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getInputOffset <em>Input Offset</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Input Offset</em>' attribute is set.
	 * @see #unsetInputOffset()
	 * @see #getInputOffset()
	 * @see #setInputOffset(double)
	 * @generated
	 */
	boolean isSetInputOffset();

	/**
	 * Returns the value of the '<em><b>Output Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Output reference (V) subtracted from the read; y = outputGain * (V - outputReference).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Reference</em>' attribute.
	 * @see #isSetOutputReference()
	 * @see #unsetOutputReference()
	 * @see #setOutputReference(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_OutputReference()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOutputReference();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputReference <em>Output Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Reference</em>' attribute.
	 * @see #isSetOutputReference()
	 * @see #unsetOutputReference()
	 * @see #getOutputReference()
	 * @generated
	 */
	void setOutputReference(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputReference <em>Output Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutputReference()
	 * @see #getOutputReference()
	 * @see #setOutputReference(double)
	 * @generated
	 */
	void unsetOutputReference();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputReference <em>Output Reference</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Output Reference</em>' attribute is set.
	 * @see #unsetOutputReference()
	 * @see #getOutputReference()
	 * @see #setOutputReference(double)
	 * @generated
	 */
	boolean isSetOutputReference();

	/**
	 * Returns the value of the '<em><b>Output Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Gain</em>' attribute.
	 * @see #isSetOutputGain()
	 * @see #unsetOutputGain()
	 * @see #setOutputGain(double)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_OutputGain()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOutputGain();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputGain <em>Output Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Gain</em>' attribute.
	 * @see #isSetOutputGain()
	 * @see #unsetOutputGain()
	 * @see #getOutputGain()
	 * @generated
	 */
	void setOutputGain(double value);

	/**
	 * Unsets the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputGain <em>Output Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOutputGain()
	 * @see #getOutputGain()
	 * @see #setOutputGain(double)
	 * @generated
	 */
	void unsetOutputGain();

	/**
	 * Returns whether the value of the '{@link org.spinflow.model.MtjNeuronArray#getOutputGain <em>Output Gain</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Output Gain</em>' attribute is set.
	 * @see #unsetOutputGain()
	 * @see #getOutputGain()
	 * @see #setOutputGain(double)
	 * @generated
	 */
	boolean isSetOutputGain();

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_Parameters()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Variability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variability</em>' containment reference.
	 * @see #setVariability(VariabilitySpec)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_Variability()
	 * @model containment="true"
	 * @generated
	 */
	VariabilitySpec getVariability();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getVariability <em>Variability</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variability</em>' containment reference.
	 * @see #getVariability()
	 * @generated
	 */
	void setVariability(VariabilitySpec value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noise</em>' containment reference.
	 * @see #setNoise(NoiseSpec)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_Noise()
	 * @model containment="true"
	 * @generated
	 */
	NoiseSpec getNoise();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getNoise <em>Noise</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' containment reference.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(NoiseSpec value);

	/**
	 * Returns the value of the '<em><b>Calibration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per-device offset and gain measured by a calibration pass (spinflow calibrate; docs/PHYSICS.md I); absent: uncalibrated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calibration</em>' containment reference.
	 * @see #setCalibration(Calibration)
	 * @see org.spinflow.model.SpinflowPackage#getMtjNeuronArray_Calibration()
	 * @model containment="true"
	 * @generated
	 */
	Calibration getCalibration();

	/**
	 * Sets the value of the '{@link org.spinflow.model.MtjNeuronArray#getCalibration <em>Calibration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calibration</em>' containment reference.
	 * @see #getCalibration()
	 * @generated
	 */
	void setCalibration(Calibration value);

} // MtjNeuronArray
