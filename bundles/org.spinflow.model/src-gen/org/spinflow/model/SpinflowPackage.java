/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Spinflow metamodel: networks of input layers, synaptic crossbars and MTJ neuron arrays joined through typed ports, with device presets, a training specification and the results of runs. Diagram layout is not part of this model.
 * <!-- end-model-doc -->
 * @see org.spinflow.model.SpinflowFactory
 * @model kind="package"
 * @generated
 */
public interface SpinflowPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://spinflow.org/spinflow/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "spinflow";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SpinflowPackage eINSTANCE = org.spinflow.model.impl.SpinflowPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.NamedElementImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.NetworkImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NODES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Connections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CONNECTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Presets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__PRESETS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__TRAINING = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__RUNS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.NodeImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__PORTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.PortImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getPort()
	 * @generated
	 */
	int PORT = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Signal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SIGNAL = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__REQUIRED = 4;

	/**
	 * The feature id for the '<em><b>Node</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NODE = 5;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.ConnectionImpl <em>Connection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.ConnectionImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getConnection()
	 * @generated
	 */
	int CONNECTION = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION__TARGET = 1;

	/**
	 * The number of structural features of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Connection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONNECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.InputLayerImpl <em>Input Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.InputLayerImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getInputLayer()
	 * @generated
	 */
	int INPUT_LAYER = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__NAME = NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__DESCRIPTION = NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__PORTS = NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__FEATURES = NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Encoding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__ENCODING = NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Drive Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__DRIVE_SCALE = NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Drive Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER__DRIVE_OFFSET = NODE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Input Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER_FEATURE_COUNT = NODE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Input Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_LAYER_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.CrossbarImpl <em>Crossbar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.CrossbarImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getCrossbar()
	 * @generated
	 */
	int CROSSBAR = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__NAME = NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__DESCRIPTION = NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__PORTS = NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__ROWS = NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__COLS = NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__BIAS = NODE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Synapse</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__SYNAPSE = NODE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__INIT = NODE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Init Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__INIT_SCALE = NODE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Conductances</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR__CONDUCTANCES = NODE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Crossbar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR_FEATURE_COUNT = NODE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Crossbar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSSBAR_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.SynapseSpecImpl <em>Synapse Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.SynapseSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSynapseSpec()
	 * @generated
	 */
	int SYNAPSE_SPEC = 7;

	/**
	 * The feature id for the '<em><b>GMin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__GMIN = 0;

	/**
	 * The feature id for the '<em><b>GMax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__GMAX = 1;

	/**
	 * The feature id for the '<em><b>Weight Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__WEIGHT_RANGE = 2;

	/**
	 * The feature id for the '<em><b>Write Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__WRITE_NOISE = 3;

	/**
	 * The feature id for the '<em><b>Read Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__READ_NOISE = 4;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__LEVELS = 5;

	/**
	 * The feature id for the '<em><b>Write Variation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__WRITE_VARIATION = 6;

	/**
	 * The feature id for the '<em><b>Nonlinearity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__NONLINEARITY = 7;

	/**
	 * The feature id for the '<em><b>Asymmetry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC__ASYMMETRY = 8;

	/**
	 * The number of structural features of the '<em>Synapse Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Synapse Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNAPSE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.ConductancesImpl <em>Conductances</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.ConductancesImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getConductances()
	 * @generated
	 */
	int CONDUCTANCES = 8;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES__ROWS = 0;

	/**
	 * The feature id for the '<em><b>Cols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES__COLS = 1;

	/**
	 * The feature id for the '<em><b>GPlus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES__GPLUS = 2;

	/**
	 * The feature id for the '<em><b>GMinus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES__GMINUS = 3;

	/**
	 * The number of structural features of the '<em>Conductances</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Conductances</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDUCTANCES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.NeuronArrayImpl <em>Neuron Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.NeuronArrayImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNeuronArray()
	 * @generated
	 */
	int NEURON_ARRAY = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY__NAME = NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY__DESCRIPTION = NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY__PORTS = NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY__SIZE = NODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Neuron Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY_FEATURE_COUNT = NODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Neuron Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_ARRAY_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.MtjNeuronArrayImpl <em>Mtj Neuron Array</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.MtjNeuronArrayImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getMtjNeuronArray()
	 * @generated
	 */
	int MTJ_NEURON_ARRAY = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__NAME = NEURON_ARRAY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__DESCRIPTION = NEURON_ARRAY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__PORTS = NEURON_ARRAY__PORTS;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__SIZE = NEURON_ARRAY__SIZE;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__PRESET = NEURON_ARRAY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bias Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__BIAS_FIELD = NEURON_ARRAY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bias Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__BIAS_ANGLE = NEURON_ARRAY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Field Line Angle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE = NEURON_ARRAY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Read Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__READ_CURRENT = NEURON_ARRAY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Input Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__INPUT_GAIN = NEURON_ARRAY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Input Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__INPUT_OFFSET = NEURON_ARRAY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Output Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__OUTPUT_REFERENCE = NEURON_ARRAY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Output Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__OUTPUT_GAIN = NEURON_ARRAY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__PARAMETERS = NEURON_ARRAY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Variability</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__VARIABILITY = NEURON_ARRAY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__NOISE = NEURON_ARRAY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Calibration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY__CALIBRATION = NEURON_ARRAY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Mtj Neuron Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY_FEATURE_COUNT = NEURON_ARRAY_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Mtj Neuron Array</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MTJ_NEURON_ARRAY_OPERATION_COUNT = NEURON_ARRAY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.ActivationLayerImpl <em>Activation Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.ActivationLayerImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getActivationLayer()
	 * @generated
	 */
	int ACTIVATION_LAYER = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__NAME = NEURON_ARRAY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__DESCRIPTION = NEURON_ARRAY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__PORTS = NEURON_ARRAY__PORTS;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__SIZE = NEURON_ARRAY__SIZE;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER__FUNCTION = NEURON_ARRAY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER_FEATURE_COUNT = NEURON_ARRAY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activation Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVATION_LAYER_OPERATION_COUNT = NEURON_ARRAY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.ReadoutImpl <em>Readout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.ReadoutImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getReadout()
	 * @generated
	 */
	int READOUT = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__NAME = NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__DESCRIPTION = NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__PORTS = NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Classes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__CLASSES = NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__LOSS = NODE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Class Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT__CLASS_NAMES = NODE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Readout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT_FEATURE_COUNT = NODE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Readout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READOUT_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.GenericNodeImpl <em>Generic Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.GenericNodeImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getGenericNode()
	 * @generated
	 */
	int GENERIC_NODE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE__NAME = NODE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE__DESCRIPTION = NODE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE__PORTS = NODE__PORTS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE__KIND = NODE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE__PROPERTIES = NODE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Generic Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE_FEATURE_COUNT = NODE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Generic Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_NODE_OPERATION_COUNT = NODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.ParameterImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__UNIT = 3;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.DevicePresetImpl <em>Device Preset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.DevicePresetImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDevicePreset()
	 * @generated
	 */
	int DEVICE_PRESET = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Base Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET__BASE_PRESET = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET__PARAMETERS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Device Preset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Device Preset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_PRESET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.VariabilitySpecImpl <em>Variability Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.VariabilitySpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getVariabilitySpec()
	 * @generated
	 */
	int VARIABILITY_SPEC = 16;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABILITY_SPEC__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABILITY_SPEC__SCALE = 1;

	/**
	 * The number of structural features of the '<em>Variability Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABILITY_SPEC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Variability Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABILITY_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.CalibrationImpl <em>Calibration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.CalibrationImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getCalibration()
	 * @generated
	 */
	int CALIBRATION = 17;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__REFERENCES = 1;

	/**
	 * The feature id for the '<em><b>Gains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__GAINS = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__POINTS = 4;

	/**
	 * The feature id for the '<em><b>Repeats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__REPEATS = 5;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION__SEED = 6;

	/**
	 * The number of structural features of the '<em>Calibration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Calibration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALIBRATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.NoiseSpecImpl <em>Noise Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.NoiseSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNoiseSpec()
	 * @generated
	 */
	int NOISE_SPEC = 18;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Integration Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC__INTEGRATION_TIME = 1;

	/**
	 * The feature id for the '<em><b>Paired Reads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC__PAIRED_READS = 2;

	/**
	 * The feature id for the '<em><b>Drift Amplitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC__DRIFT_AMPLITUDE = 3;

	/**
	 * The feature id for the '<em><b>Drift Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC__DRIFT_PERIOD = 4;

	/**
	 * The number of structural features of the '<em>Noise Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Noise Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOISE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.TrainingSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getTrainingSpec()
	 * @generated
	 */
	int TRAINING_SPEC = 19;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__DATASET = 0;

	/**
	 * The feature id for the '<em><b>Split</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__SPLIT = 1;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__OPTIMIZER = 2;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EPOCHS = 3;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__BATCH_SIZE = 4;

	/**
	 * The feature id for the '<em><b>Gradient Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__GRADIENT_MODE = 5;

	/**
	 * The feature id for the '<em><b>Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__DELTA = 6;

	/**
	 * The feature id for the '<em><b>Repeated Reads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__REPEATED_READS = 7;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__SEED = 8;

	/**
	 * The number of structural features of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.DatasetSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDatasetSpec()
	 * @generated
	 */
	int DATASET_SPEC = 20;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__PATH = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__NORMALISATION = 2;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC__LIMIT = 3;

	/**
	 * The number of structural features of the '<em>Dataset Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Dataset Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.SplitSpecImpl <em>Split Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.SplitSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSplitSpec()
	 * @generated
	 */
	int SPLIT_SPEC = 21;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Folds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__FOLDS = 1;

	/**
	 * The feature id for the '<em><b>Holdout Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__HOLDOUT_FRACTION = 2;

	/**
	 * The number of structural features of the '<em>Split Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Split Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.OptimizerSpecImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getOptimizerSpec()
	 * @generated
	 */
	int OPTIMIZER_SPEC = 22;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__LEARNING_RATE = 1;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__MOMENTUM = 2;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__BETA1 = 3;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__BETA2 = 4;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__EPSILON = 5;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__WEIGHT_DECAY = 6;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__SCHEDULE = 7;

	/**
	 * The feature id for the '<em><b>Step Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__STEP_EPOCHS = 8;

	/**
	 * The feature id for the '<em><b>Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__GAMMA = 9;

	/**
	 * The number of structural features of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.TrainingRunImpl <em>Training Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.TrainingRunImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getTrainingRun()
	 * @generated
	 */
	int TRAINING_RUN = 23;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__STARTED = 0;

	/**
	 * The feature id for the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Gradient Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__GRADIENT_MODE = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__SEED = 3;

	/**
	 * The feature id for the '<em><b>Accuracy Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__ACCURACY_MEAN = 4;

	/**
	 * The feature id for the '<em><b>Accuracy Std</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__ACCURACY_STD = 5;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__LOSS = 6;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__EPOCHS = 7;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN__PROVENANCE = 8;

	/**
	 * The number of structural features of the '<em>Training Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Training Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.impl.EpochMetricsImpl
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getEpochMetrics()
	 * @generated
	 */
	int EPOCH_METRICS = 24;

	/**
	 * The feature id for the '<em><b>Fold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__FOLD = 0;

	/**
	 * The feature id for the '<em><b>Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__EPOCH = 1;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__LOSS = 2;

	/**
	 * The feature id for the '<em><b>Train Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__TRAIN_ACCURACY = 3;

	/**
	 * The feature id for the '<em><b>Validation Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS__VALIDATION_ACCURACY = 4;

	/**
	 * The number of structural features of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Epoch Metrics</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_METRICS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.spinflow.model.PortDirection <em>Port Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.PortDirection
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getPortDirection()
	 * @generated
	 */
	int PORT_DIRECTION = 25;

	/**
	 * The meta object id for the '{@link org.spinflow.model.SignalKind <em>Signal Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.SignalKind
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSignalKind()
	 * @generated
	 */
	int SIGNAL_KIND = 26;

	/**
	 * The meta object id for the '{@link org.spinflow.model.InputEncoding <em>Input Encoding</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.InputEncoding
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getInputEncoding()
	 * @generated
	 */
	int INPUT_ENCODING = 27;

	/**
	 * The meta object id for the '{@link org.spinflow.model.WeightInit <em>Weight Init</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.WeightInit
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getWeightInit()
	 * @generated
	 */
	int WEIGHT_INIT = 28;

	/**
	 * The meta object id for the '{@link org.spinflow.model.ActivationFunction <em>Activation Function</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.ActivationFunction
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getActivationFunction()
	 * @generated
	 */
	int ACTIVATION_FUNCTION = 29;

	/**
	 * The meta object id for the '{@link org.spinflow.model.LossKind <em>Loss Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.LossKind
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getLossKind()
	 * @generated
	 */
	int LOSS_KIND = 30;

	/**
	 * The meta object id for the '{@link org.spinflow.model.GradientMode <em>Gradient Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.GradientMode
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getGradientMode()
	 * @generated
	 */
	int GRADIENT_MODE = 31;

	/**
	 * The meta object id for the '{@link org.spinflow.model.DataFormat <em>Data Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.DataFormat
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDataFormat()
	 * @generated
	 */
	int DATA_FORMAT = 32;

	/**
	 * The meta object id for the '{@link org.spinflow.model.Normalisation <em>Normalisation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.Normalisation
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNormalisation()
	 * @generated
	 */
	int NORMALISATION = 33;

	/**
	 * The meta object id for the '{@link org.spinflow.model.SplitKind <em>Split Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.SplitKind
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSplitKind()
	 * @generated
	 */
	int SPLIT_KIND = 34;

	/**
	 * The meta object id for the '{@link org.spinflow.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.OptimizerKind
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 35;

	/**
	 * The meta object id for the '{@link org.spinflow.model.Schedule <em>Schedule</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.spinflow.model.Schedule
	 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSchedule()
	 * @generated
	 */
	int SCHEDULE = 36;


	/**
	 * Returns the meta object for class '{@link org.spinflow.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.spinflow.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.spinflow.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.spinflow.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.spinflow.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.Network#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.spinflow.model.Network#getNodes()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.Network#getConnections <em>Connections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Connections</em>'.
	 * @see org.spinflow.model.Network#getConnections()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Connections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.Network#getPresets <em>Presets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Presets</em>'.
	 * @see org.spinflow.model.Network#getPresets()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Presets();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.Network#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.spinflow.model.Network#getTraining()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Training();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.Network#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.spinflow.model.Network#getRuns()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Runs();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.spinflow.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.Node#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see org.spinflow.model.Node#getPorts()
	 * @see #getNode()
	 * @generated
	 */
	EReference getNode_Ports();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see org.spinflow.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Port#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.spinflow.model.Port#getName()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Port#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.spinflow.model.Port#getDirection()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Port#getSignal <em>Signal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signal</em>'.
	 * @see org.spinflow.model.Port#getSignal()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Signal();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Port#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.spinflow.model.Port#getSize()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Port#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.spinflow.model.Port#isRequired()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Required();

	/**
	 * Returns the meta object for the container reference '{@link org.spinflow.model.Port#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Node</em>'.
	 * @see org.spinflow.model.Port#getNode()
	 * @see #getPort()
	 * @generated
	 */
	EReference getPort_Node();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Connection <em>Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Connection</em>'.
	 * @see org.spinflow.model.Connection
	 * @generated
	 */
	EClass getConnection();

	/**
	 * Returns the meta object for the reference '{@link org.spinflow.model.Connection#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.spinflow.model.Connection#getSource()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Source();

	/**
	 * Returns the meta object for the reference '{@link org.spinflow.model.Connection#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.spinflow.model.Connection#getTarget()
	 * @see #getConnection()
	 * @generated
	 */
	EReference getConnection_Target();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.InputLayer <em>Input Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input Layer</em>'.
	 * @see org.spinflow.model.InputLayer
	 * @generated
	 */
	EClass getInputLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.InputLayer#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features</em>'.
	 * @see org.spinflow.model.InputLayer#getFeatures()
	 * @see #getInputLayer()
	 * @generated
	 */
	EAttribute getInputLayer_Features();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.InputLayer#getEncoding <em>Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encoding</em>'.
	 * @see org.spinflow.model.InputLayer#getEncoding()
	 * @see #getInputLayer()
	 * @generated
	 */
	EAttribute getInputLayer_Encoding();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.InputLayer#getDriveScale <em>Drive Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drive Scale</em>'.
	 * @see org.spinflow.model.InputLayer#getDriveScale()
	 * @see #getInputLayer()
	 * @generated
	 */
	EAttribute getInputLayer_DriveScale();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.InputLayer#getDriveOffset <em>Drive Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drive Offset</em>'.
	 * @see org.spinflow.model.InputLayer#getDriveOffset()
	 * @see #getInputLayer()
	 * @generated
	 */
	EAttribute getInputLayer_DriveOffset();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Crossbar <em>Crossbar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Crossbar</em>'.
	 * @see org.spinflow.model.Crossbar
	 * @generated
	 */
	EClass getCrossbar();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Crossbar#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.spinflow.model.Crossbar#getRows()
	 * @see #getCrossbar()
	 * @generated
	 */
	EAttribute getCrossbar_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Crossbar#getCols <em>Cols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cols</em>'.
	 * @see org.spinflow.model.Crossbar#getCols()
	 * @see #getCrossbar()
	 * @generated
	 */
	EAttribute getCrossbar_Cols();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Crossbar#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see org.spinflow.model.Crossbar#isBias()
	 * @see #getCrossbar()
	 * @generated
	 */
	EAttribute getCrossbar_Bias();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.Crossbar#getSynapse <em>Synapse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Synapse</em>'.
	 * @see org.spinflow.model.Crossbar#getSynapse()
	 * @see #getCrossbar()
	 * @generated
	 */
	EReference getCrossbar_Synapse();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Crossbar#getInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init</em>'.
	 * @see org.spinflow.model.Crossbar#getInit()
	 * @see #getCrossbar()
	 * @generated
	 */
	EAttribute getCrossbar_Init();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Crossbar#getInitScale <em>Init Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Scale</em>'.
	 * @see org.spinflow.model.Crossbar#getInitScale()
	 * @see #getCrossbar()
	 * @generated
	 */
	EAttribute getCrossbar_InitScale();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.Crossbar#getConductances <em>Conductances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Conductances</em>'.
	 * @see org.spinflow.model.Crossbar#getConductances()
	 * @see #getCrossbar()
	 * @generated
	 */
	EReference getCrossbar_Conductances();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.SynapseSpec <em>Synapse Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Synapse Spec</em>'.
	 * @see org.spinflow.model.SynapseSpec
	 * @generated
	 */
	EClass getSynapseSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getGMin <em>GMin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GMin</em>'.
	 * @see org.spinflow.model.SynapseSpec#getGMin()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_GMin();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getGMax <em>GMax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GMax</em>'.
	 * @see org.spinflow.model.SynapseSpec#getGMax()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_GMax();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getWeightRange <em>Weight Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Range</em>'.
	 * @see org.spinflow.model.SynapseSpec#getWeightRange()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_WeightRange();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getWriteNoise <em>Write Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write Noise</em>'.
	 * @see org.spinflow.model.SynapseSpec#getWriteNoise()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_WriteNoise();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getReadNoise <em>Read Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Noise</em>'.
	 * @see org.spinflow.model.SynapseSpec#getReadNoise()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_ReadNoise();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Levels</em>'.
	 * @see org.spinflow.model.SynapseSpec#getLevels()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_Levels();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getWriteVariation <em>Write Variation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write Variation</em>'.
	 * @see org.spinflow.model.SynapseSpec#getWriteVariation()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_WriteVariation();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getNonlinearity <em>Nonlinearity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nonlinearity</em>'.
	 * @see org.spinflow.model.SynapseSpec#getNonlinearity()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_Nonlinearity();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SynapseSpec#getAsymmetry <em>Asymmetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Asymmetry</em>'.
	 * @see org.spinflow.model.SynapseSpec#getAsymmetry()
	 * @see #getSynapseSpec()
	 * @generated
	 */
	EAttribute getSynapseSpec_Asymmetry();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Conductances <em>Conductances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conductances</em>'.
	 * @see org.spinflow.model.Conductances
	 * @generated
	 */
	EClass getConductances();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Conductances#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rows</em>'.
	 * @see org.spinflow.model.Conductances#getRows()
	 * @see #getConductances()
	 * @generated
	 */
	EAttribute getConductances_Rows();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Conductances#getCols <em>Cols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cols</em>'.
	 * @see org.spinflow.model.Conductances#getCols()
	 * @see #getConductances()
	 * @generated
	 */
	EAttribute getConductances_Cols();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Conductances#getGPlus <em>GPlus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GPlus</em>'.
	 * @see org.spinflow.model.Conductances#getGPlus()
	 * @see #getConductances()
	 * @generated
	 */
	EAttribute getConductances_GPlus();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Conductances#getGMinus <em>GMinus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GMinus</em>'.
	 * @see org.spinflow.model.Conductances#getGMinus()
	 * @see #getConductances()
	 * @generated
	 */
	EAttribute getConductances_GMinus();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.NeuronArray <em>Neuron Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuron Array</em>'.
	 * @see org.spinflow.model.NeuronArray
	 * @generated
	 */
	EClass getNeuronArray();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NeuronArray#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.spinflow.model.NeuronArray#getSize()
	 * @see #getNeuronArray()
	 * @generated
	 */
	EAttribute getNeuronArray_Size();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.MtjNeuronArray <em>Mtj Neuron Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mtj Neuron Array</em>'.
	 * @see org.spinflow.model.MtjNeuronArray
	 * @generated
	 */
	EClass getMtjNeuronArray();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getPreset()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_Preset();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getBiasField <em>Bias Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias Field</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getBiasField()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_BiasField();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getBiasAngle <em>Bias Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias Angle</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getBiasAngle()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_BiasAngle();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getFieldLineAngle <em>Field Line Angle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Line Angle</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getFieldLineAngle()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_FieldLineAngle();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getReadCurrent <em>Read Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Current</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getReadCurrent()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_ReadCurrent();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getInputGain <em>Input Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Gain</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getInputGain()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_InputGain();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getInputOffset <em>Input Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Offset</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getInputOffset()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_InputOffset();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getOutputReference <em>Output Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Reference</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getOutputReference()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_OutputReference();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.MtjNeuronArray#getOutputGain <em>Output Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Gain</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getOutputGain()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EAttribute getMtjNeuronArray_OutputGain();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.MtjNeuronArray#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getParameters()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EReference getMtjNeuronArray_Parameters();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.MtjNeuronArray#getVariability <em>Variability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Variability</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getVariability()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EReference getMtjNeuronArray_Variability();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.MtjNeuronArray#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Noise</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getNoise()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EReference getMtjNeuronArray_Noise();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.MtjNeuronArray#getCalibration <em>Calibration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Calibration</em>'.
	 * @see org.spinflow.model.MtjNeuronArray#getCalibration()
	 * @see #getMtjNeuronArray()
	 * @generated
	 */
	EReference getMtjNeuronArray_Calibration();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.ActivationLayer <em>Activation Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activation Layer</em>'.
	 * @see org.spinflow.model.ActivationLayer
	 * @generated
	 */
	EClass getActivationLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.ActivationLayer#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.spinflow.model.ActivationLayer#getFunction()
	 * @see #getActivationLayer()
	 * @generated
	 */
	EAttribute getActivationLayer_Function();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Readout <em>Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Readout</em>'.
	 * @see org.spinflow.model.Readout
	 * @generated
	 */
	EClass getReadout();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Readout#getClasses <em>Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Classes</em>'.
	 * @see org.spinflow.model.Readout#getClasses()
	 * @see #getReadout()
	 * @generated
	 */
	EAttribute getReadout_Classes();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Readout#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.spinflow.model.Readout#getLoss()
	 * @see #getReadout()
	 * @generated
	 */
	EAttribute getReadout_Loss();

	/**
	 * Returns the meta object for the attribute list '{@link org.spinflow.model.Readout#getClassNames <em>Class Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Class Names</em>'.
	 * @see org.spinflow.model.Readout#getClassNames()
	 * @see #getReadout()
	 * @generated
	 */
	EAttribute getReadout_ClassNames();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.GenericNode <em>Generic Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Node</em>'.
	 * @see org.spinflow.model.GenericNode
	 * @generated
	 */
	EClass getGenericNode();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.GenericNode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.spinflow.model.GenericNode#getKind()
	 * @see #getGenericNode()
	 * @generated
	 */
	EAttribute getGenericNode_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.GenericNode#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.spinflow.model.GenericNode#getProperties()
	 * @see #getGenericNode()
	 * @generated
	 */
	EReference getGenericNode_Properties();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.spinflow.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.spinflow.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.spinflow.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Parameter#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.spinflow.model.Parameter#getText()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Parameter#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.spinflow.model.Parameter#getUnit()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Unit();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.DevicePreset <em>Device Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Preset</em>'.
	 * @see org.spinflow.model.DevicePreset
	 * @generated
	 */
	EClass getDevicePreset();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DevicePreset#getBasePreset <em>Base Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Preset</em>'.
	 * @see org.spinflow.model.DevicePreset#getBasePreset()
	 * @see #getDevicePreset()
	 * @generated
	 */
	EAttribute getDevicePreset_BasePreset();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DevicePreset#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.spinflow.model.DevicePreset#getSource()
	 * @see #getDevicePreset()
	 * @generated
	 */
	EAttribute getDevicePreset_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.DevicePreset#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.spinflow.model.DevicePreset#getParameters()
	 * @see #getDevicePreset()
	 * @generated
	 */
	EReference getDevicePreset_Parameters();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.VariabilitySpec <em>Variability Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variability Spec</em>'.
	 * @see org.spinflow.model.VariabilitySpec
	 * @generated
	 */
	EClass getVariabilitySpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.VariabilitySpec#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.spinflow.model.VariabilitySpec#isEnabled()
	 * @see #getVariabilitySpec()
	 * @generated
	 */
	EAttribute getVariabilitySpec_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.VariabilitySpec#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.spinflow.model.VariabilitySpec#getScale()
	 * @see #getVariabilitySpec()
	 * @generated
	 */
	EAttribute getVariabilitySpec_Scale();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.Calibration <em>Calibration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calibration</em>'.
	 * @see org.spinflow.model.Calibration
	 * @generated
	 */
	EClass getCalibration();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.spinflow.model.Calibration#isEnabled()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>References</em>'.
	 * @see org.spinflow.model.Calibration#getReferences()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_References();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getGains <em>Gains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gains</em>'.
	 * @see org.spinflow.model.Calibration#getGains()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Gains();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.spinflow.model.Calibration#getCount()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.spinflow.model.Calibration#getPoints()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getRepeats <em>Repeats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeats</em>'.
	 * @see org.spinflow.model.Calibration#getRepeats()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Repeats();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.Calibration#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.spinflow.model.Calibration#getSeed()
	 * @see #getCalibration()
	 * @generated
	 */
	EAttribute getCalibration_Seed();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.NoiseSpec <em>Noise Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Noise Spec</em>'.
	 * @see org.spinflow.model.NoiseSpec
	 * @generated
	 */
	EClass getNoiseSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NoiseSpec#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.spinflow.model.NoiseSpec#isEnabled()
	 * @see #getNoiseSpec()
	 * @generated
	 */
	EAttribute getNoiseSpec_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NoiseSpec#getIntegrationTime <em>Integration Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Integration Time</em>'.
	 * @see org.spinflow.model.NoiseSpec#getIntegrationTime()
	 * @see #getNoiseSpec()
	 * @generated
	 */
	EAttribute getNoiseSpec_IntegrationTime();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NoiseSpec#isPairedReads <em>Paired Reads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Paired Reads</em>'.
	 * @see org.spinflow.model.NoiseSpec#isPairedReads()
	 * @see #getNoiseSpec()
	 * @generated
	 */
	EAttribute getNoiseSpec_PairedReads();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NoiseSpec#getDriftAmplitude <em>Drift Amplitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Amplitude</em>'.
	 * @see org.spinflow.model.NoiseSpec#getDriftAmplitude()
	 * @see #getNoiseSpec()
	 * @generated
	 */
	EAttribute getNoiseSpec_DriftAmplitude();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.NoiseSpec#getDriftPeriod <em>Drift Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Period</em>'.
	 * @see org.spinflow.model.NoiseSpec#getDriftPeriod()
	 * @see #getNoiseSpec()
	 * @generated
	 */
	EAttribute getNoiseSpec_DriftPeriod();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Spec</em>'.
	 * @see org.spinflow.model.TrainingSpec
	 * @generated
	 */
	EClass getTrainingSpec();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.TrainingSpec#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.spinflow.model.TrainingSpec#getDataset()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.TrainingSpec#getSplit <em>Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Split</em>'.
	 * @see org.spinflow.model.TrainingSpec#getSplit()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_Split();

	/**
	 * Returns the meta object for the containment reference '{@link org.spinflow.model.TrainingSpec#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Optimizer</em>'.
	 * @see org.spinflow.model.TrainingSpec#getOptimizer()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.spinflow.model.TrainingSpec#getEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.spinflow.model.TrainingSpec#getBatchSize()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getGradientMode <em>Gradient Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Mode</em>'.
	 * @see org.spinflow.model.TrainingSpec#getGradientMode()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_GradientMode();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getDelta <em>Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta</em>'.
	 * @see org.spinflow.model.TrainingSpec#getDelta()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Delta();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getRepeatedReads <em>Repeated Reads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repeated Reads</em>'.
	 * @see org.spinflow.model.TrainingSpec#getRepeatedReads()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_RepeatedReads();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingSpec#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.spinflow.model.TrainingSpec#getSeed()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Seed();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.DatasetSpec <em>Dataset Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Spec</em>'.
	 * @see org.spinflow.model.DatasetSpec
	 * @generated
	 */
	EClass getDatasetSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DatasetSpec#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.spinflow.model.DatasetSpec#getPath()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DatasetSpec#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.spinflow.model.DatasetSpec#getFormat()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DatasetSpec#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.spinflow.model.DatasetSpec#getNormalisation()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Normalisation();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.DatasetSpec#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see org.spinflow.model.DatasetSpec#getLimit()
	 * @see #getDatasetSpec()
	 * @generated
	 */
	EAttribute getDatasetSpec_Limit();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.SplitSpec <em>Split Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Split Spec</em>'.
	 * @see org.spinflow.model.SplitSpec
	 * @generated
	 */
	EClass getSplitSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SplitSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.spinflow.model.SplitSpec#getKind()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SplitSpec#getFolds <em>Folds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folds</em>'.
	 * @see org.spinflow.model.SplitSpec#getFolds()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_Folds();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.SplitSpec#getHoldoutFraction <em>Holdout Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Holdout Fraction</em>'.
	 * @see org.spinflow.model.SplitSpec#getHoldoutFraction()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_HoldoutFraction();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimizer Spec</em>'.
	 * @see org.spinflow.model.OptimizerSpec
	 * @generated
	 */
	EClass getOptimizerSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getKind()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getLearningRate()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getMomentum()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getBeta1 <em>Beta1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta1</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getBeta1()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Beta1();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getBeta2 <em>Beta2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta2</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getBeta2()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Beta2();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getEpsilon()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Epsilon();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getWeightDecay()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getSchedule()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Schedule();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getStepEpochs <em>Step Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Epochs</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getStepEpochs()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_StepEpochs();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.OptimizerSpec#getGamma <em>Gamma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gamma</em>'.
	 * @see org.spinflow.model.OptimizerSpec#getGamma()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Gamma();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.TrainingRun <em>Training Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Run</em>'.
	 * @see org.spinflow.model.TrainingRun
	 * @generated
	 */
	EClass getTrainingRun();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.spinflow.model.TrainingRun#getStarted()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getSeconds <em>Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seconds</em>'.
	 * @see org.spinflow.model.TrainingRun#getSeconds()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Seconds();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getGradientMode <em>Gradient Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gradient Mode</em>'.
	 * @see org.spinflow.model.TrainingRun#getGradientMode()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_GradientMode();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.spinflow.model.TrainingRun#getSeed()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getAccuracyMean <em>Accuracy Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accuracy Mean</em>'.
	 * @see org.spinflow.model.TrainingRun#getAccuracyMean()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_AccuracyMean();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getAccuracyStd <em>Accuracy Std</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accuracy Std</em>'.
	 * @see org.spinflow.model.TrainingRun#getAccuracyStd()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_AccuracyStd();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.TrainingRun#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.spinflow.model.TrainingRun#getLoss()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EAttribute getTrainingRun_Loss();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.TrainingRun#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epochs</em>'.
	 * @see org.spinflow.model.TrainingRun#getEpochs()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EReference getTrainingRun_Epochs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.spinflow.model.TrainingRun#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provenance</em>'.
	 * @see org.spinflow.model.TrainingRun#getProvenance()
	 * @see #getTrainingRun()
	 * @generated
	 */
	EReference getTrainingRun_Provenance();

	/**
	 * Returns the meta object for class '{@link org.spinflow.model.EpochMetrics <em>Epoch Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epoch Metrics</em>'.
	 * @see org.spinflow.model.EpochMetrics
	 * @generated
	 */
	EClass getEpochMetrics();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.EpochMetrics#getFold <em>Fold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fold</em>'.
	 * @see org.spinflow.model.EpochMetrics#getFold()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Fold();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.EpochMetrics#getEpoch <em>Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epoch</em>'.
	 * @see org.spinflow.model.EpochMetrics#getEpoch()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Epoch();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.EpochMetrics#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.spinflow.model.EpochMetrics#getLoss()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_Loss();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.EpochMetrics#getTrainAccuracy <em>Train Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Accuracy</em>'.
	 * @see org.spinflow.model.EpochMetrics#getTrainAccuracy()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_TrainAccuracy();

	/**
	 * Returns the meta object for the attribute '{@link org.spinflow.model.EpochMetrics#getValidationAccuracy <em>Validation Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Accuracy</em>'.
	 * @see org.spinflow.model.EpochMetrics#getValidationAccuracy()
	 * @see #getEpochMetrics()
	 * @generated
	 */
	EAttribute getEpochMetrics_ValidationAccuracy();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.PortDirection <em>Port Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Port Direction</em>'.
	 * @see org.spinflow.model.PortDirection
	 * @generated
	 */
	EEnum getPortDirection();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.SignalKind <em>Signal Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Signal Kind</em>'.
	 * @see org.spinflow.model.SignalKind
	 * @generated
	 */
	EEnum getSignalKind();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.InputEncoding <em>Input Encoding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Encoding</em>'.
	 * @see org.spinflow.model.InputEncoding
	 * @generated
	 */
	EEnum getInputEncoding();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.WeightInit <em>Weight Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Weight Init</em>'.
	 * @see org.spinflow.model.WeightInit
	 * @generated
	 */
	EEnum getWeightInit();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.ActivationFunction <em>Activation Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation Function</em>'.
	 * @see org.spinflow.model.ActivationFunction
	 * @generated
	 */
	EEnum getActivationFunction();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.LossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Kind</em>'.
	 * @see org.spinflow.model.LossKind
	 * @generated
	 */
	EEnum getLossKind();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.GradientMode <em>Gradient Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gradient Mode</em>'.
	 * @see org.spinflow.model.GradientMode
	 * @generated
	 */
	EEnum getGradientMode();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.DataFormat <em>Data Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Format</em>'.
	 * @see org.spinflow.model.DataFormat
	 * @generated
	 */
	EEnum getDataFormat();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.Normalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Normalisation</em>'.
	 * @see org.spinflow.model.Normalisation
	 * @generated
	 */
	EEnum getNormalisation();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.SplitKind <em>Split Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Split Kind</em>'.
	 * @see org.spinflow.model.SplitKind
	 * @generated
	 */
	EEnum getSplitKind();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see org.spinflow.model.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the meta object for enum '{@link org.spinflow.model.Schedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule</em>'.
	 * @see org.spinflow.model.Schedule
	 * @generated
	 */
	EEnum getSchedule();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SpinflowFactory getSpinflowFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.NamedElementImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.NetworkImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__NODES = eINSTANCE.getNetwork_Nodes();

		/**
		 * The meta object literal for the '<em><b>Connections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__CONNECTIONS = eINSTANCE.getNetwork_Connections();

		/**
		 * The meta object literal for the '<em><b>Presets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__PRESETS = eINSTANCE.getNetwork_Presets();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__TRAINING = eINSTANCE.getNetwork_Training();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__RUNS = eINSTANCE.getNetwork_Runs();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.NodeImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE__PORTS = eINSTANCE.getNode_Ports();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.PortImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NAME = eINSTANCE.getPort_Name();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__DIRECTION = eINSTANCE.getPort_Direction();

		/**
		 * The meta object literal for the '<em><b>Signal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__SIGNAL = eINSTANCE.getPort_Signal();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__SIZE = eINSTANCE.getPort_Size();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__REQUIRED = eINSTANCE.getPort_Required();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORT__NODE = eINSTANCE.getPort_Node();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.ConnectionImpl <em>Connection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.ConnectionImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getConnection()
		 * @generated
		 */
		EClass CONNECTION = eINSTANCE.getConnection();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__SOURCE = eINSTANCE.getConnection_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONNECTION__TARGET = eINSTANCE.getConnection_Target();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.InputLayerImpl <em>Input Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.InputLayerImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getInputLayer()
		 * @generated
		 */
		EClass INPUT_LAYER = eINSTANCE.getInputLayer();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_LAYER__FEATURES = eINSTANCE.getInputLayer_Features();

		/**
		 * The meta object literal for the '<em><b>Encoding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_LAYER__ENCODING = eINSTANCE.getInputLayer_Encoding();

		/**
		 * The meta object literal for the '<em><b>Drive Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_LAYER__DRIVE_SCALE = eINSTANCE.getInputLayer_DriveScale();

		/**
		 * The meta object literal for the '<em><b>Drive Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_LAYER__DRIVE_OFFSET = eINSTANCE.getInputLayer_DriveOffset();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.CrossbarImpl <em>Crossbar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.CrossbarImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getCrossbar()
		 * @generated
		 */
		EClass CROSSBAR = eINSTANCE.getCrossbar();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSBAR__ROWS = eINSTANCE.getCrossbar_Rows();

		/**
		 * The meta object literal for the '<em><b>Cols</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSBAR__COLS = eINSTANCE.getCrossbar_Cols();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSBAR__BIAS = eINSTANCE.getCrossbar_Bias();

		/**
		 * The meta object literal for the '<em><b>Synapse</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSBAR__SYNAPSE = eINSTANCE.getCrossbar_Synapse();

		/**
		 * The meta object literal for the '<em><b>Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSBAR__INIT = eINSTANCE.getCrossbar_Init();

		/**
		 * The meta object literal for the '<em><b>Init Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CROSSBAR__INIT_SCALE = eINSTANCE.getCrossbar_InitScale();

		/**
		 * The meta object literal for the '<em><b>Conductances</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSSBAR__CONDUCTANCES = eINSTANCE.getCrossbar_Conductances();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.SynapseSpecImpl <em>Synapse Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.SynapseSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSynapseSpec()
		 * @generated
		 */
		EClass SYNAPSE_SPEC = eINSTANCE.getSynapseSpec();

		/**
		 * The meta object literal for the '<em><b>GMin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__GMIN = eINSTANCE.getSynapseSpec_GMin();

		/**
		 * The meta object literal for the '<em><b>GMax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__GMAX = eINSTANCE.getSynapseSpec_GMax();

		/**
		 * The meta object literal for the '<em><b>Weight Range</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__WEIGHT_RANGE = eINSTANCE.getSynapseSpec_WeightRange();

		/**
		 * The meta object literal for the '<em><b>Write Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__WRITE_NOISE = eINSTANCE.getSynapseSpec_WriteNoise();

		/**
		 * The meta object literal for the '<em><b>Read Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__READ_NOISE = eINSTANCE.getSynapseSpec_ReadNoise();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__LEVELS = eINSTANCE.getSynapseSpec_Levels();

		/**
		 * The meta object literal for the '<em><b>Write Variation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__WRITE_VARIATION = eINSTANCE.getSynapseSpec_WriteVariation();

		/**
		 * The meta object literal for the '<em><b>Nonlinearity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__NONLINEARITY = eINSTANCE.getSynapseSpec_Nonlinearity();

		/**
		 * The meta object literal for the '<em><b>Asymmetry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNAPSE_SPEC__ASYMMETRY = eINSTANCE.getSynapseSpec_Asymmetry();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.ConductancesImpl <em>Conductances</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.ConductancesImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getConductances()
		 * @generated
		 */
		EClass CONDUCTANCES = eINSTANCE.getConductances();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTANCES__ROWS = eINSTANCE.getConductances_Rows();

		/**
		 * The meta object literal for the '<em><b>Cols</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTANCES__COLS = eINSTANCE.getConductances_Cols();

		/**
		 * The meta object literal for the '<em><b>GPlus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTANCES__GPLUS = eINSTANCE.getConductances_GPlus();

		/**
		 * The meta object literal for the '<em><b>GMinus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDUCTANCES__GMINUS = eINSTANCE.getConductances_GMinus();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.NeuronArrayImpl <em>Neuron Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.NeuronArrayImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNeuronArray()
		 * @generated
		 */
		EClass NEURON_ARRAY = eINSTANCE.getNeuronArray();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEURON_ARRAY__SIZE = eINSTANCE.getNeuronArray_Size();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.MtjNeuronArrayImpl <em>Mtj Neuron Array</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.MtjNeuronArrayImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getMtjNeuronArray()
		 * @generated
		 */
		EClass MTJ_NEURON_ARRAY = eINSTANCE.getMtjNeuronArray();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__PRESET = eINSTANCE.getMtjNeuronArray_Preset();

		/**
		 * The meta object literal for the '<em><b>Bias Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__BIAS_FIELD = eINSTANCE.getMtjNeuronArray_BiasField();

		/**
		 * The meta object literal for the '<em><b>Bias Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__BIAS_ANGLE = eINSTANCE.getMtjNeuronArray_BiasAngle();

		/**
		 * The meta object literal for the '<em><b>Field Line Angle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__FIELD_LINE_ANGLE = eINSTANCE.getMtjNeuronArray_FieldLineAngle();

		/**
		 * The meta object literal for the '<em><b>Read Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__READ_CURRENT = eINSTANCE.getMtjNeuronArray_ReadCurrent();

		/**
		 * The meta object literal for the '<em><b>Input Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__INPUT_GAIN = eINSTANCE.getMtjNeuronArray_InputGain();

		/**
		 * The meta object literal for the '<em><b>Input Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__INPUT_OFFSET = eINSTANCE.getMtjNeuronArray_InputOffset();

		/**
		 * The meta object literal for the '<em><b>Output Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__OUTPUT_REFERENCE = eINSTANCE.getMtjNeuronArray_OutputReference();

		/**
		 * The meta object literal for the '<em><b>Output Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MTJ_NEURON_ARRAY__OUTPUT_GAIN = eINSTANCE.getMtjNeuronArray_OutputGain();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MTJ_NEURON_ARRAY__PARAMETERS = eINSTANCE.getMtjNeuronArray_Parameters();

		/**
		 * The meta object literal for the '<em><b>Variability</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MTJ_NEURON_ARRAY__VARIABILITY = eINSTANCE.getMtjNeuronArray_Variability();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MTJ_NEURON_ARRAY__NOISE = eINSTANCE.getMtjNeuronArray_Noise();

		/**
		 * The meta object literal for the '<em><b>Calibration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MTJ_NEURON_ARRAY__CALIBRATION = eINSTANCE.getMtjNeuronArray_Calibration();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.ActivationLayerImpl <em>Activation Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.ActivationLayerImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getActivationLayer()
		 * @generated
		 */
		EClass ACTIVATION_LAYER = eINSTANCE.getActivationLayer();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVATION_LAYER__FUNCTION = eINSTANCE.getActivationLayer_Function();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.ReadoutImpl <em>Readout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.ReadoutImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getReadout()
		 * @generated
		 */
		EClass READOUT = eINSTANCE.getReadout();

		/**
		 * The meta object literal for the '<em><b>Classes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READOUT__CLASSES = eINSTANCE.getReadout_Classes();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READOUT__LOSS = eINSTANCE.getReadout_Loss();

		/**
		 * The meta object literal for the '<em><b>Class Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READOUT__CLASS_NAMES = eINSTANCE.getReadout_ClassNames();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.GenericNodeImpl <em>Generic Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.GenericNodeImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getGenericNode()
		 * @generated
		 */
		EClass GENERIC_NODE = eINSTANCE.getGenericNode();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GENERIC_NODE__KIND = eINSTANCE.getGenericNode_Kind();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERIC_NODE__PROPERTIES = eINSTANCE.getGenericNode_Properties();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.ParameterImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TEXT = eINSTANCE.getParameter_Text();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__UNIT = eINSTANCE.getParameter_Unit();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.DevicePresetImpl <em>Device Preset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.DevicePresetImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDevicePreset()
		 * @generated
		 */
		EClass DEVICE_PRESET = eINSTANCE.getDevicePreset();

		/**
		 * The meta object literal for the '<em><b>Base Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_PRESET__BASE_PRESET = eINSTANCE.getDevicePreset_BasePreset();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_PRESET__SOURCE = eINSTANCE.getDevicePreset_Source();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE_PRESET__PARAMETERS = eINSTANCE.getDevicePreset_Parameters();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.VariabilitySpecImpl <em>Variability Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.VariabilitySpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getVariabilitySpec()
		 * @generated
		 */
		EClass VARIABILITY_SPEC = eINSTANCE.getVariabilitySpec();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABILITY_SPEC__ENABLED = eINSTANCE.getVariabilitySpec_Enabled();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABILITY_SPEC__SCALE = eINSTANCE.getVariabilitySpec_Scale();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.CalibrationImpl <em>Calibration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.CalibrationImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getCalibration()
		 * @generated
		 */
		EClass CALIBRATION = eINSTANCE.getCalibration();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__ENABLED = eINSTANCE.getCalibration_Enabled();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__REFERENCES = eINSTANCE.getCalibration_References();

		/**
		 * The meta object literal for the '<em><b>Gains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__GAINS = eINSTANCE.getCalibration_Gains();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__COUNT = eINSTANCE.getCalibration_Count();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__POINTS = eINSTANCE.getCalibration_Points();

		/**
		 * The meta object literal for the '<em><b>Repeats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__REPEATS = eINSTANCE.getCalibration_Repeats();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALIBRATION__SEED = eINSTANCE.getCalibration_Seed();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.NoiseSpecImpl <em>Noise Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.NoiseSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNoiseSpec()
		 * @generated
		 */
		EClass NOISE_SPEC = eINSTANCE.getNoiseSpec();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_SPEC__ENABLED = eINSTANCE.getNoiseSpec_Enabled();

		/**
		 * The meta object literal for the '<em><b>Integration Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_SPEC__INTEGRATION_TIME = eINSTANCE.getNoiseSpec_IntegrationTime();

		/**
		 * The meta object literal for the '<em><b>Paired Reads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_SPEC__PAIRED_READS = eINSTANCE.getNoiseSpec_PairedReads();

		/**
		 * The meta object literal for the '<em><b>Drift Amplitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_SPEC__DRIFT_AMPLITUDE = eINSTANCE.getNoiseSpec_DriftAmplitude();

		/**
		 * The meta object literal for the '<em><b>Drift Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOISE_SPEC__DRIFT_PERIOD = eINSTANCE.getNoiseSpec_DriftPeriod();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.TrainingSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getTrainingSpec()
		 * @generated
		 */
		EClass TRAINING_SPEC = eINSTANCE.getTrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__DATASET = eINSTANCE.getTrainingSpec_Dataset();

		/**
		 * The meta object literal for the '<em><b>Split</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__SPLIT = eINSTANCE.getTrainingSpec_Split();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__OPTIMIZER = eINSTANCE.getTrainingSpec_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EPOCHS = eINSTANCE.getTrainingSpec_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__BATCH_SIZE = eINSTANCE.getTrainingSpec_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Gradient Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__GRADIENT_MODE = eINSTANCE.getTrainingSpec_GradientMode();

		/**
		 * The meta object literal for the '<em><b>Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__DELTA = eINSTANCE.getTrainingSpec_Delta();

		/**
		 * The meta object literal for the '<em><b>Repeated Reads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__REPEATED_READS = eINSTANCE.getTrainingSpec_RepeatedReads();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__SEED = eINSTANCE.getTrainingSpec_Seed();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.DatasetSpecImpl <em>Dataset Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.DatasetSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDatasetSpec()
		 * @generated
		 */
		EClass DATASET_SPEC = eINSTANCE.getDatasetSpec();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__PATH = eINSTANCE.getDatasetSpec_Path();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__FORMAT = eINSTANCE.getDatasetSpec_Format();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__NORMALISATION = eINSTANCE.getDatasetSpec_Normalisation();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_SPEC__LIMIT = eINSTANCE.getDatasetSpec_Limit();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.SplitSpecImpl <em>Split Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.SplitSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSplitSpec()
		 * @generated
		 */
		EClass SPLIT_SPEC = eINSTANCE.getSplitSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__KIND = eINSTANCE.getSplitSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Folds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__FOLDS = eINSTANCE.getSplitSpec_Folds();

		/**
		 * The meta object literal for the '<em><b>Holdout Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__HOLDOUT_FRACTION = eINSTANCE.getSplitSpec_HoldoutFraction();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.OptimizerSpecImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getOptimizerSpec()
		 * @generated
		 */
		EClass OPTIMIZER_SPEC = eINSTANCE.getOptimizerSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__KIND = eINSTANCE.getOptimizerSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__LEARNING_RATE = eINSTANCE.getOptimizerSpec_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__MOMENTUM = eINSTANCE.getOptimizerSpec_Momentum();

		/**
		 * The meta object literal for the '<em><b>Beta1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__BETA1 = eINSTANCE.getOptimizerSpec_Beta1();

		/**
		 * The meta object literal for the '<em><b>Beta2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__BETA2 = eINSTANCE.getOptimizerSpec_Beta2();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__EPSILON = eINSTANCE.getOptimizerSpec_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__WEIGHT_DECAY = eINSTANCE.getOptimizerSpec_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__SCHEDULE = eINSTANCE.getOptimizerSpec_Schedule();

		/**
		 * The meta object literal for the '<em><b>Step Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__STEP_EPOCHS = eINSTANCE.getOptimizerSpec_StepEpochs();

		/**
		 * The meta object literal for the '<em><b>Gamma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__GAMMA = eINSTANCE.getOptimizerSpec_Gamma();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.TrainingRunImpl <em>Training Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.TrainingRunImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getTrainingRun()
		 * @generated
		 */
		EClass TRAINING_RUN = eINSTANCE.getTrainingRun();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__STARTED = eINSTANCE.getTrainingRun_Started();

		/**
		 * The meta object literal for the '<em><b>Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__SECONDS = eINSTANCE.getTrainingRun_Seconds();

		/**
		 * The meta object literal for the '<em><b>Gradient Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__GRADIENT_MODE = eINSTANCE.getTrainingRun_GradientMode();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__SEED = eINSTANCE.getTrainingRun_Seed();

		/**
		 * The meta object literal for the '<em><b>Accuracy Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__ACCURACY_MEAN = eINSTANCE.getTrainingRun_AccuracyMean();

		/**
		 * The meta object literal for the '<em><b>Accuracy Std</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__ACCURACY_STD = eINSTANCE.getTrainingRun_AccuracyStd();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_RUN__LOSS = eINSTANCE.getTrainingRun_Loss();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_RUN__EPOCHS = eINSTANCE.getTrainingRun_Epochs();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_RUN__PROVENANCE = eINSTANCE.getTrainingRun_Provenance();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.impl.EpochMetricsImpl <em>Epoch Metrics</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.impl.EpochMetricsImpl
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getEpochMetrics()
		 * @generated
		 */
		EClass EPOCH_METRICS = eINSTANCE.getEpochMetrics();

		/**
		 * The meta object literal for the '<em><b>Fold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__FOLD = eINSTANCE.getEpochMetrics_Fold();

		/**
		 * The meta object literal for the '<em><b>Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__EPOCH = eINSTANCE.getEpochMetrics_Epoch();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__LOSS = eINSTANCE.getEpochMetrics_Loss();

		/**
		 * The meta object literal for the '<em><b>Train Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__TRAIN_ACCURACY = eINSTANCE.getEpochMetrics_TrainAccuracy();

		/**
		 * The meta object literal for the '<em><b>Validation Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_METRICS__VALIDATION_ACCURACY = eINSTANCE.getEpochMetrics_ValidationAccuracy();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.PortDirection <em>Port Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.PortDirection
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getPortDirection()
		 * @generated
		 */
		EEnum PORT_DIRECTION = eINSTANCE.getPortDirection();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.SignalKind <em>Signal Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.SignalKind
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSignalKind()
		 * @generated
		 */
		EEnum SIGNAL_KIND = eINSTANCE.getSignalKind();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.InputEncoding <em>Input Encoding</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.InputEncoding
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getInputEncoding()
		 * @generated
		 */
		EEnum INPUT_ENCODING = eINSTANCE.getInputEncoding();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.WeightInit <em>Weight Init</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.WeightInit
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getWeightInit()
		 * @generated
		 */
		EEnum WEIGHT_INIT = eINSTANCE.getWeightInit();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.ActivationFunction <em>Activation Function</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.ActivationFunction
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getActivationFunction()
		 * @generated
		 */
		EEnum ACTIVATION_FUNCTION = eINSTANCE.getActivationFunction();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.LossKind <em>Loss Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.LossKind
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getLossKind()
		 * @generated
		 */
		EEnum LOSS_KIND = eINSTANCE.getLossKind();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.GradientMode <em>Gradient Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.GradientMode
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getGradientMode()
		 * @generated
		 */
		EEnum GRADIENT_MODE = eINSTANCE.getGradientMode();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.DataFormat <em>Data Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.DataFormat
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getDataFormat()
		 * @generated
		 */
		EEnum DATA_FORMAT = eINSTANCE.getDataFormat();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.Normalisation <em>Normalisation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.Normalisation
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getNormalisation()
		 * @generated
		 */
		EEnum NORMALISATION = eINSTANCE.getNormalisation();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.SplitKind <em>Split Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.SplitKind
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSplitKind()
		 * @generated
		 */
		EEnum SPLIT_KIND = eINSTANCE.getSplitKind();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.OptimizerKind
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

		/**
		 * The meta object literal for the '{@link org.spinflow.model.Schedule <em>Schedule</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.spinflow.model.Schedule
		 * @see org.spinflow.model.impl.SpinflowPackageImpl#getSchedule()
		 * @generated
		 */
		EEnum SCHEDULE = eINSTANCE.getSchedule();

	}

} //SpinflowPackage
