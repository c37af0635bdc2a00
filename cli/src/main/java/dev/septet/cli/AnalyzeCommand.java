/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import picocli.CommandLine.Command;

/** {@code analyze}: what a text costs, with each part's text. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = SeptetCommand.Version.class,
        description = "Shows the encoding, tables, counts and parts of a TEXT.")
final class AnalyzeCommand extends TextCommand {
    @Override
    ObjectNode execute(Settings options, String text) {
        SmsOptions sms = options.smsOptions();
        return Results.analysis(Sms.analyze(text, sms), Sms.split(text, sms));
    }

    @Override
    String human(ObjectNode result) {
        return Human.analysis(result);
    }
}
