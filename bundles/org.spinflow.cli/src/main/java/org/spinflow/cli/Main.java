package org.spinflow.cli;

import java.io.PrintWriter;

import org.spinflow.data.DataException;
import org.spinflow.devices.DeviceException;
import org.spinflow.interpreter.InterpreterException;
import org.spinflow.model.io.SpinflowException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code spinflow} command line. Exit codes: 0 success, 1 invalid model or failed run,
 * 2 usage error. Errors are one readable line on stderr; stack traces only with {@code --debug}.
 */
@Command(name = "spinflow", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Design and train magnetic-tunnel-junction neural networks with device-measured gradients.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, GradcheckCommand.class, ValidateCommand.class,
                ExportCommand.class, DevicesCommand.class, KindsCommand.class, BenchCommand.class, ExperimentCommand.class,
                InstrumentCommand.class, CalibrateCommand.class, StudioCommand.class, CompletionCommand.class})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try --help)");
    }

    public static void main(String[] args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        PrintWriter err = new PrintWriter(System.err, true);
        // an error in a worker thread (out of memory in a parallel kernel) is one line too, then exit 1
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            err.println("spinflow: " + message(e));
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            Runtime.getRuntime().halt(FAILED);
        });
        System.exit(execute(args, new PrintWriter(System.out, true), err));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = false;
        for (String a : args) {
            debug |= "--debug".equals(a);
        }
        final boolean dbg = debug;
        CommandLine cl = new CommandLine(new Main());
        // --help and --version on every command, whether or not its annotation asks for them
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("spinflow: " + oneLine(ex.getMessage()));
            err.println("Usage: " + usageLine(ex.getCommandLine()) + " (see --help)");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("spinflow: " + message(ex));
            if (dbg) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError | LinkageError ex) {
            // picocli hands only Exceptions to the execution handler; Errors arrive here
            err.println("spinflow: " + message(ex));
            if (dbg) {
                ex.printStackTrace(err);
            }
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static String usageLine(CommandLine cl) {
        return cl.getCommandSpec().qualifiedName();
    }

    /** A one-line message for an error: ours are already readable, others get their type named. */
    static String message(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) { // an Error wrapped by a worker pool
            if (c instanceof OutOfMemoryError) {
                return "out of memory (Java heap limit " + Runtime.getRuntime().maxMemory() / (1 << 20)
                        + " MB); raise it with SPINFLOW_OPTS=-Xmx8g, or lower the batch size or the data set limit";
            }
            if (c instanceof StackOverflowError) {
                return "the model is nested too deeply (stack overflow); raise the stack with SPINFLOW_OPTS=-Xss16m";
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (ex instanceof SpinflowException || ex instanceof InterpreterException || ex instanceof DataException
                || ex instanceof DeviceException || ex instanceof CliException) {
            return oneLine(ex.getMessage());
        }
        if (ex instanceof java.nio.file.NoSuchFileException nf) {
            return oneLine(nf.getFile() + ": no such file");
        }
        if (ex instanceof java.io.IOException io) {
            return "I/O error: " + oneLine(String.valueOf(io.getMessage()));
        }
        return "internal error: " + ex.getClass().getSimpleName() + ": " + oneLine(String.valueOf(ex.getMessage()))
                + " (run with --debug for details)";
    }

    /** One line, control characters (terminal escapes from names in files) escaped. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replace('\n', ' ').replace('\r', ' ');
        if (t.length() > 2000) { // a 5,000-character file name stays readable
            t = t.substring(0, 1000) + "...(" + t.length() + " characters)..." + t.substring(t.length() - 200);
        }
        return SpinflowException.escapeControls(t);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"spinflow " + org.spinflow.interpreter.Version.VERSION + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
