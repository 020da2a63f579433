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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.spinflow.model.EpochMetrics;
import org.spinflow.model.GradientMode;
import org.spinflow.model.Parameter;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.TrainingRun;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getStarted <em>Started</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getSeconds <em>Seconds</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getGradientMode <em>Gradient Mode</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getAccuracyMean <em>Accuracy Mean</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getAccuracyStd <em>Accuracy Std</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingRunImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingRunImpl extends MinimalEObjectImpl.Container implements TrainingRun {
	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final String STARTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected String started = STARTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeconds() <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final double SECONDS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSeconds() <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeconds()
	 * @generated
	 * @ordered
	 */
	protected double seconds = SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientMode() <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientMode()
	 * @generated
	 * @ordered
	 */
	protected static final GradientMode GRADIENT_MODE_EDEFAULT = GradientMode.ANALOG_CENTRAL;

	/**
	 * The cached value of the '{@link #getGradientMode() <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientMode()
	 * @generated
	 * @ordered
	 */
	protected GradientMode gradientMode = GRADIENT_MODE_EDEFAULT;

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
	 * The default value of the '{@link #getAccuracyMean() <em>Accuracy Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracyMean()
	 * @generated
	 * @ordered
	 */
	protected static final double ACCURACY_MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAccuracyMean() <em>Accuracy Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracyMean()
	 * @generated
	 * @ordered
	 */
	protected double accuracyMean = ACCURACY_MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccuracyStd() <em>Accuracy Std</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracyStd()
	 * @generated
	 * @ordered
	 */
	protected static final double ACCURACY_STD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAccuracyStd() <em>Accuracy Std</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracyStd()
	 * @generated
	 * @ordered
	 */
	protected double accuracyStd = ACCURACY_STD_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected double loss = LOSS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected EList<EpochMetrics> epochs;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> provenance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.TRAINING_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(String newStarted) {
		String oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSeconds() {
		return seconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeconds(double newSeconds) {
		double oldSeconds = seconds;
		seconds = newSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__SECONDS, oldSeconds, seconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientMode getGradientMode() {
		return gradientMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientMode(GradientMode newGradientMode) {
		GradientMode oldGradientMode = gradientMode;
		gradientMode = newGradientMode == null ? GRADIENT_MODE_EDEFAULT : newGradientMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__GRADIENT_MODE, oldGradientMode, gradientMode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAccuracyMean() {
		return accuracyMean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccuracyMean(double newAccuracyMean) {
		double oldAccuracyMean = accuracyMean;
		accuracyMean = newAccuracyMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__ACCURACY_MEAN, oldAccuracyMean, accuracyMean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAccuracyStd() {
		return accuracyStd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccuracyStd(double newAccuracyStd) {
		double oldAccuracyStd = accuracyStd;
		accuracyStd = newAccuracyStd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__ACCURACY_STD, oldAccuracyStd, accuracyStd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoss() {
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoss(double newLoss) {
		double oldLoss = loss;
		loss = newLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_RUN__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EpochMetrics> getEpochs() {
		if (epochs == null) {
			epochs = new EObjectContainmentEList<EpochMetrics>(EpochMetrics.class, this, SpinflowPackage.TRAINING_RUN__EPOCHS);
		}
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getProvenance() {
		if (provenance == null) {
			provenance = new EObjectContainmentEList<Parameter>(Parameter.class, this, SpinflowPackage.TRAINING_RUN__PROVENANCE);
		}
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_RUN__EPOCHS:
				return ((InternalEList<?>)getEpochs()).basicRemove(otherEnd, msgs);
			case SpinflowPackage.TRAINING_RUN__PROVENANCE:
				return ((InternalEList<?>)getProvenance()).basicRemove(otherEnd, msgs);
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
			case SpinflowPackage.TRAINING_RUN__STARTED:
				return getStarted();
			case SpinflowPackage.TRAINING_RUN__SECONDS:
				return getSeconds();
			case SpinflowPackage.TRAINING_RUN__GRADIENT_MODE:
				return getGradientMode();
			case SpinflowPackage.TRAINING_RUN__SEED:
				return getSeed();
			case SpinflowPackage.TRAINING_RUN__ACCURACY_MEAN:
				return getAccuracyMean();
			case SpinflowPackage.TRAINING_RUN__ACCURACY_STD:
				return getAccuracyStd();
			case SpinflowPackage.TRAINING_RUN__LOSS:
				return getLoss();
			case SpinflowPackage.TRAINING_RUN__EPOCHS:
				return getEpochs();
			case SpinflowPackage.TRAINING_RUN__PROVENANCE:
				return getProvenance();
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
			case SpinflowPackage.TRAINING_RUN__STARTED:
				setStarted((String)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__SECONDS:
				setSeconds((Double)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__GRADIENT_MODE:
				setGradientMode((GradientMode)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__SEED:
				setSeed((Long)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_MEAN:
				setAccuracyMean((Double)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_STD:
				setAccuracyStd((Double)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__LOSS:
				setLoss((Double)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__EPOCHS:
				getEpochs().clear();
				getEpochs().addAll((Collection<? extends EpochMetrics>)newValue);
				return;
			case SpinflowPackage.TRAINING_RUN__PROVENANCE:
				getProvenance().clear();
				getProvenance().addAll((Collection<? extends Parameter>)newValue);
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
			case SpinflowPackage.TRAINING_RUN__STARTED:
				setStarted(STARTED_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__SECONDS:
				setSeconds(SECONDS_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__GRADIENT_MODE:
				setGradientMode(GRADIENT_MODE_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_MEAN:
				setAccuracyMean(ACCURACY_MEAN_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_STD:
				setAccuracyStd(ACCURACY_STD_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__LOSS:
				setLoss(LOSS_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_RUN__EPOCHS:
				getEpochs().clear();
				return;
			case SpinflowPackage.TRAINING_RUN__PROVENANCE:
				getProvenance().clear();
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
			case SpinflowPackage.TRAINING_RUN__STARTED:
				return STARTED_EDEFAULT == null ? started != null : !STARTED_EDEFAULT.equals(started);
			case SpinflowPackage.TRAINING_RUN__SECONDS:
				return seconds != SECONDS_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__GRADIENT_MODE:
				return gradientMode != GRADIENT_MODE_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__SEED:
				return seed != SEED_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_MEAN:
				return accuracyMean != ACCURACY_MEAN_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__ACCURACY_STD:
				return accuracyStd != ACCURACY_STD_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__LOSS:
				return loss != LOSS_EDEFAULT;
			case SpinflowPackage.TRAINING_RUN__EPOCHS:
				return epochs != null && !epochs.isEmpty();
			case SpinflowPackage.TRAINING_RUN__PROVENANCE:
				return provenance != null && !provenance.isEmpty();
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
		result.append(" (started: ");
		result.append(started);
		result.append(", seconds: ");
		result.append(seconds);
		result.append(", gradientMode: ");
		result.append(gradientMode);
		result.append(", seed: ");
		result.append(seed);
		result.append(", accuracyMean: ");
		result.append(accuracyMean);
		result.append(", accuracyStd: ");
		result.append(accuracyStd);
		result.append(", loss: ");
		result.append(loss);
		result.append(')');
		return result.toString();
	}

} //TrainingRunImpl
