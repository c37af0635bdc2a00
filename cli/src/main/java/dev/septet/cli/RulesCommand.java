/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.septet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.septet.rules.AmendedMessage;
import dev.septet.rules.CheckRequest;
import dev.septet.rules.Consent;
import dev.septet.rules.ContentCategory;
import dev.septet.rules.PreSendCheck;
import dev.septet.rules.Purpose;
import dev.septet.rules.RulesException;
import dev.septet.rules.Verdict;
import dev.septet.rules.Violation;
import dev.septet.sms.SmsError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rules}: the destination country's sending rules for a TEXT (septet-rules' pre-send check). The result is a
 * verdict, so the exit status is 0 whether or not the message may be sent; {@code sendableNow} says which.
 */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = SeptetCommand.Version.class,
        description = "Checks a TEXT against the recipient's country sending rules: quiet hours with the next "
                + "allowed time, France's STOP line and its cost in parts, public URL shorteners, consent and "
                + "content categories.",
        footer = {
            "",
            "Output (--json): recipient, country, purpose, sendableNow, nextAllowedAt,",
            "violations [{rule, country, message, start?, end?}], parts, withStopLine.",
            "--jsonl lines: {\"id\", \"to\", \"purpose\", \"at\", \"text\", \"categories\"?,",
            "\"consent\"?, \"ageVerified\"?, \"shortCode\"?, \"region\"?}; a line's field overrides the flag.",
            "Exit status 0 for every verdict, 1 for a text the options reject (as analyze),",
            "2 for bad input."
        })
final class RulesCommand extends TextCommand {

    private static final PreSendCheck CHECK = PreSendCheck.create();

    @Option(
            names = "--to",
            paramLabel = "NUMBER",
            description = "the recipient, international (+33612345678) or " + "national with --region")
    String to;

    @Option(names = "--purpose", paramLabel = "PURPOSE", description = "marketing or transactional")
    String purpose;

    @Option(
            names = "--at",
            paramLabel = "INSTANT",
            description = "when the message would be sent: an ISO-8601 "
                    + "instant (2026-12-06T14:00:00Z) or date-time with offset, or 'now'")
    String at;

    @Option(
            names = "--category",
            paramLabel = "CATEGORY",
            split = ",",
            description = "a content category the "
                    + "message carries (repeat or separate with commas): political, religious, gambling, "
                    + "unsolicited-promotion, adult, harassment, firearms, alcohol, tobacco, drugs, investment, "
                    + "third-party-otp, high-risk-finance, loans, debt-collection, tax, crypto, real-estate-solicitation, "
                    + "multi-level-marketing")
    List<String> categories = new ArrayList<>();

    @Option(names = "--consent", description = "the recipient's express opt-in to marketing is held")
    boolean consent;

    @Option(names = "--age-verified", description = "the recipient's age was verified")
    boolean ageVerified;

    @Option(
            names = "--short-code",
            paramLabel = "CODE",
            description = "the short code of France's opt-out line "
                    + "(STOP au CODE); without it any code counts and an appended line shows XXXXX")
    String shortCode;

    @Option(names = "--region", paramLabel = "CC", description = "ISO 3166 alpha-2 region of a national NUMBER")
    String region;

    /** The request fields of one check, from the flags or from a batch line. */
    private record Fields(
            String to,
            String purpose,
            String at,
            List<String> categories,
            Set<Consent> consents,
            String shortCode,
            String region,
            boolean fromLine) {}

    @Override
    Set<String> lineFields() {
        return Set.of(
                "id", "text", "to", "purpose", "at", "categories", "consent", "ageVerified", "shortCode", "region");
    }

    @Override
    ObjectNode execute(Settings options, String text) {
        return check(options, text, new Fields(to, purpose, at, categories, flagConsents(), shortCode, region, false));
    }

    @Override
    ObjectNode executeLine(Settings options, ObjectNode line) {
        options.check();
        Fields fields = new Fields(
                string(line, "to", to),
                string(line, "purpose", purpose),
                string(line, "at", at),
                categories(line),
                consents(line),
                string(line, "shortCode", shortCode),
                string(line, "region", region),
                true);
        JsonNode text = line.get("text");
        if (text == null || text.isNull()) {
            throw Failure.missing(SmsError.TEXT_MISSING, "text", "the text field is missing");
        }
        if (!text.isTextual()) {
            throw Failure.missing(SmsError.INVALID_OPTION, "text", "the text field must be a string");
        }
        return check(options, text.textValue(), fields);
    }

