/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the options, one input from an argument, standard input or a file, {@code --json}
 * and {@code --jsonl} output, errors as objects and exit statuses. A subcommand supplies {@link #execute} for one
 * input and {@link #human} for readable output.
 */
abstract class Subcommand implements Callable<Integer> {
    @ParentCommand
    SeptetCommand parent;

    @Mixin
    Settings settings;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(
            names = "--jsonl",
            description = "read JSON lines from standard input, write one JSON result per line "
                    + "carrying the line's id; a line may carry the options too, named like the flags")
    boolean jsonl;

    @Option(
            names = "--text-file",
            paramLabel = "FILE",
            description = "read the input from FILE (UTF-8) instead of " + "an argument")
    Path textFile;

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..*",
            description = "the input; '-' reads standard input (UTF-8); " + "one starting with '-' goes after '--'")
    List<String> positional = new ArrayList<>();

    /** The line number while a batch runs, 0 otherwise: for hints on standard error. */
    long lineNumber;

    /** The name of the input in a batch line ({@code text} or {@code userData}). */
    abstract String inputField();

    /** The other fields a batch line may carry besides the options: the id and the input. */
    Set<String> lineFields() {
        return Set.of("id", inputField());
    }

    /**
     * Runs the command on one input.
     *
     * @param options the options for this input
     * @param input the text or hex
     * @return the result object of the JSON contract
     * @throws SmsException when core rejects the input
     * @throws Failure for an input the command cannot read
     */
    abstract ObjectNode execute(Settings options, String input);

    /** Renders a result for people. */
    abstract String human(ObjectNode result);

    /** Prepares a run (for example a reference counter) after the options are checked. */
    void start() {}

    PrintStream out() {
        return parent.io.out();
    }

    PrintStream err() {
        return parent.io.err();
    }

    @Override
    public Integer call() throws IOException {
        if (json && jsonl) {
            return usage(Failure.invalidOption(null, "--jsonl", "--json and --jsonl exclude each other"));
        }
        String input = null;
        if (jsonl) {
            if (!positional.isEmpty() || textFile != null) {
                return usage(Failure.invalidOption(
                        null, null, "--jsonl reads standard input; do not also give " + inputName()));
            }
        } else if (textFile != null) {
            if (!positional.isEmpty()) {
                return usage(Failure.invalidOption(
                        "textFile",
                        "--text-file",
                        "--text-file gives the " + inputName() + "; do not also give it as an argument"));
            }
        } else if (positional.size() != 1) {
            SmsError error = positional.isEmpty() && inputField().equals("text")
                    ? SmsError.TEXT_MISSING
                    : SmsError.INVALID_OPTION;
            return usage(Failure.missing(
                    error,
                    inputField(),
                    positional.isEmpty()
                            ? "missing " + inputName()
                            : "expected one " + inputName() + " argument, got " + positional.size()
                                    + " (quote the text)"));
        } else {
            input = positional.get(0);
        }
        try {
            settings.check(); // before any input is read, so a bad flag is a usage error
            start();
            if (jsonl) {
                new Batch(this).run(parent.io.in());
                return Main.OK;
            }
            if (textFile != null) {
                input = readInput(readFile(textFile), "the text file " + textFile);
            } else if (input.equals("-")) {
                input = readInput(parent.io.in().readAllBytes(), "standard input");
            }
        } catch (Failure f) {
            return fail(f);
        }
        return single(input);
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw Failure.invalidOption(
                    "textFile", "--text-file", "cannot read " + file + ": " + Failure.unreadable(e));
        }
    }

    private String inputName() {
        return inputField().equals("text") ? "TEXT" : "HEX";
    }

    /**
     * Reports a usage error on standard error with the command's usage; with {@code --json}, also as its error
     * object on standard output, so a script reading that gets one object whatever went wrong.
     */
    private int usage(Failure failure) {
        if (json) {
            out().println(failure.toJson());
        }
        err().println(Main.errorLine(failure.getMessage()));
        parent.spec.subcommands().get(commandName()).usage(err());
        return Main.USAGE;
    }

    private String commandName() {
        return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
    }

    private int fail(Failure f) {
        if (json) {
            out().println(f.toJson());
        }
        err().println(Main.errorLine(f.getMessage()));
        return f.status;
    }

    /** Reads a whole input as UTF-8, without a leading byte order mark or the final line break. */
    private static String readInput(byte[] bytes, String what) {
        return stripFinalNewline(Utf8.withoutByteOrderMark(Utf8.decode(bytes, what)));
    }

    private static String stripFinalNewline(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private int single(String input) {
        try {
            ObjectNode result = execute(settings, input);
            out().print(json ? Json.write(result) + System.lineSeparator() : human(result));
            return Main.OK;
        } catch (Failure f) {
            return fail(f);
        } catch (SmsException e) {
            if (json) {
                ObjectNode result = Json.object();
                describe(result.putObject("error"), e);
                out().println(Json.write(result));
            } else {
                err().println(Main.errorLine(e.error() + " (" + e.error().providerCode() + "): " + e.getMessage()));
            }
            return Main.REJECTED;
        }
    }

    /**
     * Answers one batch line; never throws for bad input.
     *
     * @param line the parsed line
     * @return the result or error object, with the line's id
     */
    ObjectNode answer(ObjectNode line) {
        JsonNode id = line.get("id");
        Settings options = settings.forLine(line, lineFields());
        ObjectNode result = Json.object();
        result.set("id", Batch.id(id));
        try {
            result.setAll(executeLine(options, line));
        } catch (SmsException e) {
            ObjectNode error = Json.object();
            error.set("id", Batch.id(id));
            ObjectNode details = error.putObject("error");
            describe(details, e);
            details.put("line", lineNumber);
            return error;
        }
        return result;
    }

    /** Runs the command on a batch line's input, after its options were applied. */
    ObjectNode executeLine(Settings options, ObjectNode line) {
        options.check();
        String field = inputField();
        JsonNode input = line.get(field);
        if (input == null || input.isNull()) {
            SmsError missing = field.equals("text") ? SmsError.TEXT_MISSING : SmsError.INVALID_OPTION;
            throw Failure.missing(missing, field, "the " + field + " field is missing");
        }
        if (!input.isTextual()) {
            throw Failure.missing(SmsError.INVALID_OPTION, field, "the " + field + " field must be a string");
        }
        return execute(options, input.textValue());
    }

    /** Writes a hint for the user to standard error, with the line number in a batch. */
    void hint(String message) {
        err().println(Main.errorLine((lineNumber > 0 ? "line " + lineNumber + ": " : "") + "hint: " + message));
    }

    /** Adds an exception from core to an error object: code, name, message, field, index, parts needed, characters. */
    static void describe(ObjectNode error, SmsException e) {
        error.put("code", e.error().providerCode());
        error.put("name", e.error().name());
        error.put("message", e.getMessage());
        if (!e.field().isEmpty()) {
            error.put("field", e.field());
        }
        if (e.index() >= 0) {
            error.put("index", e.index());
        }
        if (e.error() == SmsError.TOO_MANY_PARTS) {
            error.put("partsNeeded", e.partsNeeded());
        }
        if (!e.characters().isEmpty()) {
            error.set("nonGsm", Results.characters(e.characters()));
            error.put("nonGsmCount", e.characterCount());
        }
    }
}
