/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.otp;

import dev.septet.sms.Analysis;
import dev.septet.sms.Segment;
import dev.septet.sms.Sms;
import dev.septet.sms.SmsError;
import dev.septet.sms.SmsException;
import dev.septet.sms.SmsOptions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A message template for sending a code by SMS, checked against core's encoding analysis before anything is paid
 * for: it renders {@code {code}} (and {@code {minutes}} or {@code {seconds}}), reports the encoding and part count,
 * and fails when the message would need more parts than allowed.
 *
 * <p>With a WebOTP domain it appends the origin-bound line browsers and phones auto-fill, {@code @example.com #123456}
 * (the WICG WebOTP / SMS autofill convention: the last line of the message), after a blank line. Immutable and
 * thread-safe; build once and reuse.
 *
 * @param template the text with {@code {code}} at least once and optionally {@code {minutes}} and {@code {seconds}};
 *     no unpaired surrogates; not null
 * @param maxParts the most SMS parts the rendered message may need, 1 to 255 inclusive; default 1
 * @param webOtpDomain the host name for the WebOTP line, such as {@code example.com}; empty for none (the default)
 * @param smsOptions core's options for the analysis (encoding choice, national tables); its own maxParts is not
 *     used; default {@link SmsOptions#defaults()}
 */
public record OtpMessage(String template, int maxParts, Optional<String> webOtpDomain, SmsOptions smsOptions) {
    /*
     * The analysis runs on the whole rendered text, WebOTP line included, with core's maxParts left at the protocol
     * limit, so the part count is always known and the failure here can say how many parts were needed without
     * echoing the text (which holds the code).
     */
    private static final String CODE = "{code}";
    private static final String MINUTES = "{minutes}";
    private static final String SECONDS = "{seconds}";

    /**
     * Validates the template.
     *
     * @param template the text with {@code {code}} at least once and optionally {@code {minutes}}; not null
     * @param maxParts the most SMS parts the rendered message may need, 1 to 255 inclusive
     * @param webOtpDomain the host name for the WebOTP line; empty for none; not null
     * @param smsOptions core's options for the analysis; not null
     * @throws NullPointerException if a reference is null
     * @throws OtpValidationException if the template lacks {@code {code}} or holds an unpaired surrogate (field
     *     {@code template}), maxParts is out of range (field {@code maxParts}) or the domain is not a host name
     *     (field {@code webOtpDomain})
     */
    public OtpMessage {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(webOtpDomain, "webOtpDomain");
        Objects.requireNonNull(smsOptions, "smsOptions");
        if (!template.contains(CODE)) {
            throw new OtpValidationException("template", "The template field must contain {code}.");
        }
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < template.length()
                    && Character.isLowSurrogate(template.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new OtpValidationException(
                        "template",
                        "The template field must not contain an unpaired" + " surrogate; found one at index " + i
                                + ".");
            }
        }
        GenerateRequest.requireRange("maxParts", maxParts, 1, SmsOptions.MAX_PARTS_LIMIT);
        if (webOtpDomain.isPresent() && !E164Normalizer.isDomain(webOtpDomain.get())) {
            throw new OtpValidationException("webOtpDomain", "The webOtpDomain field must be a host name.");
        }
        webOtpDomain = webOtpDomain.map(d -> d.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns a template allowing one part, with no WebOTP line and core's default options.
     *
     * @param template the text with {@code {code}} at least once and optionally {@code {minutes}}
     * @return the template; never null
     * @throws NullPointerException if the template is null
     * @throws OtpValidationException if the template lacks {@code {code}}
     */
    public static OtpMessage of(String template) {
        return new OtpMessage(template, 1, Optional.empty(), SmsOptions.defaults());
    }

    /**
     * Returns a copy allowing the given number of parts.
     *
     * @param maxParts the most parts, 1 to 255 inclusive
     * @return the copy; never null
     * @throws OtpValidationException if maxParts is out of range
     */
    public OtpMessage withMaxParts(int maxParts) {
        return new OtpMessage(template, maxParts, webOtpDomain, smsOptions);
    }

    /**
     * Returns a copy that appends the WebOTP line for a domain.
     *
     * @param domain the host name the code is bound to, such as {@code example.com}; lower-cased
     * @return the copy; never null
     * @throws NullPointerException if the domain is null
     * @throws OtpValidationException if the domain is not a host name
     */
    public OtpMessage withWebOtpDomain(String domain) {
        return new OtpMessage(template, maxParts, Optional.of(Objects.requireNonNull(domain, "domain")), smsOptions);
    }

    /**
     * Returns a copy that analyses with the given core options.
     *
     * @param smsOptions the options; not null
     * @return the copy; never null
     */
    public OtpMessage withSmsOptions(SmsOptions smsOptions) {
        return new OtpMessage(template, maxParts, webOtpDomain, smsOptions);
    }

    /**
     * Renders the message for a generated code and analyses it.
     *
     * <p>{@code {minutes}} becomes the validity in whole minutes, rounded up (a 30-second code says 1, a 90-second
     * code 2), so it never reads 0; {@code {seconds}} becomes the validity in seconds, exact. When the core options
     * transform the text (smart encoding, NFC), {@link RenderedMessage#text()} is the transformed text, the one that
     * was priced.
     *
     * @param generated the generated code; not null
     * @return the text, its analysis and the options to encode it with; never null
     * @throws NullPointerException if the argument is null
     * @throws OtpValidationException with field {@code template} if the message needs more than maxParts parts (the
     *     message gives the parts, encoding and units but not the text), or cannot be encoded with the options (for
     *     example a forced GSM 7-bit encoding and a character it lacks)
     */
    public RenderedMessage render(GeneratedCode generated) {
        Objects.requireNonNull(generated, "generated");
        return render(generated.code(), generated.otp().maxSecondsValidity());
    }

    RenderedMessage render(String code, int maxSecondsValidity) {
        String text = template.replace(MINUTES, Integer.toString((maxSecondsValidity + 59) / 60))
                .replace(SECONDS, Integer.toString(maxSecondsValidity))
                .replace(CODE, code);
        if (webOtpDomain.isPresent()) {
            text = text + "\n\n@" + webOtpDomain.get() + " #" + code;
        }
        SmsOptions options = smsOptions.withMaxParts(SmsOptions.MAX_PARTS_LIMIT);
        Analysis analysis;
        StringBuilder analysed = new StringBuilder(text.length());
        try {
            analysis = Sms.analyze(text, options);
            for (Segment segment : Sms.split(text, options)) {
                analysed.append(segment.text());
            }
        } catch (SmsException e) {
            if (e.error() == SmsError.TOO_MANY_PARTS) {
                throw new OtpValidationException(
                        "template",
                        "The template field renders to more than " + SmsOptions.MAX_PARTS_LIMIT + " SMS parts; at most "
                                + maxParts + " allowed.");
            }
            throw new OtpValidationException(
                    "template",
                    "The template field cannot be encoded with these SMS" + " options (" + e.error() + " at index "
                            + e.index() + ").");
        }
        if (analysis.parts() > maxParts) {
            throw new OtpValidationException(
                    "template",
                    String.format(
                            Locale.ROOT,
                            "The template field renders to %d SMS parts (%s, %d %s); at most %d allowed.",
                            analysis.parts(),
                            analysis.encoding(),
                            analysis.units(),
                            analysis.encoding() == dev.septet.sms.Encoding.GSM7 ? "septets" : "UTF-16 code units",
                            maxParts));
        }
        return new RenderedMessage(analysed.toString(), analysis, smsOptions.withMaxParts(maxParts));
    }
}
