/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: picks a subcommand. New subcommands are one class each, listed here. */
@Command(
        name = "java -jar septet.jar",
        mixinStandardHelpOptions = true,
        versionProvider = SeptetCommand.Version.class,
        subcommands = {
            AnalyzeCommand.class,
            EncodeCommand.class,
            DecodeCommand.class,
            RulesCommand.class,
            HelpCommand.class
        },
        description = "Counts, splits, encodes and decodes SMS text (3GPP TS 23.038 / 23.040).",
        footer = {
            "",
            "TEXT is one argument (quote it); '-' reads it from standard input and",
            "--text-file FILE from a file. A TEXT that starts with '-' goes after '--':",
            "  analyze -- \"-5%% today\"",
            "HEX is the complete user data (TP-UD / short_message), header first with --udhi.",
            "@FILE reads arguments from FILE (UTF-8, quote arguments with spaces);",
            "an @word that names no file stays text.",
            "Standard input, files and output are UTF-8 whatever the locale.",
            "",
            "Options of every command (COMMAND --help describes each):",
            "  --json            print one JSON object",
            "  --jsonl           read JSON lines {\"id\": ..., \"text\": ...} from standard",
            "                    input, write one JSON result per line carrying the id",
            "  --encoding MODE   auto (default), gsm7, gsm7-pt, gsm7-national or ucs2",
            "  --national CODES  national tables: tr,es,pt,bn,gu,hi,kn,ml,or,pa,ta,te,ur",
            "  --max-parts N     most parts allowed, 1 to 255 (default 255)",
            "  --ref16 --replace-lone-surrogates --replacement C --smart --nfc",
            "  --packed --unpacked --reference N --cr-padding (encode)",
            "  --dcs N --udhi --udl N --packed --unpacked --strict (decode)",
            "",
            "Exit status: 0 success (and every --jsonl batch), 1 message rejected,",
            "2 usage error."
        })
final class SeptetCommand implements Callable<Integer> {
    final Main.Io io;

    @Spec
    CommandSpec spec;

    SeptetCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(io.err());
        return Main.USAGE;
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"septet " + p.getProperty("version", "unknown")};
        }
    }
}
