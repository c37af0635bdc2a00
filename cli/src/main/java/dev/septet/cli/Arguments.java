/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the arguments arrive as the user wrote them, on every platform.
 *
 * <p>The JVM decodes the command line with the platform's charset ({@code sun.jnu.encoding}); under a C or POSIX
 * locale every non-ASCII byte becomes U+FFFD before {@code main} runs, and nothing portable can undo that. So the
 * CLI offers ways in that it decodes itself, always as UTF-8: an {@code @FILE} argument file (expanded here, not
 * by picocli, whose reader uses the platform charset), {@code --text-file FILE}, and {@code -} for standard input.
 * An argument that the JVM could not decode is an error that names those ways, never a silently wrong text.
 */
final class Arguments {
    private Arguments() {}

    /**
     * Expands {@code @FILE} arguments that name a file (before a {@code --}) and rejects arguments the JVM could not
     * decode.
     *
     * @param args the arguments as the JVM gave them
     * @param platform the charset the JVM decoded them with
     * @return the arguments to parse
     * @throws Failure for an argument file that cannot be read or is not UTF-8, or an argument with characters the
     *     platform charset lost
     */
    static String[] prepare(String[] args, Charset platform) {
        List<String> out = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.indexOf('\uFFFD') >= 0 && !platform.name().equals("UTF-8")) {
                throw Failure.invalidOption(
                        "arguments",
                        null,
                        String.format(
                                Locale.ROOT,
                                "argument %d ('%s') has characters that the JVM could not decode with the platform charset "
                                        + "%s (under a C or POSIX locale). Give non-ASCII text as UTF-8 instead: on "
                                        + "standard input with '-', with --text-file FILE, or in an @FILE argument file; "
                                        + "or run under a UTF-8 locale (LANG=C.UTF-8)",
                                i + 1,
                                a,
                                platform.name()));
            }
            Path file = optionsEnded ? null : argumentFile(a);
            if (file != null) {
                out.addAll(readFile(file));
            } else if (!optionsEnded && a.startsWith("@@")) {
                out.add(a.substring(1));
            } else {
                out.add(a);
            }
            optionsEnded |= a.equals("--");
        }
        return out.toArray(new String[0]);
    }

    /**
     * Returns the file an {@code @FILE} argument names when that is a readable regular file, else null: a text such
     * as "@team see you" that names no file stays a text, as it always was.
     */
    private static Path argumentFile(String arg) {
        if (!arg.startsWith("@") || arg.startsWith("@@") || arg.length() < 2) {
            return null;
        }
        try {
            Path file = Path.of(arg.substring(1));
            return Files.isRegularFile(file) && Files.isReadable(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Reads an argument file: UTF-8, arguments separated by white space, an argument with spaces in double or single
     * quotes (a backslash escapes the next character inside double quotes), and lines starting with '#' ignored.
     */
    static List<String> readFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Failure.invalidOption(
                    "arguments", null, "cannot read the argument file " + file + ": " + Failure.unreadable(e));
        }
        String text = Utf8.withoutByteOrderMark(Utf8.decode(bytes, "the argument file " + file));
        List<String> args = new ArrayList<>();
        StringBuilder current = null;
        char quote = 0;
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (c == '#' && lineStart && current == null) {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                if (current != null) {
                    args.add(current.toString());
                    current = null;
                }
            } else {
                if (current == null) {
                    current = new StringBuilder();
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    current.append(c);
                }
            }
            lineStart = c == '\n' || (lineStart && Character.isWhitespace(c));
        }
        if (quote != 0) {
            throw Failure.invalidOption("arguments", null, "the argument file " + file + " has an unclosed " + quote);
        }
        if (current != null) {
            args.add(current.toString());
        }
        return args;
    }
}
