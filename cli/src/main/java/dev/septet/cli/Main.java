/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line: {@code java -jar septet.jar analyze|encode|decode [options] INPUT}, a client of core's public
 * API only.
 *
 * <p>Exit status: 0 on success (and for {@code --jsonl} batches, whose failed lines carry an {@code error}), 1 when
 * the message itself is rejected, 2 for a usage error. Output is UTF-8 whatever the locale.
 */
public final class Main {
    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private Main() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the command and its options, as {@code --help} describes them
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, platformCharset(), System.in, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** The charset the JVM decoded the command line with. */
    static Charset platformCharset() {
        String name = System.getProperty("sun.jnu.encoding", System.getProperty("native.encoding", "UTF-8"));
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Runs the command line with the given streams; returns the exit status. */
    static int run(String[] args, Charset platform, InputStream in, PrintStream out, PrintStream err) {
        String[] prepared;
        try {
            prepared = Arguments.prepare(args, platform);
        } catch (Failure f) {
            if (jsonRequested(args)) {
                out.println(f.toJson());
            }
            err.println(errorLine(f.getMessage()));
            return USAGE;
        }
        Io io = new Io(in, out, err);
        CommandLine cli = new CommandLine(new SeptetCommand(io));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExpandAtFiles(false); // done in Arguments, as UTF-8
        cli.setOverwrittenOptionsAllowed(true); // the last of a repeated option wins
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof Failure f) {
                err.println(errorLine(f.getMessage()));
                return f.status;
            }
            throw e;
        });
        return cli.execute(prepared);
    }

    /**
     * Formats a message for standard error. Messages quote what the user gave (an option value, an argument, a
     * character of the text), so controls and bidirectional marks in it are shown as escapes, as in every
     * human-readable output: a value cannot drive the terminal.
     */
    static String errorLine(String message) {
        return "septet: " + Human.printable(message);
    }

    /**
     * Tells whether the arguments ask for {@code --json} output, for errors found before (or while) they are parsed:
     * a {@code --json} among the options, before any {@code --}.
     */
    static boolean jsonRequested(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--json")) {
                return true;
            }
        }
        return false;
    }

    /** Standard input, output and error of one run. */
    record Io(InputStream in, PrintStream out, PrintStream err) {}
}
