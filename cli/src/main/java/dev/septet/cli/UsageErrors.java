/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Prints a usage error, the suggestions for a mistyped option or command, and the short usage; exit status 2. */
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
            message = "unknown command '" + u.getUnmatched().get(0) + "'; expected analyze, encode or decode";
        }
        err.println("septet: " + message);
        if (e instanceof UnmatchedArgumentException u) {
            if (!UnmatchedArgumentException.printSuggestions(u, err)) {
                for (String arg : u.getUnmatched()) {
                    if (arg.startsWith("-")) {
                        err.println("A TEXT that starts with '-' goes after '--': ... -- " + arg);
                        break;
                    }
                }
            }
        }
        err.print(cli.getHelp().fullSynopsis());
        err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for every option.");
        return Main.USAGE;
    }
}
