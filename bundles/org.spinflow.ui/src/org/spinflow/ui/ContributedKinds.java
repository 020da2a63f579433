package org.spinflow.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.spinflow.devices.DeviceKind;
import org.spinflow.devices.DeviceRegistry;
import org.spinflow.model.kinds.NodeKindDescriptor;
import org.spinflow.model.kinds.NodeKinds;

/**
 * The OSGi side of kind discovery: a bundle's {@code META-INF/services} files are visible only to
 * its own class loader, so at start-up this reads the node-kind and device-kind service files of
 * every installed bundle and registers the providers with {@link NodeKinds} and
 * {@link DeviceRegistry} (the same files ServiceLoader reads in plain Java; a bundle needs nothing
 * else). Where the OSGi service-loader mediator (Aries SPI Fly) runs, it may find them too; the
 * registries keep the first provider of an id.
 */
final class ContributedKinds {
    private ContributedKinds() {
    }

    static void register(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (b.getState() == Bundle.UNINSTALLED || b.getBundleId() == 0) {
                continue;
            }
            for (String name : providers(b, NodeKindDescriptor.class)) {
                Object o = instantiate(b, name);
                if (o instanceof NodeKindDescriptor d) {
                    NodeKinds.contribute(d);
                }
            }
            for (String name : providers(b, DeviceKind.class)) {
                Object o = instantiate(b, name);
                if (o instanceof DeviceKind k) {
                    DeviceRegistry.getDefault().register(k);
                }
            }
        }
    }

    private static List<String> providers(Bundle b, Class<?> service) {
        List<String> out = new ArrayList<>();
        URL url = b.getEntry("META-INF/services/" + service.getName());
        if (url == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                int hash = line.indexOf('#');
                String n = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        } catch (java.io.IOException e) {
            SpinflowUi.log("Cannot read " + url + " of bundle " + b.getSymbolicName(), e);
        }
        return out;
    }

    private static Object instantiate(Bundle b, String className) {
        try {
            return b.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            SpinflowUi.log("Cannot load the kind " + className + " of bundle " + b.getSymbolicName(), e);
            return null;
        }
    }
}
