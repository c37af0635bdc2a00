/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.sms.EncodedMessage;
import dev.septet.sms.ReferenceSource;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsOptions;
import picocli.CommandLine.Command;

/**
 * {@code encode}: the parts of a text as an SMSC or TPDU needs them. In a {@code --jsonl} run each multi-part
 * message without a {@code "reference"} field takes the next reference from one counter that starts at
 * {@code --reference}, so two long messages of one run never share a reference (until the 8 or 16 bits wrap).
 */
@Command(
        name = "encode",
        mixinStandardHelpOptions = true,
        versionProvider = SeptetCommand.Version.class,
        description = "Encodes a TEXT into parts: header, user data, UDL, DCS and UDHI of each.")
final class EncodeCommand extends TextCommand {
    private ReferenceSource references;

    @Override
    void start() {
        references = ReferenceSource.counter(settings.reference);
    }

    @Override
    ObjectNode execute(Settings options, String text) {
        SmsOptions sms = options.smsOptions();
        EncodedMessage message = !jsonl || options.fromLine("reference")
                ? Sms.encodeMessage(text, sms, options.reference)
                : Sms.encodeMessage(text, sms, references);
        return Results.encoded(message, sms.septetFormat());
    }

    @Override
    String human(ObjectNode result) {
        return Human.encoding(result);
    }
}
