package com.atlassian.scheduler;

import java.util.Objects;

import com.atlassian.scheduler.status.RunOutcome;

/** Mirror of atlassian-scheduler-api 5.x/6.x {@code com.atlassian.scheduler.JobRunnerResponse}; see DESIGN.md. Verified against: decompiled atlassian-scheduler-api (CFR 0.152, code corpus) JobRunnerResponse; real simple behaviour kept (factories, outcome+message, equals/hashCode); failed(Throwable) message shortened like the real one (class simple name: message, causes, max 255). */
public final class JobRunnerResponse {
    private final RunOutcome runOutcome;
    private final String message;

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        requireMessage(message, "aborted");
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        requireMessage(message, "failed");
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, toMessage(Objects.requireNonNull(cause, "cause")));
    }

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        JobRunnerResponse other = (JobRunnerResponse) o;
        return runOutcome == other.runOutcome && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }

    private static void requireMessage(String message, String what) {
        if (message == null || message.trim().isEmpty()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as " + what + "!");
        }
    }

    private static String toMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(255);
        appendShortForm(sb, e);
        for (Throwable cause = e.getCause(); sb.length() < 255 && cause != null; cause = cause.getCause()) {
            sb.append('\n');
            appendShortForm(sb, cause);
        }
        if (sb.length() > 255) {
            sb.setLength(255);
        }
        return sb.toString();
    }

    private static void appendShortForm(StringBuilder sb, Throwable e) {
        sb.append(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
    }
}
