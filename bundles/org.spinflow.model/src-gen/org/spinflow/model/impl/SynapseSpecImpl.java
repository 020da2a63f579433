/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SynapseSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Synapse Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getGMin <em>GMin</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getGMax <em>GMax</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getWeightRange <em>Weight Range</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getWriteNoise <em>Write Noise</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getReadNoise <em>Read Noise</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getWriteVariation <em>Write Variation</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getNonlinearity <em>Nonlinearity</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SynapseSpecImpl#getAsymmetry <em>Asymmetry</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SynapseSpecImpl extends MinimalEObjectImpl.Container implements SynapseSpec {
	/**
	 * The default value of the '{@link #getGMin() <em>GMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMin()
	 * @generated
	 * @ordered
	 */
	protected static final double GMIN_EDEFAULT = 9.4248E-4;

	/**
	 * The cached value of the '{@link #getGMin() <em>GMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMin()
	 * @generated
	 * @ordered
	 */
	protected double gMin = GMIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getGMax() <em>GMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMax()
	 * @generated
	 * @ordered
	 */
	protected static final double GMAX_EDEFAULT = 0.0023562;

	/**
	 * The cached value of the '{@link #getGMax() <em>GMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMax()
	 * @generated
	 * @ordered
	 */
	protected double gMax = GMAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightRange() <em>Weight Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightRange()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_RANGE_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getWeightRange() <em>Weight Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightRange()
	 * @generated
	 * @ordered
	 */
	protected double weightRange = WEIGHT_RANGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWriteNoise() <em>Write Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double WRITE_NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWriteNoise() <em>Write Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteNoise()
	 * @generated
	 * @ordered
	 */
	protected double writeNoise = WRITE_NOISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadNoise() <em>Read Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double READ_NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getReadNoise() <em>Read Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadNoise()
	 * @generated
	 * @ordered
	 */
	protected double readNoise = READ_NOISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevels() <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVELS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected int levels = LEVELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWriteVariation() <em>Write Variation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteVariation()
	 * @generated
	 * @ordered
	 */
	protected static final double WRITE_VARIATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWriteVariation() <em>Write Variation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWriteVariation()
	 * @generated
	 * @ordered
	 */
	protected double writeVariation = WRITE_VARIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNonlinearity() <em>Nonlinearity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonlinearity()
	 * @generated
	 * @ordered
	 */
	protected static final double NONLINEARITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNonlinearity() <em>Nonlinearity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNonlinearity()
	 * @generated
	 * @ordered
	 */
	protected double nonlinearity = NONLINEARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsymmetry() <em>Asymmetry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsymmetry()
	 * @generated
	 * @ordered
	 */
	protected static final double ASYMMETRY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAsymmetry() <em>Asymmetry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsymmetry()
	 * @generated
	 * @ordered
	 */
	protected double asymmetry = ASYMMETRY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SynapseSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.SYNAPSE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGMin() {
		return gMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGMin(double newGMin) {
		double oldGMin = gMin;
		gMin = newGMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__GMIN, oldGMin, gMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGMax() {
		return gMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGMax(double newGMax) {
		double oldGMax = gMax;
		gMax = newGMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__GMAX, oldGMax, gMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightRange() {
		return weightRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightRange(double newWeightRange) {
		double oldWeightRange = weightRange;
		weightRange = newWeightRange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__WEIGHT_RANGE, oldWeightRange, weightRange));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWriteNoise() {
		return writeNoise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteNoise(double newWriteNoise) {
		double oldWriteNoise = writeNoise;
		writeNoise = newWriteNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__WRITE_NOISE, oldWriteNoise, writeNoise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadNoise() {
		return readNoise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadNoise(double newReadNoise) {
		double oldReadNoise = readNoise;
		readNoise = newReadNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__READ_NOISE, oldReadNoise, readNoise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevels() {
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevels(int newLevels) {
		int oldLevels = levels;
		levels = newLevels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__LEVELS, oldLevels, levels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWriteVariation() {
		return writeVariation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWriteVariation(double newWriteVariation) {
		double oldWriteVariation = writeVariation;
		writeVariation = newWriteVariation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__WRITE_VARIATION, oldWriteVariation, writeVariation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNonlinearity() {
		return nonlinearity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNonlinearity(double newNonlinearity) {
		double oldNonlinearity = nonlinearity;
		nonlinearity = newNonlinearity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__NONLINEARITY, oldNonlinearity, nonlinearity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAsymmetry() {
		return asymmetry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsymmetry(double newAsymmetry) {
		double oldAsymmetry = asymmetry;
		asymmetry = newAsymmetry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SYNAPSE_SPEC__ASYMMETRY, oldAsymmetry, asymmetry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.SYNAPSE_SPEC__GMIN:
				return getGMin();
			case SpinflowPackage.SYNAPSE_SPEC__GMAX:
				return getGMax();
			case SpinflowPackage.SYNAPSE_SPEC__WEIGHT_RANGE:
				return getWeightRange();
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_NOISE:
				return getWriteNoise();
			case SpinflowPackage.SYNAPSE_SPEC__READ_NOISE:
				return getReadNoise();
			case SpinflowPackage.SYNAPSE_SPEC__LEVELS:
				return getLevels();
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_VARIATION:
				return getWriteVariation();
			case SpinflowPackage.SYNAPSE_SPEC__NONLINEARITY:
				return getNonlinearity();
			case SpinflowPackage.SYNAPSE_SPEC__ASYMMETRY:
				return getAsymmetry();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpinflowPackage.SYNAPSE_SPEC__GMIN:
				setGMin((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__GMAX:
				setGMax((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WEIGHT_RANGE:
				setWeightRange((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_NOISE:
				setWriteNoise((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__READ_NOISE:
				setReadNoise((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__LEVELS:
				setLevels((Integer)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_VARIATION:
				setWriteVariation((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__NONLINEARITY:
				setNonlinearity((Double)newValue);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__ASYMMETRY:
				setAsymmetry((Double)newValue);
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
			case SpinflowPackage.SYNAPSE_SPEC__GMIN:
				setGMin(GMIN_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__GMAX:
				setGMax(GMAX_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WEIGHT_RANGE:
				setWeightRange(WEIGHT_RANGE_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_NOISE:
				setWriteNoise(WRITE_NOISE_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__READ_NOISE:
				setReadNoise(READ_NOISE_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__LEVELS:
				setLevels(LEVELS_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_VARIATION:
				setWriteVariation(WRITE_VARIATION_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__NONLINEARITY:
				setNonlinearity(NONLINEARITY_EDEFAULT);
				return;
			case SpinflowPackage.SYNAPSE_SPEC__ASYMMETRY:
				setAsymmetry(ASYMMETRY_EDEFAULT);
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
			case SpinflowPackage.SYNAPSE_SPEC__GMIN:
				return gMin != GMIN_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__GMAX:
				return gMax != GMAX_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__WEIGHT_RANGE:
				return weightRange != WEIGHT_RANGE_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_NOISE:
				return writeNoise != WRITE_NOISE_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__READ_NOISE:
				return readNoise != READ_NOISE_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__LEVELS:
				return levels != LEVELS_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__WRITE_VARIATION:
				return writeVariation != WRITE_VARIATION_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__NONLINEARITY:
				return nonlinearity != NONLINEARITY_EDEFAULT;
			case SpinflowPackage.SYNAPSE_SPEC__ASYMMETRY:
				return asymmetry != ASYMMETRY_EDEFAULT;
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
		result.append(" (gMin: ");
		result.append(gMin);
		result.append(", gMax: ");
		result.append(gMax);
		result.append(", weightRange: ");
		result.append(weightRange);
		result.append(", writeNoise: ");
		result.append(writeNoise);
		result.append(", readNoise: ");
		result.append(readNoise);
		result.append(", levels: ");
		result.append(levels);
		result.append(", writeVariation: ");
		result.append(writeVariation);
		result.append(", nonlinearity: ");
		result.append(nonlinearity);
		result.append(", asymmetry: ");
		result.append(asymmetry);
		result.append(')');
		return result.toString();
	}

} //SynapseSpecImpl
