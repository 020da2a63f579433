/**
 */
package org.spinflow.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.spinflow.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.spinflow.model.SpinflowPackage
 * @generated
 */
public class SpinflowSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SpinflowPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpinflowSwitch() {
		if (modelPackage == null) {
			modelPackage = SpinflowPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SpinflowPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.NETWORK: {
				Network network = (Network)theEObject;
				T result = caseNetwork(network);
				if (result == null) result = caseNamedElement(network);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.NODE: {
				Node node = (Node)theEObject;
				T result = caseNode(node);
				if (result == null) result = caseNamedElement(node);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.PORT: {
				Port port = (Port)theEObject;
				T result = casePort(port);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.CONNECTION: {
				Connection connection = (Connection)theEObject;
				T result = caseConnection(connection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.INPUT_LAYER: {
				InputLayer inputLayer = (InputLayer)theEObject;
				T result = caseInputLayer(inputLayer);
				if (result == null) result = caseNode(inputLayer);
				if (result == null) result = caseNamedElement(inputLayer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.CROSSBAR: {
				Crossbar crossbar = (Crossbar)theEObject;
				T result = caseCrossbar(crossbar);
				if (result == null) result = caseNode(crossbar);
				if (result == null) result = caseNamedElement(crossbar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.SYNAPSE_SPEC: {
				SynapseSpec synapseSpec = (SynapseSpec)theEObject;
				T result = caseSynapseSpec(synapseSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.CONDUCTANCES: {
				Conductances conductances = (Conductances)theEObject;
				T result = caseConductances(conductances);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.NEURON_ARRAY: {
				NeuronArray neuronArray = (NeuronArray)theEObject;
				T result = caseNeuronArray(neuronArray);
				if (result == null) result = caseNode(neuronArray);
				if (result == null) result = caseNamedElement(neuronArray);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.MTJ_NEURON_ARRAY: {
				MtjNeuronArray mtjNeuronArray = (MtjNeuronArray)theEObject;
				T result = caseMtjNeuronArray(mtjNeuronArray);
				if (result == null) result = caseNeuronArray(mtjNeuronArray);
				if (result == null) result = caseNode(mtjNeuronArray);
				if (result == null) result = caseNamedElement(mtjNeuronArray);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.ACTIVATION_LAYER: {
				ActivationLayer activationLayer = (ActivationLayer)theEObject;
				T result = caseActivationLayer(activationLayer);
				if (result == null) result = caseNeuronArray(activationLayer);
				if (result == null) result = caseNode(activationLayer);
				if (result == null) result = caseNamedElement(activationLayer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.READOUT: {
				Readout readout = (Readout)theEObject;
				T result = caseReadout(readout);
				if (result == null) result = caseNode(readout);
				if (result == null) result = caseNamedElement(readout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.GENERIC_NODE: {
				GenericNode genericNode = (GenericNode)theEObject;
				T result = caseGenericNode(genericNode);
				if (result == null) result = caseNode(genericNode);
				if (result == null) result = caseNamedElement(genericNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.PARAMETER: {
				Parameter parameter = (Parameter)theEObject;
				T result = caseParameter(parameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.DEVICE_PRESET: {
				DevicePreset devicePreset = (DevicePreset)theEObject;
				T result = caseDevicePreset(devicePreset);
				if (result == null) result = caseNamedElement(devicePreset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.VARIABILITY_SPEC: {
				VariabilitySpec variabilitySpec = (VariabilitySpec)theEObject;
				T result = caseVariabilitySpec(variabilitySpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.CALIBRATION: {
				Calibration calibration = (Calibration)theEObject;
				T result = caseCalibration(calibration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.NOISE_SPEC: {
				NoiseSpec noiseSpec = (NoiseSpec)theEObject;
				T result = caseNoiseSpec(noiseSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.TRAINING_SPEC: {
				TrainingSpec trainingSpec = (TrainingSpec)theEObject;
				T result = caseTrainingSpec(trainingSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.DATASET_SPEC: {
				DatasetSpec datasetSpec = (DatasetSpec)theEObject;
				T result = caseDatasetSpec(datasetSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.SPLIT_SPEC: {
				SplitSpec splitSpec = (SplitSpec)theEObject;
				T result = caseSplitSpec(splitSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.OPTIMIZER_SPEC: {
				OptimizerSpec optimizerSpec = (OptimizerSpec)theEObject;
				T result = caseOptimizerSpec(optimizerSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.TRAINING_RUN: {
				TrainingRun trainingRun = (TrainingRun)theEObject;
				T result = caseTrainingRun(trainingRun);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SpinflowPackage.EPOCH_METRICS: {
				EpochMetrics epochMetrics = (EpochMetrics)theEObject;
				T result = caseEpochMetrics(epochMetrics);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Network</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNetwork(Network object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNode(Node object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Port</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Port</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePort(Port object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConnection(Connection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Input Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Input Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInputLayer(InputLayer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Crossbar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Crossbar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrossbar(Crossbar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Synapse Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Synapse Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSynapseSpec(SynapseSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conductances</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conductances</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConductances(Conductances object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Neuron Array</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Neuron Array</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNeuronArray(NeuronArray object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mtj Neuron Array</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mtj Neuron Array</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMtjNeuronArray(MtjNeuronArray object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activation Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activation Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivationLayer(ActivationLayer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Readout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Readout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReadout(Readout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Generic Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Generic Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGenericNode(GenericNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseParameter(Parameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Preset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Preset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevicePreset(DevicePreset object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Variability Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Variability Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVariabilitySpec(VariabilitySpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Calibration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Calibration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCalibration(Calibration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Noise Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Noise Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNoiseSpec(NoiseSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSpec(TrainingSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetSpec(DatasetSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Split Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Split Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSplitSpec(SplitSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Optimizer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Optimizer Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOptimizerSpec(OptimizerSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Run</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Run</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingRun(TrainingRun object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Epoch Metrics</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Epoch Metrics</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEpochMetrics(EpochMetrics object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SpinflowSwitch
