/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp.guard;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import dev.septet.otp.CheckRequest;
import dev.septet.otp.GenerateRequest;
import dev.septet.otp.GeneratedCode;
import dev.septet.otp.OtpService;
import dev.septet.otp.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * An SMS-pumping attack mixed with legitimate traffic, played event by event on a {@link TestClock}, each request on
 * a node picked at random.
 *
 * <p>Pumping (never checked), from a pool of 1,000 client keys: sequential numbers walking one Spanish mobile block,
 * UK premium-rate numbers, and random valid mobile numbers in Azerbaijan, the high-cost destination. Legitimate: random
 * valid mobile numbers in six allowed countries, each from its own client key; 80% are checked with the right code
 * 5 to 60 seconds later. Azerbaijan is on the allow-list (so the auto-block, not the allow-list, has to catch it) and
 * gets no legitimate traffic. Arrivals are Poisson; everything comes from one seeded {@link Random}.
 */
final class PumpingSimulation {
    static final String[] LEGIT_COUNTRIES = {"ES", "GB", "DE", "FR", "IT", "US"};
    static final String HIGH_COST_COUNTRY = "AZ";
    /** Requests per hour of each stream. */
    static final double SEQUENTIAL_PER_HOUR = 900;

    static final double PREMIUM_PER_HOUR = 900;
    static final double HIGH_COST_PER_HOUR = 1_800;
    static final double LEGIT_PER_HOUR = 600;
    /**
     * The start: the next full hour of the real clock, so stores with native expiry (Redis) keep what the simulated
     * clock still needs, and buckets fall as they would at any other full hour, keeping runs alike.
     */
    static final Instant START = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));

    /** The guard the simulation runs with: the defaults and an allow-list. */
    static Guard guard() {
        return Guard.defaults().withAllowedCountries("ES", "GB", "DE", "FR", "IT", "US", HIGH_COST_COUNTRY);
    }

    /** What happened to requests from the end of the warm-up on, and to all of them. */
    static final class Result {
        int pumping;
        int pumpingRefused;
        int legit;
        int legitRefused;
        int legitChecked;
        int legitValid;
        int pumpingAll;
        int pumpingAdmittedAll;
        final Map<Rule, Integer> pumpingRefusedBy = new EnumMap<>(Rule.class);
        final Map<Rule, Integer> legitRefusedBy = new EnumMap<>(Rule.class);

        double pumpingRefusedShare() {
            return (double) pumpingRefused / pumping;
        }

        double legitRefusedShare() {
            return (double) legitRefused / legit;
        }

        @Override
        public String toString() {
            return String.format(
                    "after warm-up: pumping %d, refused %d (%.2f%%); legitimate %d, refused %d (%.3f%%),"
                            + " checked %d, valid %d; whole run: pumping %d, admitted %d; pumping refused by %s; legitimate refused by %s",
                    pumping,
                    pumpingRefused,
                    100.0 * pumpingRefusedShare(),
                    legit,
                    legitRefused,
                    100.0 * legitRefusedShare(),
                    legitChecked,
                    legitValid,
                    pumpingAll,
                    pumpingAdmittedAll,
                    pumpingRefusedBy,
                    legitRefusedBy);
        }
    }

    private enum Kind {
        SEQUENTIAL,
        PREMIUM,
        HIGH_COST,
        LEGIT,
        CHECK
    }

    private record Event(Instant at, long seq, Kind kind, String number, String code) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final List<OtpService> nodes;
    private final TestClock clock;
    private final Random random;
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final String sequentialBase = Numbers.example("ES", PhoneNumberType.MOBILE);
    private final String premiumBase = Numbers.example("GB", PhoneNumberType.PREMIUM_RATE);
    private long seq;
    private int sequentialNext;

    PumpingSimulation(List<OtpService> nodes, TestClock clock, long seed) {
        this.nodes = nodes;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** Plays {@code length} of traffic from {@link #START}; requests before {@code START + warmUp} are not judged. */
    Result run(Duration length, Duration warmUp) {
        Instant end = START.plus(length);
        Instant judged = START.plus(warmUp);
        schedule(Kind.SEQUENTIAL, START, SEQUENTIAL_PER_HOUR);
        schedule(Kind.PREMIUM, START, PREMIUM_PER_HOUR);
        schedule(Kind.HIGH_COST, START, HIGH_COST_PER_HOUR);
        schedule(Kind.LEGIT, START, LEGIT_PER_HOUR);
        Result r = new Result();
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (!e.at.isBefore(end)) {
                continue;
            }
            clock.set(e.at);
            OtpService node = nodes.get(random.nextInt(nodes.size()));
            boolean judge = !e.at.isBefore(judged);
            if (e.kind == Kind.CHECK) {
                r.legitChecked++;
                if (node.check(CheckRequest.of(e.number, e.code)).reason() == Reason.VALID) {
                    r.legitValid++;
                }
                continue;
            }
            schedule(e.kind, e.at, perHour(e.kind));
            String number = number(e.kind);
            String client = e.kind == Kind.LEGIT ? "user-" + e.seq : "bot-" + random.nextInt(1_000);
            GuardRefusedException refused = null;
            GeneratedCode code = null;
            try {
                code = node.generate(GenerateRequest.of(number), client);
            } catch (GuardRefusedException ex) {
                refused = ex;
            }
            if (e.kind == Kind.LEGIT) {
                if (judge) {
                    r.legit++;
                    if (refused != null) {
                        r.legitRefused++;
                        r.legitRefusedBy.merge(refused.rule(), 1, Integer::sum);
                    }
                }
                if (code != null && random.nextInt(100) < 80) {
                    queue.add(new Event(
                            e.at.plusMillis(5_000 + random.nextInt(55_001)), seq++, Kind.CHECK, number, code.code()));
                }
            } else {
                r.pumpingAll++;
                r.pumpingAdmittedAll += refused == null ? 1 : 0;
                if (judge) {
                    r.pumping++;
                    if (refused != null) {
                        r.pumpingRefused++;
                        r.pumpingRefusedBy.merge(refused.rule(), 1, Integer::sum);
                    }
                }
            }
        }
        return r;
    }

    private static double perHour(Kind kind) {
        return switch (kind) {
            case SEQUENTIAL -> SEQUENTIAL_PER_HOUR;
            case PREMIUM -> PREMIUM_PER_HOUR;
            case HIGH_COST -> HIGH_COST_PER_HOUR;
            default -> LEGIT_PER_HOUR;
        };
    }

    /** Schedules the next request of a stream, an exponentially distributed gap after {@code after}. */
    private void schedule(Kind kind, Instant after, double perHour) {
        double gapMillis = -Math.log(1 - random.nextDouble()) * 3_600_000 / perHour;
        queue.add(new Event(after.plusMillis(1 + (long) gapMillis), seq++, kind, null, null));
    }

    private String number(Kind kind) {
        switch (kind) {
            case SEQUENTIAL:
                String n = Numbers.inBlock(sequentialBase, sequentialNext);
                sequentialNext = (sequentialNext + 1) % 1_000;
                return n;
            case PREMIUM:
                while (true) {
                    String p = premiumBase.substring(0, premiumBase.length() - 4)
                            + String.format("%04d", random.nextInt(10_000));
                    if (Numbers.type(p) == PhoneNumberType.PREMIUM_RATE) {
                        return p;
                    }
                }
            case HIGH_COST:
                return Numbers.mobile(HIGH_COST_COUNTRY, random);
            default:
                return Numbers.mobile(LEGIT_COUNTRIES[random.nextInt(LEGIT_COUNTRIES.length)], random);
        }
    }
}
