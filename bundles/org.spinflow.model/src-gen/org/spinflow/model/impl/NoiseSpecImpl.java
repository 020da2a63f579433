/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.NoiseSpec;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Noise Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.NoiseSpecImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NoiseSpecImpl#getIntegrationTime <em>Integration Time</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NoiseSpecImpl#isPairedReads <em>Paired Reads</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NoiseSpecImpl#getDriftAmplitude <em>Drift Amplitude</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NoiseSpecImpl#getDriftPeriod <em>Drift Period</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoiseSpecImpl extends MinimalEObjectImpl.Container implements NoiseSpec {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntegrationTime() <em>Integration Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrationTime()
	 * @generated
	 * @ordered
	 */
	protected static final double INTEGRATION_TIME_EDEFAULT = 1.0E-6;

	/**
	 * The cached value of the '{@link #getIntegrationTime() <em>Integration Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrationTime()
	 * @generated
	 * @ordered
	 */
	protected double integrationTime = INTEGRATION_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #isPairedReads() <em>Paired Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPairedReads()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAIRED_READS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPairedReads() <em>Paired Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPairedReads()
	 * @generated
	 * @ordered
	 */
	protected boolean pairedReads = PAIRED_READS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftAmplitude() <em>Drift Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftAmplitude()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_AMPLITUDE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDriftAmplitude() <em>Drift Amplitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftAmplitude()
	 * @generated
	 * @ordered
	 */
	protected double driftAmplitude = DRIFT_AMPLITUDE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftPeriod() <em>Drift Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_PERIOD_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getDriftPeriod() <em>Drift Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftPeriod()
	 * @generated
	 * @ordered
	 */
	protected double driftPeriod = DRIFT_PERIOD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoiseSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.NOISE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NOISE_SPEC__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIntegrationTime() {
		return integrationTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntegrationTime(double newIntegrationTime) {
		double oldIntegrationTime = integrationTime;
		integrationTime = newIntegrationTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NOISE_SPEC__INTEGRATION_TIME, oldIntegrationTime, integrationTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPairedReads() {
		return pairedReads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairedReads(boolean newPairedReads) {
		boolean oldPairedReads = pairedReads;
		pairedReads = newPairedReads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NOISE_SPEC__PAIRED_READS, oldPairedReads, pairedReads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftAmplitude() {
		return driftAmplitude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftAmplitude(double newDriftAmplitude) {
		double oldDriftAmplitude = driftAmplitude;
		driftAmplitude = newDriftAmplitude;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NOISE_SPEC__DRIFT_AMPLITUDE, oldDriftAmplitude, driftAmplitude));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftPeriod() {
		return driftPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftPeriod(double newDriftPeriod) {
		double oldDriftPeriod = driftPeriod;
		driftPeriod = newDriftPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NOISE_SPEC__DRIFT_PERIOD, oldDriftPeriod, driftPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.NOISE_SPEC__ENABLED:
				return isEnabled();
			case SpinflowPackage.NOISE_SPEC__INTEGRATION_TIME:
				return getIntegrationTime();
			case SpinflowPackage.NOISE_SPEC__PAIRED_READS:
				return isPairedReads();
			case SpinflowPackage.NOISE_SPEC__DRIFT_AMPLITUDE:
				return getDriftAmplitude();
			case SpinflowPackage.NOISE_SPEC__DRIFT_PERIOD:
				return getDriftPeriod();
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
			case SpinflowPackage.NOISE_SPEC__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SpinflowPackage.NOISE_SPEC__INTEGRATION_TIME:
				setIntegrationTime((Double)newValue);
				return;
			case SpinflowPackage.NOISE_SPEC__PAIRED_READS:
				setPairedReads((Boolean)newValue);
				return;
			case SpinflowPackage.NOISE_SPEC__DRIFT_AMPLITUDE:
				setDriftAmplitude((Double)newValue);
				return;
			case SpinflowPackage.NOISE_SPEC__DRIFT_PERIOD:
				setDriftPeriod((Double)newValue);
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
			case SpinflowPackage.NOISE_SPEC__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SpinflowPackage.NOISE_SPEC__INTEGRATION_TIME:
				setIntegrationTime(INTEGRATION_TIME_EDEFAULT);
				return;
			case SpinflowPackage.NOISE_SPEC__PAIRED_READS:
				setPairedReads(PAIRED_READS_EDEFAULT);
				return;
			case SpinflowPackage.NOISE_SPEC__DRIFT_AMPLITUDE:
				setDriftAmplitude(DRIFT_AMPLITUDE_EDEFAULT);
				return;
			case SpinflowPackage.NOISE_SPEC__DRIFT_PERIOD:
				setDriftPeriod(DRIFT_PERIOD_EDEFAULT);
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
			case SpinflowPackage.NOISE_SPEC__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SpinflowPackage.NOISE_SPEC__INTEGRATION_TIME:
				return integrationTime != INTEGRATION_TIME_EDEFAULT;
			case SpinflowPackage.NOISE_SPEC__PAIRED_READS:
				return pairedReads != PAIRED_READS_EDEFAULT;
			case SpinflowPackage.NOISE_SPEC__DRIFT_AMPLITUDE:
				return driftAmplitude != DRIFT_AMPLITUDE_EDEFAULT;
			case SpinflowPackage.NOISE_SPEC__DRIFT_PERIOD:
				return driftPeriod != DRIFT_PERIOD_EDEFAULT;
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
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", integrationTime: ");
		result.append(integrationTime);
		result.append(", pairedReads: ");
		result.append(pairedReads);
		result.append(", driftAmplitude: ");
		result.append(driftAmplitude);
		result.append(", driftPeriod: ");
		result.append(driftPeriod);
		result.append(')');
		return result.toString();
	}

} //NoiseSpecImpl
