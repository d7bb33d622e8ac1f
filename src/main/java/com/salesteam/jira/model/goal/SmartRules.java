package com.salesteam.jira.model.goal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SMART check asks for, as an administrator configures it on a workflow transition. The args are untyped
 * text in the workflow XML: reading them never fails, a value that makes no sense falls back to the default, so a
 * typo never switches a check off.
 */
public record SmartRules(BigDecimal achievableMultiple, List<String> boilerplate, int minSummaryLength,
                         int minDescriptionLength) {

    public static final String MULTIPLE_ARG = "achievableMultiple";
    public static final String BOILERPLATE_ARG = "boilerplatePhrases";
    public static final String MIN_SUMMARY_ARG = "minSummaryLength";
    public static final String MIN_DESCRIPTION_ARG = "minDescriptionLength";

    public static final SmartRules DEFAULT = new SmartRules(new BigDecimal("1.5"),
            List.of("tbd", "todo", "to do", "n/a", "goal", "lorem ipsum", "待定"), 10, 20);

    public SmartRules {
        Objects.requireNonNull(achievableMultiple, "achievableMultiple");
        if (achievableMultiple.signum() <= 0 || minSummaryLength < 0 || minDescriptionLength < 0) {
            throw new IllegalArgumentException("a multiple above zero and lengths of at least zero");
        }
        boilerplate = boilerplate.stream().map(phrase -> phrase.strip().toLowerCase(Locale.ROOT))
                .filter(phrase -> !phrase.isEmpty()).distinct().toList();
    }

    /** From a validator's args; an absent arg is the default, an empty phrase list means no phrases. */
    public static SmartRules fromArgs(Map<?, ?> args) {
        Object phrases = args.get(BOILERPLATE_ARG);
        return new SmartRules(
                positive(text(args, MULTIPLE_ARG)).orElse(DEFAULT.achievableMultiple),
                phrases == null ? DEFAULT.boilerplate : Arrays.asList(phrases.toString().split(",")),
                length(text(args, MIN_SUMMARY_ARG), DEFAULT.minSummaryLength),
                length(text(args, MIN_DESCRIPTION_ARG), DEFAULT.minDescriptionLength));
    }

    /** The args as the workflow stores them; {@link #fromArgs} reads them back unchanged. */
    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(MULTIPLE_ARG, achievableMultiple.stripTrailingZeros().toPlainString());
        args.put(BOILERPLATE_ARG, String.join(", ", boilerplate));
        args.put(MIN_SUMMARY_ARG, Integer.toString(minSummaryLength));
        args.put(MIN_DESCRIPTION_ARG, Integer.toString(minDescriptionLength));
        return args;
    }

    private static String text(Map<?, ?> args, String name) {
        Object value = args.get(name);
        return value == null ? "" : value.toString().strip();
    }

    private static Optional<BigDecimal> positive(String text) {
        try {
            BigDecimal value = new BigDecimal(text);
            return value.signum() > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int length(String text, int fallback) {
        try {
            int value = Integer.parseInt(text);
            return value >= 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
