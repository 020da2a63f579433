package org.spinflow.model.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fails when the committed src-gen differs from what the genmodel generates now. */
class GeneratedCodeStalenessTest {

    static final String FIX = "the committed generated code in src-gen/ is stale; regenerate it with "
            + "`./mvnw -B -pl bundles/org.spinflow.model -Pregenerate process-test-classes` and commit the result";

    @TempDir
    Path tmp;

    @Test
    void committedSrcGenMatchesTheGenmodel() throws IOException {
        Path bundle = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path committed = bundle.resolve("src-gen");
        assertTrue(Files.isDirectory(committed), "no src-gen in " + bundle + ": " + FIX);
        Diagnostic d = GenerateModel.generate(bundle, tmp);
        assertTrue(d.getSeverity() <= Diagnostic.WARNING, "code generation failed: " + d.getMessage());
        Path fresh = tmp.resolve("src-gen");

        Set<String> a = files(committed);
        Set<String> b = files(fresh);
        List<String> problems = new ArrayList<>();
        for (String f : b) {
            if (!a.contains(f)) {
                problems.add("missing from src-gen: " + f);
            } else if (!Arrays.equals(Files.readAllBytes(committed.resolve(f)), Files.readAllBytes(fresh.resolve(f)))) {
                problems.add("differs: " + f);
            }
        }
        for (String f : a) {
            if (!b.contains(f)) {
                problems.add("not generated any more (extra in src-gen): " + f);
            }
        }
        if (!problems.isEmpty()) {
            fail(FIX + "; " + problems.size() + " file(s): " + String.join(", ", problems.subList(0, Math.min(10, problems.size()))));
        }
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
