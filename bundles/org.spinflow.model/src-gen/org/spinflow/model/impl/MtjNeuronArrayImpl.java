/**
 */
package org.spinflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.spinflow.model.Calibration;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.VariabilitySpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mtj Neuron Array</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getPreset <em>Preset</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getBiasField <em>Bias Field</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getBiasAngle <em>Bias Angle</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getFieldLineAngle <em>Field Line Angle</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getReadCurrent <em>Read Current</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getInputGain <em>Input Gain</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getInputOffset <em>Input Offset</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getOutputReference <em>Output Reference</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getOutputGain <em>Output Gain</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getVariability <em>Variability</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getNoise <em>Noise</em>}</li>
 *   <li>{@link org.spinflow.model.impl.MtjNeuronArrayImpl#getCalibration <em>Calibration</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MtjNeuronArrayImpl extends NeuronArrayImpl implements MtjNeuronArray {
	/**
	 * The default value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected static final String PRESET_EDEFAULT = "mtj-f-default";

	/**
	 * The cached value of the '{@link #getPreset() <em>Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreset()
	 * @generated
	 * @ordered
	 */
	protected String preset = PRESET_EDEFAULT;

	/**
	 * The default value of the '{@link #getBiasField() <em>Bias Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasField()
	 * @generated
	 * @ordered
	 */
	protected static final double BIAS_FIELD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBiasField() <em>Bias Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasField()
	 * @generated
	 * @ordered
	 */
	protected double biasField = BIAS_FIELD_EDEFAULT;

	/**
	 * This is true if the Bias Field attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean biasFieldESet;

	/**
	 * The default value of the '{@link #getBiasAngle() <em>Bias Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasAngle()
	 * @generated
	 * @ordered
	 */
	protected static final double BIAS_ANGLE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBiasAngle() <em>Bias Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasAngle()
	 * @generated
	 * @ordered
	 */
	protected double biasAngle = BIAS_ANGLE_EDEFAULT;

	/**
	 * This is true if the Bias Angle attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean biasAngleESet;

	/**
	 * The default value of the '{@link #getFieldLineAngle() <em>Field Line Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldLineAngle()
	 * @generated
	 * @ordered
	 */
	protected static final double FIELD_LINE_ANGLE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFieldLineAngle() <em>Field Line Angle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldLineAngle()
	 * @generated
	 * @ordered
	 */
	protected double fieldLineAngle = FIELD_LINE_ANGLE_EDEFAULT;

	/**
	 * This is true if the Field Line Angle attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fieldLineAngleESet;

	/**
	 * The default value of the '{@link #getReadCurrent() <em>Read Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadCurrent()
	 * @generated
	 * @ordered
	 */
	protected static final double READ_CURRENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getReadCurrent() <em>Read Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadCurrent()
	 * @generated
	 * @ordered
	 */
	protected double readCurrent = READ_CURRENT_EDEFAULT;

	/**
	 * This is true if the Read Current attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean readCurrentESet;

	/**
	 * The default value of the '{@link #getInputGain() <em>Input Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputGain()
	 * @generated
	 * @ordered
	 */
	protected static final double INPUT_GAIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInputGain() <em>Input Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputGain()
	 * @generated
	 * @ordered
	 */
	protected double inputGain = INPUT_GAIN_EDEFAULT;

	/**
	 * This is true if the Input Gain attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inputGainESet;

	/**
	 * The default value of the '{@link #getInputOffset() <em>Input Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputOffset()
	 * @generated
	 * @ordered
	 */
	protected static final double INPUT_OFFSET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInputOffset() <em>Input Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputOffset()
	 * @generated
	 * @ordered
	 */
	protected double inputOffset = INPUT_OFFSET_EDEFAULT;

	/**
	 * This is true if the Input Offset attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean inputOffsetESet;

	/**
	 * The default value of the '{@link #getOutputReference() <em>Output Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputReference()
	 * @generated
	 * @ordered
	 */
	protected static final double OUTPUT_REFERENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOutputReference() <em>Output Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputReference()
	 * @generated
	 * @ordered
	 */
	protected double outputReference = OUTPUT_REFERENCE_EDEFAULT;

	/**
	 * This is true if the Output Reference attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outputReferenceESet;

	/**
	 * The default value of the '{@link #getOutputGain() <em>Output Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputGain()
	 * @generated
	 * @ordered
	 */
	protected static final double OUTPUT_GAIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOutputGain() <em>Output Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputGain()
	 * @generated
	 * @ordered
	 */
	protected double outputGain = OUTPUT_GAIN_EDEFAULT;

	/**
	 * This is true if the Output Gain attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean outputGainESet;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getVariability() <em>Variability</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariability()
	 * @generated
	 * @ordered
	 */
	protected VariabilitySpec variability;

	/**
	 * The cached value of the '{@link #getNoise() <em>Noise</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected NoiseSpec noise;

	/**
	 * The cached value of the '{@link #getCalibration() <em>Calibration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCalibration()
	 * @generated
	 * @ordered
	 */
	protected Calibration calibration;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MtjNeuronArrayImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.MTJ_NEURON_ARRAY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreset() {
		return preset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreset(String newPreset) {
		String oldPreset = preset;
		preset = newPreset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__PRESET, oldPreset, preset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBiasField() {
		return biasField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiasField(double newBiasField) {
		double oldBiasField = biasField;
		biasField = newBiasField;
		boolean oldBiasFieldESet = biasFieldESet;
		biasFieldESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD, oldBiasField, biasField, !oldBiasFieldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBiasField() {
		double oldBiasField = biasField;
		boolean oldBiasFieldESet = biasFieldESet;
		biasField = BIAS_FIELD_EDEFAULT;
		biasFieldESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD, oldBiasField, BIAS_FIELD_EDEFAULT, oldBiasFieldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBiasField() {
		return biasFieldESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBiasAngle() {
		return biasAngle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiasAngle(double newBiasAngle) {
		double oldBiasAngle = biasAngle;
		biasAngle = newBiasAngle;
		boolean oldBiasAngleESet = biasAngleESet;
		biasAngleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE, oldBiasAngle, biasAngle, !oldBiasAngleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBiasAngle() {
		double oldBiasAngle = biasAngle;
		boolean oldBiasAngleESet = biasAngleESet;
		biasAngle = BIAS_ANGLE_EDEFAULT;
		biasAngleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE, oldBiasAngle, BIAS_ANGLE_EDEFAULT, oldBiasAngleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBiasAngle() {
		return biasAngleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFieldLineAngle() {
		return fieldLineAngle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldLineAngle(double newFieldLineAngle) {
		double oldFieldLineAngle = fieldLineAngle;
		fieldLineAngle = newFieldLineAngle;
		boolean oldFieldLineAngleESet = fieldLineAngleESet;
		fieldLineAngleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, oldFieldLineAngle, fieldLineAngle, !oldFieldLineAngleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFieldLineAngle() {
		double oldFieldLineAngle = fieldLineAngle;
		boolean oldFieldLineAngleESet = fieldLineAngleESet;
		fieldLineAngle = FIELD_LINE_ANGLE_EDEFAULT;
		fieldLineAngleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE, oldFieldLineAngle, FIELD_LINE_ANGLE_EDEFAULT, oldFieldLineAngleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFieldLineAngle() {
		return fieldLineAngleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadCurrent() {
		return readCurrent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadCurrent(double newReadCurrent) {
		double oldReadCurrent = readCurrent;
		readCurrent = newReadCurrent;
		boolean oldReadCurrentESet = readCurrentESet;
		readCurrentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT, oldReadCurrent, readCurrent, !oldReadCurrentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReadCurrent() {
		double oldReadCurrent = readCurrent;
		boolean oldReadCurrentESet = readCurrentESet;
		readCurrent = READ_CURRENT_EDEFAULT;
		readCurrentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT, oldReadCurrent, READ_CURRENT_EDEFAULT, oldReadCurrentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReadCurrent() {
		return readCurrentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInputGain() {
		return inputGain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputGain(double newInputGain) {
		double oldInputGain = inputGain;
		inputGain = newInputGain;
		boolean oldInputGainESet = inputGainESet;
		inputGainESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN, oldInputGain, inputGain, !oldInputGainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInputGain() {
		double oldInputGain = inputGain;
		boolean oldInputGainESet = inputGainESet;
		inputGain = INPUT_GAIN_EDEFAULT;
		inputGainESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN, oldInputGain, INPUT_GAIN_EDEFAULT, oldInputGainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInputGain() {
		return inputGainESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInputOffset() {
		return inputOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputOffset(double newInputOffset) {
		double oldInputOffset = inputOffset;
		inputOffset = newInputOffset;
		boolean oldInputOffsetESet = inputOffsetESet;
		inputOffsetESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET, oldInputOffset, inputOffset, !oldInputOffsetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInputOffset() {
		double oldInputOffset = inputOffset;
		boolean oldInputOffsetESet = inputOffsetESet;
		inputOffset = INPUT_OFFSET_EDEFAULT;
		inputOffsetESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET, oldInputOffset, INPUT_OFFSET_EDEFAULT, oldInputOffsetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInputOffset() {
		return inputOffsetESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOutputReference() {
		return outputReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputReference(double newOutputReference) {
		double oldOutputReference = outputReference;
		outputReference = newOutputReference;
		boolean oldOutputReferenceESet = outputReferenceESet;
		outputReferenceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE, oldOutputReference, outputReference, !oldOutputReferenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutputReference() {
		double oldOutputReference = outputReference;
		boolean oldOutputReferenceESet = outputReferenceESet;
		outputReference = OUTPUT_REFERENCE_EDEFAULT;
		outputReferenceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE, oldOutputReference, OUTPUT_REFERENCE_EDEFAULT, oldOutputReferenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutputReference() {
		return outputReferenceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOutputGain() {
		return outputGain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputGain(double newOutputGain) {
		double oldOutputGain = outputGain;
		outputGain = newOutputGain;
		boolean oldOutputGainESet = outputGainESet;
		outputGainESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN, oldOutputGain, outputGain, !oldOutputGainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOutputGain() {
		double oldOutputGain = outputGain;
		boolean oldOutputGainESet = outputGainESet;
		outputGain = OUTPUT_GAIN_EDEFAULT;
		outputGainESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN, oldOutputGain, OUTPUT_GAIN_EDEFAULT, oldOutputGainESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOutputGain() {
		return outputGainESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariabilitySpec getVariability() {
		return variability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVariability(VariabilitySpec newVariability, NotificationChain msgs) {
		VariabilitySpec oldVariability = variability;
		variability = newVariability;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY, oldVariability, newVariability);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariability(VariabilitySpec newVariability) {
		if (newVariability != variability) {
			NotificationChain msgs = null;
			if (variability != null)
				msgs = ((InternalEObject)variability).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY, null, msgs);
			if (newVariability != null)
				msgs = ((InternalEObject)newVariability).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY, null, msgs);
			msgs = basicSetVariability(newVariability, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY, newVariability, newVariability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoiseSpec getNoise() {
		return noise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNoise(NoiseSpec newNoise, NotificationChain msgs) {
		NoiseSpec oldNoise = noise;
		noise = newNoise;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__NOISE, oldNoise, newNoise);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoise(NoiseSpec newNoise) {
		if (newNoise != noise) {
			NotificationChain msgs = null;
			if (noise != null)
				msgs = ((InternalEObject)noise).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__NOISE, null, msgs);
			if (newNoise != null)
				msgs = ((InternalEObject)newNoise).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__NOISE, null, msgs);
			msgs = basicSetNoise(newNoise, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__NOISE, newNoise, newNoise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calibration getCalibration() {
		return calibration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCalibration(Calibration newCalibration, NotificationChain msgs) {
		Calibration oldCalibration = calibration;
		calibration = newCalibration;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION, oldCalibration, newCalibration);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCalibration(Calibration newCalibration) {
		if (newCalibration != calibration) {
			NotificationChain msgs = null;
			if (calibration != null)
				msgs = ((InternalEObject)calibration).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION, null, msgs);
			if (newCalibration != null)
				msgs = ((InternalEObject)newCalibration).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION, null, msgs);
			msgs = basicSetCalibration(newCalibration, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION, newCalibration, newCalibration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY:
				return basicSetVariability(null, msgs);
			case SpinflowPackage.MTJ_NEURON_ARRAY__NOISE:
				return basicSetNoise(null, msgs);
			case SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION:
				return basicSetCalibration(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.MTJ_NEURON_ARRAY__PRESET:
				return getPreset();
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD:
				return getBiasField();
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE:
				return getBiasAngle();
			case SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE:
				return getFieldLineAngle();
			case SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT:
				return getReadCurrent();
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN:
				return getInputGain();
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET:
				return getInputOffset();
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE:
				return getOutputReference();
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN:
				return getOutputGain();
			case SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS:
				return getParameters();
			case SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY:
				return getVariability();
			case SpinflowPackage.MTJ_NEURON_ARRAY__NOISE:
				return getNoise();
			case SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION:
				return getCalibration();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpinflowPackage.MTJ_NEURON_ARRAY__PRESET:
				setPreset((String)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD:
				setBiasField((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE:
				setBiasAngle((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE:
				setFieldLineAngle((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT:
				setReadCurrent((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN:
				setInputGain((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET:
				setInputOffset((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE:
				setOutputReference((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN:
				setOutputGain((Double)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY:
				setVariability((VariabilitySpec)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__NOISE:
				setNoise((NoiseSpec)newValue);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION:
				setCalibration((Calibration)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpinflowPackage.MTJ_NEURON_ARRAY__PRESET:
				setPreset(PRESET_EDEFAULT);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD:
				unsetBiasField();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE:
				unsetBiasAngle();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE:
				unsetFieldLineAngle();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT:
				unsetReadCurrent();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN:
				unsetInputGain();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET:
				unsetInputOffset();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE:
				unsetOutputReference();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN:
				unsetOutputGain();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS:
				getParameters().clear();
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY:
				setVariability((VariabilitySpec)null);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__NOISE:
				setNoise((NoiseSpec)null);
				return;
			case SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION:
				setCalibration((Calibration)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpinflowPackage.MTJ_NEURON_ARRAY__PRESET:
				return PRESET_EDEFAULT == null ? preset != null : !PRESET_EDEFAULT.equals(preset);
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_FIELD:
				return isSetBiasField();
			case SpinflowPackage.MTJ_NEURON_ARRAY__BIAS_ANGLE:
				return isSetBiasAngle();
			case SpinflowPackage.MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE:
				return isSetFieldLineAngle();
			case SpinflowPackage.MTJ_NEURON_ARRAY__READ_CURRENT:
				return isSetReadCurrent();
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_GAIN:
				return isSetInputGain();
			case SpinflowPackage.MTJ_NEURON_ARRAY__INPUT_OFFSET:
				return isSetInputOffset();
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_REFERENCE:
				return isSetOutputReference();
			case SpinflowPackage.MTJ_NEURON_ARRAY__OUTPUT_GAIN:
				return isSetOutputGain();
			case SpinflowPackage.MTJ_NEURON_ARRAY__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case SpinflowPackage.MTJ_NEURON_ARRAY__VARIABILITY:
				return variability != null;
			case SpinflowPackage.MTJ_NEURON_ARRAY__NOISE:
				return noise != null;
			case SpinflowPackage.MTJ_NEURON_ARRAY__CALIBRATION:
				return calibration != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (preset: ");
		result.append(preset);
		result.append(", biasField: ");
		if (biasFieldESet) result.append(biasField); else result.append("<unset>");
		result.append(", biasAngle: ");
		if (biasAngleESet) result.append(biasAngle); else result.append("<unset>");
		result.append(", fieldLineAngle: ");
		if (fieldLineAngleESet) result.append(fieldLineAngle); else result.append("<unset>");
		result.append(", readCurrent: ");
		if (readCurrentESet) result.append(readCurrent); else result.append("<unset>");
		result.append(", inputGain: ");
		if (inputGainESet) result.append(inputGain); else result.append("<unset>");
		result.append(", inputOffset: ");
		if (inputOffsetESet) result.append(inputOffset); else result.append("<unset>");
		result.append(", outputReference: ");
		if (outputReferenceESet) result.append(outputReference); else result.append("<unset>");
		result.append(", outputGain: ");
		if (outputGainESet) result.append(outputGain); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //MtjNeuronArrayImpl
