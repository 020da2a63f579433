/**
 */
package org.spinflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activation Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.ActivationLayer#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getActivationLayer()
 * @model
 * @generated
 */
public interface ActivationLayer extends NeuronArray {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.ActivationFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see org.spinflow.model.ActivationFunction
	 * @see #setFunction(ActivationFunction)
	 * @see org.spinflow.model.SpinflowPackage#getActivationLayer_Function()
	 * @model
	 * @generated
	 */
	ActivationFunction getFunction();

	/**
	 * Sets the value of the '{@link org.spinflow.model.ActivationLayer#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see org.spinflow.model.ActivationFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(ActivationFunction value);

} // ActivationLayer
