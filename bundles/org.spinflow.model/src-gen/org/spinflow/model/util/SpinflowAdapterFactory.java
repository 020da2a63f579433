/**
 */
package org.spinflow.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.spinflow.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.spinflow.model.SpinflowPackage
 * @generated
 */
public class SpinflowAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SpinflowPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpinflowAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SpinflowPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpinflowSwitch<Adapter> modelSwitch =
		new SpinflowSwitch<Adapter>() {
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseNetwork(Network object) {
				return createNetworkAdapter();
			}
			@Override
			public Adapter caseNode(Node object) {
				return createNodeAdapter();
			}
			@Override
			public Adapter casePort(Port object) {
				return createPortAdapter();
			}
			@Override
			public Adapter caseConnection(Connection object) {
				return createConnectionAdapter();
			}
			@Override
			public Adapter caseInputLayer(InputLayer object) {
				return createInputLayerAdapter();
			}
			@Override
			public Adapter caseCrossbar(Crossbar object) {
				return createCrossbarAdapter();
			}
			@Override
			public Adapter caseSynapseSpec(SynapseSpec object) {
				return createSynapseSpecAdapter();
			}
			@Override
			public Adapter caseConductances(Conductances object) {
				return createConductancesAdapter();
			}
			@Override
			public Adapter caseNeuronArray(NeuronArray object) {
				return createNeuronArrayAdapter();
			}
			@Override
			public Adapter caseMtjNeuronArray(MtjNeuronArray object) {
				return createMtjNeuronArrayAdapter();
			}
			@Override
			public Adapter caseActivationLayer(ActivationLayer object) {
				return createActivationLayerAdapter();
			}
			@Override
			public Adapter caseReadout(Readout object) {
				return createReadoutAdapter();
			}
			@Override
			public Adapter caseGenericNode(GenericNode object) {
				return createGenericNodeAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object) {
				return createParameterAdapter();
			}
			@Override
			public Adapter caseDevicePreset(DevicePreset object) {
				return createDevicePresetAdapter();
			}
			@Override
			public Adapter caseVariabilitySpec(VariabilitySpec object) {
				return createVariabilitySpecAdapter();
			}
			@Override
			public Adapter caseCalibration(Calibration object) {
				return createCalibrationAdapter();
			}
			@Override
			public Adapter caseNoiseSpec(NoiseSpec object) {
				return createNoiseSpecAdapter();
			}
			@Override
			public Adapter caseTrainingSpec(TrainingSpec object) {
				return createTrainingSpecAdapter();
			}
			@Override
			public Adapter caseDatasetSpec(DatasetSpec object) {
				return createDatasetSpecAdapter();
			}
			@Override
			public Adapter caseSplitSpec(SplitSpec object) {
				return createSplitSpecAdapter();
			}
			@Override
			public Adapter caseOptimizerSpec(OptimizerSpec object) {
				return createOptimizerSpecAdapter();
			}
			@Override
			public Adapter caseTrainingRun(TrainingRun object) {
				return createTrainingRunAdapter();
			}
			@Override
			public Adapter caseEpochMetrics(EpochMetrics object) {
				return createEpochMetricsAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Network
	 * @generated
	 */
	public Adapter createNetworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Node
	 * @generated
	 */
	public Adapter createNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Port
	 * @generated
	 */
	public Adapter createPortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Connection
	 * @generated
	 */
	public Adapter createConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.InputLayer <em>Input Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.InputLayer
	 * @generated
	 */
	public Adapter createInputLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Crossbar <em>Crossbar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Crossbar
	 * @generated
	 */
	public Adapter createCrossbarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.SynapseSpec <em>Synapse Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.SynapseSpec
	 * @generated
	 */
	public Adapter createSynapseSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Conductances <em>Conductances</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Conductances
	 * @generated
	 */
	public Adapter createConductancesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.NeuronArray <em>Neuron Array</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.NeuronArray
	 * @generated
	 */
	public Adapter createNeuronArrayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.MtjNeuronArray <em>Mtj Neuron Array</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.MtjNeuronArray
	 * @generated
	 */
	public Adapter createMtjNeuronArrayAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.ActivationLayer <em>Activation Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.ActivationLayer
	 * @generated
	 */
	public Adapter createActivationLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Readout <em>Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Readout
	 * @generated
	 */
	public Adapter createReadoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.GenericNode <em>Generic Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.GenericNode
	 * @generated
	 */
	public Adapter createGenericNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.DevicePreset <em>Device Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.DevicePreset
	 * @generated
	 */
	public Adapter createDevicePresetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.VariabilitySpec <em>Variability Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.VariabilitySpec
	 * @generated
	 */
	public Adapter createVariabilitySpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.Calibration <em>Calibration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.Calibration
	 * @generated
	 */
	public Adapter createCalibrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.NoiseSpec <em>Noise Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.NoiseSpec
	 * @generated
	 */
	public Adapter createNoiseSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.TrainingSpec
	 * @generated
	 */
	public Adapter createTrainingSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.DatasetSpec <em>Dataset Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.DatasetSpec
	 * @generated
	 */
	public Adapter createDatasetSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.SplitSpec <em>Split Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.SplitSpec
	 * @generated
	 */
	public Adapter createSplitSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.OptimizerSpec
	 * @generated
	 */
	public Adapter createOptimizerSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.TrainingRun <em>Training Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.TrainingRun
	 * @generated
	 */
	public Adapter createTrainingRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.spinflow.model.EpochMetrics <em>Epoch Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.spinflow.model.EpochMetrics
	 * @generated
	 */
	public Adapter createEpochMetricsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SpinflowAdapterFactory
