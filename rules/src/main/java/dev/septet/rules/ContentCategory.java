/*
 * Copyright 2026 the Septet authors.
 * SPDX-License-Identifier: Apache-2.0
 */

package dev.septet.rules;

import java.util.Objects;

/**
 * A kind of content the caller declares a message carries. Septet cannot infer content from text; countries
 * prohibit some categories or require age verification for them, as {@link CountryRules} says.
 *
 * <p>The categories are the ones the 360nrs REST API documentation names in its country sending restrictions.
 */
public enum ContentCategory {
    /** Political content. */
    POLITICAL("political"),
    /** Religious content. */
    RELIGIOUS("religious"),
    /** Gambling and games of chance. */
    GAMBLING("gambling"),
    /** Promotions the recipient did not ask for. */
    UNSOLICITED_PROMOTION("unsolicited-promotion"),
    /** Adult, sexually explicit or pornographic content. */
    ADULT("adult"),
    /** Abusive or harassing material. */
    HARASSMENT("harassment"),
    /** Firearms, including fireworks. */
    FIREARMS("firearms"),
    /** Alcohol. */
    ALCOHOL("alcohol"),
    /** Tobacco. */
    TOBACCO("tobacco"),
    /** Illicit drugs. */
    DRUGS("drugs"),
    /** Investment opportunities. */
    INVESTMENT("investment"),
    /** One-time passcodes sent on behalf of other providers. */
    THIRD_PARTY_OTP("third-party-otp"),
    /** Activities of high financial risk. */
    HIGH_RISK_FINANCE("high-risk-finance"),
    /** Loans or loan forgiveness. */
    LOANS("loans"),
    /** Credit recovery and debt collection. */
    DEBT_COLLECTION("debt-collection"),
    /** Tax matters. */
    TAX("tax"),
    /** Cryptocurrencies, including their one-time passcodes. */
    CRYPTO("crypto"),
    /** Unsolicited real-estate inquiries (the "we buy homes" kind). */
    REAL_ESTATE_SOLICITATION("real-estate-solicitation"),
    /** Multi-level marketing. */
    MULTI_LEVEL_MARKETING("multi-level-marketing");

    private static final ContentCategory[] ALL = values();

    private final String id;

    ContentCategory(String id) {
        this.id = id;
    }

    /**
     * Returns the stable lower-case, hyphenated name used in JSON and on the command line.
     *
     * @return the name, for example {@code "unsolicited-promotion"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the category with the given name, ignoring ASCII case and accepting {@code _} for {@code -}.
     *
     * @param id a name as returned by {@link #id()}; not null
     * @return the category
     * @throws NullPointerException if {@code id} is null
     * @throws RulesException with {@link RulesError#UNKNOWN_CATEGORY}, listing the known names, for any other name
     */
    public static ContentCategory fromId(String id) {
        Objects.requireNonNull(id, "category");
        String key = AsciiCase.lower(id).replace('_', '-');
        for (ContentCategory c : ALL) {
            if (c.id.equals(key)) {
                return c;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ContentCategory c : ALL) {
            known.append(known.length() == 0 ? "" : ", ").append(c.id);
        }
        throw new RulesException(
                RulesError.UNKNOWN_CATEGORY, "categories", "unknown content category \"" + id + "\"; known: " + known);
    }
}
