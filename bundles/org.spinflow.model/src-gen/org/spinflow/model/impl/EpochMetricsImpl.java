/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.EpochMetrics;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.EpochMetricsImpl#getFold <em>Fold</em>}</li>
 *   <li>{@link org.spinflow.model.impl.EpochMetricsImpl#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.spinflow.model.impl.EpochMetricsImpl#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.impl.EpochMetricsImpl#getTrainAccuracy <em>Train Accuracy</em>}</li>
 *   <li>{@link org.spinflow.model.impl.EpochMetricsImpl#getValidationAccuracy <em>Validation Accuracy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpochMetricsImpl extends MinimalEObjectImpl.Container implements EpochMetrics {
	/**
	 * The default value of the '{@link #getFold() <em>Fold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFold()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFold() <em>Fold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFold()
	 * @generated
	 * @ordered
	 */
	protected int fold = FOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEpoch() <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpoch()
	 * @generated
	 * @ordered
	 */
	protected int epoch = EPOCH_EDEFAULT;

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
	 * The default value of the '{@link #getTrainAccuracy() <em>Train Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_ACCURACY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainAccuracy() <em>Train Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainAccuracy()
	 * @generated
	 * @ordered
	 */
	protected double trainAccuracy = TRAIN_ACCURACY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationAccuracy() <em>Validation Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_ACCURACY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationAccuracy() <em>Validation Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAccuracy()
	 * @generated
	 * @ordered
	 */
	protected double validationAccuracy = VALIDATION_ACCURACY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpochMetricsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.EPOCH_METRICS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFold() {
		return fold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFold(int newFold) {
		int oldFold = fold;
		fold = newFold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.EPOCH_METRICS__FOLD, oldFold, fold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpoch() {
		return epoch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpoch(int newEpoch) {
		int oldEpoch = epoch;
		epoch = newEpoch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.EPOCH_METRICS__EPOCH, oldEpoch, epoch));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.EPOCH_METRICS__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainAccuracy() {
		return trainAccuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainAccuracy(double newTrainAccuracy) {
		double oldTrainAccuracy = trainAccuracy;
		trainAccuracy = newTrainAccuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.EPOCH_METRICS__TRAIN_ACCURACY, oldTrainAccuracy, trainAccuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationAccuracy() {
		return validationAccuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationAccuracy(double newValidationAccuracy) {
		double oldValidationAccuracy = validationAccuracy;
		validationAccuracy = newValidationAccuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.EPOCH_METRICS__VALIDATION_ACCURACY, oldValidationAccuracy, validationAccuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.EPOCH_METRICS__FOLD:
				return getFold();
			case SpinflowPackage.EPOCH_METRICS__EPOCH:
				return getEpoch();
			case SpinflowPackage.EPOCH_METRICS__LOSS:
				return getLoss();
			case SpinflowPackage.EPOCH_METRICS__TRAIN_ACCURACY:
				return getTrainAccuracy();
			case SpinflowPackage.EPOCH_METRICS__VALIDATION_ACCURACY:
				return getValidationAccuracy();
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
			case SpinflowPackage.EPOCH_METRICS__FOLD:
				setFold((Integer)newValue);
				return;
			case SpinflowPackage.EPOCH_METRICS__EPOCH:
				setEpoch((Integer)newValue);
				return;
			case SpinflowPackage.EPOCH_METRICS__LOSS:
				setLoss((Double)newValue);
				return;
			case SpinflowPackage.EPOCH_METRICS__TRAIN_ACCURACY:
				setTrainAccuracy((Double)newValue);
				return;
			case SpinflowPackage.EPOCH_METRICS__VALIDATION_ACCURACY:
				setValidationAccuracy((Double)newValue);
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
			case SpinflowPackage.EPOCH_METRICS__FOLD:
				setFold(FOLD_EDEFAULT);
				return;
			case SpinflowPackage.EPOCH_METRICS__EPOCH:
				setEpoch(EPOCH_EDEFAULT);
				return;
			case SpinflowPackage.EPOCH_METRICS__LOSS:
				setLoss(LOSS_EDEFAULT);
				return;
			case SpinflowPackage.EPOCH_METRICS__TRAIN_ACCURACY:
				setTrainAccuracy(TRAIN_ACCURACY_EDEFAULT);
				return;
			case SpinflowPackage.EPOCH_METRICS__VALIDATION_ACCURACY:
				setValidationAccuracy(VALIDATION_ACCURACY_EDEFAULT);
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
			case SpinflowPackage.EPOCH_METRICS__FOLD:
				return fold != FOLD_EDEFAULT;
			case SpinflowPackage.EPOCH_METRICS__EPOCH:
				return epoch != EPOCH_EDEFAULT;
			case SpinflowPackage.EPOCH_METRICS__LOSS:
				return loss != LOSS_EDEFAULT;
			case SpinflowPackage.EPOCH_METRICS__TRAIN_ACCURACY:
				return trainAccuracy != TRAIN_ACCURACY_EDEFAULT;
			case SpinflowPackage.EPOCH_METRICS__VALIDATION_ACCURACY:
				return validationAccuracy != VALIDATION_ACCURACY_EDEFAULT;
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
		result.append(" (fold: ");
		result.append(fold);
		result.append(", epoch: ");
		result.append(epoch);
		result.append(", loss: ");
		result.append(loss);
		result.append(", trainAccuracy: ");
		result.append(trainAccuracy);
		result.append(", validationAccuracy: ");
		result.append(validationAccuracy);
		result.append(')');
		return result.toString();
	}

} //EpochMetricsImpl
