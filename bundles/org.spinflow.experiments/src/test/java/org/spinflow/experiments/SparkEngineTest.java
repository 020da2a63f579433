package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine without Spark: locating it, the one-line errors when it is missing, the driver command, the result lines. */
class SparkEngineTest {
    static final Path SMOKE = Path.of("../../experiments/smoke.json").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void missingJobJarIsOneLineNamingHowToGetIt() {
        SparkEngine.Options o = SparkEngine.Options.locate("local[2]", List.of(), tmp.resolve("driver.log"), tmp, Map.of());
        assertEquals(tmp.resolve("spark/target/spinflow-spark-job.jar"), o.jobJar());
        Suite suite = Suite.load(SMOKE, tmp);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new SparkEngine(o, tmp).run(suite, suite.points(), 1, r -> { }, l -> { }));
        assertTrue(e.getMessage().startsWith("the Spark engine is not available (no job jar at " + o.jobJar()), e.getMessage());
        assertTrue(e.getMessage().contains("./mvnw -B -pl spark -am package"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void clusterMastersNeedSparkSubmit() throws Exception {
        Path jar = Files.createFile(tmp.resolve(SparkEngine.JOB_JAR));
        SparkEngine.Options o = SparkEngine.Options.locate("spark://head:7077", List.of(), tmp.resolve("driver.log"), tmp,
                Map.of("SPINFLOW_SPARK_JAR", jar.toString()));
        Suite suite = Suite.load(SMOKE, tmp);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> new SparkEngine(o, tmp).command(suite, 1, tmp.resolve("points.txt")));
        assertTrue(e.getMessage().contains("set SPARK_HOME"), e.getMessage());
    }

    @Test
    void withSparkHomeTheDriverIsSubmittedInClientMode() throws Exception {
        Path jar = Files.createFile(tmp.resolve(SparkEngine.JOB_JAR));
        SparkEngine.Options o = SparkEngine.Options.locate("yarn", List.of("spark.executor.cores=2"), tmp.resolve("driver.log"),
                tmp, Map.of("SPINFLOW_SPARK_JAR", jar.toString(), "SPARK_HOME", "/opt/spark"));
        Suite suite = Suite.load(SMOKE, tmp);
        List<String> cmd = new SparkEngine(o, Path.of("/data")).command(suite, 2, Path.of("/out/points.txt"));
        assertEquals(List.of("/opt/spark/bin/spark-submit", "--master", "yarn", "--deploy-mode", "client", "--conf",
                "spark.executor.cores=2", "--class", "org.spinflow.experiments.spark.SparkSweep", jar.toString(), "--suite",
                SMOKE.toString(), "--data-root", "/data", "--threads", "2", "--points", "/out/points.txt"), cmd);
    }

    @Test
    void localMasterWithoutSparkHomeRunsTheJobJarOnTheDriverJava() throws Exception {
        Path jar = Files.createFile(tmp.resolve(SparkEngine.JOB_JAR));
        SparkEngine.Options o = SparkEngine.Options.locate("local[3]", List.of(), tmp.resolve("driver.log"), tmp,
                Map.of("SPINFLOW_SPARK_JAR", jar.toString(), "SPINFLOW_SPARK_JAVA", "/jdk/bin/java"));
        List<String> cmd = new SparkEngine(o, tmp).command(Suite.load(SMOKE, tmp), 1, tmp.resolve("p.txt"));
        assertEquals("/jdk/bin/java", cmd.get(0));
        int cp = cmd.indexOf("-cp");
        assertEquals(jar + java.io.File.pathSeparator + tmp.resolve("spark-lib/*"), cmd.get(cp + 1));
        assertEquals("org.spinflow.experiments.spark.SparkSweep", cmd.get(cp + 2));
        assertEquals(List.of("--master", "local[3]"), cmd.subList(cp + 3, cp + 5));
    }

    @Test
    void resultLinesRoundTripAndStayInsideTheOutputFolder() {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("key", "a|b,\"c\"");
        row.put("acc_mean", "0.9066666666666666");
        PointRunner.Result r = new PointRunner.Result(row, Map.of("curves/x-1.csv", "x,y\n1,2\n"));
        PointRunner.Result back = SparkEngine.parse(SparkEngine.toJson(r));
        assertEquals(r.row(), back.row());
        assertEquals(r.files(), back.files());
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> SparkEngine.parse("{\"row\":{\"key\":\"k\"},\"files\":{\"../../etc/x\":\"\"}}"));
        assertTrue(e.getMessage().contains("outside the output folder"), e.getMessage());
        assertThrows(ExperimentException.class, () -> SparkEngine.parse("{\"row\":"));
    }
}
