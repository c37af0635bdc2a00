/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.septet.otp.CheckResult;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.OtpService;
import dev.septet.otp.Reason;
import dev.septet.sms.Analysis;
import dev.septet.sms.EncodedPart;
import dev.septet.sms.Encoding;
import dev.septet.sms.NationalLanguage;
import dev.septet.sms.Segment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Calls every {@code @Benchmark} method once for every {@code @Param} combination of its state, exactly as JMH
 * would set it up, and checks that the peers agree on the answer. Where they legitimately differ, the difference
 * is asserted and explained. No timing here: speed lives in JMH runs.
 */
class BenchmarkSanityTest {
    private static final List<Class<?>> BENCHMARKS = List.of(
            AnalyzeBenchmark.class,
            SplitBenchmark.class,
            EncodeBenchmark.class,
            DecodeBenchmark.class,
            CharsetBenchmark.class,
            OtpBenchmark.class,
            OtpJdbcBenchmark.class,
            OtpFootprintBenchmark.class,
            SmppSubmitBenchmark.class,
            OtpGuardBenchmark.class);

    /** Results by "Class.method input", then by peer, in run order. */
    private static final Map<String, Map<Peer, Object>> RESULTS = new LinkedHashMap<>();

    private static int calls;

    @BeforeAll
    static void runEveryBenchmarkOnce() throws ReflectiveOperationException {
        for (Class<?> benchmark : BENCHMARKS) {
            Object instance = benchmark.getDeclaredConstructor().newInstance();
            for (Method method : benchmark.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    runAllParams(instance, method);
                }
            }
        }
    }

    private static void runAllParams(Object instance, Method method) throws ReflectiveOperationException {
        Class<?>[] stateTypes = method.getParameterTypes();
        List<Field> params = new ArrayList<>();
        for (Class<?> type : stateTypes) {
            for (Field field : type.getFields()) {
                if (field.isAnnotationPresent(Param.class)) {
                    params.add(field);
                }
            }
        }
        int[] at = new int[params.size()];
        while (true) {
            Object[] states = new Object[stateTypes.length];
            for (int i = 0; i < states.length; i++) {
                states[i] = stateTypes[i].getDeclaredConstructor().newInstance();
            }
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int p = 0; p < params.size(); p++) {
                Field field = params.get(p);
                String value = field.getAnnotation(Param.class).value()[at[p]];
                chosen.put(field.getName(), value);
                for (Object state : states) {
                    if (field.getDeclaringClass().isInstance(state)) {
                        field.set(state, convert(field.getType(), value));
                    }
                }
            }
            lifecycle(states, Setup.class);
            Object result;
            try {
                result = method.invoke(instance, states);
            } catch (InvocationTargetException e) {
                throw new AssertionError(method.getName() + " " + chosen, e.getCause());
            } finally {
                lifecycle(states, TearDown.class);
            }
            calls++;
            RESULTS.computeIfAbsent(
                            method.getDeclaringClass().getSimpleName() + "." + method.getName() + " "
                                    + chosen.getOrDefault("input", "-"),
                            k -> new EnumMap<>(Peer.class))
                    .put(Peer.valueOf(chosen.getOrDefault("peer", "SEPTET")), result);
            int p = 0;
            while (p < at.length
                    && ++at[p] == params.get(p).getAnnotation(Param.class).value().length) {
                at[p++] = 0;
            }
            if (p == at.length) {
                return;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> type, String value) {
        return type.isEnum() ? Enum.valueOf((Class) type, value) : type == int.class ? Integer.valueOf(value) : value;
    }

    private static void lifecycle(Object[] states, Class<? extends Annotation> kind)
            throws ReflectiveOperationException {
        for (Object state : states) {
            for (Method m : state.getClass().getMethods()) {
                if (m.isAnnotationPresent(kind)) {
                    // JMH's BenchmarkParams and the like, which a setup may ask for, do not exist outside a run
                    m.invoke(state, new Object[m.getParameterCount()]);
                }
            }
        }
    }

    private static Map<Peer, Object> results(String benchmarkAndInput) {
        assertThat(RESULTS).containsKey(benchmarkAndInput);
        return RESULTS.get(benchmarkAndInput);
    }

    /** Septet's parts as one byte array (one part here) or the peer's bytes, for comparison. */
    @SuppressWarnings("unchecked")
    static String hex(Object encoded) {
        if (encoded instanceof List) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (EncodedPart part : (List<EncodedPart>) encoded) {
                all.writeBytes(part.userData());
            }
            encoded = all.toByteArray();
        }
        return java.util.HexFormat.of().formatHex((byte[]) encoded);
    }

    @Test
    void everyBenchmarkInTheJarRanHere() throws IOException {
        // BenchmarkList is written by the annotation processor; without it the jar has no benchmarks (JDK 23+)
        List<String> listed;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertThat(in)
                    .as("META-INF/BenchmarkList from jmh-generator-annprocess")
                    .isNotNull();
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank())
                    .collect(Collectors.toList());
        }
        long methods = BENCHMARKS.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(Benchmark.class))
                .count();
        assertThat(listed).hasSize((int) methods);
        assertThat(methods).isEqualTo(31);
        assertThat(calls).isEqualTo(100);
    }

    @Test
    @SuppressWarnings("unchecked")
    void smppSubmitPartsAreTheSameBytesBothWays() {
        for (String input : List.of("GSM_160", "GSM_3_PARTS")) {
            Map<Peer, Object> built = results("SmppSubmitBenchmark.submitParts " + input);
            List<byte[]> septet = ((dev.septet.smpp.Submission) built.get(Peer.SEPTET))
                    .parts().stream()
                            .map(dev.septet.smpp.SubmitPart::shortMessage)
                            .collect(Collectors.toList());
            List<byte[]> handRolled = (List<byte[]>) built.get(Peer.CLOUDHOPPER);
            assertThat(septet).hasSize(input.equals("GSM_160") ? 1 : 3);
            assertThat(handRolled).hasSameSizeAs(septet);
            for (int i = 0; i < septet.size(); i++) {
                assertThat(handRolled.get(i)).as(input + " part " + (i + 1)).isEqualTo(septet.get(i));
            }
        }
    }

    @Test
    void theGuardedGenerateRunsEveryRuleAndRefusesNoBenchmarkNumber() {
        for (String country : List.of("GB", "ES")) {
            OtpGuardBenchmark.Service s = new OtpGuardBenchmark.Service();
            s.guard = OtpGuardBenchmark.GuardType.DEFAULTS;
            s.country = country;
            s.setUp();
            OtpGuardBenchmark benchmark = new OtpGuardBenchmark();
            for (int i = 0; i < 100_000; i++) {
                assertThat(benchmark.generate(s).code()).hasSize(4);
            }
        }
    }

    @Test
    void inputsAreWhatTheirNamesSay() {
        assertThat(Messages.GSM_160).hasSize(160);
        assertThat(Messages.GSM_1600).hasSize(1_600);
        assertThat(Messages.GSM_16000).hasSize(16_000);
        assertThat(Messages.UCS2_EMOJI.codePoints().filter(Character::isSupplementaryCodePoint))
                .hasSize(2);
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION, Input.PORTUGUESE, Input.UCS2_EMOJI)) {
            assertThat(((Analysis) results("AnalyzeBenchmark.analyze " + input).get(Peer.SEPTET)).parts())
                    .as(input + " fits one part")
                    .isEqualTo(1);
        }
        Analysis portuguese =
                (Analysis) results("AnalyzeBenchmark.analyze PORTUGUESE").get(Peer.SEPTET);
        assertThat(portuguese.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(portuguese.lockingShift()).contains(NationalLanguage.PORTUGUESE);
        assertThat(dev.septet.sms.Sms.analyze(Messages.PORTUGUESE).encoding())
                .as("not the default alphabet")
                .isEqualTo(Encoding.UCS2);
        Analysis extension =
                (Analysis) results("AnalyzeBenchmark.analyze GSM_EXTENSION").get(Peer.SEPTET);
        assertThat(extension.units()).isGreaterThan(extension.characters());
    }

    @Test
    void peersCountTheSameParts() {
        Map<Input, Integer> expected = Map.of(
                Input.GSM_160,
                1,
                Input.GSM_EXTENSION,
                1,
                Input.UCS2_EMOJI,
                1,
                Input.GSM_1600,
                11,
                Input.GSM_16000,
                105);
        expected.forEach((input, parts) -> assertThat(results("AnalyzeBenchmark.countParts " + input))
                .as(input.toString())
                .containsOnlyKeys(Peer.SEPTET, Peer.CLOUDHOPPER)
                .allSatisfy((peer, count) -> assertThat(count).isEqualTo(parts)));
        assertThat(results("AnalyzeBenchmark.countPartsNational PORTUGUESE"))
                .containsExactly(Map.entry(Peer.SEPTET, 1));
        for (String input : List.of("GSM_160", "GSM_EXTENSION")) {
            assertThat(results("AnalyzeBenchmark.countPartsLanguages " + input))
                    .containsExactly(Map.entry(Peer.SEPTET, 1));
        }
    }

    @Test
    void copyFloorIsOneBytePerCharacter() {
        for (Input input : List.of(Input.GSM_160, Input.GSM_16000)) {
            assertThat(results("AnalyzeBenchmark.copyFloor " + input))
                    .containsOnlyKeys(Peer.JDK)
                    .allSatisfy((peer, bytes) -> assertThat((byte[]) bytes).hasSize(input.characters()));
        }
    }

    @Test
    void exactCopyFloorCopiesEveryCharacter() {
        for (Input input : List.of(Input.GSM_160, Input.GSM_16000)) {
            assertThat(results("AnalyzeBenchmark.exactCopyFloor " + input))
                    .containsExactly(Map.entry(Peer.JDK, input.characters()));
        }
        assertThat(new AnalyzeBenchmark.Latin1Copy().copy("ab\u0141cd")).isEqualTo(2);
    }

    @Test
    void canRepresentAnswersOnlyYesOrNo() {
        assertThat(results("AnalyzeBenchmark.canRepresent GSM_160")).containsEntry(Peer.CLOUDHOPPER, true);
        assertThat(results("AnalyzeBenchmark.canRepresent GSM_EXTENSION")).containsEntry(Peer.CLOUDHOPPER, true);
        assertThat(results("AnalyzeBenchmark.canRepresent UCS2_EMOJI")).containsEntry(Peer.CLOUDHOPPER, false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void splitPartsConcatenateToTheInput() {
        for (Input input : Input.values()) {
            String name = input.characters() > 1_000 ? "splitLong" : "split";
            List<Segment> parts = (List<Segment>)
                    results("SplitBenchmark." + name + " " + input).get(Peer.SEPTET);
            assertThat(parts.stream().map(Segment::text).collect(Collectors.joining()))
                    .isEqualTo(input.text());
        }
        assertThat((List<?>) results("SplitBenchmark.splitLong GSM_16000").get(Peer.SEPTET))
                .hasSize(105);
    }

    @Test
    void packedEncodersProduceTheSameBytes() {
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION)) {
            Map<Peer, Object> packed = results("EncodeBenchmark.packed " + input);
            assertThat(packed).containsOnlyKeys(Peer.SEPTET, Peer.JCHARSET, Peer.CLOUDHOPPER);
            String septet = hex(packed.get(Peer.SEPTET));
            int septets = input.characters() + extensions(input.text());
            assertThat(septet).hasSize(2 * ((septets * 7 + 7) / 8));
            packed.forEach((peer, bytes) ->
                    assertThat(hex(bytes)).as(peer + " " + input).isEqualTo(septet));
        }
    }

    @Test
    void unpackedAndUcs2EncodersProduceTheSameBytes() {
        for (String key : List.of(
                "EncodeBenchmark.unpacked GSM_160",
                "EncodeBenchmark.unpacked GSM_EXTENSION",
                "EncodeBenchmark.ucs2 UCS2_EMOJI")) {
            Map<Peer, Object> encoded = results(key);
            assertThat(encoded).hasSizeGreaterThanOrEqualTo(2);
            String septet = hex(encoded.get(Peer.SEPTET));
            encoded.forEach(
                    (peer, bytes) -> assertThat(hex(bytes)).as(peer + " " + key).isEqualTo(septet));
        }
        assertThat(hex(results("EncodeBenchmark.ucs2 UCS2_EMOJI").get(Peer.JDK)))
                .isEqualTo(java.util.HexFormat.of().formatHex(Messages.UCS2_EMOJI.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void septetOnlyEncodingsCarryTheirHeaders() {
        List<EncodedPart> national = (List<EncodedPart>)
                results("EncodeBenchmark.packedNational PORTUGUESE").get(Peer.SEPTET);
        // one part with a National Language Locking Shift element (IEI 0x25, length 1, Portuguese = 3)
        assertThat(national)
                .singleElement()
                .satisfies(part -> assertThat(part.udh()).containsExactly(3, 0x25, 1, 3));
        for (Input input : List.of(Input.GSM_1600, Input.GSM_16000)) {
            List<EncodedPart> parts = (List<EncodedPart>)
                    results("EncodeBenchmark.packedLong " + input).get(Peer.SEPTET);
            assertThat(parts)
                    .hasSize(input == Input.GSM_1600 ? 11 : 105)
                    .allSatisfy(p -> assertThat(p.udhi()).isTrue());
            assertThat(parts.stream().map(EncodedPart::text).collect(Collectors.joining()))
                    .isEqualTo(input.text());
        }
    }

    @Test
    void decodersAllReturnTheInput() {
        List<String> keys = new ArrayList<>();
        RESULTS.keySet().stream().filter(k -> k.startsWith("DecodeBenchmark.")).forEach(keys::add);
        assertThat(keys).hasSize(6);
        for (String key : keys) {
            Input input = Input.valueOf(key.substring(key.indexOf(' ') + 1));
            results(key)
                    .forEach((peer, text) ->
                            assertThat(text).as(peer + " " + key).isEqualTo(input.text()));
        }
    }

    @Test
    void charsetEncodersAgreeAndTheFloorIsOneBytePerChar() {
        for (Input input : List.of(Input.GSM_160, Input.GSM_EXTENSION, Input.GSM_1600, Input.GSM_16000)) {
            Map<Peer, Object> encoded = results("CharsetBenchmark.encode " + input);
            assertThat(encoded).containsOnlyKeys(Peer.values());
            String septet = hex(encoded.get(Peer.SEPTET));
            assertThat(septet).hasSize(2 * (input.characters() + extensions(input.text())));
            assertThat(hex(encoded.get(Peer.CLOUDHOPPER))).isEqualTo(septet);
            assertThat(hex(encoded.get(Peer.JCHARSET))).isEqualTo(septet);
            // the ISO-8859-1 floor is not GSM: one byte per char, escapes and '@' (0x00 in GSM) differ
            assertThat((byte[]) encoded.get(Peer.JDK)).hasSize(input.characters());
        }
    }

    /** The characters of the default extension table, each an escape and a code. */
    static final String EXTENSION = "\f^{}\\[~]|\u20AC";

    /** Returns how many characters of {@code text} are in the extension table: one more septet each. */
    static int extensions(String text) {
        return (int) text.chars().filter(c -> EXTENSION.indexOf(c) >= 0).count();
    }

    @Test
    void excludedCombinationsAreReallyUnsupported() {
        for (Peer peer : List.of(Peer.CLOUDHOPPER, Peer.JCHARSET, Peer.JDK)) {
            assertThatThrownBy(() -> peer.codec(Input.PORTUGUESE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no national language tables");
        }
        Codec jcharset = Peer.JCHARSET.codec(Input.GSM_160);
        assertThatThrownBy(() -> jcharset.countParts(Messages.GSM_160))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> jcharset.encodeUcs2(Messages.UCS2_EMOJI))
                .isInstanceOf(UnsupportedOperationException.class);
        Codec jdk = Peer.JDK.codec(Input.GSM_160);
        assertThatThrownBy(() -> jdk.encodePacked(Messages.GSM_160)).isInstanceOf(UnsupportedOperationException.class);
        Codec cloudhopper = Peer.CLOUDHOPPER.codec(Input.GSM_160);
        assertThatThrownBy(() -> cloudhopper.split(Messages.GSM_160)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Peer.SEPTET.codec(Input.GSM_160).canRepresent(Messages.GSM_160))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void otpPairsCheckRightAndWrongCodes() {
        assertThat(((GeneratedCode) results("OtpBenchmark.generate -").get(Peer.SEPTET)).code())
                .hasSize(4);
        for (String store : List.of("OtpBenchmark", "OtpJdbcBenchmark")) {
            for (String threads : store.equals("OtpBenchmark") ? List.of("", "2Threads") : List.of("")) {
                CheckResult right = (CheckResult) results(store + ".generateAndCheckRight" + threads + " -")
                        .get(Peer.SEPTET);
                assertThat(right.valid()).as(store + threads).isTrue();
                CheckResult wrong = (CheckResult) results(store + ".generateAndCheckWrong" + threads + " -")
                        .get(Peer.SEPTET);
                assertThat(wrong.valid()).isFalse();
                assertThat(wrong.reason()).isEqualTo(Reason.INVALID_CODE);
            }
        }
        assertThat(results("OtpJdbcBenchmark.roundTrip2Threads -").get(Peer.SEPTET))
                .isIn("PONG", 1);
        assertThat(results("OtpFootprintBenchmark.pendingCodes -").get(Peer.SEPTET))
                .isInstanceOf(OtpService.class);
    }
}
