package org.spinflow.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation: reads {@code model/spinflow.genmodel} (+ .ecore) of the model
 * bundle and writes the model code into {@code OUT/src-gen}. Used by the {@code regenerate}
 * profile (OUT = the bundle) and by the staleness test (OUT = a temporary folder).
 */
public final class GenerateModel {

    private GenerateModel() {
    }

    /** Arguments: bundle folder, output folder (src-gen is created inside it). */
    public static void main(String[] args) throws IOException {
        Diagnostic d = generate(Path.of(args[0]), Path.of(args[1]));
        if (d.getSeverity() > Diagnostic.WARNING) {
            throw new IllegalStateException("EMF code generation failed: " + d);
        }
    }

    public static Diagnostic generate(Path bundle, Path out) throws IOException {
        Path srcGen = out.resolve("src-gen");
        if (Files.isDirectory(srcGen)) {
            try (Stream<Path> s = Files.walk(srcGen)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.spinflow.model/src-gen/", false),
                URI.createFileURI(srcGen.toAbsolutePath() + "/"));
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.spinflow.model/", false),
                URI.createFileURI(out.toAbsolutePath() + "/"));
        Resource r = rs.getResource(URI.createFileURI(bundle.resolve("model/spinflow.genmodel").toAbsolutePath().toString()), true);
        GenModel genModel = (GenModel) r.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(false);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        return generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
    }
}
