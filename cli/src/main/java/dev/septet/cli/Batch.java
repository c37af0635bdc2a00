/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The {@code --jsonl} loop shared by every subcommand: reads standard input line by line as UTF-8, answers each
 * non-blank line with one line of JSON carrying its id, and keeps going after a bad line, whose error object carries
 * its line number ({@code "line"}, counting from 1).
 */
final class Batch {
    /**
     * The longest line read, in bytes: far above any line the JSON limits accept, and far below what would exhaust
     * the heap or an array's size. The rest of a longer line is skipped and the line answered with an error.
     */
    static final int MAX_LINE_BYTES = 1 << 28;

    private final Subcommand command;
    private final int maxLineBytes;

    Batch(Subcommand command) {
        this(command, MAX_LINE_BYTES);
    }

    Batch(Subcommand command, int maxLineBytes) {
        this.command = command;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Echoes a line's id: as given (a number with the JSON text it was written with), or as its JSON text when it is
     * an object or array; null when absent.
     */
    static JsonNode id(JsonNode id) {
        if (id == null) {
            return NullNode.getInstance();
        }
        return id.isContainerNode() ? TextNode.valueOf(Json.write(id)) : id;
    }

    void run(InputStream stdin) throws IOException {
        InputStream in = new BufferedInputStream(stdin, 1 << 16);
        byte[] buffer = new byte[256];
        long offset = 0;
        long number = 0;
        while (true) {
            int length = 0;
            long skipped = 0;
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (length == maxLineBytes) {
                    skipped++;
                    continue;
                }
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxLineBytes, buffer.length * 2L));
                }
                buffer[length++] = (byte) b;
            }
            if (b < 0 && length == 0) {
                return;
            }
            number++;
            command.lineNumber = number;
            ObjectNode answer = skipped > 0 ? tooLong(number) : answer(buffer, length, offset, number);
            if (answer != null) {
                command.out().println(Json.write(answer));
            }
            offset += length + skipped + 1;
            if (b < 0) {
                return;
            }
        }
    }

    /** Answers a line longer than the limit without reading it as JSON. */
    private ObjectNode tooLong(long number) {
        ObjectNode result = Json.object();
        result.set("id", id(null));
        ObjectNode error = result.putObject("error");
        Failure.invalidJson("line " + number + " is longer than " + maxLineBytes + " bytes")
                .describe(error);
        error.put("line", number);
        return result;
    }

    /** Answers one line, or returns null for a blank one. */
    private ObjectNode answer(byte[] bytes, int length, long offset, long number) {
        JsonNode id = null;
        try {
            int end = length > 0 && bytes[length - 1] == '\r' ? length - 1 : length;
            String line = Utf8.decode(bytes, 0, end, offset, "line " + number);
            if (number == 1) {
                line = Utf8.withoutByteOrderMark(line);
            }
            if (line.isBlank()) {
                return null;
            }
            ObjectNode request = Json.parseObject(line);
            id = request.get("id");
            return command.answer(request);
        } catch (Failure f) {
            ObjectNode result = Json.object();
            result.set("id", id(id));
            ObjectNode error = result.putObject("error");
            f.describe(error);
            error.put("line", number);
            return result;
        }
    }
}
