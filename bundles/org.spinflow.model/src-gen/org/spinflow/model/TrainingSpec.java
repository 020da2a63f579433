/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.TrainingSpec#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getSplit <em>Split</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getGradientMode <em>Gradient Mode</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getDelta <em>Delta</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getRepeatedReads <em>Repeated Reads</em>}</li>
 *   <li>{@link org.spinflow.model.TrainingSpec#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec()
 * @model
 * @generated
 */
public interface TrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetSpec)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetSpec getDataset();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetSpec value);

	/**
	 * Returns the value of the '<em><b>Split</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split</em>' containment reference.
	 * @see #setSplit(SplitSpec)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Split()
	 * @model containment="true"
	 * @generated
	 */
	SplitSpec getSplit();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getSplit <em>Split</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split</em>' containment reference.
	 * @see #getSplit()
	 * @generated
	 */
	void setSplit(SplitSpec value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' containment reference.
	 * @see #setOptimizer(OptimizerSpec)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Optimizer()
	 * @model containment="true"
	 * @generated
	 */
	OptimizerSpec getOptimizer();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getOptimizer <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' containment reference.
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerSpec value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Epochs()
	 * @model default="50"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"16"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_BatchSize()
	 * @model default="16"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Gradient Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.spinflow.model.GradientMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient Mode</em>' attribute.
	 * @see org.spinflow.model.GradientMode
	 * @see #setGradientMode(GradientMode)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_GradientMode()
	 * @model
	 * @generated
	 */
	GradientMode getGradientMode();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getGradientMode <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient Mode</em>' attribute.
	 * @see org.spinflow.model.GradientMode
	 * @see #getGradientMode()
	 * @generated
	 */
	void setGradientMode(GradientMode value);

	/**
	 * Returns the value of the '<em><b>Delta</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finite-difference step in units of the neuron pre-activation z (the drive step is inputGain * delta).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Delta</em>' attribute.
	 * @see #setDelta(double)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Delta()
	 * @model default="0.1"
	 * @generated
	 */
	double getDelta();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getDelta <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta</em>' attribute.
	 * @see #getDelta()
	 * @generated
	 */
	void setDelta(double value);

	/**
	 * Returns the value of the '<em><b>Repeated Reads</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Repeated Reads</em>' attribute.
	 * @see #setRepeatedReads(int)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_RepeatedReads()
	 * @model default="1"
	 * @generated
	 */
	int getRepeatedReads();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getRepeatedReads <em>Repeated Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeated Reads</em>' attribute.
	 * @see #getRepeatedReads()
	 * @generated
	 */
	void setRepeatedReads(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.spinflow.model.SpinflowPackage#getTrainingSpec_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.spinflow.model.TrainingSpec#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // TrainingSpec
