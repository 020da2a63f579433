/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Split Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.SplitSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SplitSpecImpl#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.spinflow.model.impl.SplitSpecImpl#getHoldoutFraction <em>Holdout Fraction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SplitSpecImpl extends MinimalEObjectImpl.Container implements SplitSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SplitKind KIND_EDEFAULT = SplitKind.KFOLD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SplitKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected static final int FOLDS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getFolds() <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolds()
	 * @generated
	 * @ordered
	 */
	protected int folds = FOLDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getHoldoutFraction() <em>Holdout Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoldoutFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double HOLDOUT_FRACTION_EDEFAULT = 0.2;

	/**
	 * The cached value of the '{@link #getHoldoutFraction() <em>Holdout Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHoldoutFraction()
	 * @generated
	 * @ordered
	 */
	protected double holdoutFraction = HOLDOUT_FRACTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SplitSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.SPLIT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SplitKind newKind) {
		SplitKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SPLIT_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFolds() {
		return folds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFolds(int newFolds) {
		int oldFolds = folds;
		folds = newFolds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SPLIT_SPEC__FOLDS, oldFolds, folds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHoldoutFraction() {
		return holdoutFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHoldoutFraction(double newHoldoutFraction) {
		double oldHoldoutFraction = holdoutFraction;
		holdoutFraction = newHoldoutFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.SPLIT_SPEC__HOLDOUT_FRACTION, oldHoldoutFraction, holdoutFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.SPLIT_SPEC__KIND:
				return getKind();
			case SpinflowPackage.SPLIT_SPEC__FOLDS:
				return getFolds();
			case SpinflowPackage.SPLIT_SPEC__HOLDOUT_FRACTION:
				return getHoldoutFraction();
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
			case SpinflowPackage.SPLIT_SPEC__KIND:
				setKind((SplitKind)newValue);
				return;
			case SpinflowPackage.SPLIT_SPEC__FOLDS:
				setFolds((Integer)newValue);
				return;
			case SpinflowPackage.SPLIT_SPEC__HOLDOUT_FRACTION:
				setHoldoutFraction((Double)newValue);
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
			case SpinflowPackage.SPLIT_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SpinflowPackage.SPLIT_SPEC__FOLDS:
				setFolds(FOLDS_EDEFAULT);
				return;
			case SpinflowPackage.SPLIT_SPEC__HOLDOUT_FRACTION:
				setHoldoutFraction(HOLDOUT_FRACTION_EDEFAULT);
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
			case SpinflowPackage.SPLIT_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case SpinflowPackage.SPLIT_SPEC__FOLDS:
				return folds != FOLDS_EDEFAULT;
			case SpinflowPackage.SPLIT_SPEC__HOLDOUT_FRACTION:
				return holdoutFraction != HOLDOUT_FRACTION_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", folds: ");
		result.append(folds);
		result.append(", holdoutFraction: ");
		result.append(holdoutFraction);
		result.append(')');
		return result.toString();
	}

} //SplitSpecImpl