    private static ObjectNode check(Settings options, String text, Fields f) {
        String recipient = required(f.to, "to", "--to", f.fromLine, "the recipient, for example +33612345678");
        Purpose p;
        try {
            p = Purpose.fromId(required(f.purpose, "purpose", "--purpose", f.fromLine, "marketing or transactional"));
        } catch (RulesException e) {
            throw bad("purpose", "--purpose", f.fromLine, e.getMessage());
        }
        Instant instant = instant(
                required(f.at, "at", "--at", f.fromLine, "an ISO-8601 instant such as 2026-12-06T14:00:00Z"),
                f.fromLine);
        EnumSet<ContentCategory> declared = EnumSet.noneOf(ContentCategory.class);
        for (String name : f.categories) {
            if (!name.isBlank()) {
                try {
                    declared.add(ContentCategory.fromId(name.strip()));
                } catch (RulesException e) {
                    throw bad("categories", "--category", f.fromLine, e.getMessage());
                }
            }
        }
        Verdict v;
        try {
            CheckRequest request = CheckRequest.of(recipient, text, p, instant)
                    .withCategories(declared)
                    .withConsents(f.consents.toArray(new Consent[0]))
                    .withOptions(options.smsOptions());
            if (f.shortCode != null) {
                request = request.withShortCode(f.shortCode);
            }
            if (f.region != null) {
                request = request.withDefaultRegion(f.region);
            }
            v = CHECK.check(request);
        } catch (RulesException e) {
            String field = e.field().equals("recipient") ? "to" : e.field();
            String flag = switch (field) {
                case "to" -> "--to";
                case "shortCode" -> "--short-code";
                case "defaultRegion" -> "--region";
                default -> "--" + field;
            };
            if (field.equals("defaultRegion")) {
                field = "region";
            }
            throw bad(field, flag, f.fromLine, e.getMessage());
        }
        return result(v);
    }

    /** The JSON contract of one verdict. */
    static ObjectNode result(Verdict v) {
        ObjectNode r = Json.object();
        r.put("recipient", v.recipient());
        r.put("country", v.country());
        r.put("purpose", v.purpose().id());
        r.put("sendableNow", v.sendableNow());
        if (v.nextAllowedAt().isPresent()) {
            r.put("nextAllowedAt", v.nextAllowedAt().get().toString());
        } else {
            r.putNull("nextAllowedAt");
        }
        ArrayNode violations = r.putArray("violations");
        for (Violation x : v.violations()) {
            ObjectNode o = violations.addObject();
            o.put("rule", x.rule().id());
            o.put("country", x.country());
            o.put("message", x.message());
            if (x.span().isPresent()) {
                o.put("start", x.span().get().start());
                o.put("end", x.span().get().end());
            }
        }
        r.put("parts", v.parts());
        if (v.withStopLine().isPresent()) {
            AmendedMessage m = v.withStopLine().get();
            ObjectNode o = r.putObject("withStopLine");
            o.put("text", m.text());
            o.put("parts", m.parts());
        } else {
            r.putNull("withStopLine");
        }
        return r;
    }

