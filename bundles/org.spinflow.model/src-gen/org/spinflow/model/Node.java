/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Node#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getNode()
 * @model abstract="true"
 * @generated
 */
public interface Node extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Port}.
	 * It is bidirectional and its opposite is '{@link org.spinflow.model.Port#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getNode_Ports()
	 * @see org.spinflow.model.Port#getNode
	 * @model opposite="node" containment="true" keys="name"
	 * @generated
	 */
	EList<Port> getPorts();

} // Node
