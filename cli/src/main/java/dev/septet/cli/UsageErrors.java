/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a usage error, the suggestions for a mistyped option or command, and the short usage; exit status 2. With
 * {@code --json} the error object goes to standard output too.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u
                && cli.getParent() == null
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            message = "unknown command '" + u.getUnmatched().get(0) + "'; expected "
                    + commands(cli.getSubcommands().keySet());
        }
        if (Main.jsonRequested(args)) {
            cli.getOut().println(failure(e, message).toJson());
        }
        err.println(Main.errorLine(message));
        if (e instanceof UnmatchedArgumentException u) {
            if (!UnmatchedArgumentException.printSuggestions(u, err)) {
                for (String arg : u.getUnmatched()) {
                    if (arg.startsWith("-")) {
                        err.println("A TEXT that starts with '-' goes after '--': ... -- " + Human.printable(arg));
                        break;
                    }
                }
            }
        }
        err.print(cli.getHelp().fullSynopsis());
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for every option.");
        return Main.USAGE;
    }

    /** Lists the subcommands a user runs ("analyze, encode, decode or rules"), without the help command. */
    private static String commands(Collection<String> names) {
        List<String> commands = new ArrayList<>(names);
        commands.remove("help");
        int last = commands.size() - 1;
        return last <= 0
                ? String.join("", commands)
                : String.join(", ", commands.subList(0, last)) + " or " + commands.get(last);
    }

    /**
     * The error object of a subcommand's parse error, shaped like every other rejected option: the flag as
     * {@code option} and its API name as {@code field} (for an unknown option, the option only).
     */
    private static Failure failure(ParameterException e, String message) {
        String option = null;
        String field = null;
        ArgSpec arg = e.getArgSpec();
        if (arg == null
                && e instanceof MissingParameterException m
                && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        }
        if (arg instanceof OptionSpec o) {
            option = o.longestName();
            field = Settings.apiFieldOfFlag(option);
            if (field == null && o.userObject() instanceof Field f) {
                field = f.getName();
            }
        } else if (e instanceof UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()
                && u.getUnmatched().get(0).startsWith("-")) {
            option = u.getUnmatched().get(0);
        }
        return Failure.invalidOption(field, option, message);
    }
}
