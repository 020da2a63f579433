/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node of a kind declared by a node-kind descriptor (org.spinflow.model.kinds) rather than by its own class, e.g. Sum, Concat or a kind contributed by another bundle: the descriptor's id and its typed property values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.GenericNode#getKind <em>Kind</em>}</li>
 *   <li>{@link org.spinflow.model.GenericNode#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getGenericNode()
 * @model
 * @generated
 */
public interface GenericNode extends Node {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the node-kind descriptor, e.g. sum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.spinflow.model.SpinflowPackage#getGenericNode_Kind()
	 * @model required="true"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.spinflow.model.GenericNode#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getGenericNode_Properties()
	 * @model containment="true" keys="name"
	 * @generated
	 */
	EList<Parameter> getProperties();

} // GenericNode
