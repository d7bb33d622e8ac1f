package com.salesteam.jira.rest;

import com.salesteam.jira.model.CsvText;
import com.salesteam.jira.model.commission.BandShare;
import com.salesteam.jira.model.commission.Statement;
import com.salesteam.jira.model.commission.StatementLine;
import com.salesteam.jira.model.commission.TierBasis;
import com.salesteam.jira.service.Translator;
import com.salesteam.jira.service.commission.RepStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement as CSV (RFC 4180, UTF-8 with a byte-order mark): one row per credited deal and per clawback (the deal
 * by its issue key, or "hidden" when the viewer may not browse it), then the figures and the total, each row in the
 * statement's currency (for a closed period, the one it was paid in); clawbacks in a currency the plan does not pay
 * in follow as groups of their own. Names a spreadsheet would run as a formula are defused by
 * {@link CsvText#field}.
 */
final class CommissionCsv {

    private static final int RATE = 7;
    private static final int COMMISSION = 8;

    private CommissionCsv() {
    }

    static String write(RepStatement rep, Translator translator) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(translator.text("salesteam.commission.csv.rep"), translator.text("salesteam.commission.csv.period"),
                translator.text("salesteam.commission.csv.kind"), translator.text("salesteam.commission.csv.deal"),
                translator.text("salesteam.commission.csv.closed"), translator.text("salesteam.commission.csv.credit"),
                translator.text("salesteam.commission.csv.bands"), translator.text("salesteam.commission.csv.rate"),
                translator.text("salesteam.commission.csv.commission"), translator.text("salesteam.commission.csv.paidin"),
                translator.text("salesteam.commission.csv.currency")), List.of());
        for (Statement statement : rep.statements()) {
            statement(csv, rep, statement, translator);
        }
        return csv.toString();
    }

    /**
     * The statement's lines, then the figures they add up to: earned, clawed back and, for a pay curve, the target
     * incentive, attainment and payout % that earned = target × payout % is checked with (attainment tiers show the
     * attainment that picked the band); the net last.
     */
    private static void statement(StringBuilder csv, RepStatement rep, Statement statement, Translator translator) {
        String currency = statement.plan().currency().getCurrencyCode();
        String hidden = translator.text("salesteam.commission.deal.hidden");
        for (StatementLine line : statement.lines()) {
            List<String> bands = new ArrayList<>();
            for (BandShare share : line.bands()) {
                bands.add(share.band() + range(share) + ": " + share.portion().amount().toPlainString() + " @ "
                        + share.rate().toPlainString() + "%");
            }
            row(csv, List.of(rep.repName(), rep.periodKey(), translator.text("salesteam.commission.line."
                            + line.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    rep.dealKey(line.dealId()).orElse(hidden),
                    line.closedOn().map(Object::toString).orElse(""), line.credit().amount().toPlainString(),
                    String.join("; ", bands), line.rate().toPlainString(), line.commission().amount().toPlainString(),
                    line.paidPeriod().orElse(""), currency), List.of(5, 7, 8));
        }
        figure(csv, rep, translator.text("salesteam.commission.csv.earned"), COMMISSION,
                statement.earned().amount().toPlainString(), currency);
        figure(csv, rep, translator.text("salesteam.commission.csv.clawedback"), COMMISSION,
                statement.clawedBack().amount().toPlainString(), currency);
        statement.targetIncentive().ifPresent(target -> figure(csv, rep,
                translator.text("salesteam.commission.csv.target"), COMMISSION, target.amount().toPlainString(), currency));
        statement.attainment().ifPresent(attainment -> figure(csv, rep,
                translator.text("salesteam.commission.csv.attainment"), RATE, attainment.toPlainString(), currency));
        statement.payout().ifPresent(payout -> figure(csv, rep,
                translator.text("salesteam.commission.csv.payout"), RATE, payout.toPlainString(), currency));
        row(csv, List.of(rep.repName(), rep.periodKey(), translator.text("salesteam.commission.total"), "", "",
                statement.credited().amount().toPlainString(), "", "", statement.net().amount().toPlainString(), "",
                currency), List.of(5, 8));
    }

    /** An attainment band's % range of quota, which the amounts alone would not show; nothing for a money band. */
    private static String range(BandShare share) {
        if (share.basis() != TierBasis.ATTAINMENT) {
            return "";
        }
        return " [" + share.from().toPlainString() + "%-" + share.to().map(to -> to.toPlainString() + "%").orElse("")
                + "]";
    }

    /** A row of one figure, in the column of its kind: a rate or percentage, or an amount of commission. */
    private static void figure(StringBuilder csv, RepStatement rep, String label, int column, String value,
                               String currency) {
        List<String> fields = new ArrayList<>(List.of(rep.repName(), rep.periodKey(), label, "", "", "", "", "", "", "",
                currency));
        fields.set(column, value);
        row(csv, fields, List.of(column));
    }

    private static void row(StringBuilder csv, List<String> fields, List<Integer> numeric) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvText.field(fields.get(i), numeric.contains(i)));
        }
        csv.append("\r\n");
    }
}
