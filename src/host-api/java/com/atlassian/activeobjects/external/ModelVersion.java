package com.atlassian.activeobjects.external;

/** Mirror of activeobjects-plugin 6.x {@code com.atlassian.activeobjects.external.ModelVersion}; see DESIGN.md. Verified against: activeobjects-plugin source and decompiled CFR 0.152 copy (code corpus); real value behaviour kept (the real class does not override equals/hashCode). */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion mv) {
        return version - mv.version;
    }

    public boolean isOlderThan(ModelVersion mv) {
        return compareTo(mv) < 0;
    }

    public boolean isNewerThan(ModelVersion mv) {
        return compareTo(mv) > 0;
    }

    public boolean isSame(ModelVersion mv) {
        return compareTo(mv) == 0;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }

    public static ModelVersion valueOf(String s) {
        return s == null ? zero() : new ModelVersion(Integer.valueOf(s));
    }

    private static ModelVersion zero() {
        return new ModelVersion(0);
    }
}
