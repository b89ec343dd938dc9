package dev.needle.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Which owner rows a read wants — one id, a date range, everything — as a WHERE clause on the owner
 * table's alias {@code o}. The same clause selects the owners' child rows through a join, so loading
 * any number of aggregates costs one query per table, never one per aggregate.
 */
record Selection(String where, Map<String, Object> params) {
    static final Selection ALL = new Selection("", Map.of());

    static Selection byId(long id) {
        return new Selection("WHERE o.id = :id", Map.of("id", id));
    }

    static Selection where(String condition, String name, Object value) {
        return new Selection("WHERE " + condition, Map.of(name, value));
    }

    static Selection where(String condition, Map<String, Object> params) {
        return new Selection("WHERE " + condition, params);
    }

    /**
     * The rows whose id is one of {@code ids}, as one array parameter: the statement's text is the same
     * for any number of ids, so JDBI and the database parse it once, and there is one value to bind
     * instead of one per id.
     */
    static Selection byIds(List<Long> ids) {
        return new Selection("WHERE o.id = ANY(:ids)", Map.of("ids", SqlArray.of(ids.toArray(Long[]::new))));
    }

    Query query(Handle handle, String sql) {
        return handle.createQuery(sql).bindMap(params);
    }

    /**
     * Child rows of the selected owners, grouped by owner id in the order the SQL returns them.
     * {@code childSql} selects from the child table aliased {@code c}, joined to {@code ownerTable o},
     * and must select the owner id as {@code owner_id}; this selection's WHERE and {@code order} are appended.
     * When every owner is selected the join (the last clause of {@code childSql}) is left out: each child
     * row has its owner anyway (foreign key), and without the join H2 reads the children in primary-key
     * order instead of sorting them all in a temporary result (a full export's largest read).
     */
    <T> Map<Long, List<T>> children(Handle handle, String childSql, String order, RowMapper<T> item) {
        Map<Long, List<T>> byOwner = new HashMap<>();
        String sql = where.isEmpty() ? childSql.substring(0, childSql.lastIndexOf(" JOIN ")) : childSql;
        query(handle, sql + " " + where + " ORDER BY " + order)
                .map((rs, ctx) -> Map.entry(rs.getLong("owner_id"), item.map(rs, ctx)))
                .forEach(entry -> byOwner.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
        return byOwner;
    }
}
