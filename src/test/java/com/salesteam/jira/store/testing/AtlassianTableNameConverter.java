package com.salesteam.jira.store.testing;

import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names tables as Atlassian's Active Objects does: {@code AO_} + the last six hex digits of the MD5 of the
 * {@code <ao namespace>}, then the {@code @Table} value (or the class name) in upper case with underscores.
 */
public final class AtlassianTableNameConverter implements TableNameConverter {

    private final String prefix;

    public AtlassianTableNameConverter(String namespace) {
        this.prefix = prefixFor(namespace);
    }

    public static String prefixFor(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** CamelCase to UPPER_UNDERSCORE, the way AO turns entity names into table names. */
    public static String upperUnderscore(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    public String tableName(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return prefix + upperUnderscore(table != null ? table.value() : entity.getSimpleName());
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entity) {
        return tableName(entity);
    }
}
