/**
 */
package org.spinflow.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.spinflow.model.LossKind;
import org.spinflow.model.Readout;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Readout</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.ReadoutImpl#getClasses <em>Classes</em>}</li>
 *   <li>{@link org.spinflow.model.impl.ReadoutImpl#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.impl.ReadoutImpl#getClassNames <em>Class Names</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReadoutImpl extends NodeImpl implements Readout {
	/**
	 * The default value of the '{@link #getClasses() <em>Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClasses()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASSES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getClasses() <em>Classes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClasses()
	 * @generated
	 * @ordered
	 */
	protected int classes = CLASSES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected static final LossKind LOSS_EDEFAULT = LossKind.SOFTMAX_CROSS_ENTROPY;

	/**
	 * The cached value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected LossKind loss = LOSS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClassNames() <em>Class Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> classNames;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReadoutImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.READOUT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClasses() {
		return classes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClasses(int newClasses) {
		int oldClasses = classes;
		classes = newClasses;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.READOUT__CLASSES, oldClasses, classes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossKind getLoss() {
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoss(LossKind newLoss) {
		LossKind oldLoss = loss;
		loss = newLoss == null ? LOSS_EDEFAULT : newLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.READOUT__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClassNames() {
		if (classNames == null) {
			classNames = new EDataTypeUniqueEList<String>(String.class, this, SpinflowPackage.READOUT__CLASS_NAMES);
		}
		return classNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.READOUT__CLASSES:
				return getClasses();
			case SpinflowPackage.READOUT__LOSS:
				return getLoss();
			case SpinflowPackage.READOUT__CLASS_NAMES:
				return getClassNames();
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
			case SpinflowPackage.READOUT__CLASSES:
				setClasses((Integer)newValue);
				return;
			case SpinflowPackage.READOUT__LOSS:
				setLoss((LossKind)newValue);
				return;
			case SpinflowPackage.READOUT__CLASS_NAMES:
				getClassNames().clear();
				getClassNames().addAll((Collection<? extends String>)newValue);
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
			case SpinflowPackage.READOUT__CLASSES:
				setClasses(CLASSES_EDEFAULT);
				return;
			case SpinflowPackage.READOUT__LOSS:
				setLoss(LOSS_EDEFAULT);
				return;
			case SpinflowPackage.READOUT__CLASS_NAMES:
				getClassNames().clear();
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
			case SpinflowPackage.READOUT__CLASSES:
				return classes != CLASSES_EDEFAULT;
			case SpinflowPackage.READOUT__LOSS:
				return loss != LOSS_EDEFAULT;
			case SpinflowPackage.READOUT__CLASS_NAMES:
				return classNames != null && !classNames.isEmpty();
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
		result.append(" (classes: ");
		result.append(classes);
		result.append(", loss: ");
		result.append(loss);
		result.append(", classNames: ");
		result.append(classNames);
		result.append(')');
		return result.toString();
	}

} //ReadoutImpl
