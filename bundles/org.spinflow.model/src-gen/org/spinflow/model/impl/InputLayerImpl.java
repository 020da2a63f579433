/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spinflow.model.InputEncoding;
import org.spinflow.model.InputLayer;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Input Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.InputLayerImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.spinflow.model.impl.InputLayerImpl#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.spinflow.model.impl.InputLayerImpl#getDriveScale <em>Drive Scale</em>}</li>
 *   <li>{@link org.spinflow.model.impl.InputLayerImpl#getDriveOffset <em>Drive Offset</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InputLayerImpl extends NodeImpl implements InputLayer {
	/**
	 * The default value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected int features = FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected static final InputEncoding ENCODING_EDEFAULT = InputEncoding.VOLTAGE;

	/**
	 * The cached value of the '{@link #getEncoding() <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEncoding()
	 * @generated
	 * @ordered
	 */
	protected InputEncoding encoding = ENCODING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriveScale() <em>Drive Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveScale()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIVE_SCALE_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getDriveScale() <em>Drive Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveScale()
	 * @generated
	 * @ordered
	 */
	protected double driveScale = DRIVE_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriveOffset() <em>Drive Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveOffset()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIVE_OFFSET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDriveOffset() <em>Drive Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriveOffset()
	 * @generated
	 * @ordered
	 */
	protected double driveOffset = DRIVE_OFFSET_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InputLayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.INPUT_LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeatures() {
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatures(int newFeatures) {
		int oldFeatures = features;
		features = newFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.INPUT_LAYER__FEATURES, oldFeatures, features));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputEncoding getEncoding() {
		return encoding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEncoding(InputEncoding newEncoding) {
		InputEncoding oldEncoding = encoding;
		encoding = newEncoding == null ? ENCODING_EDEFAULT : newEncoding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.INPUT_LAYER__ENCODING, oldEncoding, encoding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriveScale() {
		return driveScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriveScale(double newDriveScale) {
		double oldDriveScale = driveScale;
		driveScale = newDriveScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.INPUT_LAYER__DRIVE_SCALE, oldDriveScale, driveScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriveOffset() {
		return driveOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriveOffset(double newDriveOffset) {
		double oldDriveOffset = driveOffset;
		driveOffset = newDriveOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.INPUT_LAYER__DRIVE_OFFSET, oldDriveOffset, driveOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.INPUT_LAYER__FEATURES:
				return getFeatures();
			case SpinflowPackage.INPUT_LAYER__ENCODING:
				return getEncoding();
			case SpinflowPackage.INPUT_LAYER__DRIVE_SCALE:
				return getDriveScale();
			case SpinflowPackage.INPUT_LAYER__DRIVE_OFFSET:
				return getDriveOffset();
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
			case SpinflowPackage.INPUT_LAYER__FEATURES:
				setFeatures((Integer)newValue);
				return;
			case SpinflowPackage.INPUT_LAYER__ENCODING:
				setEncoding((InputEncoding)newValue);
				return;
			case SpinflowPackage.INPUT_LAYER__DRIVE_SCALE:
				setDriveScale((Double)newValue);
				return;
			case SpinflowPackage.INPUT_LAYER__DRIVE_OFFSET:
				setDriveOffset((Double)newValue);
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
			case SpinflowPackage.INPUT_LAYER__FEATURES:
				setFeatures(FEATURES_EDEFAULT);
				return;
			case SpinflowPackage.INPUT_LAYER__ENCODING:
				setEncoding(ENCODING_EDEFAULT);
				return;
			case SpinflowPackage.INPUT_LAYER__DRIVE_SCALE:
				setDriveScale(DRIVE_SCALE_EDEFAULT);
				return;
			case SpinflowPackage.INPUT_LAYER__DRIVE_OFFSET:
				setDriveOffset(DRIVE_OFFSET_EDEFAULT);
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
			case SpinflowPackage.INPUT_LAYER__FEATURES:
				return features != FEATURES_EDEFAULT;
			case SpinflowPackage.INPUT_LAYER__ENCODING:
				return encoding != ENCODING_EDEFAULT;
			case SpinflowPackage.INPUT_LAYER__DRIVE_SCALE:
				return driveScale != DRIVE_SCALE_EDEFAULT;
			case SpinflowPackage.INPUT_LAYER__DRIVE_OFFSET:
				return driveOffset != DRIVE_OFFSET_EDEFAULT;
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
		result.append(" (features: ");
		result.append(features);
		result.append(", encoding: ");
		result.append(encoding);
		result.append(", driveScale: ");
		result.append(driveScale);
		result.append(", driveOffset: ");
		result.append(driveOffset);
		result.append(')');
		return result.toString();
	}

} //InputLayerImpl
