/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Generates and checks one-time passcodes with the API semantics described in the package documentation, on top of
 * an {@link OtpStore}.
 *
 * <p>Thread-safe and lock-free itself: create one per store and share it. Any number of instances, in one process or
 * several, may share a store (with the same secret); the store's atomic operations keep attempt limits, single use and
 * rejectIfPendingCode exact. Instants are truncated to milliseconds.
 *
 * <p>Throttling is on by default ({@link Throttle#defaults()}: 5 codes and 10 wrong codes per recipient and appId
 * per hour, throwing {@link ThrottledException}); the counters live in the store, so the limits hold across nodes.
 * Recipients are normalised by a {@link RecipientNormalizer}, so every spelling of a number is one key. With a store
 * that has a clock of its own, that clock is the service's by default (see {@link Builder#clock}).
 *
 * <pre>{@code
 * OtpService otp = OtpService.builder(InMemoryOtpStore.create()).build();
 * GeneratedCode generated = otp.generate(GenerateRequest.of("+34 666 555 444"));
 * // send generated.code() by SMS, then later:
 * CheckResult result = otp.check(CheckRequest.of("34666555444", typedByUser));
 * }</pre>
 */
public final class OtpService {
    /*
     * Every rule lives here; the store only offers atomic primitives. Check reads the entry and classifies it in the
     * documented order of precedence; then it compares the typed code with the stored hash (in constant time) and
     * makes one conditional write from the version it read (id and attempts): a match deletes the entry by version,
     * which uses the code up and is its counted attempt at once; a mismatch counts the attempt by compare-and-set. A
     * lost race re-reads and classifies again, so no check answers from a version other than the one it wrote
     * against: a right code cannot skip the count, concurrent guesses cannot exceed maxAttempts, and of several
     * concurrent right guesses only the one whose delete succeeds is Valid. Each check is thus two store calls (one
     * read, one write), each generate one (a put). Generate with rejectIfPendingCode reads and then writes by
     * put-if-absent or compare-and-set, so of racing generates exactly one wins.
     *
     * Throttling (windowed counters per recipient and appId). Generate checks the counters before it draws a code, so a
     * refusal stores nothing; a generate that then fails with PendingCodeException has still used its slot (it asked
     * for a code while one was pending), the safe side. A wrong guess spends one failure of the budget by an atomic
     * increment right after its attempt is counted, so concurrent guesses can never exceed the budget; a right code
     * spends nothing and only reads the budget. Spending only for a counted attempt means checks against a missing,
     * expired or exhausted code neither spend the budget nor create counters for arbitrary recipients. A spent budget
     * blocks both: generate (no code whose guesses are already spent, and no SMS an attacker makes us pay for) and
     * check (it throws instead of answering, right code or wrong; the attempt counted, which only burns it).
     */
    /**
     * How long an expired code stays checkable: for this long after expiresAt a check answers
     * {@link Reason#EXPIRED}, afterwards {@link Reason#INVALID_CODE}, whether or not the store forgot it yet. Ten
     * minutes.
     */
    public static final Duration EXPIRED_RETENTION = Duration.ofMinutes(10);

    static final String FAILURES = "otp:failures:{";
    static final String CODES = "otp:codes:{";
    static final String INTERVAL = "otp:interval:{";
    /** How many lost compare-and-set races on one key an operation tolerates before it gives up. */
    static final int MAX_TRIES = 1000;

    private static final int MIN_SECRET_BYTES = 16;
    private static final int MAX_KEY_LENGTH = 254;
    private static final int ID_BYTES = 16;

    private final OtpStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final CodeHasher hasher;
    private final OtpPolicy policy;
    private final Throttle throttle;
    private final RecipientNormalizer normalizer;
    private final SendGuard sendGuard;

    private OtpService(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.normalizer = b.normalizer;
        this.random = b.random;
        this.policy = b.policy;
        this.throttle = b.throttle;
        this.sendGuard = b.sendGuard;
        this.hasher = new CodeHasher(b.secret);
    }

    /**
     * Starts building a service on a store.
     *
     * @param store the store; not null
     * @return a builder with the system UTC clock, a new {@link SecureRandom}, policy {@link OtpPolicy#COMPATIBLE},
     *     the default throttle ({@link Throttle#defaults()}: 5 codes and 10 wrong codes per recipient and appId per
     *     hour) and no secret yet
     * @throws NullPointerException if the store is null
     */
    public static Builder builder(OtpStore store) {
        return new Builder(store);
    }

    /**
     * Generates a code, stores its hash and returns it; the only time the plaintext code is available.
     *
     * <p>Without rejectIfPendingCode a new code replaces any code for the same recipient and appId, which stops
     * working at once. With it, a pending code (not expired, not used, attempts left) makes this method fail, and of
     * several concurrent calls for one key on a shared store exactly one succeeds.
     *
     * <p>With a {@link Throttle} that is on, the request is first checked against the recipient's and appId's
     * limits; a refusal throws {@link ThrottledException} and stores nothing. A request then refused for a pending
     * code still counts against the limits.
     *
     * @param request the request; not null
     * @return the code and its record, with attempts 0; never null
     * @throws NullPointerException if the request is null
     * @throws OtpValidationException if the request breaks this service's {@link OtpPolicy}; nothing is stored
     * @throws PendingCodeException if rejectIfPendingCode is set and a pending code exists; nothing is stored
     * @throws ThrottledException if a throttle limit for the recipient and appId is reached; nothing is stored
     */
    public GeneratedCode generate(GenerateRequest request) {
        return generate(request, "");
    }

    /**
     * Generates a code as {@link #generate(GenerateRequest)} does, naming the requester for the {@link SendGuard}
     * (which may limit codes per requester); without a send guard the key is ignored.
     *
     * @param request the request; not null
     * @param clientKey the requester's key (IP address, device, session), or {@code ""} for none; not null
     * @return the code and its record, with attempts 0; never null
     * @throws NullPointerException if the request or the client key is null
     * @throws OtpValidationException if the request breaks this service's {@link OtpPolicy}; nothing is stored
     * @throws PendingCodeException if rejectIfPendingCode is set and a pending code exists; nothing is stored
     * @throws ThrottledException if a throttle limit for the recipient and appId is reached; nothing is stored
     * @throws RuntimeException whatever the send guard throws to refuse the code; nothing is stored
     */
    public GeneratedCode generate(GenerateRequest request, String clientKey) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(clientKey, "clientKey");
        String alphabet = CodeGenerator.alphabet(request.alpha(), request.excludeLookAlikes());
        int length = request.length();
        if (policy == OtpPolicy.STRICT) {
            int strictLength = strictLength(alphabet.length());
            if (length == GenerateRequest.POLICY_LENGTH) {
                length = Math.max(strictLength, GenerateRequest.DEFAULT_LENGTH);
            } else if (length < strictLength) {
                throw new OtpValidationException(
                        "length", "The length field must be at least " + strictLength + " under the strict policy.");
            }
        } else if (length == GenerateRequest.POLICY_LENGTH) {
            length = GenerateRequest.DEFAULT_LENGTH;
        }
        String recipient = normalize(request.recipient());
        String appId = request.appId();
        Instant now = now();
        recordGeneration(OtpStore.keyOf(recipient, appId), now);
        if (sendGuard != null) {
            sendGuard.beforeGenerate(store, recipient, appId, clientKey, now);
        }
        // one call to the engine draws the code and the id: each call takes the engine's lock and mixes its state
        byte[] drawn = new byte[Long.BYTES + ID_BYTES];
        random.nextBytes(drawn);
        String code = CodeGenerator.generate(random, alphabet, length, drawn);
        StoredOtp otp = new StoredOtp(
                recipient,
                appId,
                HexFormat.of().formatHex(drawn, Long.BYTES, drawn.length),
                hasher.hash(recipient, appId, code),
                0,
                request.maxAttempts(),
                request.maxSecondsValidity(),
                now,
                now,
                now.plusSeconds(request.maxSecondsValidity()));
        Instant retainUntil = retainUntil(otp);
        if (!request.rejectIfPendingCode()) {
            store.put(otp, retainUntil);
            return new GeneratedCode(code, otp.toRecord());
        }
        for (int i = 0; i < MAX_TRIES; i++) {
            Optional<StoredOtp> current = store.get(recipient, appId);
            if (current.isEmpty()) {
                if (store.putIfAbsent(otp, retainUntil)) {
                    return new GeneratedCode(code, otp.toRecord());
                }
            } else if (current.get().isPendingAt(now)) {
                throw new PendingCodeException(current.get().expiresAt());
            } else if (store.compareAndSet(current.get(), otp, retainUntil)) {
                return new GeneratedCode(code, otp.toRecord());
            }
        }
        throw contention("generate");
    }

    /**
     * Checks a code the user typed.
     *
     * <p>Precedence: no pending code for the recipient and appId (none generated, used, or expired more than
     * {@link #EXPIRED_RETENTION} ago) gives "Invalid code" with no record; expired gives "Expired" and counts no
     * attempt; attempts already at maxAttempts gives "Maximum attempts reached" even for the right code; otherwise
     * the attempt is counted, then a match gives "Valid" and uses the code up, a mismatch "Invalid code".
     *
     * <p>With a {@link Throttle} whose failed-check budget is on, a counted wrong code also spends one failure from
     * the recipient's and appId's budget. When the budget is spent the check throws {@link ThrottledException}
     * instead of answering, for a right code too, until the window ends (the attempt stays counted). Checks that
     * count no attempt (the first three cases) never touch the budget.
     *
     * <p>On a shared store a check is two store calls (a read and one conditional write), plus one counter call
     * when the failed-check budget is on.
     *
     * @param request the request; not null
     * @return the result; never null
     * @throws NullPointerException if the request is null
     * @throws ThrottledException if the failed-check budget for the recipient and appId is spent
     */
    public CheckResult check(CheckRequest request) {
        Objects.requireNonNull(request, "request");
        String recipient = normalize(request.recipient());
        String appId = request.appId();
        Instant now = now();
        byte[] typedHash = null;
        for (int i = 0; i < MAX_TRIES; i++) {
            Optional<StoredOtp> current = store.get(recipient, appId);
            if (current.isEmpty() || !now.isBefore(retainUntil(current.get()))) {
                return CheckResult.of(Reason.INVALID_CODE, null);
            }
            StoredOtp otp = current.get();
            if (!now.isBefore(otp.expiresAt())) {
                return CheckResult.of(Reason.EXPIRED, otp);
            }
            if (otp.attempts() >= otp.maxAttempts()) {
                return CheckResult.of(Reason.MAX_ATTEMPTS, otp);
            }
            if (typedHash == null) {
                String typed = request.caseSensitive() ? request.code() : asciiUpperCase(request.code());
                typedHash = hasher.hash(recipient, appId, typed);
            }
            StoredOtp counted = otp.withAttemptAt(now);
            // Constant-time: response timing must not reveal how close a guess's hash was.
            CheckResult result =
                    otp.codeHashMatches(typedHash) ? useUp(otp, counted, now) : countFailure(otp, counted, now);
            if (result != null) {
                return result;
            }
        }
        throw contention("check");
    }

    /**
     * Upper-cases ASCII letters only. Codes hold ASCII letters and digits, and full Unicode case mapping would let
     * other characters stand for them: dotless i becomes I, long s becomes S, sharp s becomes SS.
     */
    static String asciiUpperCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Uses up a code the typed code matched, if it still has the version read: Valid with the attempt counted in the
     * record. A spent failed-check budget throws instead, after counting the attempt. Null if the version moved on.
     */
    private CheckResult useUp(StoredOtp otp, StoredOtp counted, Instant now) {
        if (throttle.maxFailedChecks() > 0) {
            Optional<WindowedCount> failures = store.read(failuresKey(otp), now);
            if (failures.isPresent() && failures.get().value() >= throttle.maxFailedChecks()) {
                if (!store.compareAndSet(otp, counted, retainUntil(counted))) {
                    return null;
                }
                throw new ThrottledException(
                        Throttle.Limit.FAILED_CHECKS, failures.get().windowEnd());
            }
        }
        if (!store.compareAndDelete(otp)) {
            return null;
        }
        if (sendGuard != null) {
            sendGuard.verified(store, otp.recipient(), otp.appId(), otp.createdAt(), now);
        }
        return CheckResult.of(Reason.VALID, counted);
    }

    /**
     * Counts a failed attempt on a code the typed code did not match, if it still has the version read, then spends
     * one failure of the budget: Invalid code, or a throw when the budget is spent. Null if the version moved on.
     */
    private CheckResult countFailure(StoredOtp otp, StoredOtp counted, Instant now) {
        if (!store.compareAndSet(otp, counted, retainUntil(counted))) {
            return null;
        }
        if (throttle.maxFailedChecks() > 0) {
            WindowedCount failures = store.increment(failuresKey(otp), 1, throttle.failedChecksWindow(), now);
            if (failures.value() > throttle.maxFailedChecks()) {
                throw new ThrottledException(Throttle.Limit.FAILED_CHECKS, failures.windowEnd());
            }
        }
        return CheckResult.of(Reason.INVALID_CODE, counted);
    }

    private static String failuresKey(StoredOtp otp) {
        return FAILURES + OtpStore.keyOf(otp.recipient(), otp.appId()) + "}";
    }

    /*
     * Reads before it increments, so that a request refused by one limit spends nothing of another: a spent budget
     * or code limit never consumes the interval, and an interval refusal never consumes a code. When several limits
     * refuse, the one ending last is reported, since no code can be had before then.
     */
    private void recordGeneration(String key, Instant now) {
        if (!throttle.isOn()) {
            return;
        }
        Instant refusedUntil = null;
        Throttle.Limit refusedBy = null;
        if (throttle.maxFailedChecks() > 0) {
            Optional<WindowedCount> failures = store.read(FAILURES + key + "}", now);
            if (failures.isPresent() && failures.get().value() >= throttle.maxFailedChecks()) {
                refusedBy = Throttle.Limit.FAILED_CHECKS;
                refusedUntil = failures.get().windowEnd();
            }
        }
        String codesKey = CODES + key + "}";
        if (throttle.maxCodes() > 0
                && (refusedBy != null || !throttle.minInterval().isZero())) {
            Optional<WindowedCount> codes = store.read(codesKey, now);
            if (codes.isPresent()
                    && codes.get().value() >= throttle.maxCodes()
                    && (refusedUntil == null || codes.get().windowEnd().isAfter(refusedUntil))) {
                refusedBy = Throttle.Limit.MAX_CODES;
                refusedUntil = codes.get().windowEnd();
            }
        }
        if (refusedBy != null) {
            throw new ThrottledException(refusedBy, refusedUntil);
        }
        if (!throttle.minInterval().isZero()) {
            WindowedCount interval = store.increment(INTERVAL + key + "}", 1, throttle.minInterval(), now);
            if (interval.value() > 1) {
                throw new ThrottledException(Throttle.Limit.MIN_INTERVAL, interval.windowEnd());
            }
        }
        if (throttle.maxCodes() > 0) {
            WindowedCount codes = store.increment(codesKey, 1, throttle.codesWindow(), now);
            if (codes.value() > throttle.maxCodes()) {
                throw new ThrottledException(Throttle.Limit.MAX_CODES, codes.windowEnd());
            }
        }
    }

    /**
     * Removes codes that expired more than {@link #EXPIRED_RETENTION} ago, and throttle counters whose windows
     * ended, from stores without native expiry. Call it periodically (say every minute) with
     * {@link PostgresOtpStore}; {@link InMemoryOtpStore} also sweeps by itself, and the Redis store expires keys
     * natively (it removes nothing here).
     *
     * @return how many codes and counters were removed, at least 0
     */
    public int purgeExpired() {
        return store.purgeExpired(now());
    }

    private static Instant retainUntil(StoredOtp otp) {
        return otp.expiresAt().plus(EXPIRED_RETENTION);
    }

    private static IllegalStateException contention(String operation) {
        return new IllegalStateException(operation + " lost " + MAX_TRIES + " compare-and-set races in a row on one"
                + " key; the store is under extreme contention or does not implement compareAndSet atomically");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Returns the shortest length whose codes have at least {@link OtpPolicy#STRICT_MIN_CODE_SPACE} values. */
    private static int strictLength(int alphabetSize) {
        int minLength = 1;
        long space = alphabetSize;
        while (space < OtpPolicy.STRICT_MIN_CODE_SPACE) {
            space *= alphabetSize;
            minLength++;
        }
        return minLength;
    }

    /** Normalises a recipient with the configured normaliser, holding it to its contract. */
    private String normalize(String recipient) {
        String key;
        try {
            key = normalizer.normalize(recipient.strip());
        } catch (OtpValidationException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // the message may quote the number, which is personal data
            throw new OtpValidationException("recipient", E164Normalizer.INVALID);
        }
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalStateException("the recipient normaliser must return 1 to " + MAX_KEY_LENGTH
                    + " characters, returned " + (key == null ? "null" : key.length() + " characters"));
        }
        int bad = unstorableIndex(key);
        if (bad >= 0) {
            // PostgreSQL rejects a NUL, and drivers write an unpaired surrogate as '?', making two keys one row
            throw new IllegalStateException("the recipient normaliser must return no control characters and no"
                    + " unpaired surrogates, returned one at index " + bad);
        }
        return key;
    }

    /**
     * Returns the index of the first control character or unpaired surrogate in a store key (a recipient's or an
     * appId), or -1 if it has none.
     */
    static int unstorableIndex(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isISOControl(c)) {
                return i;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c)
                        || i + 1 == key.length()
                        || !Character.isLowSurrogate(key.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /**
     * A builder for {@link OtpService}; not thread-safe, use it from one thread.
     */
    public static final class Builder {
        private final OtpStore store;
        private Clock clock;
        private SecureRandom random;
        private byte[] secret;
        private OtpPolicy policy = OtpPolicy.COMPATIBLE;
        private Throttle throttle = Throttle.defaults();
        private RecipientNormalizer normalizer = RecipientNormalizer.e164();
        private SendGuard sendGuard;

        private Builder(OtpStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * Sets the clock all instants come from, instead of the default: the store's own clock when it has one
         * ({@link OtpStore#time()}: PostgreSQL's {@code clock_timestamp()}, Redis's {@code TIME}), otherwise the
         * system UTC clock. The store's clock is the default for shared stores because every node then measures
         * expiry and windows on one clock: with each node's own clock, a code made on a node running 5 minutes
         * ahead would stay valid 5 minutes too long on the others. The store's clock is read at most once a second
         * and carried forward with {@link System#nanoTime()} in between, so it costs no round trip per request.
         * Tests pass a clock they can move.
         *
         * @param clock the clock; not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the source of codes and entry ids; by default a new {@link SecureRandom}.
         *
         * @param random the generator; not null
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Sets the HMAC-SHA256 key codes are hashed with. Required unless the store is an {@link InMemoryOtpStore},
         * which generates a random key at creation that services built on it without a secret share. Every service
         * sharing a store must use the same secret. Keep it out of the database the codes are stored in.
         *
         * @param secret the key, at least 16 bytes (32 random bytes recommended); copied
         * @return this builder
         * @throws NullPointerException if the secret is null
         * @throws IllegalArgumentException if the secret is shorter than 16 bytes
         */
        public Builder secret(byte[] secret) {
            Objects.requireNonNull(secret, "secret");
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException(
                        "secret must be at least " + MIN_SECRET_BYTES + " bytes, was " + secret.length);
            }
            this.secret = secret.clone();
            return this;
        }

        /**
         * Sets the policy generate requests are checked against; by default {@link OtpPolicy#COMPATIBLE}.
         *
         * @param policy the policy; not null
         * @return this builder
         */
        public Builder policy(OtpPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the limits on codes and failed checks per recipient and appId; by default {@link Throttle#defaults()}
         * (5 codes and 10 wrong codes per hour). {@link Throttle#none()} turns throttling off, for callers that
         * throttle elsewhere. Every service sharing a store should use the same throttle.
         *
         * @param throttle the limits, already validated by {@link Throttle}; not null
         * @return this builder
         * @throws NullPointerException if the throttle is null
         */
        public Builder throttle(Throttle throttle) {
            this.throttle = Objects.requireNonNull(throttle, "throttle");
            return this;
        }

        /**
         * Sets how recipients become store keys; by default {@link RecipientNormalizer#e164()}. Every service
         * sharing a store must use the same normaliser.
         *
         * @param normalizer the normaliser, for example {@code RecipientNormalizer.e164(34)}; not null
         * @return this builder
         */
        public Builder recipientNormalizer(RecipientNormalizer normalizer) {
            this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
            return this;
        }

        /**
         * Sets the check consulted before every code is stored or sent, and told of every verified code (for
         * example the SMS-pumping guard of {@code septet-otp-guard}); by default none. Every service sharing a store
         * should use the same one.
         *
         * @param sendGuard the guard; not null
         * @return this builder
         * @throws NullPointerException if the guard is null
         */
        public Builder sendGuard(SendGuard sendGuard) {
            this.sendGuard = Objects.requireNonNull(sendGuard, "sendGuard");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return a new service; never null
         * @throws IllegalStateException if no secret was set and the store is not an {@link InMemoryOtpStore}
         *     (without a clock set, the store's {@link OtpStore#time()} is read once to see whether it has a clock)
         */
        public OtpService build() {
            if (random == null) {
                random = new SecureRandom();
            }
            if (clock == null) {
                clock = store.time().isPresent() ? new StoreClock(store) : Clock.systemUTC();
            }
            if (secret == null) {
                if (!(store instanceof InMemoryOtpStore)) {
                    throw new IllegalStateException("secret is required for a store shared beyond this process, "
                            + "such as " + store.getClass().getSimpleName());
                }
                secret = ((InMemoryOtpStore) store).generatedSecret();
            }
            return new OtpService(this);
        }
    }
}
