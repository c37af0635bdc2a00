/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI in-process and reads its JSON with a Jackson mapper of the tests' own (integers as longs, objects in
 * order), so the CLI's writer is never checked against itself.
 */
final class Cli {
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Cli() {}

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {
        Map<String, Object> json() {
            return object(out.strip());
        }

        List<Map<String, Object>> jsonLines() {
            List<Map<String, Object>> lines = new ArrayList<>();
            out.lines().forEach(line -> lines.add(object(line)));
            return lines;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String json) {
        try {
            return READER.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not one JSON object: " + json, e);
        }
    }

    static Result runWithBytes(byte[] stdin, Charset platform, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                platform,
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result runWithInput(String stdin, String... args) {
        return runWithBytes(stdin.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, args);
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> error(Map<String, Object> line) {
        if (!line.containsKey("error")) {
            throw new AssertionError("no error in " + line);
        }
        return (Map<String, Object>) line.get("error");
    }
}
