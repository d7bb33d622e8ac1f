package com.salesteam.jira.rest.entities;

/**
 * Forecast figures of one currency: exact decimal strings (never floating point) plus the same amounts
 * formatted for the caller's language. Commit, best case and open pipeline are cumulative (PRODUCT.md).
 */
public class FiguresJson {

    private final String currency;
    private final String closedWon;
    private final String commit;
    private final String bestCase;
    private final String openPipeline;
    private final String weighted;
    private final long wonCount;
    private final long openCount;
    private final FormattedJson formatted;

    public FiguresJson(String currency, String closedWon, String commit, String bestCase, String openPipeline,
                       String weighted, long wonCount, long openCount, FormattedJson formatted) {
        this.currency = currency;
        this.closedWon = closedWon;
        this.commit = commit;
        this.bestCase = bestCase;
        this.openPipeline = openPipeline;
        this.weighted = weighted;
        this.wonCount = wonCount;
        this.openCount = openCount;
        this.formatted = formatted;
    }

    public String getCurrency() {
        return currency;
    }

    public String getClosedWon() {
        return closedWon;
    }

    public String getCommit() {
        return commit;
    }

    public String getBestCase() {
        return bestCase;
    }

    public String getOpenPipeline() {
        return openPipeline;
    }

    public String getWeighted() {
        return weighted;
    }

    public long getWonCount() {
        return wonCount;
    }

    public long getOpenCount() {
        return openCount;
    }

    public FormattedJson getFormatted() {
        return formatted;
    }

    /** The amounts as people read them in the caller's language. */
    public static class FormattedJson {
        private final String closedWon;
        private final String commit;
        private final String bestCase;
        private final String openPipeline;
        private final String weighted;

        public FormattedJson(String closedWon, String commit, String bestCase, String openPipeline, String weighted) {
            this.closedWon = closedWon;
            this.commit = commit;
            this.bestCase = bestCase;
            this.openPipeline = openPipeline;
            this.weighted = weighted;
        }

        public String getClosedWon() {
            return closedWon;
        }

        public String getCommit() {
            return commit;
        }

        public String getBestCase() {
            return bestCase;
        }

        public String getOpenPipeline() {
            return openPipeline;
        }

        public String getWeighted() {
            return weighted;
        }
    }
}
