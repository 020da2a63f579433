/**
 */
package org.spinflow.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Synapse Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.SynapseSpec#getGMin <em>GMin</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getGMax <em>GMax</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getWeightRange <em>Weight Range</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getWriteNoise <em>Write Noise</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getReadNoise <em>Read Noise</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getWriteVariation <em>Write Variation</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getNonlinearity <em>Nonlinearity</em>}</li>
 *   <li>{@link org.spinflow.model.SynapseSpec#getAsymmetry <em>Asymmetry</em>}</li>
 * </ul>
 *
 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec()
 * @model
 * @generated
 */
public interface SynapseSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>GMin</b></em>' attribute.
	 * The default value is <code>"9.4248e-4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest conductance in siemens (default 1/R_AP of the default junction).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>GMin</em>' attribute.
	 * @see #setGMin(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_GMin()
	 * @model default="9.4248e-4"
	 * @generated
	 */
	double getGMin();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getGMin <em>GMin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GMin</em>' attribute.
	 * @see #getGMin()
	 * @generated
	 */
	void setGMin(double value);

	/**
	 * Returns the value of the '<em><b>GMax</b></em>' attribute.
	 * The default value is <code>"2.3562e-3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest conductance in siemens (default 1/R_P of the default junction).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>GMax</em>' attribute.
	 * @see #setGMax(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_GMax()
	 * @model default="2.3562e-3"
	 * @generated
	 */
	double getGMax();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getGMax <em>GMax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GMax</em>' attribute.
	 * @see #getGMax()
	 * @generated
	 */
	void setGMax(double value);

	/**
	 * Returns the value of the '<em><b>Weight Range</b></em>' attribute.
	 * The default value is <code>"4.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest |w| representable: w = (G+ - G-) / G_scale with G_scale = (gMax - gMin) / weightRange.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Range</em>' attribute.
	 * @see #setWeightRange(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_WeightRange()
	 * @model default="4.0"
	 * @generated
	 */
	double getWeightRange();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getWeightRange <em>Weight Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Range</em>' attribute.
	 * @see #getWeightRange()
	 * @generated
	 */
	void setWeightRange(double value);

	/**
	 * Returns the value of the '<em><b>Write Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write Noise</em>' attribute.
	 * @see #setWriteNoise(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_WriteNoise()
	 * @model default="0.0"
	 * @generated
	 */
	double getWriteNoise();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getWriteNoise <em>Write Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write Noise</em>' attribute.
	 * @see #getWriteNoise()
	 * @generated
	 */
	void setWriteNoise(double value);

	/**
	 * Returns the value of the '<em><b>Read Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Read Noise</em>' attribute.
	 * @see #setReadNoise(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_ReadNoise()
	 * @model default="0.0"
	 * @generated
	 */
	double getReadNoise();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getReadNoise <em>Read Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Noise</em>' attribute.
	 * @see #getReadNoise()
	 * @generated
	 */
	void setReadNoise(double value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of programmable conductance levels per device; 0 means continuous.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' attribute.
	 * @see #setLevels(int)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_Levels()
	 * @model default="0"
	 * @generated
	 */
	int getLevels();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getLevels <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Levels</em>' attribute.
	 * @see #getLevels()
	 * @generated
	 */
	void setLevels(int value);

	/**
	 * Returns the value of the '<em><b>Write Variation</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Device-to-device spread (relative standard deviation) of the programmed step: each device scales every change it is given by its own fixed factor 1 + writeVariation N (docs/PHYSICS.md G).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Write Variation</em>' attribute.
	 * @see #setWriteVariation(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_WriteVariation()
	 * @model default="0.0"
	 * @generated
	 */
	double getWriteVariation();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getWriteVariation <em>Write Variation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write Variation</em>' attribute.
	 * @see #getWriteVariation()
	 * @generated
	 */
	void setWriteVariation(double value);

	/**
	 * Returns the value of the '<em><b>Nonlinearity</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nonlinearity nu of pulse updates: a potentiating step is scaled by exp(-nu u), a depressing one by exp(-nu (1 - u)), u the position of the conductance in [gMin, gMax] (0: linear; docs/PHYSICS.md G).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nonlinearity</em>' attribute.
	 * @see #setNonlinearity(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_Nonlinearity()
	 * @model default="0.0"
	 * @generated
	 */
	double getNonlinearity();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getNonlinearity <em>Nonlinearity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nonlinearity</em>' attribute.
	 * @see #getNonlinearity()
	 * @generated
	 */
	void setNonlinearity(double value);

	/**
	 * Returns the value of the '<em><b>Asymmetry</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Asymmetry a of pulse updates: potentiating steps scaled by 1 + a/2, depressing steps by 1 - a/2 (0: symmetric; -2 < a < 2; docs/PHYSICS.md G).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Asymmetry</em>' attribute.
	 * @see #setAsymmetry(double)
	 * @see org.spinflow.model.SpinflowPackage#getSynapseSpec_Asymmetry()
	 * @model default="0.0"
	 * @generated
	 */
	double getAsymmetry();

	/**
	 * Sets the value of the '{@link org.spinflow.model.SynapseSpec#getAsymmetry <em>Asymmetry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Asymmetry</em>' attribute.
	 * @see #getAsymmetry()
	 * @generated
	 */
	void setAsymmetry(double value);

} // SynapseSpec
