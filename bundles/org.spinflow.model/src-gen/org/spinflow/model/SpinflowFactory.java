/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.spinflow.model.SpinflowPackage
 * @generated
 */
public interface SpinflowFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpinflowFactory eINSTANCE = org.spinflow.model.impl.SpinflowFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network</em>'.
	 * @generated
	 */
	Network createNetwork();

	/**
	 * Returns a new object of class '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Port</em>'.
	 * @generated
	 */
	Port createPort();

	/**
	 * Returns a new object of class '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Connection</em>'.
	 * @generated
	 */
	Connection createConnection();

	/**
	 * Returns a new object of class '<em>Input Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input Layer</em>'.
	 * @generated
	 */
	InputLayer createInputLayer();

	/**
	 * Returns a new object of class '<em>Crossbar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Crossbar</em>'.
	 * @generated
	 */
	Crossbar createCrossbar();

	/**
	 * Returns a new object of class '<em>Synapse Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Synapse Spec</em>'.
	 * @generated
	 */
	SynapseSpec createSynapseSpec();

	/**
	 * Returns a new object of class '<em>Conductances</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conductances</em>'.
	 * @generated
	 */
	Conductances createConductances();

	/**
	 * Returns a new object of class '<em>Mtj Neuron Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mtj Neuron Array</em>'.
	 * @generated
	 */
	MtjNeuronArray createMtjNeuronArray();

	/**
	 * Returns a new object of class '<em>Activation Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Activation Layer</em>'.
	 * @generated
	 */
	ActivationLayer createActivationLayer();

	/**
	 * Returns a new object of class '<em>Readout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Readout</em>'.
	 * @generated
	 */
	Readout createReadout();

	/**
	 * Returns a new object of class '<em>Generic Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Generic Node</em>'.
	 * @generated
	 */
	GenericNode createGenericNode();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Device Preset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Preset</em>'.
	 * @generated
	 */
	DevicePreset createDevicePreset();

	/**
	 * Returns a new object of class '<em>Variability Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variability Spec</em>'.
	 * @generated
	 */
	VariabilitySpec createVariabilitySpec();

	/**
	 * Returns a new object of class '<em>Calibration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Calibration</em>'.
	 * @generated
	 */
	Calibration createCalibration();

	/**
	 * Returns a new object of class '<em>Noise Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Noise Spec</em>'.
	 * @generated
	 */
	NoiseSpec createNoiseSpec();

	/**
	 * Returns a new object of class '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Spec</em>'.
	 * @generated
	 */
	TrainingSpec createTrainingSpec();

	/**
	 * Returns a new object of class '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Spec</em>'.
	 * @generated
	 */
	DatasetSpec createDatasetSpec();

	/**
	 * Returns a new object of class '<em>Split Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Split Spec</em>'.
	 * @generated
	 */
	SplitSpec createSplitSpec();

	/**
	 * Returns a new object of class '<em>Optimizer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Optimizer Spec</em>'.
	 * @generated
	 */
	OptimizerSpec createOptimizerSpec();

	/**
	 * Returns a new object of class '<em>Training Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Run</em>'.
	 * @generated
	 */
	TrainingRun createTrainingRun();

	/**
	 * Returns a new object of class '<em>Epoch Metrics</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Epoch Metrics</em>'.
	 * @generated
	 */
	EpochMetrics createEpochMetrics();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SpinflowPackage getSpinflowPackage();

} //SpinflowFactory
