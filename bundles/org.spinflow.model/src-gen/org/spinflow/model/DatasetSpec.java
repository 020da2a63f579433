/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.DatasetSpec#getPath <em>Path</em>}</li>
 *   <li>{@link org.spinflow.model.DatasetSpec#getFormat <em>Format</em>}</li>
 *   <li>{@link org.spinflow.model.DatasetSpec#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.spinflow.model.DatasetSpec#getLimit <em>Limit</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getDatasetSpec()
 * @model
 * @generated
 */
public interface DatasetSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data file (CSV) or folder (IDX), relative to the model file; --data overrides it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.spinflow.model.SpinflowPackage#getDatasetSpec_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DatasetSpec#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.DataFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.spinflow.model.DataFormat
	 * @see #setFormat(DataFormat)
	 * @see org.spinflow.model.SpinflowPackage#getDatasetSpec_Format()
	 * @model
	 * @generated
	 */
	DataFormat getFormat();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DatasetSpec#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.spinflow.model.DataFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(DataFormat value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.Normalisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see org.spinflow.model.Normalisation
	 * @see #setNormalisation(Normalisation)
	 * @see org.spinflow.model.SpinflowPackage#getDatasetSpec_Normalisation()
	 * @model
	 * @generated
	 */
	Normalisation getNormalisation();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DatasetSpec#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see org.spinflow.model.Normalisation
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(Normalisation value);

	/**
	 * Returns the value of the '<em><b>Limit</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use only the first N training samples (0 = all).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limit</em>' attribute.
	 * @see #setLimit(int)
	 * @see org.spinflow.model.SpinflowPackage#getDatasetSpec_Limit()
	 * @model default="0"
	 * @generated
	 */
	int getLimit();

	/**
	 * Sets the value of the '{@link org.spinflow.model.DatasetSpec#getLimit <em>Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limit</em>' attribute.
	 * @see #getLimit()
	 * @generated
	 */
	void setLimit(int value);

} // DatasetSpec
