/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.Calibration;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calibration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getGains <em>Gains</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CalibrationImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CalibrationImpl extends MinimalEObjectImpl.Container implements Calibration {
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
	 * The default value of the '{@link #getReferences() <em>References</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected String references = REFERENCES_EDEFAULT;

	/**
	 * The default value of the '{@link #getGains() <em>Gains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGains()
	 * @generated
	 * @ordered
	 */
	protected static final String GAINS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGains() <em>Gains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGains()
	 * @generated
	 * @ordered
	 */
	protected String gains = GAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final int POINTS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected int points = POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEATS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected int repeats = REPEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalibrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.CALIBRATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferences() {
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferences(String newReferences) {
		String oldReferences = references;
		references = newReferences;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__REFERENCES, oldReferences, references));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGains() {
		return gains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGains(String newGains) {
		String oldGains = gains;
		gains = newGains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__GAINS, oldGains, gains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(int newPoints) {
		int oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeats() {
		return repeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeats(int newRepeats) {
		int oldRepeats = repeats;
		repeats = newRepeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__REPEATS, oldRepeats, repeats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CALIBRATION__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.CALIBRATION__ENABLED:
				return isEnabled();
			case SpinflowPackage.CALIBRATION__REFERENCES:
				return getReferences();
			case SpinflowPackage.CALIBRATION__GAINS:
				return getGains();
			case SpinflowPackage.CALIBRATION__COUNT:
				return getCount();
			case SpinflowPackage.CALIBRATION__POINTS:
				return getPoints();
			case SpinflowPackage.CALIBRATION__REPEATS:
				return getRepeats();
			case SpinflowPackage.CALIBRATION__SEED:
				return getSeed();
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
			case SpinflowPackage.CALIBRATION__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case SpinflowPackage.CALIBRATION__REFERENCES:
				setReferences((String)newValue);
				return;
			case SpinflowPackage.CALIBRATION__GAINS:
				setGains((String)newValue);
				return;
			case SpinflowPackage.CALIBRATION__COUNT:
				setCount((Integer)newValue);
				return;
			case SpinflowPackage.CALIBRATION__POINTS:
				setPoints((Integer)newValue);
				return;
			case SpinflowPackage.CALIBRATION__REPEATS:
				setRepeats((Integer)newValue);
				return;
			case SpinflowPackage.CALIBRATION__SEED:
				setSeed((Long)newValue);
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
			case SpinflowPackage.CALIBRATION__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__REFERENCES:
				setReferences(REFERENCES_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__GAINS:
				setGains(GAINS_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__REPEATS:
				setRepeats(REPEATS_EDEFAULT);
				return;
			case SpinflowPackage.CALIBRATION__SEED:
				setSeed(SEED_EDEFAULT);
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
			case SpinflowPackage.CALIBRATION__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case SpinflowPackage.CALIBRATION__REFERENCES:
				return REFERENCES_EDEFAULT == null ? references != null : !REFERENCES_EDEFAULT.equals(references);
			case SpinflowPackage.CALIBRATION__GAINS:
				return GAINS_EDEFAULT == null ? gains != null : !GAINS_EDEFAULT.equals(gains);
			case SpinflowPackage.CALIBRATION__COUNT:
				return count != COUNT_EDEFAULT;
			case SpinflowPackage.CALIBRATION__POINTS:
				return points != POINTS_EDEFAULT;
			case SpinflowPackage.CALIBRATION__REPEATS:
				return repeats != REPEATS_EDEFAULT;
			case SpinflowPackage.CALIBRATION__SEED:
				return seed != SEED_EDEFAULT;
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
		result.append(", references: ");
		result.append(references);
		result.append(", gains: ");
		result.append(gains);
		result.append(", count: ");
		result.append(count);
		result.append(", points: ");
		result.append(points);
		result.append(", repeats: ");
		result.append(repeats);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //CalibrationImpl
