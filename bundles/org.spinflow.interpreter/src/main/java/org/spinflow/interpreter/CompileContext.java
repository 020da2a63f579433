package org.spinflow.interpreter;

import java.nio.file.Path;

import org.spinflow.model.Network;

/** What node kinds may consult while compiling. */
public record CompileContext(Network network, Path modelDir, RunConfig config) {
}
