/**
 */
package org.spinflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Neuron Array</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.NeuronArray#getSize <em>Size</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getNeuronArray()
 * @model abstract="true"
 * @generated
 */
public interface NeuronArray extends Node {
	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.spinflow.model.SpinflowPackage#getNeuronArray_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.spinflow.model.NeuronArray#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

} // NeuronArray
