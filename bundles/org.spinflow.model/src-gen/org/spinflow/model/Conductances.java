/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conductances</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Learned conductance pairs, row-major (rows incl. bias) x cols, little-endian float32 in siemens, base64 encoded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Conductances#getRows <em>Rows</em>}</li>
 *   <li>{@link org.spinflow.model.Conductances#getCols <em>Cols</em>}</li>
 *   <li>{@link org.spinflow.model.Conductances#getGPlus <em>GPlus</em>}</li>
 *   <li>{@link org.spinflow.model.Conductances#getGMinus <em>GMinus</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getConductances()
 * @model
 * @generated
 */
public interface Conductances extends EObject {
	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.spinflow.model.SpinflowPackage#getConductances_Rows()
	 * @model
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Conductances#getRows <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows</em>' attribute.
	 * @see #getRows()
	 * @generated
	 */
	void setRows(int value);

	/**
	 * Returns the value of the '<em><b>Cols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cols</em>' attribute.
	 * @see #setCols(int)
	 * @see org.spinflow.model.SpinflowPackage#getConductances_Cols()
	 * @model
	 * @generated
	 */
	int getCols();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Conductances#getCols <em>Cols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cols</em>' attribute.
	 * @see #getCols()
	 * @generated
	 */
	void setCols(int value);

	/**
	 * Returns the value of the '<em><b>GPlus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>GPlus</em>' attribute.
	 * @see #setGPlus(String)
	 * @see org.spinflow.model.SpinflowPackage#getConductances_GPlus()
	 * @model
	 * @generated
	 */
	String getGPlus();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Conductances#getGPlus <em>GPlus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GPlus</em>' attribute.
	 * @see #getGPlus()
	 * @generated
	 */
	void setGPlus(String value);

	/**
	 * Returns the value of the '<em><b>GMinus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>GMinus</em>' attribute.
	 * @see #setGMinus(String)
	 * @see org.spinflow.model.SpinflowPackage#getConductances_GMinus()
	 * @model
	 * @generated
	 */
	String getGMinus();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Conductances#getGMinus <em>GMinus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GMinus</em>' attribute.
	 * @see #getGMinus()
	 * @generated
	 */
	void setGMinus(String value);

} // Conductances
