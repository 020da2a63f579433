/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.Conductances;
import org.spinflow.model.SpinflowPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conductances</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.ConductancesImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.spinflow.model.impl.ConductancesImpl#getCols <em>Cols</em>}</li>
 *   <li>{@link org.spinflow.model.impl.ConductancesImpl#getGPlus <em>GPlus</em>}</li>
 *   <li>{@link org.spinflow.model.impl.ConductancesImpl#getGMinus <em>GMinus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConductancesImpl extends MinimalEObjectImpl.Container implements Conductances {
	/**
	 * The default value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected static final int ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRows() <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRows()
	 * @generated
	 * @ordered
	 */
	protected int rows = ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCols() <em>Cols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCols()
	 * @generated
	 * @ordered
	 */
	protected static final int COLS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCols() <em>Cols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCols()
	 * @generated
	 * @ordered
	 */
	protected int cols = COLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGPlus() <em>GPlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGPlus()
	 * @generated
	 * @ordered
	 */
	protected static final String GPLUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGPlus() <em>GPlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGPlus()
	 * @generated
	 * @ordered
	 */
	protected String gPlus = GPLUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGMinus() <em>GMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMinus()
	 * @generated
	 * @ordered
	 */
	protected static final String GMINUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGMinus() <em>GMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGMinus()
	 * @generated
	 * @ordered
	 */
	protected String gMinus = GMINUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConductancesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.CONDUCTANCES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRows() {
		return rows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRows(int newRows) {
		int oldRows = rows;
		rows = newRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CONDUCTANCES__ROWS, oldRows, rows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCols() {
		return cols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCols(int newCols) {
		int oldCols = cols;
		cols = newCols;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CONDUCTANCES__COLS, oldCols, cols));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGPlus() {
		return gPlus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGPlus(String newGPlus) {
		String oldGPlus = gPlus;
		gPlus = newGPlus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CONDUCTANCES__GPLUS, oldGPlus, gPlus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGMinus() {
		return gMinus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGMinus(String newGMinus) {
		String oldGMinus = gMinus;
		gMinus = newGMinus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CONDUCTANCES__GMINUS, oldGMinus, gMinus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.CONDUCTANCES__ROWS:
				return getRows();
			case SpinflowPackage.CONDUCTANCES__COLS:
				return getCols();
			case SpinflowPackage.CONDUCTANCES__GPLUS:
				return getGPlus();
			case SpinflowPackage.CONDUCTANCES__GMINUS:
				return getGMinus();
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
			case SpinflowPackage.CONDUCTANCES__ROWS:
				setRows((Integer)newValue);
				return;
			case SpinflowPackage.CONDUCTANCES__COLS:
				setCols((Integer)newValue);
				return;
			case SpinflowPackage.CONDUCTANCES__GPLUS:
				setGPlus((String)newValue);
				return;
			case SpinflowPackage.CONDUCTANCES__GMINUS:
				setGMinus((String)newValue);
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
			case SpinflowPackage.CONDUCTANCES__ROWS:
				setRows(ROWS_EDEFAULT);
				return;
			case SpinflowPackage.CONDUCTANCES__COLS:
				setCols(COLS_EDEFAULT);
				return;
			case SpinflowPackage.CONDUCTANCES__GPLUS:
				setGPlus(GPLUS_EDEFAULT);
				return;
			case SpinflowPackage.CONDUCTANCES__GMINUS:
				setGMinus(GMINUS_EDEFAULT);
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
			case SpinflowPackage.CONDUCTANCES__ROWS:
				return rows != ROWS_EDEFAULT;
			case SpinflowPackage.CONDUCTANCES__COLS:
				return cols != COLS_EDEFAULT;
			case SpinflowPackage.CONDUCTANCES__GPLUS:
				return GPLUS_EDEFAULT == null ? gPlus != null : !GPLUS_EDEFAULT.equals(gPlus);
			case SpinflowPackage.CONDUCTANCES__GMINUS:
				return GMINUS_EDEFAULT == null ? gMinus != null : !GMINUS_EDEFAULT.equals(gMinus);
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
		result.append(" (rows: ");
		result.append(rows);
		result.append(", cols: ");
		result.append(cols);
		result.append(", gPlus: ");
		result.append(gPlus);
		result.append(", gMinus: ");
		result.append(gMinus);
		result.append(')');
		return result.toString();
	}

} //ConductancesImpl
