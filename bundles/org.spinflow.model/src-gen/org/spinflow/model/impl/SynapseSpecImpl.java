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
		result.append(')');
		return result.toString();
	}

} //SynapseSpecImpl
