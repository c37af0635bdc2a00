/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.septet.sms.ReferenceSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.junit.jupiter.api.Test;

/**
 * The "Sending over SMPP" example of README.md, run against a real SMSC (jsmpp's server on loopback). The test
 * reads the example from this source file, between the marker comments, and checks that the README holds exactly
 * those lines and the output they print, so the two cannot drift apart.
 */
class ReadmeExamplesTest {

    @Test
    void sendingOverSmpp() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (JsmppSmsc smsc = new JsmppSmsc()) {
            String host = "127.0.0.1";
            int port = smsc.port();
            run(host, port);
        } finally {
            System.setOut(original);
        }
        String output = "2 parts, GSM7\naccepted as [j1, j2]\n";
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(output);
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```java\n" + snippet() + "```\n\n```text\n" + output + "```");
    }

    private static void run(String host, int port) throws IOException {
        // README:begin
        SmppSender sender = SmppSender.create(SmppOptions.defaults(), ReferenceSource.randomStart());
        SmppReceiver receiver = SmppReceiver.builder()
                .onMessage(m -> System.out.println("from " + m.source().address() + ": " + m.text()))
                .onReceipt(r -> System.out.println("receipt for " + r.messageId() + ": " + r.stat()))
                .onPartial(p -> System.out.println("incomplete, missing parts " + p.missing()))
                .build();

        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(receiver.listener()); // MO messages and receipts
        session.connectAndBind(host, port, new BindParameter(BindType.BIND_TRX, "user", "password", "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        try {
            String text = "Your order {A-17} has shipped. ".repeat(8);
            Submission plan = sender.submission(text); // what it costs, nothing sent
            System.out.println(plan.smsParts() + " parts, " + plan.encoding());
            List<String> ids = sender.send(session, SmppAddress.alphanumeric("Septet"),
                    SmppAddress.international("447700900123"), text);
            System.out.println("accepted as " + ids);
        } catch (SmppSendException e) {
            System.out.println("accepted " + e.accepted() + ", not accepted " + e.notAccepted());
        } finally {
            session.unbindAndClose();
        }
        // README:end
    }

    /** The lines between the markers, without the method's indentation, each ending in a newline. */
    private static String snippet() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src", "test", "java", "dev", "septet", "smpp",
                "ReadmeExamplesTest.java"), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            if (line.strip().equals("// README:end")) {
                break;
            }
            if (in) {
                out.append(line.isBlank() ? "" : line.substring(8)).append('\n');
            }
            if (line.strip().equals("// README:begin")) {
                in = true;
            }
        }
        return out.toString();
    }
}
