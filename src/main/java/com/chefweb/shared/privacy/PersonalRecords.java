package com.chefweb.shared.privacy;

import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * How a module writes its part of a person's data export: whole rows as PostgreSQL renders them as JSON, so a column
 * added later is in the export without anyone remembering to add it, minus the columns that are secrets rather than
 * facts about the person (password hashes, idempotency digests).
 */
public final class PersonalRecords {

    private PersonalRecords() {
    }

    /**
     * Every selected row of the aliased table as one JSON array of objects, empty when none; select it from that
     * table: {@code select(rows(b, "secret")).from(b).where(...)}.
     */
    public static Field<JSONB> rows(Table<?> aliased, String... leftOut) {
        Name alias = aliased.getUnqualifiedName();
        Field<JSONB> row = DSL.field("to_jsonb({0})", SQLDataType.JSONB, alias);
        for (String column : leftOut) {
            row = DSL.field("({0} - {1})", SQLDataType.JSONB, row, DSL.inline(column));
        }
        return DSL.field("coalesce(jsonb_agg({0}), '[]'::jsonb)", SQLDataType.JSONB, row);
    }

    /** One JSON object of named sections, in the map's order. */
    public static String sections(Map<String, JSONB> sections) {
        return sections.entrySet().stream()
                .map(section -> quoted(section.getKey()) + ":" + section.getValue().data())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** What an erasure did, as one JSON object of counts by what was erased or anonymised. */
    public static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(count -> quoted(count.getKey()) + ":" + count.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * A regular expression (PostgreSQL's and Java's alike; use it case-insensitively) that finds this email address
     * as a whole: {@code ann@example.com} is not found in {@code joann@example.com} nor in
     * {@code ann@example.com.au}.
     */
    public static String addressPattern(String email) {
        return "(?<![a-z0-9._%+-])" + email.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0")
                + "(?![a-z0-9-]|\\.[a-z0-9])";
    }

    /** Whether the text (any column, cast to text) holds this email address as a whole, whatever its case. */
    public static Condition namesAddress(Field<?> text, String email) {
        return DSL.condition("{0}::text ~* {1}", text, DSL.val(addressPattern(email)));
    }

    /** The text with every whole occurrence of this email address, whatever its case, replaced. */
    public static Field<String> withAddressReplaced(Field<String> text, String email, String replacement) {
        return DSL.field("regexp_replace({0}, {1}, {2}, 'gi')", String.class, text, DSL.val(addressPattern(email)),
                DSL.val(replacement));
    }

    private static String quoted(String key) {
        if (!key.matches("[a-z_]+")) {
            throw new IllegalArgumentException("A section is named in lower case and underscores: " + key);
        }
        return "\"" + key + "\"";
    }
}
