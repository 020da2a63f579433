package org.spinflow.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/**
 * Resource factory for {@code .spinflow} and {@code .xmi} files: creates {@link SecureSpinflowResource}s
 * with Spinflow's default load and save options.
 */
public class SpinflowXmiResourceFactory extends ResourceFactoryImpl {

    public static final SpinflowXmiResourceFactory INSTANCE = new SpinflowXmiResourceFactory();

    @Override
    public Resource createResource(URI uri) {
        SecureSpinflowResource r = new SecureSpinflowResource(uri);
        r.getDefaultLoadOptions().putAll(ModelIO.loadOptions(ModelLimits.fromSystemProperties()));
        r.getDefaultSaveOptions().putAll(ModelIO.saveOptions());
        return r;
    }
}
