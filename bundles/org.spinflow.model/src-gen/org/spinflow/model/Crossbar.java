/**
 */
package org.spinflow.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Crossbar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.Crossbar#getRows <em>Rows</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#getCols <em>Cols</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#isBias <em>Bias</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#getSynapse <em>Synapse</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#getInit <em>Init</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#getInitScale <em>Init Scale</em>}</li>
 *   <li>{@link org.spinflow.model.Crossbar#getConductances <em>Conductances</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getCrossbar()
 * @model
 * @generated
 */
public interface Crossbar extends Node {
	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Rows()
	 * @model
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getRows <em>Rows</em>}' attribute.
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
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Cols()
	 * @model
	 * @generated
	 */
	int getCols();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getCols <em>Cols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cols</em>' attribute.
	 * @see #getCols()
	 * @generated
	 */
	void setCols(int value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adds a bias row driven at a constant unit input (rows + 1 physical rows).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Bias()
	 * @model default="true"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Synapse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Synapse</em>' containment reference.
	 * @see #setSynapse(SynapseSpec)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Synapse()
	 * @model containment="true"
	 * @generated
	 */
	SynapseSpec getSynapse();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getSynapse <em>Synapse</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synapse</em>' containment reference.
	 * @see #getSynapse()
	 * @generated
	 */
	void setSynapse(SynapseSpec value);

	/**
	 * Returns the value of the '<em><b>Init</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.WeightInit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init</em>' attribute.
	 * @see org.spinflow.model.WeightInit
	 * @see #setInit(WeightInit)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Init()
	 * @model
	 * @generated
	 */
	WeightInit getInit();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getInit <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init</em>' attribute.
	 * @see org.spinflow.model.WeightInit
	 * @see #getInit()
	 * @generated
	 */
	void setInit(WeightInit value);

	/**
	 * Returns the value of the '<em><b>Init Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Scale</em>' attribute.
	 * @see #setInitScale(double)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_InitScale()
	 * @model default="1.0"
	 * @generated
	 */
	double getInitScale();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getInitScale <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Scale</em>' attribute.
	 * @see #getInitScale()
	 * @generated
	 */
	void setInitScale(double value);

	/**
	 * Returns the value of the '<em><b>Conductances</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conductances</em>' containment reference.
	 * @see #setConductances(Conductances)
	 * @see org.spinflow.model.SpinflowPackage#getCrossbar_Conductances()
	 * @model containment="true"
	 * @generated
	 */
	Conductances getConductances();

	/**
	 * Sets the value of the '{@link org.spinflow.model.Crossbar#getConductances <em>Conductances</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conductances</em>' containment reference.
	 * @see #getConductances()
	 * @generated
	 */
	void setConductances(Conductances value);

} // Crossbar
