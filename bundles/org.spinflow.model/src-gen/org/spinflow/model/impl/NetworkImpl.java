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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.spinflow.model.Connection;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.Network;
import org.spinflow.model.Node;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.NetworkImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NetworkImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NetworkImpl#getPresets <em>Presets</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NetworkImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.spinflow.model.impl.NetworkImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkImpl extends NamedElementImpl implements Network {
	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected EList<Connection> connections;

	/**
	 * The cached value of the '{@link #getPresets() <em>Presets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresets()
	 * @generated
	 * @ordered
	 */
	protected EList<DevicePreset> presets;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSpec training;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingRun> runs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.NETWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, SpinflowPackage.NETWORK__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Connection> getConnections() {
		if (connections == null) {
			connections = new EObjectContainmentEList<Connection>(Connection.class, this, SpinflowPackage.NETWORK__CONNECTIONS);
		}
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DevicePreset> getPresets() {
		if (presets == null) {
			presets = new EObjectContainmentEList<DevicePreset>(DevicePreset.class, this, SpinflowPackage.NETWORK__PRESETS);
		}
		return presets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSpec newTraining, NotificationChain msgs) {
		TrainingSpec oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.NETWORK__TRAINING, oldTraining, newTraining);
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
	public void setTraining(TrainingSpec newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.NETWORK__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.NETWORK__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.NETWORK__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingRun> getRuns() {
		if (runs == null) {
			runs = new EObjectContainmentEList<TrainingRun>(TrainingRun.class, this, SpinflowPackage.NETWORK__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpinflowPackage.NETWORK__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case SpinflowPackage.NETWORK__CONNECTIONS:
				return ((InternalEList<?>)getConnections()).basicRemove(otherEnd, msgs);
			case SpinflowPackage.NETWORK__PRESETS:
				return ((InternalEList<?>)getPresets()).basicRemove(otherEnd, msgs);
			case SpinflowPackage.NETWORK__TRAINING:
				return basicSetTraining(null, msgs);
			case SpinflowPackage.NETWORK__RUNS:
				return ((InternalEList<?>)getRuns()).basicRemove(otherEnd, msgs);
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
			case SpinflowPackage.NETWORK__NODES:
				return getNodes();
			case SpinflowPackage.NETWORK__CONNECTIONS:
				return getConnections();
			case SpinflowPackage.NETWORK__PRESETS:
				return getPresets();
			case SpinflowPackage.NETWORK__TRAINING:
				return getTraining();
			case SpinflowPackage.NETWORK__RUNS:
				return getRuns();
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
			case SpinflowPackage.NETWORK__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case SpinflowPackage.NETWORK__CONNECTIONS:
				getConnections().clear();
				getConnections().addAll((Collection<? extends Connection>)newValue);
				return;
			case SpinflowPackage.NETWORK__PRESETS:
				getPresets().clear();
				getPresets().addAll((Collection<? extends DevicePreset>)newValue);
				return;
			case SpinflowPackage.NETWORK__TRAINING:
				setTraining((TrainingSpec)newValue);
				return;
			case SpinflowPackage.NETWORK__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends TrainingRun>)newValue);
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
			case SpinflowPackage.NETWORK__NODES:
				getNodes().clear();
				return;
			case SpinflowPackage.NETWORK__CONNECTIONS:
				getConnections().clear();
				return;
			case SpinflowPackage.NETWORK__PRESETS:
				getPresets().clear();
				return;
			case SpinflowPackage.NETWORK__TRAINING:
				setTraining((TrainingSpec)null);
				return;
			case SpinflowPackage.NETWORK__RUNS:
				getRuns().clear();
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
			case SpinflowPackage.NETWORK__NODES:
				return nodes != null && !nodes.isEmpty();
			case SpinflowPackage.NETWORK__CONNECTIONS:
				return connections != null && !connections.isEmpty();
			case SpinflowPackage.NETWORK__PRESETS:
				return presets != null && !presets.isEmpty();
			case SpinflowPackage.NETWORK__TRAINING:
				return training != null;
			case SpinflowPackage.NETWORK__RUNS:
				return runs != null && !runs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //NetworkImpl
