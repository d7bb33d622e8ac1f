package com.salesteam.jira.model.cadence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The Jira label a claim-first job puts on the issue it created for a claim, so a later run can tell, before it
 * creates that issue again, whether a crash came after Jira made it. A label holds no spaces or quotes and is
 * searched exactly by JQL ({@code labels in (...)}); natural keys hold user keys of any character, so the label
 * carries a digest of the key (96 bits: no two claims of a job meet in practice) under a prefix naming the job.
 */
public final class ClaimMarker {

    /** The jobs that create issues claim first; each marks its own issues. */
    public enum Job {
        REVIEW("r"), ONE_ON_ONE("o"), ONBOARDING("b"), TEAM_MEETING("m");

        private final String code;

        Job(String code) {
            this.code = code;
        }
    }

    static final String PREFIX = "salesteam-claim-";

    private ClaimMarker() {
    }

    /** The label of this job's claim under {@code naturalKey}: the same key gives the same label, on every node. */
    public static String of(Job job, String naturalKey) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(naturalKey, "naturalKey");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(naturalKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + job.code + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
