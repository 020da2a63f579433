/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Split Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.SplitSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.spinflow.model.SplitSpec#getFolds <em>Folds</em>}</li>
 *   <li>{@link org.spinflow.model.SplitSpec#getHoldoutFraction <em>Holdout Fraction</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getSplitSpec()
 * @model
 * @generated
 */
public interface SplitSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.SplitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.spinflow.model.SplitKind
	 * @see #setKind(SplitKind)
	 * @see org.spinflow.model.SpinflowPackage#getSplitSpec_Kind()
	 * @model
	 * @generated
	 */
	SplitKind getKind();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SplitSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.spinflow.model.SplitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SplitKind value);

	/**
	 * Returns the value of the '<em><b>Folds</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folds</em>' attribute.
	 * @see #setFolds(int)
	 * @see org.spinflow.model.SpinflowPackage#getSplitSpec_Folds()
	 * @model default="5"
	 * @generated
	 */
	int getFolds();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SplitSpec#getFolds <em>Folds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folds</em>' attribute.
	 * @see #getFolds()
	 * @generated
	 */
	void setFolds(int value);

	/**
	 * Returns the value of the '<em><b>Holdout Fraction</b></em>' attribute.
	 * The default value is <code>"0.2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holdout Fraction</em>' attribute.
	 * @see #setHoldoutFraction(double)
	 * @see org.spinflow.model.SpinflowPackage#getSplitSpec_HoldoutFraction()
	 * @model default="0.2"
	 * @generated
	 */
	double getHoldoutFraction();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SplitSpec#getHoldoutFraction <em>Holdout Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holdout Fraction</em>' attribute.
	 * @see #getHoldoutFraction()
	 * @generated
	 */
	void setHoldoutFraction(double value);

} // SplitSpec
