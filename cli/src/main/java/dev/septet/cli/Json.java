/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The CLI's one JSON configuration: how batch lines are read and how results are written. */
final class Json {
    /** The longest number a batch line may hold, in characters: parsing cost stays linear in the line. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /** The deepest nesting a batch line may hold. */
    static final int MAX_DEPTH = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {}

    /** Returns a new empty object whose fields keep their insertion order. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Reads one batch line as a JSON object.
     *
     * @throws Failure {@code INVALID_JSON} naming the column, for anything else (including numbers longer than
     *     {@link #MAX_NUMBER_LENGTH} or outside what a decimal can hold)
     */
    static ObjectNode parseObject(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at column " + e.getLocation().getColumnNr();
            throw Failure.invalidJson("invalid JSON" + where + ": " + e.getOriginalMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            throw Failure.invalidJson("invalid JSON: a number is out of range");
        }
        if (node == null || !node.isObject()) {
            throw Failure.invalidJson("a line must be a JSON object");
        }
        ObjectNode object = (ObjectNode) node;
        if (object.path("id").isNumber()) {
            // echoed as written: a parsed number would come back as 1 for 0.1e1 and 0 for -0
            object.putRawValue("id", new RawValue(topLevelText(line, "id")));
        }
        return object;
    }

    /** Returns the JSON text of a scalar field of a line's top-level object (duplicate names are already rejected). */
    private static String topLevelText(String line, String field) {
        try (JsonParser parser = MAPPER.createParser(line)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals(field)) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no field " + field + " in a line that has it");
    }

    /**
     * Writes a value as one line of compact JSON. Characters outside ASCII are written as they are, except lone
     * surrogates (which UTF-8 cannot carry) and U+2028 / U+2029 (which break JavaScript), written as escapes.
     */
    static String write(JsonNode value) {
        String json;
        try {
            json = MAPPER.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean escape;
            if (Character.isHighSurrogate(c)) {
                escape = i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1));
                if (!escape) {
                    if (out != null) {
                        out.append(c).append(json.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                escape = Character.isLowSurrogate(c) || c == '\u2028' || c == '\u2029';
            }
            if (escape && out == null) {
                out = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (out != null) {
                out.append(escape ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? json : out.toString();
    }
}
