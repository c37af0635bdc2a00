/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

/** A subcommand whose input is a message text ({@code "text"} on a batch line), priced with core's options. */
abstract class TextCommand extends Subcommand {
    @Override
    final String inputField() {
        return "text";
    }
}
