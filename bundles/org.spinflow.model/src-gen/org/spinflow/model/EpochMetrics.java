/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epoch Metrics</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.EpochMetrics#getFold <em>Fold</em>}</li>
 *   <li>{@link org.spinflow.model.EpochMetrics#getEpoch <em>Epoch</em>}</li>
 *   <li>{@link org.spinflow.model.EpochMetrics#getLoss <em>Loss</em>}</li>
 *   <li>{@link org.spinflow.model.EpochMetrics#getTrainAccuracy <em>Train Accuracy</em>}</li>
 *   <li>{@link org.spinflow.model.EpochMetrics#getValidationAccuracy <em>Validation Accuracy</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics()
 * @model
 * @generated
 */
public interface EpochMetrics extends EObject {
	/**
	 * Returns the value of the '<em><b>Fold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fold</em>' attribute.
	 * @see #setFold(int)
	 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics_Fold()
	 * @model
	 * @generated
	 */
	int getFold();

	/**
	 * Sets the value of the '{@link org.spinflow.model.EpochMetrics#getFold <em>Fold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fold</em>' attribute.
	 * @see #getFold()
	 * @generated
	 */
	void setFold(int value);

	/**
	 * Returns the value of the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epoch</em>' attribute.
	 * @see #setEpoch(int)
	 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics_Epoch()
	 * @model
	 * @generated
	 */
	int getEpoch();

	/**
	 * Sets the value of the '{@link org.spinflow.model.EpochMetrics#getEpoch <em>Epoch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epoch</em>' attribute.
	 * @see #getEpoch()
	 * @generated
	 */
	void setEpoch(int value);

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see #setLoss(double)
	 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics_Loss()
	 * @model
	 * @generated
	 */
	double getLoss();

	/**
	 * Sets the value of the '{@link org.spinflow.model.EpochMetrics#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(double value);

	/**
	 * Returns the value of the '<em><b>Train Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Accuracy</em>' attribute.
	 * @see #setTrainAccuracy(double)
	 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics_TrainAccuracy()
	 * @model
	 * @generated
	 */
	double getTrainAccuracy();

	/**
	 * Sets the value of the '{@link org.spinflow.model.EpochMetrics#getTrainAccuracy <em>Train Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Accuracy</em>' attribute.
	 * @see #getTrainAccuracy()
	 * @generated
	 */
	void setTrainAccuracy(double value);

	/**
	 * Returns the value of the '<em><b>Validation Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Accuracy</em>' attribute.
	 * @see #setValidationAccuracy(double)
	 * @see org.spinflow.model.SpinflowPackage#getEpochMetrics_ValidationAccuracy()
	 * @model
	 * @generated
	 */
	double getValidationAccuracy();

	/**
	 * Sets the value of the '{@link org.spinflow.model.EpochMetrics#getValidationAccuracy <em>Validation Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Accuracy</em>' attribute.
	 * @see #getValidationAccuracy()
	 * @generated
	 */
	void setValidationAccuracy(double value);

} // EpochMetrics
