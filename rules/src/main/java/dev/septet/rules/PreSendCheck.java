/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import dev.septet.sms.Sms;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The pre-send check: whether a message may go to its recipient now under the destination country's rules, when it
 * may go if not, and what the text lacks. Thread-safe and immutable; create once and reuse.
 *
 * <pre>{@code
 * Verdict v = PreSendCheck.create().check(
 *         CheckRequest.of("+33612345678", "Soldes -50% ce week-end", Purpose.MARKETING, Instant.now()));
 * }</pre>
 *
 * <p>The recipient's country comes from libphonenumber. A country the {@link RuleTable} does not hold, or whose
 * rules do not bind the request's purpose, has no violations. Otherwise each rule of {@link CountryRules} is checked
 * and every breach listed, in the order of {@link RuleId}.
 */
public final class PreSendCheck {

    private final RuleTable rules;

    private PreSendCheck(RuleTable rules) {
        this.rules = rules;
    }

    /**
     * Returns a check with the {@linkplain RuleTable#defaults() default rules}.
     *
     * @return the check
     */
    public static PreSendCheck create() {
        return create(RuleTable.defaults());
    }

    /**
     * Returns a check with the given rules.
     *
     * @param rules the rule table; not null
     * @return the check
     * @throws NullPointerException if {@code rules} is null
     */
    public static PreSendCheck create(RuleTable rules) {
        return new PreSendCheck(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * Returns the rule table this check applies.
     *
     * @return the table; never null
     */
    public RuleTable rules() {
        return rules;
    }

    /**
     * Checks one message.
     *
     * @param request the recipient, text, purpose, declarations, instant and SMS options; not null
     * @return the verdict
     * @throws NullPointerException if {@code request} is null
     * @throws RulesException with {@link RulesError#INVALID_RECIPIENT} if the recipient is not a phone number of a
     *     country
     * @throws SmsException if core cannot price the text (empty, a lone surrogate, more parts than the options
     *     allow, ...)
     */
    public Verdict check(CheckRequest request) {
        Objects.requireNonNull(request, "request");
        Recipients.Parsed to = Recipients.parse(request.recipient(), request.defaultRegion());
        String text = request.text();
        int parts = Sms.countParts(text, request.options());
        Optional<CountryRules> found = rules.country(to.region());
        if (found.isEmpty()) {
            return new Verdict(
                    to.e164(),
                    to.region(),
                    request.purpose(),
                    List.of(),
                    Optional.empty(),
                    parts,
                    false,
                    false,
                    Optional.empty());
        }
        CountryRules c = found.get();
        boolean stopPresent = c.stopLine().isPresent()
                && StopLines.endsWithLine(text, c.stopLine().get(), request.shortCode());
        if (!c.purposes().contains(request.purpose())) {
            return new Verdict(
                    to.e164(),
                    to.region(),
                    request.purpose(),
                    List.of(),
                    Optional.empty(),
                    parts,
                    false,
                    stopPresent,
                    Optional.empty());
        }
        List<Violation> violations = new ArrayList<>();
        Optional<Instant> nextAllowed =
                c.hours().isPresent() ? quietHours(request, c, c.hours().get(), violations) : Optional.empty();
        Optional<AmendedMessage> amended = Optional.empty();
        if (c.stopLine().isPresent() && !stopPresent) {
            amended = Optional.of(stopLine(request, c, c.stopLine().get(), violations));
        }
        if (c.publicShortenersForbidden()) {
            for (ShortenerScanner.Hit hit : ShortenerScanner.find(text, rules.publicShortenerDomains())) {
                violations.add(new Violation(
                        RuleId.PUBLIC_SHORTENER,
                        c.country(),
                        purposeName(request) + " to "
                                + c.country() + " may not link through the public URL shortener " + hit.domain()
                                + " (\""
                                + text.substring(hit.span().start(), hit.span().end()) + "\"); use a custom domain",
                        Optional.of(hit.span())));
            }
        }
        declarations(request, c, violations);
        return new Verdict(
                to.e164(),
                to.region(),
                request.purpose(),
                violations,
                nextAllowed,
                parts,
                c.stopLine().isPresent(),
                stopPresent,
                amended);
    }

    /** Adds the quiet-hours violation when the instant is outside the hours; returns the next allowed instant. */
    private static Optional<Instant> quietHours(
            CheckRequest request, CountryRules c, SendingHours hours, List<Violation> violations) {
        Optional<Instant> next = hours.nextAllowed(request.at());
        if (next.equals(Optional.of(request.at()))) {
            return Optional.empty();
        }
        violations.add(new Violation(
                RuleId.QUIET_HOURS, c.country(), quietHoursMessage(request, c, hours, next), Optional.empty()));
        return next;
    }

    /** Adds the stop-line violation and returns the text with the line appended, priced in parts. */
    private static AmendedMessage stopLine(
            CheckRequest request, CountryRules c, String words, List<Violation> violations) {
        String withLine =
                StopLines.append(request.text(), words, request.shortCode().orElse(StopLines.PLACEHOLDER_CODE));
        violations.add(new Violation(
                RuleId.STOP_LINE,
                c.country(),
                purposeName(request) + " to " + c.country()
                        + " must end with the opt-out line \"" + words.trim() + " "
                        + request.shortCode().orElse("<short code>") + "\"",
                Optional.empty()));
        return new AmendedMessage(withLine, partsOf(withLine, request));
    }

    /** Adds the violations of the declared consents and content categories, in that order. */
    private static void declarations(CheckRequest request, CountryRules c, List<Violation> violations) {
        if (c.optInRequired() && !request.consents().contains(Consent.EXPRESS_OPT_IN)) {
            violations.add(new Violation(
                    RuleId.CONSENT_REQUIRED,
                    c.country(),
                    purposeName(request) + " to " + c.country()
                            + " requires the recipient's express opt-in, which was not declared",
                    Optional.empty()));
        }
        for (ContentCategory category : request.categories()) {
            if (c.prohibited().contains(category)) {
                violations.add(new Violation(
                        RuleId.PROHIBITED_CONTENT,
                        c.country(),
                        "content category "
                                + category.id() + " is prohibited in "
                                + purposeName(request).toLowerCase(Locale.ROOT)
                                + " to " + c.country(),
                        Optional.empty()));
            }
        }
        if (request.consents().contains(Consent.AGE_VERIFIED)) {
            return;
        }
        for (ContentCategory category : request.categories()) {
            if (c.ageVerification().contains(category) && !c.prohibited().contains(category)) {
                violations.add(new Violation(
                        RuleId.AGE_VERIFICATION,
                        c.country(),
                        "content category "
                                + category.id() + " may go to " + c.country()
                                + " only to recipients whose age was verified, which was not declared",
                        Optional.empty()));
            }
        }
    }

    /** The amended text's part count; over the options' limit it is the count needed, so the caller sees it. */
    private static int partsOf(String text, CheckRequest request) {
        try {
            return Sms.countParts(text, request.options());
        } catch (SmsException e) {
            if (e.error() == SmsError.TOO_MANY_PARTS) {
                return e.partsNeeded();
            }
            throw e;
        }
    }

    private static String purposeName(CheckRequest request) {
        return request.purpose() == Purpose.MARKETING ? "Marketing" : "Transactional traffic";
    }

    private static String quietHoursMessage(
            CheckRequest request, CountryRules c, SendingHours hours, Optional<Instant> next) {
        ZoneId zone = hours.zone();
        ZonedDateTime local = request.at().atZone(zone);
        StringBuilder out = new StringBuilder();
        out.append(purposeName(request))
                .append(" to ")
                .append(c.country())
                .append(" may be sent ")
                .append(hours.describe())
                .append("; ")
                .append(local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" is a ")
                .append(dayName(local));
        if (hours.holidays().contains(local.toLocalDate())) {
            out.append(" and a public holiday");
        }
        if (next.isPresent()) {
            out.append("; next allowed ")
                    .append(next.get().atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .append(" (")
                    .append(next.get())
                    .append(')');
        } else {
            out.append("; no weekday is open");
        }
        return out.toString();
    }

    private static String dayName(ZonedDateTime local) {
        String name = local.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
