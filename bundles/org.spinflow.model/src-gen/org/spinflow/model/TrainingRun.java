/**
 */
package org.spinflow.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.TrainingRun#getStarted <em>Started</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getSeconds <em>Seconds</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getGradientMode <em>Gradient Mode</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getAccuracyMean <em>Accuracy Mean</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getAccuracyStd <em>Accuracy Std</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingRun#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getTrainingRun()
 * @model
 * @generated
 */
public interface TrainingRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(String)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Started()
	 * @model
	 * @generated
	 */
	String getStarted();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(String value);

	/**
	 * Returns the value of the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seconds</em>' attribute.
	 * @see #setSeconds(double)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Seconds()
	 * @model
	 * @generated
	 */
	double getSeconds();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getSeconds <em>Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seconds</em>' attribute.
	 * @see #getSeconds()
	 * @generated
	 */
	void setSeconds(double value);

	/**
	 * Returns the value of the '<em><b>Gradient Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.GradientMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Mode</em>' attribute.
	 * @see org.spinflow.model.GradientMode
	 * @see #setGradientMode(GradientMode)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_GradientMode()
	 * @model
	 * @generated
	 */
	GradientMode getGradientMode();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getGradientMode <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Mode</em>' attribute.
	 * @see org.spinflow.model.GradientMode
	 * @see #getGradientMode()
	 * @generated
	 */
	void setGradientMode(GradientMode value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Accuracy Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accuracy Mean</em>' attribute.
	 * @see #setAccuracyMean(double)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_AccuracyMean()
	 * @model
	 * @generated
	 */
	double getAccuracyMean();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getAccuracyMean <em>Accuracy Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accuracy Mean</em>' attribute.
	 * @see #getAccuracyMean()
	 * @generated
	 */
	void setAccuracyMean(double value);

	/**
	 * Returns the value of the '<em><b>Accuracy Std</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accuracy Std</em>' attribute.
	 * @see #setAccuracyStd(double)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_AccuracyStd()
	 * @model
	 * @generated
	 */
	double getAccuracyStd();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getAccuracyStd <em>Accuracy Std</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accuracy Std</em>' attribute.
	 * @see #getAccuracyStd()
	 * @generated
	 */
	void setAccuracyStd(double value);

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see #setLoss(double)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Loss()
	 * @model
	 * @generated
	 */
	double getLoss();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingRun#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(double value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.EpochMetrics}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Epochs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpochMetrics> getEpochs();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference list.
	 * The list contents are of type {@link org.spinflow.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference list.
	 * @see org.spinflow.model.SpinflowPackage#getTrainingRun_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getProvenance();

} // TrainingRun
