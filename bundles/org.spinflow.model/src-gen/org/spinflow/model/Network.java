/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Network#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.spinflow.model.Network#getConnections <em>Connections</em>}</li>
 *   <li>{@link org.spinflow.model.Network#getPresets <em>Presets</em>}</li>
 *   <li>{@link org.spinflow.model.Network#getTraining <em>Training</em>}</li>
 *   <li>{@link org.spinflow.model.Network#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getNetwork()
 * @model
 * @generated
 */
public interface Network extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getNetwork_Nodes()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Connection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connections</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getNetwork_Connections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Connection> getConnections();

	/**
	 * Returns the value of the '<em><b>Presets</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.DevicePreset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Presets</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getNetwork_Presets()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<DevicePreset> getPresets();

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSpec)
	 * @see org.spinflow.model.SpinflowPackage#getNetwork_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Network#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.TrainingRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runs</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getNetwork_Runs()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingRun> getRuns();

} // Network
