/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import static dev.septet.cli.Cli.run;
import static dev.septet.cli.Cli.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding with the wrong flags still decodes, and standard error says which flag is probably missing. */
class DecodeHintsTest {
    @SuppressWarnings("unchecked")
    private static String userData(String... encodeArgs) {
        Map<String, Object> json = run(encodeArgs).json();
        return (String) ((List<Map<String, Object>>) json.get("parts")).get(0).get("userData");
    }

    @Test
    void headerWithoutUdhiGetsAHint() {
        String hex = userData("encode", "--json", "x".repeat(200));
        Cli.Result r = run("decode", hex);
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("hint:", "User Data Header (050003000201)", "--udhi");
        assertThat(run("decode", "--udhi", hex).err()).isEmpty();
    }

    @Test
    void unpackedDataReadAsPackedGetsAHint() {
        String hex = userData("encode", "--json", "--unpacked", "Hello world");
        Cli.Result r = run("decode", "--json", hex);
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("hint:", "every octet is below 0x80", "add --unpacked");
        assertThat(run("decode", "--unpacked", hex).err()).isEmpty();
    }

    @Test
    void packedDataReadAsUnpackedGetsAHint() {
        String hex = userData("encode", "--json", "Hello world");
        Cli.Result r = run("decode", "--unpacked", hex);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("hint:", "drop --unpacked");
        assertThat(run("decode", hex).err()).isEmpty();
    }

    @Test
    void batchHintsCarryTheLineNumber() {
        String hex = userData("encode", "--json", "--unpacked", "Hello world");
        Cli.Result r = runWithInput(
                "{\"userData\":\"E8329BFD4697D9EC37\"}\n{\"userData\":\"" + hex + "\"}\n", "decode", "--jsonl");
        assertThat(r.err()).startsWith("septet: line 2: hint:");
    }

    @Test
    void ucs2AndPlainDataGetNoHint() {
        assertThat(run("decode", "--dcs", "8", "00680069").err()).isEmpty();
        assertThat(run("decode", "E8329BFD4697D9EC37").err()).isEmpty();
    }

    @Test
    void headerDetectionWantsKnownElementsThatFillTheHeaderExactly() {
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {5, 0, 3, 1, 2, 1, 0x41}))
                .isTrue();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {6, 8, 4, 1, 2, 2, 1, 0x41}))
                .isTrue();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {3, 0x25, 1, 3, 0x41}))
                .isTrue();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {5, 0, 3, 1, 2, 1})).isFalse();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {5, 0, 4, 1, 2, 1, 0x41}))
                .isFalse();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {4, 0x25, 1, 3, 0, 0x41}))
                .isFalse();
        assertThat(DecodeCommand.looksLikeHeader(new byte[] {0x41, 0x42, 0x43, 0x44}))
                .isFalse();
    }
}
