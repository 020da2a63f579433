/**
 */
package org.spinflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Input Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.InputLayer#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.spinflow.model.InputLayer#getEncoding <em>Encoding</em>}</li>
 *   <li>{@link org.spinflow.model.InputLayer#getDriveScale <em>Drive Scale</em>}</li>
 *   <li>{@link org.spinflow.model.InputLayer#getDriveOffset <em>Drive Offset</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getInputLayer()
 * @model
 * @generated
 */
public interface InputLayer extends Node {
	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' attribute.
	 * @see #setFeatures(int)
	 * @see org.spinflow.model.SpinflowPackage#getInputLayer_Features()
	 * @model
	 * @generated
	 */
	int getFeatures();

	/**
	 * Sets the value of the '{@link org.spinflow.model.InputLayer#getFeatures <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features</em>' attribute.
	 * @see #getFeatures()
	 * @generated
	 */
	void setFeatures(int value);

	/**
	 * Returns the value of the '<em><b>Encoding</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.InputEncoding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encoding</em>' attribute.
	 * @see org.spinflow.model.InputEncoding
	 * @see #setEncoding(InputEncoding)
	 * @see org.spinflow.model.SpinflowPackage#getInputLayer_Encoding()
	 * @model
	 * @generated
	 */
	InputEncoding getEncoding();

	/**
	 * Sets the value of the '{@link org.spinflow.model.InputLayer#getEncoding <em>Encoding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encoding</em>' attribute.
	 * @see org.spinflow.model.InputEncoding
	 * @see #getEncoding()
	 * @generated
	 */
	void setEncoding(InputEncoding value);

	/**
	 * Returns the value of the '<em><b>Drive Scale</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Drive (V or A, by encoding) applied for a normalised feature value of 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Drive Scale</em>' attribute.
	 * @see #setDriveScale(double)
	 * @see org.spinflow.model.SpinflowPackage#getInputLayer_DriveScale()
	 * @model default="0.1"
	 * @generated
	 */
	double getDriveScale();

	/**
	 * Sets the value of the '{@link org.spinflow.model.InputLayer#getDriveScale <em>Drive Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drive Scale</em>' attribute.
	 * @see #getDriveScale()
	 * @generated
	 */
	void setDriveScale(double value);

	/**
	 * Returns the value of the '<em><b>Drive Offset</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drive Offset</em>' attribute.
	 * @see #setDriveOffset(double)
	 * @see org.spinflow.model.SpinflowPackage#getInputLayer_DriveOffset()
	 * @model default="0.0"
	 * @generated
	 */
	double getDriveOffset();

	/**
	 * Sets the value of the '{@link org.spinflow.model.InputLayer#getDriveOffset <em>Drive Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drive Offset</em>' attribute.
	 * @see #getDriveOffset()
	 * @generated
	 */
	void setDriveOffset(double value);

} // InputLayer
