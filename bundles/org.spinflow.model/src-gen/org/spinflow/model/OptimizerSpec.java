/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Optimizer Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getBeta1 <em>Beta1</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getBeta2 <em>Beta2</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getStepEpochs <em>Step Epochs</em>}</li>
 *   <li>{@link org.spinflow.model.OptimizerSpec#getGamma <em>Gamma</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec()
 * @model
 * @generated
 */
public interface OptimizerSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.OptimizerKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.spinflow.model.OptimizerKind
	 * @see #setKind(OptimizerKind)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Kind()
	 * @model
	 * @generated
	 */
	OptimizerKind getKind();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.spinflow.model.OptimizerKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OptimizerKind value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_LearningRate()
	 * @model default="0.05"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Momentum</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Momentum</em>' attribute.
	 * @see #setMomentum(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Momentum()
	 * @model default="0.9"
	 * @generated
	 */
	double getMomentum();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getMomentum <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Momentum</em>' attribute.
	 * @see #getMomentum()
	 * @generated
	 */
	void setMomentum(double value);

	/**
	 * Returns the value of the '<em><b>Beta1</b></em>' attribute.
	 * The default value is <code>"0.9"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta1</em>' attribute.
	 * @see #setBeta1(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Beta1()
	 * @model default="0.9"
	 * @generated
	 */
	double getBeta1();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getBeta1 <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta1</em>' attribute.
	 * @see #getBeta1()
	 * @generated
	 */
	void setBeta1(double value);

	/**
	 * Returns the value of the '<em><b>Beta2</b></em>' attribute.
	 * The default value is <code>"0.999"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beta2</em>' attribute.
	 * @see #setBeta2(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Beta2()
	 * @model default="0.999"
	 * @generated
	 */
	double getBeta2();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getBeta2 <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beta2</em>' attribute.
	 * @see #getBeta2()
	 * @generated
	 */
	void setBeta2(double value);

	/**
	 * Returns the value of the '<em><b>Epsilon</b></em>' attribute.
	 * The default value is <code>"1.0e-8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epsilon</em>' attribute.
	 * @see #setEpsilon(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Epsilon()
	 * @model default="1.0e-8"
	 * @generated
	 */
	double getEpsilon();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getEpsilon <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon</em>' attribute.
	 * @see #getEpsilon()
	 * @generated
	 */
	void setEpsilon(double value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_WeightDecay()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.Schedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see org.spinflow.model.Schedule
	 * @see #setSchedule(Schedule)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Schedule()
	 * @model
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see org.spinflow.model.Schedule
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

	/**
	 * Returns the value of the '<em><b>Step Epochs</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Epochs</em>' attribute.
	 * @see #setStepEpochs(int)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_StepEpochs()
	 * @model default="10"
	 * @generated
	 */
	int getStepEpochs();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getStepEpochs <em>Step Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Epochs</em>' attribute.
	 * @see #getStepEpochs()
	 * @generated
	 */
	void setStepEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Gamma</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gamma</em>' attribute.
	 * @see #setGamma(double)
	 * @see org.spinflow.model.SpinflowPackage#getOptimizerSpec_Gamma()
	 * @model default="0.5"
	 * @generated
	 */
	double getGamma();

	/**
	 * Sets the value of the '{@link org.spinflow.model.OptimizerSpec#getGamma <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gamma</em>' attribute.
	 * @see #getGamma()
	 * @generated
	 */
	void setGamma(double value);

} // OptimizerSpec
