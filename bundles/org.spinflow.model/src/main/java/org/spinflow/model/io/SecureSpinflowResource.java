package org.spinflow.model.io;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.spinflow.model.util.SpinflowResourceImpl;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource used for Spinflow models: a {@link SpinflowResourceImpl} whose parser refuses
 * DOCTYPE declarations and external entities (XXE, billion laughs) and whose handler refuses XML
 * nested deeper than {@link ModelLimits#maxDepth()}. Works for any XMI content, not only Spinflow's.
 */
public class SecureSpinflowResource extends SpinflowResourceImpl {

    /** Load option: the {@link ModelLimits} to apply (default: {@link ModelLimits#fromSystemProperties()}). */
    public static final String OPTION_LIMITS = "spinflow.limits";

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    /** Parser features for {@link XMLResource#OPTION_PARSER_FEATURES}. */
    public static Map<String, Boolean> secureParserFeatures() {
        return Map.of(DISALLOW_DOCTYPE, Boolean.TRUE, EXTERNAL_GENERAL_ENTITIES, Boolean.FALSE,
                EXTERNAL_PARAMETER_ENTITIES, Boolean.FALSE, LOAD_EXTERNAL_DTD, Boolean.FALSE);
    }

    public SecureSpinflowResource(URI uri) {
        super(uri);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new SecureLoad(createXMLHelper());
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return new SecureLoad(createXMLHelper());
    }

    /** Thrown (inside the parser) when a resource limit is hit. */
    static final class LimitExceededException extends SAXException {
        private static final long serialVersionUID = 1L;
        final String expected;

        LimitExceededException(String problem, String expected) {
            super(problem);
            this.expected = expected;
        }
    }

    /** Thrown (inside the parser) when the document asks for an entity to be resolved. */
    static final class EntityRefusedException extends SAXException {
        private static final long serialVersionUID = 1L;

        EntityRefusedException(String systemId) {
            super("refused to resolve the external entity '" + systemId + "'");
        }
    }

    static final class SecureLoad extends XMILoadImpl {
        SecureLoad(XMLHelper helper) {
            super(helper);
        }

        @Override
        protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setValidating(false);
            // the handler's non-deprecated methods (OPTION_USE_DEPRECATED_METHODS = false) need namespace events
            f.setNamespaceAware(options != null && Boolean.FALSE.equals(options.get(XMLResource.OPTION_USE_DEPRECATED_METHODS)));
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            for (Map.Entry<String, Boolean> e : secureParserFeatures().entrySet()) {
                try {
                    f.setFeature(e.getKey(), e.getValue());
                } catch (SAXNotRecognizedException | SAXNotSupportedException ex) {
                    // another parser implementation: the handler below still refuses entities
                }
            }
            return f.newSAXParser();
        }

        @Override
        protected DefaultHandler makeDefaultHandler() {
            Object l = options == null ? null : options.get(OPTION_LIMITS);
            ModelLimits limits = l instanceof ModelLimits ml ? ml : ModelLimits.fromSystemProperties();
            return new SecureHandler(resource, helper, options, limits.maxDepth());
        }
    }

    static final class SecureHandler extends SAXXMIHandler {
        private final int maxDepth;
        private int depth;

        SecureHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, int maxDepth) {
            super(resource, helper, options);
            this.maxDepth = maxDepth;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (++depth > maxDepth) {
                String where = locator == null ? "" : " at line " + locator.getLineNumber();
                throw new LimitExceededException("XML elements are nested deeper than " + maxDepth + " levels" + where,
                        "the nesting limit is " + maxDepth + "; raise it with -D" + ModelLimits.MAX_DEPTH_PROPERTY + "=N");
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            super.endElement(uri, localName, qName);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw new EntityRefusedException(systemId);
        }
    }
}
