package org.spinflow.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Field-by-field comparison of two model trees, by feature name, so that it also works between
 * generated objects and dynamic EMF objects of a separately loaded copy of the metamodel.
 */
final class ModelCompare {

    private ModelCompare() {
    }

    /** Asserts that {@code actual} has the same features set, with equal values, as {@code expected}. */
    static void assertSameTree(EObject expected, EObject actual) {
        compare(expected, actual, expected.eClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static void compare(EObject e, EObject a, String where) {
        assertNotNull(a, where + ": missing");
        assertEquals(e.eClass().getName(), a.eClass().getName(), where + ": type");
        for (EStructuralFeature f : e.eClass().getEAllStructuralFeatures()) {
            if (f.isTransient() || f.isDerived()) {
                continue;
            }
            EStructuralFeature g = a.eClass().getEStructuralFeature(f.getName());
            assertNotNull(g, where + ": feature " + f.getName() + " missing");
            String w = where + "." + f.getName();
            assertEquals(e.eIsSet(f), a.eIsSet(g), w + ": is-set flag");
            Object ev = e.eGet(f);
            Object av = a.eGet(g);
            if (f instanceof EAttribute) {
                if (f.isMany()) {
                    List<Object> el = (List<Object>) ev;
                    List<Object> al = (List<Object>) av;
                    assertEquals(el.size(), al.size(), w + ": size");
                    for (int i = 0; i < el.size(); i++) {
                        assertEquals(norm(el.get(i)), norm(al.get(i)), w + "[" + i + "]");
                    }
                } else {
                    assertEquals(norm(ev), norm(av), w);
                }
            } else {
                EReference r = (EReference) f;
                List<EObject> el = f.isMany() ? (List<EObject>) ev : ev == null ? List.of() : List.of((EObject) ev);
                List<EObject> al = f.isMany() ? (List<EObject>) av : av == null ? List.of() : List.of((EObject) av);
                assertEquals(el.size(), al.size(), w + ": size");
                for (int i = 0; i < el.size(); i++) {
                    if (r.isContainment()) {
                        compare(el.get(i), al.get(i), w + "[" + i + "]");
                    } else {
                        assertEquals(EcoreUtil.getURI(el.get(i)).fragment(), EcoreUtil.getURI(al.get(i)).fragment(),
                                w + "[" + i + "] reference");
                    }
                }
            }
        }
    }

    /** Enum values compare by literal (generated enumerators vs dynamic EEnumLiterals). */
    private static Object norm(Object v) {
        if (v instanceof EEnumLiteral l) {
            return "enum:" + l.getLiteral();
        }
        if (v instanceof Enumerator en) {
            return "enum:" + en.getLiteral();
        }
        return v;
    }
}
