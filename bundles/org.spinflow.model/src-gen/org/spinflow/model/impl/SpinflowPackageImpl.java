/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.spinflow.model.ActivationFunction;
import org.spinflow.model.ActivationLayer;
import org.spinflow.model.Calibration;
import org.spinflow.model.Conductances;
import org.spinflow.model.Connection;
import org.spinflow.model.Crossbar;
import org.spinflow.model.DataFormat;
import org.spinflow.model.DatasetSpec;
import org.spinflow.model.DevicePreset;
import org.spinflow.model.EpochMetrics;
import org.spinflow.model.GenericNode;
import org.spinflow.model.GradientMode;
import org.spinflow.model.InputEncoding;
import org.spinflow.model.InputLayer;
import org.spinflow.model.LossKind;
import org.spinflow.model.MtjNeuronArray;
import org.spinflow.model.NamedElement;
import org.spinflow.model.Network;
import org.spinflow.model.NeuronArray;
import org.spinflow.model.Node;
import org.spinflow.model.NoiseSpec;
import org.spinflow.model.Normalisation;
import org.spinflow.model.OptimizerKind;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.Parameter;
import org.spinflow.model.Port;
import org.spinflow.model.PortDirection;
import org.spinflow.model.Readout;
import org.spinflow.model.Schedule;
import org.spinflow.model.SignalKind;
import org.spinflow.model.SpinflowFactory;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SplitKind;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.SynapseSpec;
import org.spinflow.model.TrainingRun;
import org.spinflow.model.TrainingSpec;
import org.spinflow.model.VariabilitySpec;
import org.spinflow.model.WeightInit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SpinflowPackageImpl extends EPackageImpl implements SpinflowPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass networkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass connectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputLayerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crossbarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass synapseSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conductancesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neuronArrayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mtjNeuronArrayEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activationLayerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass readoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass genericNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass devicePresetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variabilitySpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calibrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noiseSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass splitSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass optimizerSpecEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass epochMetricsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum portDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signalKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputEncodingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum weightInitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activationFunctionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lossKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gradientModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum normalisationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum splitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum optimizerKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scheduleEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.spinflow.model.SpinflowPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SpinflowPackageImpl() {
		super(eNS_URI, SpinflowFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SpinflowPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SpinflowPackage init() {
		if (isInited) return (SpinflowPackage)EPackage.Registry.INSTANCE.getEPackage(SpinflowPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSpinflowPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SpinflowPackageImpl theSpinflowPackage = registeredSpinflowPackage instanceof SpinflowPackageImpl ? (SpinflowPackageImpl)registeredSpinflowPackage : new SpinflowPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theSpinflowPackage.createPackageContents();

		// Initialize created meta-data
		theSpinflowPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSpinflowPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SpinflowPackage.eNS_URI, theSpinflowPackage);
		return theSpinflowPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNetwork() {
		return networkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Nodes() {
		return (EReference)networkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Connections() {
		return (EReference)networkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Presets() {
		return (EReference)networkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Training() {
		return (EReference)networkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNetwork_Runs() {
		return (EReference)networkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNode() {
		return nodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNode_Ports() {
		return (EReference)nodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPort() {
		return portEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Name() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Direction() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Signal() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Size() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPort_Required() {
		return (EAttribute)portEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPort_Node() {
		return (EReference)portEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConnection() {
		return connectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Source() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConnection_Target() {
		return (EReference)connectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInputLayer() {
		return inputLayerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputLayer_Features() {
		return (EAttribute)inputLayerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputLayer_Encoding() {
		return (EAttribute)inputLayerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputLayer_DriveScale() {
		return (EAttribute)inputLayerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputLayer_DriveOffset() {
		return (EAttribute)inputLayerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrossbar() {
		return crossbarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrossbar_Rows() {
		return (EAttribute)crossbarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrossbar_Cols() {
		return (EAttribute)crossbarEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrossbar_Bias() {
		return (EAttribute)crossbarEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrossbar_Synapse() {
		return (EReference)crossbarEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrossbar_Init() {
		return (EAttribute)crossbarEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCrossbar_InitScale() {
		return (EAttribute)crossbarEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrossbar_Conductances() {
		return (EReference)crossbarEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSynapseSpec() {
		return synapseSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_GMin() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_GMax() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_WeightRange() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_WriteNoise() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_ReadNoise() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_Levels() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_WriteVariation() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_Nonlinearity() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSynapseSpec_Asymmetry() {
		return (EAttribute)synapseSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConductances() {
		return conductancesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductances_Rows() {
		return (EAttribute)conductancesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductances_Cols() {
		return (EAttribute)conductancesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductances_GPlus() {
		return (EAttribute)conductancesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConductances_GMinus() {
		return (EAttribute)conductancesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeuronArray() {
		return neuronArrayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeuronArray_Size() {
		return (EAttribute)neuronArrayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMtjNeuronArray() {
		return mtjNeuronArrayEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_Preset() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_BiasField() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_BiasAngle() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_FieldLineAngle() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_ReadCurrent() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_InputGain() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_InputOffset() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_OutputReference() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMtjNeuronArray_OutputGain() {
		return (EAttribute)mtjNeuronArrayEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMtjNeuronArray_Parameters() {
		return (EReference)mtjNeuronArrayEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMtjNeuronArray_Variability() {
		return (EReference)mtjNeuronArrayEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMtjNeuronArray_Noise() {
		return (EReference)mtjNeuronArrayEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMtjNeuronArray_Calibration() {
		return (EReference)mtjNeuronArrayEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivationLayer() {
		return activationLayerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivationLayer_Function() {
		return (EAttribute)activationLayerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReadout() {
		return readoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadout_Classes() {
		return (EAttribute)readoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadout_Loss() {
		return (EAttribute)readoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReadout_ClassNames() {
		return (EAttribute)readoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenericNode() {
		return genericNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGenericNode_Kind() {
		return (EAttribute)genericNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenericNode_Properties() {
		return (EReference)genericNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Name() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Text() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Unit() {
		return (EAttribute)parameterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevicePreset() {
		return devicePresetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevicePreset_BasePreset() {
		return (EAttribute)devicePresetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevicePreset_Source() {
		return (EAttribute)devicePresetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevicePreset_Parameters() {
		return (EReference)devicePresetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariabilitySpec() {
		return variabilitySpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariabilitySpec_Enabled() {
		return (EAttribute)variabilitySpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariabilitySpec_Scale() {
		return (EAttribute)variabilitySpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCalibration() {
		return calibrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Enabled() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_References() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Gains() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Count() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Points() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Repeats() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalibration_Seed() {
		return (EAttribute)calibrationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNoiseSpec() {
		return noiseSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseSpec_Enabled() {
		return (EAttribute)noiseSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseSpec_IntegrationTime() {
		return (EAttribute)noiseSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseSpec_PairedReads() {
		return (EAttribute)noiseSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseSpec_DriftAmplitude() {
		return (EAttribute)noiseSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNoiseSpec_DriftPeriod() {
		return (EAttribute)noiseSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingSpec() {
		return trainingSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_Dataset() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_Split() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingSpec_Optimizer() {
		return (EReference)trainingSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Epochs() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_BatchSize() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_GradientMode() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Delta() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_RepeatedReads() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingSpec_Seed() {
		return (EAttribute)trainingSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetSpec() {
		return datasetSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Path() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Format() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Normalisation() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetSpec_Limit() {
		return (EAttribute)datasetSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSplitSpec() {
		return splitSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_Kind() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_Folds() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSplitSpec_HoldoutFraction() {
		return (EAttribute)splitSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOptimizerSpec() {
		return optimizerSpecEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Kind() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_LearningRate() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Momentum() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Beta1() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Beta2() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Epsilon() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_WeightDecay() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Schedule() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_StepEpochs() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOptimizerSpec_Gamma() {
		return (EAttribute)optimizerSpecEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingRun() {
		return trainingRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_Started() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_Seconds() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_GradientMode() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_Seed() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_AccuracyMean() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_AccuracyStd() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingRun_Loss() {
		return (EAttribute)trainingRunEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingRun_Epochs() {
		return (EReference)trainingRunEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTrainingRun_Provenance() {
		return (EReference)trainingRunEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpochMetrics() {
		return epochMetricsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochMetrics_Fold() {
		return (EAttribute)epochMetricsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochMetrics_Epoch() {
		return (EAttribute)epochMetricsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochMetrics_Loss() {
		return (EAttribute)epochMetricsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochMetrics_TrainAccuracy() {
		return (EAttribute)epochMetricsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochMetrics_ValidationAccuracy() {
		return (EAttribute)epochMetricsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPortDirection() {
		return portDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignalKind() {
		return signalKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputEncoding() {
		return inputEncodingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWeightInit() {
		return weightInitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivationFunction() {
		return activationFunctionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLossKind() {
		return lossKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGradientMode() {
		return gradientModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataFormat() {
		return dataFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNormalisation() {
		return normalisationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSplitKind() {
		return splitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOptimizerKind() {
		return optimizerKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSchedule() {
		return scheduleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpinflowFactory getSpinflowFactory() {
		return (SpinflowFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		networkEClass = createEClass(NETWORK);
		createEReference(networkEClass, NETWORK__NODES);
		createEReference(networkEClass, NETWORK__CONNECTIONS);
		createEReference(networkEClass, NETWORK__PRESETS);
		createEReference(networkEClass, NETWORK__TRAINING);
		createEReference(networkEClass, NETWORK__RUNS);

		nodeEClass = createEClass(NODE);
		createEReference(nodeEClass, NODE__PORTS);

		portEClass = createEClass(PORT);
		createEAttribute(portEClass, PORT__NAME);
		createEAttribute(portEClass, PORT__DIRECTION);
		createEAttribute(portEClass, PORT__SIGNAL);
		createEAttribute(portEClass, PORT__SIZE);
		createEAttribute(portEClass, PORT__REQUIRED);
		createEReference(portEClass, PORT__NODE);

		connectionEClass = createEClass(CONNECTION);
		createEReference(connectionEClass, CONNECTION__SOURCE);
		createEReference(connectionEClass, CONNECTION__TARGET);

		inputLayerEClass = createEClass(INPUT_LAYER);
		createEAttribute(inputLayerEClass, INPUT_LAYER__FEATURES);
		createEAttribute(inputLayerEClass, INPUT_LAYER__ENCODING);
		createEAttribute(inputLayerEClass, INPUT_LAYER__DRIVE_SCALE);
		createEAttribute(inputLayerEClass, INPUT_LAYER__DRIVE_OFFSET);

		crossbarEClass = createEClass(CROSSBAR);
		createEAttribute(crossbarEClass, CROSSBAR__ROWS);
		createEAttribute(crossbarEClass, CROSSBAR__COLS);
		createEAttribute(crossbarEClass, CROSSBAR__BIAS);
		createEReference(crossbarEClass, CROSSBAR__SYNAPSE);
		createEAttribute(crossbarEClass, CROSSBAR__INIT);
		createEAttribute(crossbarEClass, CROSSBAR__INIT_SCALE);
		createEReference(crossbarEClass, CROSSBAR__CONDUCTANCES);

		synapseSpecEClass = createEClass(SYNAPSE_SPEC);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__GMIN);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__GMAX);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__WEIGHT_RANGE);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__WRITE_NOISE);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__READ_NOISE);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__LEVELS);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__WRITE_VARIATION);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__NONLINEARITY);
		createEAttribute(synapseSpecEClass, SYNAPSE_SPEC__ASYMMETRY);

		conductancesEClass = createEClass(CONDUCTANCES);
		createEAttribute(conductancesEClass, CONDUCTANCES__ROWS);
		createEAttribute(conductancesEClass, CONDUCTANCES__COLS);
		createEAttribute(conductancesEClass, CONDUCTANCES__GPLUS);
		createEAttribute(conductancesEClass, CONDUCTANCES__GMINUS);

		neuronArrayEClass = createEClass(NEURON_ARRAY);
		createEAttribute(neuronArrayEClass, NEURON_ARRAY__SIZE);

		mtjNeuronArrayEClass = createEClass(MTJ_NEURON_ARRAY);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__PRESET);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__BIAS_FIELD);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__BIAS_ANGLE);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__READ_CURRENT);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__INPUT_GAIN);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__INPUT_OFFSET);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__OUTPUT_REFERENCE);
		createEAttribute(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__OUTPUT_GAIN);
		createEReference(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__PARAMETERS);
		createEReference(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__VARIABILITY);
		createEReference(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__NOISE);
		createEReference(mtjNeuronArrayEClass, MTJ_NEURON_ARRAY__CALIBRATION);

		activationLayerEClass = createEClass(ACTIVATION_LAYER);
		createEAttribute(activationLayerEClass, ACTIVATION_LAYER__FUNCTION);

		readoutEClass = createEClass(READOUT);
		createEAttribute(readoutEClass, READOUT__CLASSES);
		createEAttribute(readoutEClass, READOUT__LOSS);
		createEAttribute(readoutEClass, READOUT__CLASS_NAMES);

		genericNodeEClass = createEClass(GENERIC_NODE);
		createEAttribute(genericNodeEClass, GENERIC_NODE__KIND);
		createEReference(genericNodeEClass, GENERIC_NODE__PROPERTIES);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__NAME);
		createEAttribute(parameterEClass, PARAMETER__VALUE);
		createEAttribute(parameterEClass, PARAMETER__TEXT);
		createEAttribute(parameterEClass, PARAMETER__UNIT);

		devicePresetEClass = createEClass(DEVICE_PRESET);
		createEAttribute(devicePresetEClass, DEVICE_PRESET__BASE_PRESET);
		createEAttribute(devicePresetEClass, DEVICE_PRESET__SOURCE);
		createEReference(devicePresetEClass, DEVICE_PRESET__PARAMETERS);

		variabilitySpecEClass = createEClass(VARIABILITY_SPEC);
		createEAttribute(variabilitySpecEClass, VARIABILITY_SPEC__ENABLED);
		createEAttribute(variabilitySpecEClass, VARIABILITY_SPEC__SCALE);

		calibrationEClass = createEClass(CALIBRATION);
		createEAttribute(calibrationEClass, CALIBRATION__ENABLED);
		createEAttribute(calibrationEClass, CALIBRATION__REFERENCES);
		createEAttribute(calibrationEClass, CALIBRATION__GAINS);
		createEAttribute(calibrationEClass, CALIBRATION__COUNT);
		createEAttribute(calibrationEClass, CALIBRATION__POINTS);
		createEAttribute(calibrationEClass, CALIBRATION__REPEATS);
		createEAttribute(calibrationEClass, CALIBRATION__SEED);

		noiseSpecEClass = createEClass(NOISE_SPEC);
		createEAttribute(noiseSpecEClass, NOISE_SPEC__ENABLED);
		createEAttribute(noiseSpecEClass, NOISE_SPEC__INTEGRATION_TIME);
		createEAttribute(noiseSpecEClass, NOISE_SPEC__PAIRED_READS);
		createEAttribute(noiseSpecEClass, NOISE_SPEC__DRIFT_AMPLITUDE);
		createEAttribute(noiseSpecEClass, NOISE_SPEC__DRIFT_PERIOD);

		trainingSpecEClass = createEClass(TRAINING_SPEC);
		createEReference(trainingSpecEClass, TRAINING_SPEC__DATASET);
		createEReference(trainingSpecEClass, TRAINING_SPEC__SPLIT);
		createEReference(trainingSpecEClass, TRAINING_SPEC__OPTIMIZER);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__EPOCHS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__BATCH_SIZE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__GRADIENT_MODE);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__DELTA);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__REPEATED_READS);
		createEAttribute(trainingSpecEClass, TRAINING_SPEC__SEED);

		datasetSpecEClass = createEClass(DATASET_SPEC);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__PATH);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__FORMAT);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__NORMALISATION);
		createEAttribute(datasetSpecEClass, DATASET_SPEC__LIMIT);

		splitSpecEClass = createEClass(SPLIT_SPEC);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__KIND);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__FOLDS);
		createEAttribute(splitSpecEClass, SPLIT_SPEC__HOLDOUT_FRACTION);

		optimizerSpecEClass = createEClass(OPTIMIZER_SPEC);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__KIND);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__LEARNING_RATE);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__MOMENTUM);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__BETA1);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__BETA2);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__EPSILON);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__WEIGHT_DECAY);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__SCHEDULE);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__STEP_EPOCHS);
		createEAttribute(optimizerSpecEClass, OPTIMIZER_SPEC__GAMMA);

		trainingRunEClass = createEClass(TRAINING_RUN);
		createEAttribute(trainingRunEClass, TRAINING_RUN__STARTED);
		createEAttribute(trainingRunEClass, TRAINING_RUN__SECONDS);
		createEAttribute(trainingRunEClass, TRAINING_RUN__GRADIENT_MODE);
		createEAttribute(trainingRunEClass, TRAINING_RUN__SEED);
		createEAttribute(trainingRunEClass, TRAINING_RUN__ACCURACY_MEAN);
		createEAttribute(trainingRunEClass, TRAINING_RUN__ACCURACY_STD);
		createEAttribute(trainingRunEClass, TRAINING_RUN__LOSS);
		createEReference(trainingRunEClass, TRAINING_RUN__EPOCHS);
		createEReference(trainingRunEClass, TRAINING_RUN__PROVENANCE);

		epochMetricsEClass = createEClass(EPOCH_METRICS);
		createEAttribute(epochMetricsEClass, EPOCH_METRICS__FOLD);
		createEAttribute(epochMetricsEClass, EPOCH_METRICS__EPOCH);
		createEAttribute(epochMetricsEClass, EPOCH_METRICS__LOSS);
		createEAttribute(epochMetricsEClass, EPOCH_METRICS__TRAIN_ACCURACY);
		createEAttribute(epochMetricsEClass, EPOCH_METRICS__VALIDATION_ACCURACY);

		// Create enums
		portDirectionEEnum = createEEnum(PORT_DIRECTION);
		signalKindEEnum = createEEnum(SIGNAL_KIND);
		inputEncodingEEnum = createEEnum(INPUT_ENCODING);
		weightInitEEnum = createEEnum(WEIGHT_INIT);
		activationFunctionEEnum = createEEnum(ACTIVATION_FUNCTION);
		lossKindEEnum = createEEnum(LOSS_KIND);
		gradientModeEEnum = createEEnum(GRADIENT_MODE);
		dataFormatEEnum = createEEnum(DATA_FORMAT);
		normalisationEEnum = createEEnum(NORMALISATION);
		splitKindEEnum = createEEnum(SPLIT_KIND);
		optimizerKindEEnum = createEEnum(OPTIMIZER_KIND);
		scheduleEEnum = createEEnum(SCHEDULE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		networkEClass.getESuperTypes().add(this.getNamedElement());
		nodeEClass.getESuperTypes().add(this.getNamedElement());
		inputLayerEClass.getESuperTypes().add(this.getNode());
		crossbarEClass.getESuperTypes().add(this.getNode());
		neuronArrayEClass.getESuperTypes().add(this.getNode());
		mtjNeuronArrayEClass.getESuperTypes().add(this.getNeuronArray());
		activationLayerEClass.getESuperTypes().add(this.getNeuronArray());
		readoutEClass.getESuperTypes().add(this.getNode());
		genericNodeEClass.getESuperTypes().add(this.getNode());
		devicePresetEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 1, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(networkEClass, Network.class, "Network", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNetwork_Nodes(), this.getNode(), null, "nodes", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getNetwork_Nodes().getEKeys().add(this.getNamedElement_Name());
		initEReference(getNetwork_Connections(), this.getConnection(), null, "connections", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Presets(), this.getDevicePreset(), null, "presets", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getNetwork_Presets().getEKeys().add(this.getNamedElement_Name());
		initEReference(getNetwork_Training(), this.getTrainingSpec(), null, "training", null, 0, 1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNetwork_Runs(), this.getTrainingRun(), null, "runs", null, 0, -1, Network.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeEClass, Node.class, "Node", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNode_Ports(), this.getPort(), this.getPort_Node(), "ports", null, 0, -1, Node.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getNode_Ports().getEKeys().add(this.getPort_Name());

		initEClass(portEClass, Port.class, "Port", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPort_Name(), ecorePackage.getEString(), "name", null, 1, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Direction(), this.getPortDirection(), "direction", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Signal(), this.getSignalKind(), "signal", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Size(), ecorePackage.getEInt(), "size", null, 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPort_Required(), ecorePackage.getEBoolean(), "required", "true", 0, 1, Port.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPort_Node(), this.getNode(), this.getNode_Ports(), "node", null, 0, 1, Port.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(connectionEClass, Connection.class, "Connection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConnection_Source(), this.getPort(), null, "source", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConnection_Target(), this.getPort(), null, "target", null, 1, 1, Connection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputLayerEClass, InputLayer.class, "InputLayer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInputLayer_Features(), ecorePackage.getEInt(), "features", null, 0, 1, InputLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputLayer_Encoding(), this.getInputEncoding(), "encoding", null, 0, 1, InputLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputLayer_DriveScale(), ecorePackage.getEDouble(), "driveScale", "0.1", 0, 1, InputLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputLayer_DriveOffset(), ecorePackage.getEDouble(), "driveOffset", "0.0", 0, 1, InputLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(crossbarEClass, Crossbar.class, "Crossbar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCrossbar_Rows(), ecorePackage.getEInt(), "rows", null, 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrossbar_Cols(), ecorePackage.getEInt(), "cols", null, 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrossbar_Bias(), ecorePackage.getEBoolean(), "bias", "true", 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrossbar_Synapse(), this.getSynapseSpec(), null, "synapse", null, 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrossbar_Init(), this.getWeightInit(), "init", null, 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCrossbar_InitScale(), ecorePackage.getEDouble(), "initScale", "1.0", 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrossbar_Conductances(), this.getConductances(), null, "conductances", null, 0, 1, Crossbar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(synapseSpecEClass, SynapseSpec.class, "SynapseSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSynapseSpec_GMin(), ecorePackage.getEDouble(), "gMin", "9.4248e-4", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_GMax(), ecorePackage.getEDouble(), "gMax", "2.3562e-3", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_WeightRange(), ecorePackage.getEDouble(), "weightRange", "4.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_WriteNoise(), ecorePackage.getEDouble(), "writeNoise", "0.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_ReadNoise(), ecorePackage.getEDouble(), "readNoise", "0.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_Levels(), ecorePackage.getEInt(), "levels", "0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_WriteVariation(), ecorePackage.getEDouble(), "writeVariation", "0.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_Nonlinearity(), ecorePackage.getEDouble(), "nonlinearity", "0.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSynapseSpec_Asymmetry(), ecorePackage.getEDouble(), "asymmetry", "0.0", 0, 1, SynapseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conductancesEClass, Conductances.class, "Conductances", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConductances_Rows(), ecorePackage.getEInt(), "rows", null, 0, 1, Conductances.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductances_Cols(), ecorePackage.getEInt(), "cols", null, 0, 1, Conductances.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductances_GPlus(), ecorePackage.getEString(), "gPlus", null, 0, 1, Conductances.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConductances_GMinus(), ecorePackage.getEString(), "gMinus", null, 0, 1, Conductances.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neuronArrayEClass, NeuronArray.class, "NeuronArray", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeuronArray_Size(), ecorePackage.getEInt(), "size", null, 0, 1, NeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mtjNeuronArrayEClass, MtjNeuronArray.class, "MtjNeuronArray", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMtjNeuronArray_Preset(), ecorePackage.getEString(), "preset", "mtj-f-default", 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_BiasField(), ecorePackage.getEDouble(), "biasField", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_BiasAngle(), ecorePackage.getEDouble(), "biasAngle", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_FieldLineAngle(), ecorePackage.getEDouble(), "fieldLineAngle", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_ReadCurrent(), ecorePackage.getEDouble(), "readCurrent", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_InputGain(), ecorePackage.getEDouble(), "inputGain", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_InputOffset(), ecorePackage.getEDouble(), "inputOffset", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_OutputReference(), ecorePackage.getEDouble(), "outputReference", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMtjNeuronArray_OutputGain(), ecorePackage.getEDouble(), "outputGain", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMtjNeuronArray_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getMtjNeuronArray_Parameters().getEKeys().add(this.getParameter_Name());
		initEReference(getMtjNeuronArray_Variability(), this.getVariabilitySpec(), null, "variability", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMtjNeuronArray_Noise(), this.getNoiseSpec(), null, "noise", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMtjNeuronArray_Calibration(), this.getCalibration(), null, "calibration", null, 0, 1, MtjNeuronArray.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activationLayerEClass, ActivationLayer.class, "ActivationLayer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivationLayer_Function(), this.getActivationFunction(), "function", null, 0, 1, ActivationLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(readoutEClass, Readout.class, "Readout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReadout_Classes(), ecorePackage.getEInt(), "classes", null, 0, 1, Readout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadout_Loss(), this.getLossKind(), "loss", null, 0, 1, Readout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReadout_ClassNames(), ecorePackage.getEString(), "classNames", null, 0, -1, Readout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(genericNodeEClass, GenericNode.class, "GenericNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGenericNode_Kind(), ecorePackage.getEString(), "kind", null, 1, 1, GenericNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGenericNode_Properties(), this.getParameter(), null, "properties", null, 0, -1, GenericNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getGenericNode_Properties().getEKeys().add(this.getParameter_Name());

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Name(), ecorePackage.getEString(), "name", null, 1, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Text(), ecorePackage.getEString(), "text", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Parameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(devicePresetEClass, DevicePreset.class, "DevicePreset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevicePreset_BasePreset(), ecorePackage.getEString(), "basePreset", null, 0, 1, DevicePreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevicePreset_Source(), ecorePackage.getEString(), "source", null, 0, 1, DevicePreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevicePreset_Parameters(), this.getParameter(), null, "parameters", null, 0, -1, DevicePreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		getDevicePreset_Parameters().getEKeys().add(this.getParameter_Name());

		initEClass(variabilitySpecEClass, VariabilitySpec.class, "VariabilitySpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVariabilitySpec_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, VariabilitySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVariabilitySpec_Scale(), ecorePackage.getEDouble(), "scale", "1.0", 0, 1, VariabilitySpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(calibrationEClass, Calibration.class, "Calibration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCalibration_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_References(), ecorePackage.getEString(), "references", null, 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_Gains(), ecorePackage.getEString(), "gains", null, 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_Count(), ecorePackage.getEInt(), "count", "0", 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_Points(), ecorePackage.getEInt(), "points", "2", 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_Repeats(), ecorePackage.getEInt(), "repeats", "8", 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalibration_Seed(), ecorePackage.getELong(), "seed", "0", 0, 1, Calibration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noiseSpecEClass, NoiseSpec.class, "NoiseSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNoiseSpec_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, NoiseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseSpec_IntegrationTime(), ecorePackage.getEDouble(), "integrationTime", "1.0e-6", 0, 1, NoiseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseSpec_PairedReads(), ecorePackage.getEBoolean(), "pairedReads", "true", 0, 1, NoiseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseSpec_DriftAmplitude(), ecorePackage.getEDouble(), "driftAmplitude", "0.0", 0, 1, NoiseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNoiseSpec_DriftPeriod(), ecorePackage.getEDouble(), "driftPeriod", "1000.0", 0, 1, NoiseSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingSpecEClass, TrainingSpec.class, "TrainingSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTrainingSpec_Dataset(), this.getDatasetSpec(), null, "dataset", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_Split(), this.getSplitSpec(), null, "split", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingSpec_Optimizer(), this.getOptimizerSpec(), null, "optimizer", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Epochs(), ecorePackage.getEInt(), "epochs", "50", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_BatchSize(), ecorePackage.getEInt(), "batchSize", "16", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_GradientMode(), this.getGradientMode(), "gradientMode", null, 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Delta(), ecorePackage.getEDouble(), "delta", "0.1", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_RepeatedReads(), ecorePackage.getEInt(), "repeatedReads", "1", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingSpec_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, TrainingSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetSpecEClass, DatasetSpec.class, "DatasetSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetSpec_Path(), ecorePackage.getEString(), "path", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_Format(), this.getDataFormat(), "format", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_Normalisation(), this.getNormalisation(), "normalisation", null, 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetSpec_Limit(), ecorePackage.getEInt(), "limit", "0", 0, 1, DatasetSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(splitSpecEClass, SplitSpec.class, "SplitSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSplitSpec_Kind(), this.getSplitKind(), "kind", null, 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_Folds(), ecorePackage.getEInt(), "folds", "5", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSplitSpec_HoldoutFraction(), ecorePackage.getEDouble(), "holdoutFraction", "0.2", 0, 1, SplitSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(optimizerSpecEClass, OptimizerSpec.class, "OptimizerSpec", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOptimizerSpec_Kind(), this.getOptimizerKind(), "kind", null, 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.05", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Momentum(), ecorePackage.getEDouble(), "momentum", "0.9", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Beta1(), ecorePackage.getEDouble(), "beta1", "0.9", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Beta2(), ecorePackage.getEDouble(), "beta2", "0.999", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Epsilon(), ecorePackage.getEDouble(), "epsilon", "1.0e-8", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.0", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Schedule(), this.getSchedule(), "schedule", null, 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_StepEpochs(), ecorePackage.getEInt(), "stepEpochs", "10", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOptimizerSpec_Gamma(), ecorePackage.getEDouble(), "gamma", "0.5", 0, 1, OptimizerSpec.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingRunEClass, TrainingRun.class, "TrainingRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTrainingRun_Started(), ecorePackage.getEString(), "started", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_Seconds(), ecorePackage.getEDouble(), "seconds", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_GradientMode(), this.getGradientMode(), "gradientMode", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_AccuracyMean(), ecorePackage.getEDouble(), "accuracyMean", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_AccuracyStd(), ecorePackage.getEDouble(), "accuracyStd", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTrainingRun_Loss(), ecorePackage.getEDouble(), "loss", null, 0, 1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingRun_Epochs(), this.getEpochMetrics(), null, "epochs", null, 0, -1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTrainingRun_Provenance(), this.getParameter(), null, "provenance", null, 0, -1, TrainingRun.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(epochMetricsEClass, EpochMetrics.class, "EpochMetrics", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpochMetrics_Fold(), ecorePackage.getEInt(), "fold", null, 0, 1, EpochMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochMetrics_Epoch(), ecorePackage.getEInt(), "epoch", null, 0, 1, EpochMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochMetrics_Loss(), ecorePackage.getEDouble(), "loss", null, 0, 1, EpochMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochMetrics_TrainAccuracy(), ecorePackage.getEDouble(), "trainAccuracy", null, 0, 1, EpochMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochMetrics_ValidationAccuracy(), ecorePackage.getEDouble(), "validationAccuracy", null, 0, 1, EpochMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(portDirectionEEnum, PortDirection.class, "PortDirection");
		addEEnumLiteral(portDirectionEEnum, PortDirection.IN);
		addEEnumLiteral(portDirectionEEnum, PortDirection.OUT);

		initEEnum(signalKindEEnum, SignalKind.class, "SignalKind");
		addEEnumLiteral(signalKindEEnum, SignalKind.VOLTAGE);
		addEEnumLiteral(signalKindEEnum, SignalKind.CURRENT);
		addEEnumLiteral(signalKindEEnum, SignalKind.ACTIVATION);

		initEEnum(inputEncodingEEnum, InputEncoding.class, "InputEncoding");
		addEEnumLiteral(inputEncodingEEnum, InputEncoding.VOLTAGE);
		addEEnumLiteral(inputEncodingEEnum, InputEncoding.CURRENT);

		initEEnum(weightInitEEnum, WeightInit.class, "WeightInit");
		addEEnumLiteral(weightInitEEnum, WeightInit.XAVIER_UNIFORM);
		addEEnumLiteral(weightInitEEnum, WeightInit.HE_NORMAL);
		addEEnumLiteral(weightInitEEnum, WeightInit.UNIFORM);
		addEEnumLiteral(weightInitEEnum, WeightInit.ZERO);

		initEEnum(activationFunctionEEnum, ActivationFunction.class, "ActivationFunction");
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.TANH);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.SIGMOID);
		addEEnumLiteral(activationFunctionEEnum, ActivationFunction.RELU);

		initEEnum(lossKindEEnum, LossKind.class, "LossKind");
		addEEnumLiteral(lossKindEEnum, LossKind.SOFTMAX_CROSS_ENTROPY);
		addEEnumLiteral(lossKindEEnum, LossKind.MSE);

		initEEnum(gradientModeEEnum, GradientMode.class, "GradientMode");
		addEEnumLiteral(gradientModeEEnum, GradientMode.ANALOG_CENTRAL);
		addEEnumLiteral(gradientModeEEnum, GradientMode.ANALOG_FORWARD);
		addEEnumLiteral(gradientModeEEnum, GradientMode.EXACT);
		addEEnumLiteral(gradientModeEEnum, GradientMode.EXACT_NOMINAL);

		initEEnum(dataFormatEEnum, DataFormat.class, "DataFormat");
		addEEnumLiteral(dataFormatEEnum, DataFormat.CSV);
		addEEnumLiteral(dataFormatEEnum, DataFormat.IDX);

		initEEnum(normalisationEEnum, Normalisation.class, "Normalisation");
		addEEnumLiteral(normalisationEEnum, Normalisation.ZSCORE);
		addEEnumLiteral(normalisationEEnum, Normalisation.MINMAX);
		addEEnumLiteral(normalisationEEnum, Normalisation.SCALE255);
		addEEnumLiteral(normalisationEEnum, Normalisation.NONE);

		initEEnum(splitKindEEnum, SplitKind.class, "SplitKind");
		addEEnumLiteral(splitKindEEnum, SplitKind.KFOLD);
		addEEnumLiteral(splitKindEEnum, SplitKind.HOLDOUT);
		addEEnumLiteral(splitKindEEnum, SplitKind.TEST_FILES);

		initEEnum(optimizerKindEEnum, OptimizerKind.class, "OptimizerKind");
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.SGD);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.MOMENTUM);
		addEEnumLiteral(optimizerKindEEnum, OptimizerKind.ADAM);

		initEEnum(scheduleEEnum, Schedule.class, "Schedule");
		addEEnumLiteral(scheduleEEnum, Schedule.CONSTANT);
		addEEnumLiteral(scheduleEEnum, Schedule.STEP);
		addEEnumLiteral(scheduleEEnum, Schedule.COSINE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Spinflow metamodel: networks of input layers, synaptic crossbars and MTJ neuron arrays joined through typed ports, with device presets, a training specification and the results of runs. Diagram layout is not part of this model."
		   });
		addAnnotation
		  (getPort_Size(),
		   source,
		   new String[] {
			   "documentation", "Shape of the port: the length of the vector it carries per sample."
		   });
		addAnnotation
		  (getInputLayer_DriveScale(),
		   source,
		   new String[] {
			   "documentation", "Drive (V or A, by encoding) applied for a normalised feature value of 1."
		   });
		addAnnotation
		  (getCrossbar_Bias(),
		   source,
		   new String[] {
			   "documentation", "Adds a bias row driven at a constant unit input (rows + 1 physical rows)."
		   });
		addAnnotation
		  (getSynapseSpec_GMin(),
		   source,
		   new String[] {
			   "documentation", "Lowest conductance in siemens (default 1/R_AP of the default junction)."
		   });
		addAnnotation
		  (getSynapseSpec_GMax(),
		   source,
		   new String[] {
			   "documentation", "Highest conductance in siemens (default 1/R_P of the default junction)."
		   });
		addAnnotation
		  (getSynapseSpec_WeightRange(),
		   source,
		   new String[] {
			   "documentation", "Largest |w| representable: w = (G+ - G-) / G_scale with G_scale = (gMax - gMin) / weightRange."
		   });
		addAnnotation
		  (getSynapseSpec_Levels(),
		   source,
		   new String[] {
			   "documentation", "Number of programmable conductance levels per device; 0 means continuous."
		   });
		addAnnotation
		  (getSynapseSpec_WriteVariation(),
		   source,
		   new String[] {
			   "documentation", "Device-to-device spread (relative standard deviation) of the programmed step: each device scales every change it is given by its own fixed factor 1 + writeVariation N (docs/PHYSICS.md G)."
		   });
		addAnnotation
		  (getSynapseSpec_Nonlinearity(),
		   source,
		   new String[] {
			   "documentation", "Nonlinearity nu of pulse updates: a potentiating step is scaled by exp(-nu u), a depressing one by exp(-nu (1 - u)), u the position of the conductance in [gMin, gMax] (0: linear; docs/PHYSICS.md G)."
		   });
		addAnnotation
		  (getSynapseSpec_Asymmetry(),
		   source,
		   new String[] {
			   "documentation", "Asymmetry a of pulse updates: potentiating steps scaled by 1 + a/2, depressing steps by 1 - a/2 (0: symmetric; -2 < a < 2; docs/PHYSICS.md G)."
		   });
		addAnnotation
		  (conductancesEClass,
		   source,
		   new String[] {
			   "documentation", "Learned conductance pairs, row-major (rows incl. bias) x cols, little-endian float32 in siemens, base64 encoded."
		   });
		addAnnotation
		  (getMtjNeuronArray_Preset(),
		   source,
		   new String[] {
			   "documentation", "Name of a built-in device preset or of a DevicePreset of the network."
		   });
		addAnnotation
		  (getMtjNeuronArray_BiasField(),
		   source,
		   new String[] {
			   "documentation", "Bias field magnitude B_b in tesla (unset: the preset\'s)."
		   });
		addAnnotation
		  (getMtjNeuronArray_BiasAngle(),
		   source,
		   new String[] {
			   "documentation", "Bias field angle psi in degrees from the reference direction (unset: the preset\'s)."
		   });
		addAnnotation
		  (getMtjNeuronArray_InputGain(),
		   source,
		   new String[] {
			   "documentation", "Drive per unit of pre-activation (A); drive = inputOffset + inputGain * z. Unset: the preset\'s recommendation."
		   });
		addAnnotation
		  (getMtjNeuronArray_OutputReference(),
		   source,
		   new String[] {
			   "documentation", "Output reference (V) subtracted from the read; y = outputGain * (V - outputReference)."
		   });
		addAnnotation
		  (getMtjNeuronArray_Calibration(),
		   source,
		   new String[] {
			   "documentation", "Per-device offset and gain measured by a calibration pass (spinflow calibrate; docs/PHYSICS.md I); absent: uncalibrated."
		   });
		addAnnotation
		  (genericNodeEClass,
		   source,
		   new String[] {
			   "documentation", "A node of a kind declared by a node-kind descriptor (org.spinflow.model.kinds) rather than by its own class, e.g. Sum, Concat or a kind contributed by another bundle: the descriptor\'s id and its typed property values."
		   });
		addAnnotation
		  (getGenericNode_Kind(),
		   source,
		   new String[] {
			   "documentation", "Id of the node-kind descriptor, e.g. sum."
		   });
		addAnnotation
		  (getParameter_Text(),
		   source,
		   new String[] {
			   "documentation", "Textual value, e.g. a CSV path relative to the model file for tabulated devices."
		   });
		addAnnotation
		  (getDevicePreset_Source(),
		   source,
		   new String[] {
			   "documentation", "Citation of where the parameter values come from."
		   });
		addAnnotation
		  (getVariabilitySpec_Scale(),
		   source,
		   new String[] {
			   "documentation", "Multiplier on the preset\'s device-to-device spreads (1 = the typical spreads of docs/PHYSICS.md section C)."
		   });
		addAnnotation
		  (calibrationEClass,
		   source,
		   new String[] {
			   "documentation", "Result of a calibration pass of an MTJ array: per device, the output reference (offset, in the device\'s output unit) and the output gain that map its reads at the reference inputs onto the nominal neuron (docs/PHYSICS.md I)."
		   });
		addAnnotation
		  (getCalibration_References(),
		   source,
		   new String[] {
			   "documentation", "Per-device output references, base64 little-endian float32 (as conductances)."
		   });
		addAnnotation
		  (getCalibration_Gains(),
		   source,
		   new String[] {
			   "documentation", "Per-device output gains, base64 little-endian float32."
		   });
		addAnnotation
		  (getNoiseSpec_DriftAmplitude(),
		   source,
		   new String[] {
			   "documentation", "Relative standard deviation of the slow drift of each device\'s gain during a run (docs/PHYSICS.md C.1); 0: no drift."
		   });
		addAnnotation
		  (getNoiseSpec_DriftPeriod(),
		   source,
		   new String[] {
			   "documentation", "Period of the slowest drift component, in training steps (docs/PHYSICS.md C.1)."
		   });
		addAnnotation
		  (getTrainingSpec_Delta(),
		   source,
		   new String[] {
			   "documentation", "Finite-difference step in units of the neuron pre-activation z (the drive step is inputGain * delta)."
		   });
		addAnnotation
		  (getDatasetSpec_Path(),
		   source,
		   new String[] {
			   "documentation", "Data file (CSV) or folder (IDX), relative to the model file; --data overrides it."
		   });
		addAnnotation
		  (getDatasetSpec_Limit(),
		   source,
		   new String[] {
			   "documentation", "Use only the first N training samples (0 = all)."
		   });
	}

} //SpinflowPackageImpl
