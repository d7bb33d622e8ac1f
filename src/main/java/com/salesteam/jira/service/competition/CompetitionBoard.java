package com.salesteam.jira.service.competition;

import com.salesteam.jira.model.competition.Competition;
import com.salesteam.jira.model.competition.CompetitionState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A competition as the viewer may see it: its state and days (until it starts while upcoming, left while running),
 * and its standings, live while running and
 * frozen once finished: the places asked for, and {@code own} the viewer's place when it is not among them.
 * {@code hiddenAmounts} means some rows' values were removed for this viewer; a percent-of-target competition still
 * shows everyone's percent. {@code withoutTarget} counts the people not ranked for want of a quota,
 * {@code withoutValue} those not ranked on a lower-is-better metric because they logged nothing (live standings only:
 * frozen ones keep no values, so there the people left out are counted as without a quota, or, lower being better
 * and scored absolutely, as without a value).
 */
public record CompetitionBoard(Competition competition, CompetitionState state, long daysLeft, boolean frozen,
                               List<Row> rows, Optional<Row> own, boolean hiddenAmounts, int withoutTarget,
                               int withoutValue, boolean editable) {

    public CompetitionBoard {
        rows = List.copyOf(rows);
        Objects.requireNonNull(own, "own");
    }

    /**
     * One place; {@code value} is empty when hidden from the viewer, {@code percent} only when scored on target;
     * {@code movement} the places moved since yesterday (up positive), only while running and ranked yesterday too.
     */
    public record Row(int rank, String userKey, String name, Optional<BigDecimal> value, Optional<BigDecimal> percent,
                      boolean winner, String prize, boolean self, Optional<Integer> movement) {
        public Row {
            Objects.requireNonNull(movement, "movement");
        }
    }
}
