/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why one command or one batch line could not run: the exit status, the error code and name of the JSON contract,
 * and what was wrong (the option or field, the index or byte offset). Thrown inside the CLI and turned into an
 * error object or a message at the command's boundary.
 */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of a batch line that is not valid JSON, or not valid UTF-8 (the 360nrs REST API's "Invalid JSON"). */
    static final int INVALID_JSON = 125;

    final int status;
    final int code;
    final String name;
    final String field;
    final String option;
    final long index;

    private Failure(int status, int code, String name, String message, String field, String option, long index) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.name = name;
        this.field = field;
        this.option = option;
        this.index = index;
    }

    /** An option or field with a value the command cannot use: exit 2, {@code INVALID_OPTION} (422). */
    static Failure invalidOption(String field, String option, String message) {
        return new Failure(
                Main.USAGE,
                SmsError.INVALID_OPTION.providerCode(),
                SmsError.INVALID_OPTION.name(),
                message,
                field,
                option,
                -1);
    }

    /**
     * Says why a file could not be read, without the exception's class name: "no such file", "permission denied",
     * or the operating system's reason ("Is a directory").
     */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "it could not be read" : message;
    }

    /** Hexadecimal input that is not: exit 2, {@code INVALID_OPTION} (422) with the index of the bad digit. */
    static Failure badHex(String message, long index) {
        return new Failure(
                Main.USAGE,
                SmsError.INVALID_OPTION.providerCode(),
                SmsError.INVALID_OPTION.name(),
                message,
                "userData",
                null,
                index);
    }

    /** Input that is not UTF-8: exit 2, {@code INVALID_UTF8} (125) with the byte offset. */
    static Failure invalidUtf8(String message, long byteOffset) {
        return new Failure(Main.USAGE, INVALID_JSON, "INVALID_UTF8", message, null, null, byteOffset);
    }

    /** A batch line that is not one JSON object. */
    static Failure invalidJson(String message) {
        return new Failure(Main.USAGE, INVALID_JSON, "INVALID_JSON", message, null, null, -1);
    }

    /** A required input field that a batch line lacks. */
    static Failure missing(SmsError error, String field, String message) {
        return new Failure(Main.USAGE, error.providerCode(), error.name(), message, field, null, -1);
    }

    /**
     * Returns this failure with its message prefixed by where it happened inside a line, such as {@code parts[1]},
     * since its field and index are those of that inner object.
     */
    Failure within(String where) {
        return new Failure(status, code, name, where + ": " + getMessage(), field, option, index);
    }

    /** Adds this failure's details to an error object. */
    void describe(ObjectNode error) {
        error.put("code", code);
        error.put("name", name);
        error.put("message", getMessage());
        if (field != null) {
            error.put("field", field);
        }
        if (option != null) {
            error.put("option", option);
        }
        if (index >= 0) {
            error.put(name.equals("INVALID_UTF8") ? "offset" : "index", index);
        }
    }

    /** Writes this failure as the one-line JSON object of the contract: {@code {"error": {...}}}. */
    String toJson() {
        ObjectNode result = Json.object();
        describe(result.putObject("error"));
        return Json.write(result);
    }

    /** Maps an option rejected by core to the flag or field the user wrote. */
    static Failure fromOption(SmsException e, Settings settings) {
        String option = settings.label(e.field());
        String message = e.getMessage();
        if (option != null && message.startsWith(e.field() + " ")) {
            message = option + message.substring(e.field().length());
        }
        return new Failure(
                Main.USAGE, e.error().providerCode(), e.error().name(), message, e.field(), option, e.index());
    }
}
