package dev.needle.adapter.persistence.jdbi;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** Reads nullable columns as the domain's optionals; JDBC's getLong would turn NULL into 0. */
final class Columns {
    private Columns() {
    }

    static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static LocalDate requiredDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Optional<LocalDateTime> dateTime(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDateTime.class));
    }

    static Optional<LocalTime> time(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalTime.class));
    }

    static Optional<LocalDate> date(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    static <T> Optional<T> id(ResultSet rs, int column, LongFunction<T> type) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(type.apply(value));
    }

    static <T> Optional<T> id(ResultSet rs, String column, LongFunction<T> type) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(type.apply(value));
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    static <E extends Enum<E>> Optional<E> optionalEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? Optional.empty() : Optional.of(Enum.valueOf(type, name));
    }

    /** A VARCHAR ARRAY column as a list, in the array's order; a NULL reads as empty. */
    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return strings(rs, rs.findColumn(column));
    }

    /** As {@link #strings(ResultSet, String)}, by the column's position. */
    static List<String> strings(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            Object[] values = (Object[]) array.getArray();
            if (values.length == 0) {
                return List.of();
            }
            String[] texts = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                texts[i] = (String) values[i];
            }
            return List.of(texts);
        } finally {
            array.free();
        }
    }
}
