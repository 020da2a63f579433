package org.spinflow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spinflow studio}: the diagram editor's server lives in bundles/org.spinflow.glsp, which the
 * {@code spinflow} launcher starts directly; this command lists it in {@code --help} and, when the
 * studio is on the class path, starts it from here too.
 */
@Command(name = "studio", description = {"Serve the diagram editor in the browser (bundles/org.spinflow.glsp).",
        "Prints 'Spinflow studio: http://127.0.0.1:PORT/?token=...' first; open that address (the token is required)."})
final class StudioCommand implements Callable<Integer> {
    static final String STUDIO_MAIN = "org.spinflow.glsp.studio.Studio";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER|MODEL", description = "Folder to serve, or a model to open (default: the current folder).")
    String target;

    @Option(names = {"--port", "-p"}, paramLabel = "P", description = "Port (default 8421; 0 picks a free port).")
    Integer port;

    @Option(names = "--host", paramLabel = "H", description = "Interface to listen on (default 127.0.0.1).")
    String host;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Class<?> studio;
        try {
            studio = Class.forName(STUDIO_MAIN);
        } catch (ClassNotFoundException e) {
            throw new CliException("the studio is not on this class path; start it with the spinflow launcher: "
                    + "./spinflow studio " + (target == null ? "" : target));
        }
        List<String> args = new ArrayList<>();
        if (target != null) {
            args.add(target);
        }
        if (port != null) {
            args.add("--port");
            args.add(port.toString());
        }
        if (host != null) {
            args.add("--host");
            args.add(host);
        }
        studio.getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        return Main.OK;
    }
}
