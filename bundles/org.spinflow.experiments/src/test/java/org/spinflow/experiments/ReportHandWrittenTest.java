package org.spinflow.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerating a report document keeps its hand-written head and tail. */
class ReportHandWrittenTest {
    @TempDir
    Path tmp;

    @Test
    void keepsEverythingFromTheMarkerOn() throws Exception {
        Path doc = tmp.resolve("RESULTS.md");
        assertEquals("", Report.handWritten(doc));
        Files.writeString(doc, "# generated\n\nold body\n\n" + Report.KEEP + " -->\n\n## Hardware\n\nmeasured\n");
        assertEquals("\n" + Report.KEEP + " -->\n\n## Hardware\n\nmeasured\n", Report.handWritten(doc));
        Files.writeString(doc, "# generated only\n");
        assertEquals("", Report.handWritten(doc));
    }

    @Test
    void keepsTheHeadBetweenItsMarkers() throws Exception {
        Path doc = tmp.resolve("RESULTS.md");
        assertEquals("", Report.handWrittenHead(doc));
        String head = Report.HEAD + ": kept -->\n\n## Answer\n\n| a | b |\n\n" + Report.HEAD_END;
        Files.writeString(doc, "# generated\n\n| section | min |\n\n" + head + "\n\nold body\n");
        assertEquals(head + "\n\n", Report.handWrittenHead(doc));
        Files.writeString(doc, "# generated\n\n" + Report.HEAD + " without its end -->\n\nbody\n");
        assertEquals("", Report.handWrittenHead(doc), "an unterminated head is not kept");
    }
}
