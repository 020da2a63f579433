/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.spinflow.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SpinflowFactoryImpl extends EFactoryImpl implements SpinflowFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SpinflowFactory init() {
		try {
			SpinflowFactory theSpinflowFactory = (SpinflowFactory)EPackage.Registry.INSTANCE.getEFactory(SpinflowPackage.eNS_URI);
			if (theSpinflowFactory != null) {
				return theSpinflowFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SpinflowFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SpinflowFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SpinflowPackage.NETWORK: return createNetwork();
			case SpinflowPackage.PORT: return createPort();
			case SpinflowPackage.CONNECTION: return createConnection();
			case SpinflowPackage.INPUT_LAYER: return createInputLayer();
			case SpinflowPackage.CROSSBAR: return createCrossbar();
			case SpinflowPackage.SYNAPSE_SPEC: return createSynapseSpec();
			case SpinflowPackage.CONDUCTANCES: return createConductances();
			case SpinflowPackage.MTJ_NEURON_ARRAY: return createMtjNeuronArray();
			case SpinflowPackage.ACTIVATION_LAYER: return createActivationLayer();
			case SpinflowPackage.READOUT: return createReadout();
			case SpinflowPackage.GENERIC_NODE: return createGenericNode();
			case SpinflowPackage.PARAMETER: return createParameter();
			case SpinflowPackage.DEVICE_PRESET: return createDevicePreset();
			case SpinflowPackage.VARIABILITY_SPEC: return createVariabilitySpec();
			case SpinflowPackage.CALIBRATION: return createCalibration();
			case SpinflowPackage.NOISE_SPEC: return createNoiseSpec();
			case SpinflowPackage.TRAINING_SPEC: return createTrainingSpec();
			case SpinflowPackage.DATASET_SPEC: return createDatasetSpec();
			case SpinflowPackage.SPLIT_SPEC: return createSplitSpec();
			case SpinflowPackage.OPTIMIZER_SPEC: return createOptimizerSpec();
			case SpinflowPackage.TRAINING_RUN: return createTrainingRun();
			case SpinflowPackage.EPOCH_METRICS: return createEpochMetrics();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SpinflowPackage.PORT_DIRECTION:
				return createPortDirectionFromString(eDataType, initialValue);
			case SpinflowPackage.SIGNAL_KIND:
				return createSignalKindFromString(eDataType, initialValue);
			case SpinflowPackage.INPUT_ENCODING:
				return createInputEncodingFromString(eDataType, initialValue);
			case SpinflowPackage.WEIGHT_INIT:
				return createWeightInitFromString(eDataType, initialValue);
			case SpinflowPackage.ACTIVATION_FUNCTION:
				return createActivationFunctionFromString(eDataType, initialValue);
			case SpinflowPackage.LOSS_KIND:
				return createLossKindFromString(eDataType, initialValue);
			case SpinflowPackage.GRADIENT_MODE:
				return createGradientModeFromString(eDataType, initialValue);
			case SpinflowPackage.DATA_FORMAT:
				return createDataFormatFromString(eDataType, initialValue);
			case SpinflowPackage.NORMALISATION:
				return createNormalisationFromString(eDataType, initialValue);
			case SpinflowPackage.SPLIT_KIND:
				return createSplitKindFromString(eDataType, initialValue);
			case SpinflowPackage.OPTIMIZER_KIND:
				return createOptimizerKindFromString(eDataType, initialValue);
			case SpinflowPackage.SCHEDULE:
				return createScheduleFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SpinflowPackage.PORT_DIRECTION:
				return convertPortDirectionToString(eDataType, instanceValue);
			case SpinflowPackage.SIGNAL_KIND:
				return convertSignalKindToString(eDataType, instanceValue);
			case SpinflowPackage.INPUT_ENCODING:
				return convertInputEncodingToString(eDataType, instanceValue);
			case SpinflowPackage.WEIGHT_INIT:
				return convertWeightInitToString(eDataType, instanceValue);
			case SpinflowPackage.ACTIVATION_FUNCTION:
				return convertActivationFunctionToString(eDataType, instanceValue);
			case SpinflowPackage.LOSS_KIND:
				return convertLossKindToString(eDataType, instanceValue);
			case SpinflowPackage.GRADIENT_MODE:
				return convertGradientModeToString(eDataType, instanceValue);
			case SpinflowPackage.DATA_FORMAT:
				return convertDataFormatToString(eDataType, instanceValue);
			case SpinflowPackage.NORMALISATION:
				return convertNormalisationToString(eDataType, instanceValue);
			case SpinflowPackage.SPLIT_KIND:
				return convertSplitKindToString(eDataType, instanceValue);
			case SpinflowPackage.OPTIMIZER_KIND:
				return convertOptimizerKindToString(eDataType, instanceValue);
			case SpinflowPackage.SCHEDULE:
				return convertScheduleToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Network createNetwork() {
		NetworkImpl network = new NetworkImpl();
		return network;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port createPort() {
		PortImpl port = new PortImpl();
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Connection createConnection() {
		ConnectionImpl connection = new ConnectionImpl();
		return connection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputLayer createInputLayer() {
		InputLayerImpl inputLayer = new InputLayerImpl();
		return inputLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Crossbar createCrossbar() {
		CrossbarImpl crossbar = new CrossbarImpl();
		return crossbar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SynapseSpec createSynapseSpec() {
		SynapseSpecImpl synapseSpec = new SynapseSpecImpl();
		return synapseSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Conductances createConductances() {
		ConductancesImpl conductances = new ConductancesImpl();
		return conductances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MtjNeuronArray createMtjNeuronArray() {
		MtjNeuronArrayImpl mtjNeuronArray = new MtjNeuronArrayImpl();
		return mtjNeuronArray;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActivationLayer createActivationLayer() {
		ActivationLayerImpl activationLayer = new ActivationLayerImpl();
		return activationLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Readout createReadout() {
		ReadoutImpl readout = new ReadoutImpl();
		return readout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenericNode createGenericNode() {
		GenericNodeImpl genericNode = new GenericNodeImpl();
		return genericNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DevicePreset createDevicePreset() {
		DevicePresetImpl devicePreset = new DevicePresetImpl();
		return devicePreset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VariabilitySpec createVariabilitySpec() {
		VariabilitySpecImpl variabilitySpec = new VariabilitySpecImpl();
		return variabilitySpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Calibration createCalibration() {
		CalibrationImpl calibration = new CalibrationImpl();
		return calibration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoiseSpec createNoiseSpec() {
		NoiseSpecImpl noiseSpec = new NoiseSpecImpl();
		return noiseSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec createTrainingSpec() {
		TrainingSpecImpl trainingSpec = new TrainingSpecImpl();
		return trainingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSpec createDatasetSpec() {
		DatasetSpecImpl datasetSpec = new DatasetSpecImpl();
		return datasetSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitSpec createSplitSpec() {
		SplitSpecImpl splitSpec = new SplitSpecImpl();
		return splitSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec createOptimizerSpec() {
		OptimizerSpecImpl optimizerSpec = new OptimizerSpecImpl();
		return optimizerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingRun createTrainingRun() {
		TrainingRunImpl trainingRun = new TrainingRunImpl();
		return trainingRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpochMetrics createEpochMetrics() {
		EpochMetricsImpl epochMetrics = new EpochMetricsImpl();
		return epochMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortDirection createPortDirectionFromString(EDataType eDataType, String initialValue) {
		PortDirection result = PortDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignalKind createSignalKindFromString(EDataType eDataType, String initialValue) {
		SignalKind result = SignalKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignalKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputEncoding createInputEncodingFromString(EDataType eDataType, String initialValue) {
		InputEncoding result = InputEncoding.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputEncodingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WeightInit createWeightInitFromString(EDataType eDataType, String initialValue) {
		WeightInit result = WeightInit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeightInitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivationFunction createActivationFunctionFromString(EDataType eDataType, String initialValue) {
		ActivationFunction result = ActivationFunction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivationFunctionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LossKind createLossKindFromString(EDataType eDataType, String initialValue) {
		LossKind result = LossKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLossKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GradientMode createGradientModeFromString(EDataType eDataType, String initialValue) {
		GradientMode result = GradientMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGradientModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataFormat createDataFormatFromString(EDataType eDataType, String initialValue) {
		DataFormat result = DataFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Normalisation createNormalisationFromString(EDataType eDataType, String initialValue) {
		Normalisation result = Normalisation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNormalisationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SplitKind createSplitKindFromString(EDataType eDataType, String initialValue) {
		SplitKind result = SplitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSplitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptimizerKind createOptimizerKindFromString(EDataType eDataType, String initialValue) {
		OptimizerKind result = OptimizerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptimizerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Schedule createScheduleFromString(EDataType eDataType, String initialValue) {
		Schedule result = Schedule.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpinflowPackage getSpinflowPackage() {
		return (SpinflowPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SpinflowPackage getPackage() {
		return SpinflowPackage.eINSTANCE;
	}

} //SpinflowFactoryImpl
