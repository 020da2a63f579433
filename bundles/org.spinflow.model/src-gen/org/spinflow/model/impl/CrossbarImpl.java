/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.spinflow.model.Conductances;
import org.spinflow.model.Crossbar;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.WeightInit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Crossbar</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getRows <em>Rows</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getCols <em>Cols</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#isBias <em>Bias</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getSynapse <em>Synapse</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getInit <em>Init</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getInitScale <em>Init Scale</em>}</li>
 *   <li>{@link org.spinflow.model.impl.CrossbarImpl#getConductances <em>Conductances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CrossbarImpl extends NodeImpl implements Crossbar {
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
	 * The default value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BIAS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBias() <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBias()
	 * @generated
	 * @ordered
	 */
	protected boolean bias = BIAS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSynapse() <em>Synapse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSynapse()
	 * @generated
	 * @ordered
	 */
	protected SynapseSpec synapse;

	/**
	 * The default value of the '{@link #getInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInit()
	 * @generated
	 * @ordered
	 */
	protected static final WeightInit INIT_EDEFAULT = WeightInit.XAVIER_UNIFORM;

	/**
	 * The cached value of the '{@link #getInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInit()
	 * @generated
	 * @ordered
	 */
	protected WeightInit init = INIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitScale() <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitScale()
	 * @generated
	 * @ordered
	 */
	protected static final double INIT_SCALE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getInitScale() <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitScale()
	 * @generated
	 * @ordered
	 */
	protected double initScale = INIT_SCALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConductances() <em>Conductances</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConductances()
	 * @generated
	 * @ordered
	 */
	protected Conductances conductances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CrossbarImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.CROSSBAR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__ROWS, oldRows, rows));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__COLS, oldCols, cols));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBias() {
		return bias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBias(boolean newBias) {
		boolean oldBias = bias;
		bias = newBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__BIAS, oldBias, bias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SynapseSpec getSynapse() {
		return synapse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSynapse(SynapseSpec newSynapse, NotificationChain msgs) {
		SynapseSpec oldSynapse = synapse;
		synapse = newSynapse;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__SYNAPSE, oldSynapse, newSynapse);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynapse(SynapseSpec newSynapse) {
		if (newSynapse != synapse) {
			NotificationChain msgs = null;
			if (synapse != null)
				msgs = ((InternalEObject)synapse).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.CROSSBAR__SYNAPSE, null, msgs);
			if (newSynapse != null)
				msgs = ((InternalEObject)newSynapse).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.CROSSBAR__SYNAPSE, null, msgs);
			msgs = basicSetSynapse(newSynapse, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__SYNAPSE, newSynapse, newSynapse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightInit getInit() {
		return init;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInit(WeightInit newInit) {
		WeightInit oldInit = init;
		init = newInit == null ? INIT_EDEFAULT : newInit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__INIT, oldInit, init));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitScale() {
		return initScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitScale(double newInitScale) {
		double oldInitScale = initScale;
		initScale = newInitScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__INIT_SCALE, oldInitScale, initScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conductances getConductances() {
		return conductances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConductances(Conductances newConductances, NotificationChain msgs) {
		Conductances oldConductances = conductances;
		conductances = newConductances;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__CONDUCTANCES, oldConductances, newConductances);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConductances(Conductances newConductances) {
		if (newConductances != conductances) {
			NotificationChain msgs = null;
			if (conductances != null)
				msgs = ((InternalEObject)conductances).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.CROSSBAR__CONDUCTANCES, null, msgs);
			if (newConductances != null)
				msgs = ((InternalEObject)newConductances).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.CROSSBAR__CONDUCTANCES, null, msgs);
			msgs = basicSetConductances(newConductances, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.CROSSBAR__CONDUCTANCES, newConductances, newConductances));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpinflowPackage.CROSSBAR__SYNAPSE:
				return basicSetSynapse(null, msgs);
			case SpinflowPackage.CROSSBAR__CONDUCTANCES:
				return basicSetConductances(null, msgs);
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
			case SpinflowPackage.CROSSBAR__ROWS:
				return getRows();
			case SpinflowPackage.CROSSBAR__COLS:
				return getCols();
			case SpinflowPackage.CROSSBAR__BIAS:
				return isBias();
			case SpinflowPackage.CROSSBAR__SYNAPSE:
				return getSynapse();
			case SpinflowPackage.CROSSBAR__INIT:
				return getInit();
			case SpinflowPackage.CROSSBAR__INIT_SCALE:
				return getInitScale();
			case SpinflowPackage.CROSSBAR__CONDUCTANCES:
				return getConductances();
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
			case SpinflowPackage.CROSSBAR__ROWS:
				setRows((Integer)newValue);
				return;
			case SpinflowPackage.CROSSBAR__COLS:
				setCols((Integer)newValue);
				return;
			case SpinflowPackage.CROSSBAR__BIAS:
				setBias((Boolean)newValue);
				return;
			case SpinflowPackage.CROSSBAR__SYNAPSE:
				setSynapse((SynapseSpec)newValue);
				return;
			case SpinflowPackage.CROSSBAR__INIT:
				setInit((WeightInit)newValue);
				return;
			case SpinflowPackage.CROSSBAR__INIT_SCALE:
				setInitScale((Double)newValue);
				return;
			case SpinflowPackage.CROSSBAR__CONDUCTANCES:
				setConductances((Conductances)newValue);
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
			case SpinflowPackage.CROSSBAR__ROWS:
				setRows(ROWS_EDEFAULT);
				return;
			case SpinflowPackage.CROSSBAR__COLS:
				setCols(COLS_EDEFAULT);
				return;
			case SpinflowPackage.CROSSBAR__BIAS:
				setBias(BIAS_EDEFAULT);
				return;
			case SpinflowPackage.CROSSBAR__SYNAPSE:
				setSynapse((SynapseSpec)null);
				return;
			case SpinflowPackage.CROSSBAR__INIT:
				setInit(INIT_EDEFAULT);
				return;
			case SpinflowPackage.CROSSBAR__INIT_SCALE:
				setInitScale(INIT_SCALE_EDEFAULT);
				return;
			case SpinflowPackage.CROSSBAR__CONDUCTANCES:
				setConductances((Conductances)null);
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
			case SpinflowPackage.CROSSBAR__ROWS:
				return rows != ROWS_EDEFAULT;
			case SpinflowPackage.CROSSBAR__COLS:
				return cols != COLS_EDEFAULT;
			case SpinflowPackage.CROSSBAR__BIAS:
				return bias != BIAS_EDEFAULT;
			case SpinflowPackage.CROSSBAR__SYNAPSE:
				return synapse != null;
			case SpinflowPackage.CROSSBAR__INIT:
				return init != INIT_EDEFAULT;
			case SpinflowPackage.CROSSBAR__INIT_SCALE:
				return initScale != INIT_SCALE_EDEFAULT;
			case SpinflowPackage.CROSSBAR__CONDUCTANCES:
				return conductances != null;
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
		result.append(", bias: ");
		result.append(bias);
		result.append(", init: ");
		result.append(init);
		result.append(", initScale: ");
		result.append(initScale);
		result.append(')');
		return result.toString();
	}

} //CrossbarImpl
