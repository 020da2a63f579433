/**
 */
package org.spinflow.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.spinflow.model.DatasetSpec;
import org.spinflow.model.GradientMode;
import org.spinflow.model.OptimizerSpec;
import org.spinflow.model.SpinflowPackage;
import org.spinflow.model.SplitSpec;
import org.spinflow.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getSplit <em>Split</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getGradientMode <em>Gradient Mode</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getDelta <em>Delta</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getRepeatedReads <em>Repeated Reads</em>}</li>
 *   <li>{@link org.spinflow.model.impl.TrainingSpecImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSpecImpl extends MinimalEObjectImpl.Container implements TrainingSpec {
	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetSpec dataset;

	/**
	 * The cached value of the '{@link #getSplit() <em>Split</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSplit()
	 * @generated
	 * @ordered
	 */
	protected SplitSpec split;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerSpec optimizer;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 16;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGradientMode() <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientMode()
	 * @generated
	 * @ordered
	 */
	protected static final GradientMode GRADIENT_MODE_EDEFAULT = GradientMode.ANALOG_CENTRAL;

	/**
	 * The cached value of the '{@link #getGradientMode() <em>Gradient Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradientMode()
	 * @generated
	 * @ordered
	 */
	protected GradientMode gradientMode = GRADIENT_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDelta() <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelta()
	 * @generated
	 * @ordered
	 */
	protected static final double DELTA_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getDelta() <em>Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelta()
	 * @generated
	 * @ordered
	 */
	protected double delta = DELTA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeatedReads() <em>Repeated Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatedReads()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEATED_READS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRepeatedReads() <em>Repeated Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeatedReads()
	 * @generated
	 * @ordered
	 */
	protected int repeatedReads = REPEATED_READS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpinflowPackage.Literals.TRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetSpec getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetSpec newDataset, NotificationChain msgs) {
		DatasetSpec oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__DATASET, oldDataset, newDataset);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(DatasetSpec newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SplitSpec getSplit() {
		return split;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSplit(SplitSpec newSplit, NotificationChain msgs) {
		SplitSpec oldSplit = split;
		split = newSplit;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__SPLIT, oldSplit, newSplit);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSplit(SplitSpec newSplit) {
		if (newSplit != split) {
			NotificationChain msgs = null;
			if (split != null)
				msgs = ((InternalEObject)split).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__SPLIT, null, msgs);
			if (newSplit != null)
				msgs = ((InternalEObject)newSplit).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__SPLIT, null, msgs);
			msgs = basicSetSplit(newSplit, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__SPLIT, newSplit, newSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOptimizer(OptimizerSpec newOptimizer, NotificationChain msgs) {
		OptimizerSpec oldOptimizer = optimizer;
		optimizer = newOptimizer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__OPTIMIZER, oldOptimizer, newOptimizer);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptimizer(OptimizerSpec newOptimizer) {
		if (newOptimizer != optimizer) {
			NotificationChain msgs = null;
			if (optimizer != null)
				msgs = ((InternalEObject)optimizer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__OPTIMIZER, null, msgs);
			if (newOptimizer != null)
				msgs = ((InternalEObject)newOptimizer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SpinflowPackage.TRAINING_SPEC__OPTIMIZER, null, msgs);
			msgs = basicSetOptimizer(newOptimizer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__OPTIMIZER, newOptimizer, newOptimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientMode getGradientMode() {
		return gradientMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradientMode(GradientMode newGradientMode) {
		GradientMode oldGradientMode = gradientMode;
		gradientMode = newGradientMode == null ? GRADIENT_MODE_EDEFAULT : newGradientMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__GRADIENT_MODE, oldGradientMode, gradientMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDelta() {
		return delta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelta(double newDelta) {
		double oldDelta = delta;
		delta = newDelta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__DELTA, oldDelta, delta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeatedReads() {
		return repeatedReads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeatedReads(int newRepeatedReads) {
		int oldRepeatedReads = repeatedReads;
		repeatedReads = newRepeatedReads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__REPEATED_READS, oldRepeatedReads, repeatedReads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpinflowPackage.TRAINING_SPEC__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_SPEC__DATASET:
				return basicSetDataset(null, msgs);
			case SpinflowPackage.TRAINING_SPEC__SPLIT:
				return basicSetSplit(null, msgs);
			case SpinflowPackage.TRAINING_SPEC__OPTIMIZER:
				return basicSetOptimizer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_SPEC__DATASET:
				return getDataset();
			case SpinflowPackage.TRAINING_SPEC__SPLIT:
				return getSplit();
			case SpinflowPackage.TRAINING_SPEC__OPTIMIZER:
				return getOptimizer();
			case SpinflowPackage.TRAINING_SPEC__EPOCHS:
				return getEpochs();
			case SpinflowPackage.TRAINING_SPEC__BATCH_SIZE:
				return getBatchSize();
			case SpinflowPackage.TRAINING_SPEC__GRADIENT_MODE:
				return getGradientMode();
			case SpinflowPackage.TRAINING_SPEC__DELTA:
				return getDelta();
			case SpinflowPackage.TRAINING_SPEC__REPEATED_READS:
				return getRepeatedReads();
			case SpinflowPackage.TRAINING_SPEC__SEED:
				return getSeed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_SPEC__DATASET:
				setDataset((DatasetSpec)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__SPLIT:
				setSplit((SplitSpec)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer((OptimizerSpec)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__GRADIENT_MODE:
				setGradientMode((GradientMode)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__DELTA:
				setDelta((Double)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__REPEATED_READS:
				setRepeatedReads((Integer)newValue);
				return;
			case SpinflowPackage.TRAINING_SPEC__SEED:
				setSeed((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_SPEC__DATASET:
				setDataset((DatasetSpec)null);
				return;
			case SpinflowPackage.TRAINING_SPEC__SPLIT:
				setSplit((SplitSpec)null);
				return;
			case SpinflowPackage.TRAINING_SPEC__OPTIMIZER:
				setOptimizer((OptimizerSpec)null);
				return;
			case SpinflowPackage.TRAINING_SPEC__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_SPEC__GRADIENT_MODE:
				setGradientMode(GRADIENT_MODE_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_SPEC__DELTA:
				setDelta(DELTA_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_SPEC__REPEATED_READS:
				setRepeatedReads(REPEATED_READS_EDEFAULT);
				return;
			case SpinflowPackage.TRAINING_SPEC__SEED:
				setSeed(SEED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SpinflowPackage.TRAINING_SPEC__DATASET:
				return dataset != null;
			case SpinflowPackage.TRAINING_SPEC__SPLIT:
				return split != null;
			case SpinflowPackage.TRAINING_SPEC__OPTIMIZER:
				return optimizer != null;
			case SpinflowPackage.TRAINING_SPEC__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case SpinflowPackage.TRAINING_SPEC__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case SpinflowPackage.TRAINING_SPEC__GRADIENT_MODE:
				return gradientMode != GRADIENT_MODE_EDEFAULT;
			case SpinflowPackage.TRAINING_SPEC__DELTA:
				return delta != DELTA_EDEFAULT;
			case SpinflowPackage.TRAINING_SPEC__REPEATED_READS:
				return repeatedReads != REPEATED_READS_EDEFAULT;
			case SpinflowPackage.TRAINING_SPEC__SEED:
				return seed != SEED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (epochs: ");
		result.append(epochs);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", gradientMode: ");
		result.append(gradientMode);
		result.append(", delta: ");
		result.append(delta);
		result.append(", repeatedReads: ");
		result.append(repeatedReads);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //TrainingSpecImpl
