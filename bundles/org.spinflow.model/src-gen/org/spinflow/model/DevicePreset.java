/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Preset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.DevicePreset#getBasePreset <em>Base Preset</em>}</li>
 *   <li>{@link org.spinflow.model.DevicePreset#getSource <em>Source</em>}</li>
 *   <li>{@link org.spinflow.model.DevicePreset#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getDevicePreset()
 * @model
 * @generated
 */
public interface DevicePreset extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Base Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Preset</em>' attribute.
	 * @see #setBasePreset(String)
	 * @see org.spinflow.model.SpinflowPackage#getDevicePreset_BasePreset()
	 * @model
	 * @generated
	 */
	String getBasePreset();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DevicePreset#getBasePreset <em>Base Preset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Preset</em>' attribute.
	 * @see #getBasePreset()
	 * @generated
	 */
	void setBasePreset(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citation of where the parameter values come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.spinflow.model.SpinflowPackage#getDevicePreset_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DevicePreset#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getDevicePreset_Parameters()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Parameter> getParameters();

} // DevicePreset