    @Override
    String human(ObjectNode r) {
        StringBuilder out = new StringBuilder();
        out.append("Recipient:    ")
                .append(Human.printable(r.get("recipient").asText()))
                .append(" (")
                .append(Human.printable(r.get("country").asText()))
                .append(")\n");
        out.append("Purpose:      ").append(r.get("purpose").asText()).append('\n');
        out.append("Sendable now: ")
                .append(r.get("sendableNow").asBoolean() ? "yes" : "no")
                .append('\n');
        for (JsonNode x : r.get("violations")) {
            out.append("Violation:    ")
                    .append(x.get("rule").asText())
                    .append(": ")
                    .append(Human.printable(x.get("message").asText()));
            if (x.has("start")) {
                out.append(" [")
                        .append(x.get("start").asInt())
                        .append(", ")
                        .append(x.get("end").asInt())
                        .append(')');
            }
            out.append('\n');
        }
        if (!r.get("nextAllowedAt").isNull()) {
            out.append("Next allowed: ").append(r.get("nextAllowedAt").asText()).append('\n');
        }
        out.append("Parts:        ").append(r.get("parts").asInt()).append('\n');
        JsonNode amended = r.get("withStopLine");
        if (!amended.isNull()) {
            out.append("With STOP:    ")
                    .append(amended.get("parts").asInt())
                    .append(" part(s): ")
                    .append(Human.printable(amended.get("text").asText()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String required(String value, String field, String flag, boolean fromLine, String what) {
        if (value == null || value.isBlank()) {
            throw bad(
                    field,
                    flag,
                    fromLine,
                    (fromLine ? "the " + field + " field is missing" : "missing " + flag) + ": " + what);
        }
        return value;
    }

    private static Instant instant(String value, boolean fromLine) {
        if (value.equalsIgnoreCase("now")) {
            return Instant.now();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw bad(
                        "at",
                        "--at",
                        fromLine,
                        (fromLine ? "the at field" : "--at") + " must be an ISO-8601 "
                                + "instant such as 2026-12-06T14:00:00Z, was '" + value + "' (unreadable at index "
                                + e.getErrorIndex() + ")");
            }
        }
    }

    private static Failure bad(String field, String flag, boolean fromLine, String message) {
        return Failure.invalidOption(field, fromLine ? "\"" + field + "\"" : flag, message);
    }

    private static String string(ObjectNode line, String field, String fallback) {
        JsonNode n = line.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isTextual()) {
            throw bad(field, null, true, "the " + field + " field must be a string");
        }
        return n.textValue();
    }

    private EnumSet<Consent> flagConsents() {
        EnumSet<Consent> consents = EnumSet.noneOf(Consent.class);
        if (consent) {
            consents.add(Consent.EXPRESS_OPT_IN);
        }
        if (ageVerified) {
            consents.add(Consent.AGE_VERIFIED);
        }
        return consents;
    }

    /**
     * A line's consents: {@code "consent"} true or false for the express opt-in (or a consent name, or an array of
     * them: express-opt-in, age-verified) and {@code "ageVerified"} true or false; each absent field keeps the flag.
     */
    private Set<Consent> consents(ObjectNode line) {
        EnumSet<Consent> consents = flagConsents();
        JsonNode c = line.get("consent");
        if (c != null && !c.isNull()) {
            consents.remove(Consent.EXPRESS_OPT_IN);
            if (c.isBoolean()) {
                if (c.booleanValue()) {
                    consents.add(Consent.EXPRESS_OPT_IN);
                }
            } else if (c.isTextual() || c.isArray()) {
                for (int i = 0; i < (c.isArray() ? c.size() : 1); i++) {
                    JsonNode name = c.isArray() ? c.get(i) : c;
                    if (!name.isTextual()) {
                        throw bad("consent", null, true, "consent[" + i + "] must be a string");
                    }
                    try {
                        consents.add(Consent.fromId(name.textValue()));
                    } catch (RulesException e) {
                        throw bad("consent", null, true, e.getMessage());
                    }
                }
            } else {
                throw bad(
                        "consent",
                        null,
                        true,
                        "the consent field must be true, false, a consent name or an array" + " of them");
            }
        }
        JsonNode age = line.get("ageVerified");
        if (age != null && !age.isNull()) {
            if (!age.isBoolean()) {
                throw bad("ageVerified", null, true, "the ageVerified field must be true or false");
            }
            if (age.booleanValue()) {
                consents.add(Consent.AGE_VERIFIED);
            } else {
                consents.remove(Consent.AGE_VERIFIED);
            }
        }
        return consents;
    }

    private List<String> categories(ObjectNode line) {
        JsonNode n = line.get("categories");
        if (n == null || n.isNull()) {
            return categories;
        }
        List<String> names = new ArrayList<>();
        if (n.isTextual()) {
            for (String s : n.textValue().split(",")) {
                names.add(s);
            }
            return names;
        }
        if (!n.isArray()) {
            throw bad("categories", null, true, "the categories field must be an array of strings");
        }
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw bad("categories", null, true, "categories[" + i + "] must be a string");
            }
            names.add(n.get(i).textValue());
        }
        return names;
    }
}
